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

The two sides want different busy timeouts on the one connection: the thread waits for
another process's lock (5 s), the loop does not (20 ms, then the thread). The guard
remembers which one the connection has, so it is switched only when the other side runs
next, not twice per commit (two statements of a loop commit's five, #14).
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


class ConnectionGuard:
    """The lock aiosqlite's thread holds for each call on the shared connection, and
    which busy timeout the connection has now (changed only by whoever holds the lock)."""

    def __init__(self) -> None:
        lock = threading.Lock()
        self.acquire, self.release, self.locked = lock.acquire, lock.release, lock.locked
        """The lock's own methods (no Python call around them: taken twice per update)."""
        self.loop_timeout = False
        """True while the connection has the loop's short timeout (the thread's is 5 s)."""

    def __enter__(self) -> ConnectionGuard:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def for_thread(self, connection: sqlite3.Connection | None) -> None:
        """Under the lock, before a call of the thread: its 5 s back, if the loop had it."""
        if self.loop_timeout and connection is not None:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.loop_timeout = False

    def for_loop(self, connection: sqlite3.Connection) -> None:
        """Under the lock, before a transaction on the loop: 20 ms, if not set already."""
        if not self.loop_timeout:
            connection.execute(f"PRAGMA busy_timeout = {LOOP_BUSY_TIMEOUT_MS}")
            self.loop_timeout = True


class GuardedConnection(aiosqlite.Connection):
    """aiosqlite's connection, whose thread holds `guard` while it runs each call.

    aiosqlite has no public way to run a function in its thread; every public method and
    cursor goes through `Connection._execute(fn, *args)` (aiosqlite 0.17 to 0.22), which
    this class wraps. `tests/unit/test_sqlite_loop.py` fails if that stops holding."""

    def __init__(self, connector: Callable[[], sqlite3.Connection]) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self.guard = ConnectionGuard()

    async def _execute(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        result: T = await super()._execute(self._guarded, fn, *args, **kwargs)  # type: ignore[no-untyped-call]
        return result

    def _guarded(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.guard:
            self.guard.for_thread(self._connection)
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


def roll_back_if_open(connection: sqlite3.Connection) -> None:
    """In the database thread, after every statement queued before it: end a transaction
    left open by a failed or cancelled one (see `SqliteStore._transaction`)."""
    if connection.in_transaction:
        connection.execute("ROLLBACK")


def read_on_loop(connection: sqlite3.Connection | None, guard: ConnectionGuard | None,
                 sql: str, params: tuple[Any, ...]) -> list[Any] | None:  # fmt: skip
    """A plain read on the writer's connection, on the loop; None: read elsewhere (no
    connection to use here, the thread busy with it, a transaction open, a lock met).

    Why the writer's and not a read-only connection: in WAL mode a connection's page
    cache survives its own commits, so the pages the last answer wrote are read from
    memory; a second connection starts every read after a write by reading them again
    from the WAL (seven `pread`s an update, #14). An earlier statement of the thread left
    unfinished would hold an older snapshot: a read as of that moment, which the writes
    that follow (BEGIN IMMEDIATE on a stale snapshot is refused) do not build on."""
    if connection is None or guard is None or sqlite3.threadsafety != 3:
        return None
    if not guard.acquire(blocking=False):
        return None
    try:
        if connection.in_transaction:
            return None
        guard.for_loop(connection)
        return connection.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if _busy(exc):
            return None
        raise
    finally:
        guard.release()


def write_on_loop(connection: sqlite3.Connection | None, guard: ConnectionGuard | None,
                  sql: str, rows: list[tuple[Any, ...]]) -> bool:  # fmt: skip
    """One statement (once per row) on the loop, committed; False: go through the thread."""
    return run_on_loop(connection, guard, sqlite3.Connection.executemany, sql, rows)[0]


def run_on_loop(connection: sqlite3.Connection | None, guard: ConnectionGuard | None,
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
        return _run(connection, guard, fn, *args)
    finally:
        guard.release()


def _run(connection: sqlite3.Connection, guard: ConnectionGuard, fn: Callable[..., T],
         *args: Any) -> tuple[bool, T | None]:  # fmt: skip
    if connection.in_transaction:
        return False, None
    guard.for_loop(connection)
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if not _busy(exc):
            raise
        return False, None
    try:
        result = fn(connection, *args)
        connection.execute("COMMIT")
    except BaseException as exc:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError) and ("in progress" in str(exc) or _busy(exc)):
            return False, None  # rolled back: the thread does it again, and may wait
        raise
    return True, result


def _busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)
