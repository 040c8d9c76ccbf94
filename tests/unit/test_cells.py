"""Summary cells: what one entry counts in, and the SQLite per-day counts kept equal to a
count from scratch however entries arrive and leave (saves, bulk adds, forget, re-key)."""

from __future__ import annotations

import asyncio
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.dialogue.session import EntryDraft
from bot.reports.summary import sections
from bot.storage.memory import MemoryStore
from bot.storage.sqlite import DB_FILE, SqliteStore
from bot.teams.cells import TOTAL, cells_of, tallied
from bot.teams.model import Role, Tally
from tests.conftest import KEYRING, TODAY

WORKERS = ("worker-a", "worker-b", "worker-c", "worker-d")
PERIODS = (
    (TODAY, TODAY + timedelta(days=4)),
    (TODAY + timedelta(days=1), TODAY + timedelta(days=3)),
)


def test_every_summary_section_is_tallied() -> None:
    assert [s.field for s in sections()] == list(tallied())


def test_cells_of_one_entry() -> None:
    answers = {"contact_kind": "phone", "presence_time": 3, "blow_risks": ["proof", "proof"],
               "role_taken": "rescuer", "role_needed": "companion",
               "bright_spot": "Vlot."}  # fmt: skip
    cells = cells_of(answers, ["low_presence"])
    assert {(TOTAL, "all"), ("contact_kind", "phone"), ("presence_time", "3"),
            ("blow_risks", "proof"), ("role_taken+role_needed", "rescuer→companion"),
            ("bright_spot", "answered"), ("strength_seen", "skipped"),
            ("tension_main", None), ("signals", "low_presence")} <= cells  # fmt: skip
    assert not any(name == "org_obstacles" for name, _ in cells)
    assert ("role_taken+role_needed", None) not in cells_of({"role_taken": "rescuer"}, [])


def _normal(cells: dict[str, list[Tally]]) -> dict[str, set[Tally]]:
    return {name: set(tallies) for name, tallies in cells.items()}


Action = tuple[str, int, int, str, tuple[str, ...], bool]
actions = st.lists(
    st.tuples(
        st.sampled_from(["save", "bulk", "forget", "rekey", "purge", "withdraw"]),
        st.integers(0, len(WORKERS) - 1),
        st.integers(0, 3),
        st.sampled_from(["home_visit", "phone", "office"]),
        st.lists(st.sampled_from(["proof", "tone", "none"]), max_size=2, unique=True).map(tuple),
        st.booleans(),
    ),
    max_size=14,
)


async def _replay(folder: Path, steps: list[Action]) -> None:
    memory, sqlite = MemoryStore(), await SqliteStore.open(folder, KEYRING)
    try:
        names = list(WORKERS)
        teams = []
        for store in (memory, sqlite):
            team = await store.create_team("Noord", "nl", TODAY)
            teams.append(team.id)
        for kind, who, day, contact, risks, shared in steps:
            draft = EntryDraft("post_contact", 1, TODAY + timedelta(days=day), "nl",
                               {"contact_kind": contact, "blow_risks": risks}, (),
                               {"shared": shared})  # fmt: skip
            for store, team in zip((memory, sqlite), teams, strict=True):
                if await store.get_worker(names[who]) is None:
                    await store.ensure_worker(names[who], 1, "nl", TODAY)
                    await store.add_member(names[who], team, Role.WORKER, TODAY)
                if kind == "save":
                    await store.finish_session(names[who], draft)
                elif kind == "bulk":
                    await store.add_entries([(names[who], draft), (names[who], draft)])
                elif kind == "forget":
                    await store.forget(names[who])
                elif kind == "withdraw":
                    for own in await store.entries_of(names[who], limit=100):
                        await store.withdraw_share(names[who], own.id)
                elif kind == "rekey":
                    await store.rekey(names[who], names[who] + "'", 2)
                else:
                    cutoff = TODAY + timedelta(days=day)
                    await store.purge(TODAY - timedelta(days=99), datetime(2000, 1, 1, tzinfo=UTC),
                                      {team: cutoff})  # fmt: skip
            if kind == "rekey":
                names[who] += "'"
            for first, last in PERIODS:
                expected = _normal(await memory.cell_tallies(teams[0], first, last))
                assert _normal(await sqlite.cell_tallies(teams[1], first, last)) == expected
    finally:
        await sqlite.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions)
def test_sqlite_cells_equal_a_count_from_scratch(steps: list[Action]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(_replay(Path(folder), steps))


async def test_entries_from_before_the_cells_are_counted_on_upgrade(tmp_path: Path) -> None:
    store = await SqliteStore.open(tmp_path, KEYRING)
    team = await store.create_team("Noord", "nl", TODAY)
    for who in WORKERS[:2]:
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
        draft = EntryDraft("post_contact", 1, TODAY, "nl", {"contact_kind": "phone"}, (),
                           {"shared": True})  # fmt: skip
        await store.finish_session(who, draft)
    await store.close()
    with sqlite3.connect(tmp_path / DB_FILE) as db:  # back to the schema of migration 6
        db.executescript("DROP TABLE cell_days; DROP TABLE team_workers;"
                         " DELETE FROM schema_migrations WHERE version = 7;")  # fmt: skip
    store = await SqliteStore.open(tmp_path, KEYRING)
    try:
        cells = await store.cell_tallies(team.id, TODAY, TODAY + timedelta(days=1))
        assert cells["contact_kind"] == [Tally("phone", 2, 2)]
    finally:
        await store.close()


async def test_cells_of_unshared_entries_are_recounted_away_on_upgrade(tmp_path: Path) -> None:
    store = await SqliteStore.open(tmp_path, KEYRING)
    team = await store.create_team("Noord", "nl", TODAY)
    for who, shared in (("sharer", True), ("keeper", False)):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
        draft = EntryDraft("post_contact", 1, TODAY, "nl", {"contact_kind": "phone"}, (),
                           {"shared": shared})  # fmt: skip
        await store.finish_session(who, draft)
    await store.close()
    with sqlite3.connect(tmp_path / DB_FILE) as db:  # cells as before 0012: every entry
        db.execute("UPDATE cell_days SET entries = entries + 1, workers = X'03'")
        db.execute("INSERT INTO team_workers VALUES (?, 'keeper', 1)", (team.id,))
        db.execute("DELETE FROM schema_migrations WHERE version = 12")
    store = await SqliteStore.open(tmp_path, KEYRING)
    try:
        cells = await store.cell_tallies(team.id, TODAY, TODAY + timedelta(days=1))
        assert cells["contact_kind"] == [Tally("phone", 1, 1)], "only the shared entry"
    finally:
        await store.close()
    with sqlite3.connect(tmp_path / DB_FILE) as db:
        kept = db.execute("SELECT pseudonym FROM team_workers").fetchall()
    assert kept == [("sharer",)], "no bookkeeping for a worker who shared nothing"
