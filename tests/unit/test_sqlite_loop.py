"""A single statement committed on the event loop: at once when the database is free,
handed to the thread when another process holds the lock, never inside a transaction."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from pathlib import Path

from bot.storage.sqlite_loop import BUSY_TIMEOUT_MS, LOOP_BUSY_TIMEOUT_MS, write_on_loop

INSERT = "INSERT INTO t (x) VALUES (?)"


def connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return db


def test_committed_at_once_and_seen_by_another_connection(tmp_path: Path) -> None:
    with closing(connect(tmp_path / "db")) as db, closing(connect(tmp_path / "db")) as other:
        db.execute("CREATE TABLE t (x INTEGER)")
        assert write_on_loop(db, INSERT, (7,))
        assert other.execute("SELECT x FROM t").fetchall() == [(7,)], "committed"
        assert db.execute("PRAGMA busy_timeout").fetchone() == (BUSY_TIMEOUT_MS,), "restored"


def test_a_lock_held_elsewhere_is_left_to_the_thread(tmp_path: Path) -> None:
    with closing(connect(tmp_path / "db")) as db, closing(connect(tmp_path / "db")) as other:
        db.execute("CREATE TABLE t (x INTEGER)")
        other.execute("BEGIN IMMEDIATE")
        started = time.perf_counter()
        assert not write_on_loop(db, INSERT, (7,))
        waited = time.perf_counter() - started
        assert waited < 50 * LOOP_BUSY_TIMEOUT_MS / 1000, "the loop did not wait for the lock"
        assert db.execute("PRAGMA busy_timeout").fetchone() == (BUSY_TIMEOUT_MS,), "restored"
        other.execute("ROLLBACK")
        assert db.execute("SELECT count(*) FROM t").fetchone() == (0,), "nothing written"


def test_never_inside_a_transaction_or_without_a_connection(tmp_path: Path) -> None:
    with closing(connect(tmp_path / "db")) as db:
        db.execute("CREATE TABLE t (x INTEGER)")
        db.execute("BEGIN")
        assert not write_on_loop(db, INSERT, (7,))
        db.execute("ROLLBACK")
        assert db.execute("SELECT count(*) FROM t").fetchone() == (0,)
    assert not write_on_loop(None, INSERT, (7,))


def test_a_statement_still_pending_on_the_connection_leaves_it_to_the_thread(
    tmp_path: Path,
) -> None:
    """aiosqlite's thread keeps its last cursor until its next call: a write on the loop
    in between would stay uncommitted, so it is rolled back and handed over instead."""
    with closing(connect(tmp_path / "db")) as db, closing(connect(tmp_path / "db")) as other:
        db.execute("CREATE TABLE t (x INTEGER)")
        pending = db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # a row not fetched
        assert not write_on_loop(db, INSERT, (7,))
        assert not db.in_transaction
        assert other.execute("SELECT count(*) FROM t").fetchone() == (0,), "nothing written"
        pending.close()
        assert write_on_loop(db, INSERT, (7,))
        assert other.execute("SELECT x FROM t").fetchall() == [(7,)]
