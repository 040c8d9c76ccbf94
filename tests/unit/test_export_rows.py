"""The export's inner loop, made fast (#15): the same cells, codes and decoded rows as
the plain code it replaced, whatever order options were ticked in and however the JSON
was written."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bot.dialogue.registry import DialogueRegistry
from bot.dialogue.session import EntryDraft
from bot.i18n import Translator
from bot.privacy.pseudonym import Keyring, SecretKey
from bot.reports import sheets
from bot.reports.export import ExportContext
from bot.reports.sheets import Table, table_columns
from bot.storage.memory import MemoryStore
from bot.storage.port_teams import ExportRow
from bot.storage.sqlite import DB_FILE, SqliteStore
from bot.teams.model import Role, Team
from tests.conftest import TODAY

KEY = SecretKey(1, bytes(range(32)))


def test_the_code_is_the_export_keys_pseudonym(registry: DialogueRegistry,
                                               translator: Translator) -> None:  # fmt: skip
    team = Team(1, "Team Noord", "nl", 3, 12, TODAY)
    context = ExportContext(MemoryStore(), translator, registry.latest("post_contact").dialogue,
                            KEY.derive("export"), team, TODAY, TODAY)  # fmt: skip
    for entry in (1, 7, 123_456):
        assert context.coder(entry) == KEY.derive("export").pseudonym(f"entry:{entry}")[:12]
    assert context.coder(1) != KEY.pseudonym("entry:1")[:12], "the export key, not the database's"


def _table(registry: DialogueRegistry, translator: Translator) -> Table:
    return Table(table_columns(registry.latest("post_contact").dialogue, translator, "nl"))


def test_rows_read_the_same_however_options_were_ticked(
    registry: DialogueRegistry, translator: Translator
) -> None:
    table = _table(registry, translator)
    headers = [c.header for c in table.columns]
    first = ExportRow(1, "2026-11-02", 2, {"feelings": ["worried", "tired"], "wellbeing": 0,
                                           "bright_spot": "", "contact_kind": "home_visit"},
                      ["low_presence"])  # fmt: skip
    second = ExportRow(2, "2026-11-02", 2, {"feelings": ("tired", "unheard_of", "worried"),
                                            "not_a_column": "x", "try_next": None}, [])  # fmt: skip
    one, two = (dict(zip(headers, table.row(str(e.id), e), strict=True)) for e in (first, second))
    assert one["Gevoel"] == "Bezorgd; Moe" and two["Gevoel"] == "Bezorgd; Moe; unheard_of"
    assert one["Dag"] == date(2026, 11, 2) and one["Code"] == "1"
    assert one["Soort contact"] == "Huisbezoek"
    assert 0 in one.values(), "a scale's 0 is an answer, not an empty cell"
    assert one[headers[-1]] and two[headers[-1]] is None, "signals by name; none: empty"
    assert sum(v is not None for v in two.values()) == 4, "code, day, version, feelings only"


def test_the_remembered_texts_stay_bounded(registry: DialogueRegistry, translator: Translator,
                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(sheets, "JOINED_CACHE", 2)
    table = _table(registry, translator)
    index = [c.key for c in table.columns].index("feelings")
    picks = [["tired"], ["worried"], ["tired", "worried"], ["worried", "tired"], ["tired"]]
    shown = [table.row("c", ExportRow(n, "2026-11-02", 2, {"feelings": p}, []))[index]
             for n, p in enumerate(picks)]  # fmt: skip
    assert shown == ["Moe", "Bezorgd", "Bezorgd; Moe", "Bezorgd; Moe", "Moe"]
    assert len(table._joined) == 2  # the bound is the point


async def test_sqlite_rows_decode_json_written_with_spaces(tmp_path: Path) -> None:
    """The fast decoder reads JSON that starts with its value; JSON written otherwise (by
    hand, or by another tool) still decodes, through json.loads."""
    store = await SqliteStore.open(tmp_path, Keyring((KEY,)))
    try:
        team = await store.create_team("Team Noord", "nl", TODAY)
        who = f"{1:064x}"
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
        draft = EntryDraft("post_contact", 1, TODAY, "nl", {"feelings": ("tired",)},
                           ("low_presence",), {"shared": True})  # fmt: skip
        await store.finish_session(who, draft)
        start, end = date(TODAY.year, TODAY.month, 1), date(TODAY.year + 1, 1, 1)
        fast = await store.shared_rows(team.id, start, end)
        with sqlite3.connect(tmp_path / DB_FILE) as raw:
            raw.execute("UPDATE entries SET answers = ' ' || answers, signals = ' ' || signals")
        spaced = await store.shared_rows(team.id, start, end)
    finally:
        await store.close()
    assert fast == spaced
    assert fast[0].answers == {"feelings": ["tired"]} and list(fast[0].signals) == ["low_presence"]
