"""One contract, two adapters: SQLite and in-memory behave the same (house rule 4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.dialogue.session import EntryDraft, Session
from bot.storage.port import Store
from bot.storage.sqlite import SqliteStore
from tests.conftest import KEYRING, TODAY

WORKER = "a" * 64
OTHER = "b" * 64


def session(current: str = "presence_time") -> Session:
    return Session(
        "post_contact", 1, "nl", current, TODAY,
        answers={"depth": "quick", "feelings": ("tired", "worried"), "presence_time": 2,
                 "strength_seen": "Ze is vindingrijk.", "contact_planned": None},
        history=["depth", "feelings"], selection=("tired",), pending_text="Tekst [naam].",
    )  # fmt: skip


def entry(day: date = TODAY, shared: bool = True) -> EntryDraft:
    return EntryDraft(
        "post_contact", 1, day, "nl",
        {"feelings": ("tired",), "presence_time": 2, "insight": "Meer luisteren.",
         "checkin": None},
        ("low_presence",), {"shared": shared, "coach_requested": False},
    )  # fmt: skip


async def test_workers_are_created_once(store: Store) -> None:
    first = await store.ensure_worker(WORKER, 1, "nl", TODAY)
    again = await store.ensure_worker(WORKER, 1, "fr", date(2027, 1, 1))
    assert first == again
    assert (first.lang, first.created, first.key_version) == ("nl", TODAY, 1)
    await store.set_language(WORKER, "fr")
    assert (await store.ensure_worker(WORKER, 1, "nl", TODAY)).lang == "fr"


async def test_sessions_round_trip_and_are_per_worker(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.ensure_worker(OTHER, 1, "nl", TODAY)
    assert await store.load_session(WORKER) is None
    await store.save_session(WORKER, session())
    assert await store.load_session(WORKER) == session()
    assert await store.load_session(OTHER) is None
    await store.save_session(WORKER, session("equality_stance"))
    loaded = await store.load_session(WORKER)
    assert loaded is not None and loaded.current == "equality_stance"
    await store.delete_session(WORKER)
    assert await store.load_session(WORKER) is None
    await store.delete_session(WORKER)  # deleting twice is harmless


async def test_a_session_needs_a_known_worker(store: Store) -> None:
    with pytest.raises(KeyError):
        await store.save_session(OTHER, session())
    with pytest.raises(KeyError):
        await store.finish_session(OTHER, entry())


async def test_finishing_stores_the_entry_and_drops_the_session(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.save_session(WORKER, session())
    entry_id = await store.finish_session(WORKER, entry())
    assert entry_id >= 1
    assert await store.load_session(WORKER) is None
    (stored,) = await store.entries_of(WORKER)
    assert stored.id == entry_id
    assert stored.answers == entry().answers
    assert stored.signals == ("low_presence",)
    assert stored.flags == {"shared": True, "coach_requested": False}
    assert (stored.day, stored.lang, stored.version) == (TODAY, "nl", 1)


async def test_entries_are_the_workers_own_newest_first(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.ensure_worker(OTHER, 1, "nl", TODAY)
    for day in (date(2026, 1, 2), date(2026, 3, 4), date(2026, 2, 3)):
        await store.finish_session(WORKER, entry(day))
    await store.finish_session(OTHER, entry(date(2026, 5, 5)))
    days = [e.day for e in await store.entries_of(WORKER)]
    assert days == [date(2026, 3, 4), date(2026, 2, 3), date(2026, 1, 2)]
    assert len(await store.entries_of(WORKER, limit=2)) == 2
    assert [e.day for e in await store.entries_of(OTHER)] == [date(2026, 5, 5)]


async def test_sqlite_survives_reopening_and_is_private(tmp_path: Path) -> None:
    first = await SqliteStore.open(tmp_path, KEYRING)
    await first.ensure_worker(WORKER, 1, "nl", TODAY)
    await first.save_session(WORKER, session())
    await first.close()
    second = await SqliteStore.open(tmp_path, KEYRING)  # migrations are not applied twice
    assert await second.load_session(WORKER) == session()
    await second.close()
    assert (tmp_path / "reflectbot.sqlite3").stat().st_mode & 0o077 == 0


async def test_sqlite_records_no_time_of_day_and_no_ids_in_entries(tmp_path: Path) -> None:
    import sqlite3

    store = await SqliteStore.open(tmp_path, KEYRING)
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.finish_session(WORKER, entry())
    await store.close()
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(entries)")]
        (day,) = db.execute("SELECT day FROM entries").fetchone()
        mode = db.execute("PRAGMA journal_mode").fetchone()[0]
    assert day == "2026-11-21"
    assert not {"chat_id", "user_id", "name", "created_at"} & set(columns)
    assert mode == "wal"


async def test_a_loaded_session_is_the_callers_to_change(store: Store) -> None:
    """What a load returns may be changed freely (the engine and `begin` do): the next
    load still returns what was stored, also when it was read or written just before."""
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.save_session(WORKER, session())
    for _ in range(2):
        loaded = await store.load_session(WORKER)
        assert loaded is not None
        loaded.answers["depth"], loaded.title = "deep", "changed"
        loaded.history.append("depth")
        loaded.facts["in_team"] = "no"
        assert await store.load_session(WORKER) == session()
