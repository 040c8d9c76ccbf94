"""The writer's one connection, shared by aiosqlite's thread and the event loop, safely.

aiosqlite runs every call in its own thread, a hop there and back; on a busy machine both
threads must be scheduled: milliseconds for a write that takes SQLite about a tenth of
one (WAL, `synchronous = NORMAL`: no fsync at commit). Two ways around it:

- a whole transaction written as ONE function (a saved reflection with its summary cells,
  a button answer's session) runs on the event loop itself (`run_on_loop`), on the same
  connection (its settings, such as a page limit, hold): no hop at all;
- when the loop may not (below), it runs as one call in the thread
  (`GuardedConnection.run`): one hop however many statements.

The loop may touch the connection only while the thread does not: the thread holds the
connection's `guard` for each call it runs, and the loop only takes it without waiting
(when the thread is busy, the write goes through the thread). So no statement of the
thread can run, read the loop's uncommitted write, or be rolled back with it, while the
loop writes. With another process holding the database lock, the loop does not wait
either: the thread does, as long as it always did. The commit is still done before the
answer is sent, so nothing acknowledged can be lost.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

BUSY_TIMEOUT_MS = 5000
LOOP_BUSY_TIMEOUT_MS = 20
"""How long a statement on the event loop waits for another process's lock (rare in WAL
mode: a checkpoint, a backup, a CLI command) before it goes through the thread instead."""
T = TypeVar("T")


class GuardedConnection(aiosqlite.Connection):
    """aiosqlite's connection, whose thread holds `guard` while it runs each call.

    aiosqlite has no public way to run a function in its thread; every public method and
    cursor goes through `Connection._execute(fn, *args)` (aiosqlite 0.17 to 0.22), which
    this class wraps. `tests/unit/test_sqlite_loop.py` fails if that stops holding."""

    def __init__(self, connector: Callable[[], sqlite3.Connection]) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self.guard = threading.Lock()

    async def _execute(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        result: T = await super()._execute(self._guarded, fn, *args, **kwargs)  # type: ignore[no-untyped-call]
        return result

    def _guarded(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.guard:
            return fn(*args, **kwargs)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(connection, *args)` in the database thread: one hop for all its statements."""
        return await self._execute(lambda: fn(self._conn, *args))


async def connect(path: Path) -> GuardedConnection:
    """Open like `aiosqlite.connect`; shared with the loop, so not bound to one thread."""

    def connector() -> sqlite3.Connection:
        return sqlite3.connect(path, isolation_level=None, check_same_thread=False)

    connection = GuardedConnection(connector)
    await connection
    return connection


async def atomic(db: GuardedConnection, writer: sqlite3.Connection | None,
                 fn: Callable[..., T], *args: Any) -> T:  # fmt: skip
    """`fn(connection, *args)` as one transaction: on the loop while aiosqlite's thread is
    idle and no other process holds the database, else as one call in the thread. The
    caller holds the store's writer lock (no transaction of ours is open)."""
    done, result = run_on_loop(writer, db.guard, fn, *args)
    if done:
        return result  # type: ignore[return-value]
    return await db.run(in_transaction, fn, *args)


def execute(connection: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> None:
    """One statement, as a function `atomic` can run (its cursor is not handed out)."""
    connection.execute(sql, params)


def in_transaction(connection: sqlite3.Connection, fn: Callable[..., T], *args: Any) -> T:
    """`fn(connection, *args)` as one transaction (in the database thread): all or
    nothing, also when the COMMIT itself fails (a full disk)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        result = fn(connection, *args)
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    return result


def write_on_loop(connection: sqlite3.Connection | None, guard: threading.Lock | None,
                  sql: str, rows: list[tuple[Any, ...]]) -> bool:  # fmt: skip
    """One statement (once per row) on the loop, committed; False: go through the thread."""
    return run_on_loop(connection, guard, sqlite3.Connection.executemany, sql, rows)[0]


def run_on_loop(connection: sqlite3.Connection | None, guard: threading.Lock | None,
                fn: Callable[..., T], *args: Any) -> tuple[bool, T | None]:  # fmt: skip
    """`fn(connection, *args)` in its own transaction on the loop, committed at once:
    (True, its result); (False, None) when it must go through the thread instead: no
    connection to use here, aiosqlite's thread busy with it (`guard` taken), the database
    locked by someone else, or a statement of the thread's still pending on it.

    An explicit COMMIT, not autocommit: an autocommitted statement stays uncommitted while
    an earlier statement on the connection is unfinished (aiosqlite's thread holds on to
    its last cursor until its next call), and SQLite refuses such a COMMIT outright, so
    the write is rolled back and left to the thread, where that cursor is let go first."""
    if connection is None or guard is None or sqlite3.threadsafety != 3:
        return False, None  # not serialized: only the thread may touch the connection
    if not guard.acquire(blocking=False):
        return False, None
    try:
        return _run(connection, fn, *args)
    finally:
        guard.release()


def _run(connection: sqlite3.Connection, fn: Callable[..., T], *args: Any) -> tuple[bool, T | None]:
    if connection.in_transaction:
        return False, None
    connection.execute(f"PRAGMA busy_timeout = {LOOP_BUSY_TIMEOUT_MS}")
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        return False, None
    finally:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    try:
        result = fn(connection, *args)
        connection.execute("COMMIT")
    except BaseException as exc:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError) and "in progress" in str(exc):
            return False, None
        raise
    return True, result
