"""Sessions parsed once per stored text (#14): the database's text always decides, and
nothing is kept past the session's end, /forget or a purge."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.dialogue.session import Session
from bot.storage.parsed_sessions import ParsedSessions
from bot.storage.sqlite import DB_FILE, SqliteStore
from tests.conftest import KEYRING, TODAY
from tests.contract.test_store_contract import WORKER, entry, session


async def _store(tmp_path: Path) -> SqliteStore:
    store = await SqliteStore.open(tmp_path, KEYRING)
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    return store


async def test_a_write_by_another_process_is_read_at_once(tmp_path: Path) -> None:
    store = await _store(tmp_path)
    try:
        await store.save_session(WORKER, session())
        assert await store.load_session(WORKER) == session()
        elsewhere = session("equality_stance")
        with sqlite3.connect(tmp_path / DB_FILE) as other:  # a CLI command, a restore
            other.execute("UPDATE sessions SET data = ? WHERE pseudonym = ?",
                          (elsewhere.to_json(), WORKER))  # fmt: skip
        assert await store.load_session(WORKER) == elsewhere
    finally:
        await store.close()


async def test_nothing_stays_parsed_after_the_end_forget_or_a_purge(tmp_path: Path) -> None:
    store = await _store(tmp_path)
    try:
        kept = store._parsed
        await store.save_session(WORKER, session())
        assert len(kept) == 1
        await store.finish_session(WORKER, entry())
        assert len(kept) == 0, "saved: gone"
        await store.save_session(WORKER, session())
        await store.delete_session(WORKER)
        assert len(kept) == 0, "discarded: gone"
        await store.save_session(WORKER, session())
        await store.load_session(WORKER)
        await store.forget(WORKER)
        assert len(kept) == 0, "/forget: gone"
        await store.ensure_worker(WORKER, 1, "nl", TODAY)
        await store.save_session(WORKER, session())
        later = datetime.now(UTC) + timedelta(days=1)
        await store.purge(TODAY, later)
        assert len(kept) == 0 and await store.load_session(WORKER) is None, "purged: gone"
    finally:
        await store.close()


def test_the_same_text_is_parsed_once_and_handed_out_as_copies() -> None:
    parsed, raw = ParsedSessions(limit=2), session().to_json()
    first = parsed.parse(WORKER, raw)
    first.answers.clear()
    second = parsed.parse(WORKER, raw)
    assert second == session() and second is not first
    changed = session("equality_stance")
    assert parsed.parse(WORKER, changed.to_json()) == changed, "another text: parsed anew"
    for other in ("b", "c", "d"):
        parsed.wrote(other * 64, raw, Session.from_json(raw))
    assert len(parsed) == 2, "bounded: the oldest remembered goes first"


async def test_the_session_read_with_the_worker_serves_the_next_read_only_if_nothing_changed(
    tmp_path: Path,
) -> None:
    """#14: `lookup` reads the session too, and the answer's own read needs no statement;
    any write in between (on the loop or in the thread) makes it read again."""
    store = await _store(tmp_path)
    try:
        await store.save_session(WORKER, session())
        assert store._writer is not None and store._reader is not None
        statements: list[str] = []
        store._writer.set_trace_callback(statements.append)
        store._reader.set_trace_callback(statements.append)
        await store.lookup(WORKER)
        read_with_worker = len(statements)
        assert await store.load_session(WORKER) == session()
        assert len(statements) == read_with_worker, "no statement of its own"
        assert await store.load_session(WORKER) == session(), "used once: read again"
        assert len(statements) == read_with_worker + 1
        await store.lookup(WORKER)
        changed = session("equality_stance")
        await store.save_session(WORKER, changed)  # a write after the lookup
        assert await store.load_session(WORKER) == changed
        await store.lookup(WORKER)
        await store.set_language(WORKER, "fr")  # any write, of any row
        before = len(statements)
        assert await store.load_session(WORKER) == changed
        assert len(statements) == before + 1, "read again"
        await store.lookup(WORKER)
        await store.delete_session(WORKER)  # in the thread, in a transaction
        assert await store.load_session(WORKER) is None
        await store.lookup(WORKER)
        assert await store.load_session(WORKER) is None, "no session, read with the worker"
    finally:
        await store.close()


def test_a_text_read_ahead_is_used_once_and_only_at_the_same_stamp() -> None:
    kept = ParsedSessions()
    kept.read_ahead("a", 5, "{}")
    assert kept.take_ahead("a", 6) == (False, None), "something was written since"
    assert kept.take_ahead("a", 5) == (False, None), "used up"
    kept.read_ahead("a", 5, None)
    assert kept.take_ahead("a", None) == (False, None), "a transaction was open"
    kept.read_ahead("a", 5, None)
    assert kept.take_ahead("a", 5) == (True, None), "no session, known"
    for number in range(100):
        kept.read_ahead(f"w{number}", 1, "{}")
    assert kept.take_ahead("w0", 1) == (False, None), "the oldest went"
    assert kept.take_ahead("w99", 1) == (True, "{}")
    kept.read_ahead("b", 1, "{}")
    kept.drop("b")
    assert kept.take_ahead("b", 1) == (False, None), "dropped with the rest"


def test_a_text_read_ahead_answers_only_within_its_update() -> None:
    """An idle bot's last lookup must not answer a read minutes later: another process
    (a purge, a restore) may have written meanwhile without the writer knowing."""
    now = [100.0]
    kept = ParsedSessions(clock=lambda: now[0])
    kept.read_ahead("a", 5, "{}")
    now[0] += 0.1
    assert kept.take_ahead("a", 5) == (True, "{}")
    kept.read_ahead("a", 5, "{}")
    now[0] += 60
    assert kept.take_ahead("a", 5) == (False, None), "stale: read again"


async def test_another_process_write_after_an_idle_lookup_is_read(tmp_path: Path) -> None:
    store = await _store(tmp_path)
    try:
        now = [0.0]
        store._parsed._clock = lambda: now[0]
        await store.save_session(WORKER, session())
        await store.lookup(WORKER)  # then the bot idles
        elsewhere = session("equality_stance")
        with sqlite3.connect(tmp_path / DB_FILE) as other:  # a CLI command, a restore
            other.execute("UPDATE sessions SET data = ? WHERE pseudonym = ?",
                          (elsewhere.to_json(), WORKER))  # fmt: skip
        now[0] += 60
        assert await store.load_session(WORKER) == elsewhere
    finally:
        await store.close()
