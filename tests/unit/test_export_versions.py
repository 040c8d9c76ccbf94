"""An export of a period holding entries of the archived v1 and of v2 keeps the v1-only
columns (the union of the versions' questions), and its codebook says where they come
from. With the newest version alone the v1 answers would be silently dropped."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl

from bot.dialogue.registry import DialogueRegistry
from bot.dialogue.session import EntryDraft
from bot.i18n import Translator
from bot.reports.export import columns
from bot.reports.pack import write_pack
from bot.reports.sheets import table_columns
from bot.storage.memory import MemoryStore
from bot.teams.model import Role, Team
from tests.conftest import TODAY
from tests.unit.test_export import END, KEY, START, WORKERS

V1 = {"contact_kind": "home_visit", "presence_time": 2, "insight": "Tijd maken helpt."}
V2 = {"contact_kind": "office", "presence_room": "yes"}


async def two_versions(store: MemoryStore) -> Team:
    team = await store.create_team("Team Noord", "nl", TODAY)
    for number, who in enumerate(WORKERS):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
        version, answers = (1, V1) if number % 2 == 0 else (2, V2)
        draft = EntryDraft("post_contact", version, TODAY, "nl", answers, (), {"shared": True})
        await store.finish_session(who, draft)
    return team


def test_the_dialogue_for_reports_adds_only_what_the_newest_lacks(
    registry: DialogueRegistry,
) -> None:
    newest, merged = registry.latest("post_contact").dialogue, registry.for_reports("post_contact")
    keys = [s.key for s in merged.steps]
    assert keys[: len(newest.steps)] == [s.key for s in newest.steps], "newest first, as is"
    assert len(keys) == len(set(keys))
    assert merged.origins["presence_time"] == "post_contact v1"
    assert merged.origins["meeting_decided"] == "client_meeting v1", "variants' questions too"
    assert "presence_time" not in columns(newest) and "presence_time" in columns(merged)


async def test_v1_entries_keep_their_v1_only_columns_in_every_format(
    registry: DialogueRegistry, translator: Translator, tmp_path: Path
) -> None:
    store = MemoryStore()
    team = await two_versions(store)
    dialogue = registry.for_reports("post_contact")
    out = tmp_path / "pack.json"
    assert await write_pack(store, translator, dialogue, KEY, team, START, END, "json", out) == 4
    pack = json.loads(out.read_text(encoding="utf-8"))
    by_version = {e["dialogue_version"]: e for e in pack["entries"]}
    assert by_version[1]["presence_time"] == 2 and by_version[1]["insight"] == V1["insight"]
    assert by_version[2]["presence_room"] == "yes" and by_version[2]["presence_time"] == ""
    book = {row["key"]: row for row in pack["codebook"]}
    assert book["presence_time"]["dialogue"] == "post_contact v1"
    assert book["presence_room"]["dialogue"] == "post_contact v2"

    out = tmp_path / "pack.csv"
    await write_pack(store, translator, dialogue, KEY, team, START, END, "csv", out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    header = next(c.header for c in table_columns(dialogue, translator, "nl")
                  if c.key == "presence_time")  # fmt: skip
    assert sorted(r[header] for r in rows) == ["", "", "2", "2"]

    out = tmp_path / "pack.xlsx"
    await write_pack(store, translator, dialogue, KEY, team, START, END, "xlsx", out)
    book = openpyxl.load_workbook(out, read_only=True)
    headers = [[c.value for c in next(s.iter_rows(max_row=1))] for s in book.worksheets]
    book.close()
    assert any(header in row for row in headers), "the v1 column is in the entries sheet"
