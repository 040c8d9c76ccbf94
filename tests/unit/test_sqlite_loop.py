"""A single statement committed on the event loop: at once when the database is free,
handed to the thread when another process holds the lock, never inside a transaction,
never while aiosqlite's thread runs a call on the same connection (raced below)."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from contextlib import closing, suppress
from pathlib import Path

from bot.storage.sqlite import SqliteStore
from bot.storage.sqlite_loop import (
    BUSY_TIMEOUT_MS,
    LOOP_BUSY_TIMEOUT_MS,
    ConnectionGuard,
    GuardedConnection,
    atomic,
    in_transaction,
    read_on_loop,
    run_on_loop,
    write_on_loop,
)
from bot.storage.sqlite_loop import (
    connect as connect_guarded,
)
from tests.conftest import KEYRING, TODAY

INSERT = "INSERT INTO t (x) VALUES (?)"


def timeout(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA busy_timeout").fetchone()[0])


SLOW_READ = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000)"
    " SELECT count(*) FROM c"
)


def connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return db


def test_committed_at_once_and_seen_by_another_connection(tmp_path: Path) -> None:
    free = ConnectionGuard()  # a guard no thread holds: the connection is the test's
    with closing(connect(tmp_path / "db")) as db, closing(connect(tmp_path / "db")) as other:
        db.execute("CREATE TABLE t (x INTEGER)")
        assert write_on_loop(db, free, INSERT, [(7,)])
        assert other.execute("SELECT x FROM t").fetchall() == [(7,)], "committed"
        assert timeout(db) == LOOP_BUSY_TIMEOUT_MS and free.loop_timeout, "the thread restores"


def test_a_lock_held_elsewhere_is_left_to_the_thread(tmp_path: Path) -> None:
    free = ConnectionGuard()  # a guard no thread holds: the connection is the test's
    with closing(connect(tmp_path / "db")) as db, closing(connect(tmp_path / "db")) as other:
        db.execute("CREATE TABLE t (x INTEGER)")
        other.execute("BEGIN IMMEDIATE")
        started = time.perf_counter()
        assert not write_on_loop(db, free, INSERT, [(7,)])
        waited = time.perf_counter() - started
        assert waited < 50 * LOOP_BUSY_TIMEOUT_MS / 1000, "the loop did not wait for the lock"
        assert timeout(db) == LOOP_BUSY_TIMEOUT_MS and free.loop_timeout, "the thread restores"
        other.execute("ROLLBACK")
        assert db.execute("SELECT count(*) FROM t").fetchone() == (0,), "nothing written"


def test_never_inside_a_transaction_or_without_a_connection(tmp_path: Path) -> None:
    free = ConnectionGuard()  # a guard no thread holds: the connection is the test's
    with closing(connect(tmp_path / "db")) as db:
        db.execute("CREATE TABLE t (x INTEGER)")
        db.execute("BEGIN")
        assert not write_on_loop(db, free, INSERT, [(7,)])
        db.execute("ROLLBACK")
        assert db.execute("SELECT count(*) FROM t").fetchone() == (0,)
    assert not write_on_loop(None, free, INSERT, [(7,)])


def test_a_statement_still_pending_on_the_connection_leaves_it_to_the_thread(
    tmp_path: Path,
) -> None:
    free = ConnectionGuard()  # a guard no thread holds: the connection is the test's
    """aiosqlite's thread keeps its last cursor until its next call: a write on the loop
    in between would stay uncommitted, so it is rolled back and handed over instead."""
    with closing(connect(tmp_path / "db")) as db, closing(connect(tmp_path / "db")) as other:
        db.execute("CREATE TABLE t (x INTEGER)")
        pending = db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # a row not fetched
        assert not write_on_loop(db, free, INSERT, [(7,)])
        assert not db.in_transaction
        assert other.execute("SELECT count(*) FROM t").fetchone() == (0,), "nothing written"
        pending.close()
        assert write_on_loop(db, free, INSERT, [(7,)])
        assert other.execute("SELECT x FROM t").fetchall() == [(7,)]


async def _gated(db: GuardedConnection) -> threading.Event:
    """A read the test holds in flight: `SELECT gate()` waits in the thread until set."""
    gate = threading.Event()
    await db.create_function("gate", 0, lambda: int(gate.wait(10)))
    return gate


async def _busy(db: GuardedConnection) -> None:
    """Wait until aiosqlite's thread has started a call (it holds the guard)."""
    for _ in range(2000):
        if db.guard.locked():
            return
        await asyncio.sleep(0.001)
    raise AssertionError("the thread never took the guard")


async def test_a_read_in_flight_in_the_thread_keeps_the_loop_off_the_connection(
    tmp_path: Path,
) -> None:
    """The race of the second look at #14: while aiosqlite's thread runs a read on the
    writer's connection, the loop does not write on it (it would run alongside the read,
    which could see the uncommitted write or lose it to a rollback); it hands over."""
    db = await connect_guarded(tmp_path / "db")
    try:
        await db.execute("PRAGMA journal_mode = WAL")
        await db.execute("CREATE TABLE t (x INTEGER)")
        gate = await _gated(db)
        reading = asyncio.ensure_future(db.execute_fetchall("SELECT gate(), count(*) FROM t"))
        await _busy(db)
        assert not write_on_loop(db._conn, db.guard, INSERT, [(7,)]), "the read is in flight"
        gate.set()
        assert list(await reading) == [(1, 0)], "the read saw nothing of a write"
        assert not db.guard.locked()
        assert write_on_loop(db._conn, db.guard, INSERT, [(8,)]), "idle again: on the loop"
        assert list(await db.execute_fetchall("SELECT x FROM t")) == [(8,)]
        slow = asyncio.ensure_future(db.execute_fetchall(SLOW_READ))  # a real long read
        await _busy(db)
        refused = not write_on_loop(db._conn, db.guard, INSERT, [(9,)])
        assert list(await slow) == [(300000,)]
        assert refused or not db.guard.locked()
    finally:
        await db.close()


async def test_the_thread_waits_while_the_loop_writes(tmp_path: Path) -> None:
    """The other direction: a call queued for the thread while the loop holds the guard
    starts only once the loop is done with the connection."""
    db = await connect_guarded(tmp_path / "db")
    try:
        await db.execute("CREATE TABLE t (x INTEGER)")
        started: list[float] = []
        with db.guard:
            queued = asyncio.ensure_future(db.run(lambda c: started.append(time.monotonic())))
            await asyncio.sleep(0.05)
            assert started == [], "the thread did not touch the connection"
            released = time.monotonic()
        await queued
        assert started and started[0] >= released
    finally:
        await db.close()


async def test_run_is_one_call_in_the_thread_under_the_guard(tmp_path: Path) -> None:
    """`run` is how a whole transaction becomes one hop: it runs in aiosqlite's thread
    (not the loop's), holding the guard, and a failure inside rolls all of it back."""
    db = await connect_guarded(tmp_path / "db")
    try:
        await db.execute("CREATE TABLE t (x INTEGER)")
        seen: list[tuple[bool, bool]] = []

        def two_inserts(c: sqlite3.Connection, fail: bool) -> None:
            seen.append((threading.current_thread() is threading.main_thread(),
                         db.guard.locked()))  # fmt: skip
            c.executemany(INSERT, [(1,), (2,)])
            if fail:
                raise ValueError("half-way")

        await db.run(in_transaction, two_inserts, False)
        with suppress(ValueError):
            await db.run(in_transaction, two_inserts, True)
        assert seen == [(False, True), (False, True)]
        assert list(await db.execute_fetchall("SELECT x FROM t")) == [(1,), (2,)]
        assert not db.in_transaction
    finally:
        await db.close()


async def test_loop_writes_and_thread_reads_interleaved_lose_nothing(tmp_path: Path) -> None:
    """Writes on the loop raced against reads in the thread, some held in flight at the
    write, some queued, running or done: every write lands once, never on the loop while
    a read is in flight, and a read sees the table before or after a write."""
    db = await connect_guarded(tmp_path / "db")
    try:
        await db.execute("PRAGMA journal_mode = WAL")
        await db.execute("CREATE TABLE t (x INTEGER)")
        gate = await _gated(db)
        paths: set[bool] = set()
        for value in range(60):
            held = value % 3 == 0
            gate.clear()
            reading = asyncio.ensure_future(db.execute_fetchall(
                "SELECT gate(), count(*) FROM t" if held else "SELECT 1, count(*) FROM t"
            ))  # fmt: skip
            for _ in range(value % 4):
                await asyncio.sleep(0)  # the read queued, running or done
            if held:
                await _busy(db)
            on_loop = write_on_loop(db._conn, db.guard, INSERT, [(value,)])
            assert not (held and on_loop), "never on the loop while a read is in flight"
            gate.set()
            if not on_loop:
                await db.run(in_transaction, lambda c, v=value: c.execute(INSERT, (v,)))
            paths.add(on_loop)
            (_, count) = next(iter(await reading))
            assert count in (value, value + 1)
        rows = await db.execute_fetchall("SELECT x FROM t ORDER BY x")
        assert [r[0] for r in rows] == list(range(60))
        assert paths == {True, False}, "both ways were taken"
    finally:
        await db.close()


def _two(c: sqlite3.Connection, first: int, fail: bool = False) -> int:
    c.executemany(INSERT, [(first,), (first + 1,)])
    if fail:
        raise ValueError("half-way")
    return first


def test_a_whole_transaction_on_the_loop_is_all_or_nothing(tmp_path: Path) -> None:
    free = ConnectionGuard()  # a guard no thread holds: the connection is the test's
    with closing(connect(tmp_path / "db")) as db, closing(connect(tmp_path / "db")) as other:
        db.execute("CREATE TABLE t (x INTEGER)")
        assert run_on_loop(db, free, _two, 1) == (True, 1)
        with suppress(ValueError):
            run_on_loop(db, free, _two, 5, True)
        assert not db.in_transaction
        assert other.execute("SELECT x FROM t").fetchall() == [(1,), (2,)], "committed, once"


async def test_atomic_runs_on_the_loop_when_free_and_in_the_thread_when_busy(
    tmp_path: Path,
) -> None:
    """The store's one way to write: no hop while aiosqlite's thread is idle, one hop
    (never two threads on the connection) while it runs a read; the same result."""
    db = await connect_guarded(tmp_path / "db")
    try:
        await db.execute("CREATE TABLE t (x INTEGER)")
        hops: list[object] = []
        run = db.run

        async def counted(fn: object, *args: object) -> object:
            hops.append(fn)
            return await run(fn, *args)  # type: ignore[arg-type]

        db.run = counted  # type: ignore[method-assign,assignment]
        assert await atomic(db, db._conn, _two, 1) == 1
        assert hops == [], "on the loop"
        gate = await _gated(db)
        reading = asyncio.ensure_future(db.execute_fetchall("SELECT gate()"))
        await _busy(db)
        writing = asyncio.ensure_future(atomic(db, db._conn, _two, 3))
        await asyncio.sleep(0.01)
        assert hops == [in_transaction], "handed to the thread: the read is in flight"
        gate.set()
        assert await writing == 3
        await reading
        rows = await db.execute_fetchall("SELECT x FROM t ORDER BY x")
        assert [r[0] for r in rows] == [1, 2, 3, 4]
    finally:
        await db.close()


async def test_each_side_has_its_own_busy_timeout_switched_only_when_the_other_ran(
    tmp_path: Path,
) -> None:
    """The loop's commits run with 20 ms (never waiting for another process's lock), every
    call of the thread with 5 s; the PRAGMA runs when the side changes, not per commit."""
    db = await connect_guarded(tmp_path / "db")
    try:
        await db.execute("CREATE TABLE t (x INTEGER)")
        statements: list[str] = []
        db._conn.set_trace_callback(statements.append)
        seen: list[int] = []

        def record(c: sqlite3.Connection) -> None:
            seen.append(timeout(c))
            c.execute(INSERT, (1,))

        for _ in range(3):
            assert run_on_loop(db._conn, db.guard, record)[0]
        assert seen == [LOOP_BUSY_TIMEOUT_MS] * 3
        assert sum("busy_timeout =" in s for s in statements) == 1, "set once for three commits"
        await db.run(record)
        assert seen[-1] == BUSY_TIMEOUT_MS, "the thread waits as long as it always did"
        assert run_on_loop(db._conn, db.guard, record)[0]
        assert seen[-1] == LOOP_BUSY_TIMEOUT_MS
        assert sum("busy_timeout =" in s for s in statements) == 3
        db._conn.set_trace_callback(None)
    finally:
        await db.close()


def test_a_lock_met_inside_the_loops_transaction_hands_it_to_the_thread(tmp_path: Path) -> None:
    """With the short timeout kept for the whole transaction, "database is locked" met after
    BEGIN (not expected in WAL mode) is rolled back and left to the thread, not raised."""
    with closing(connect(tmp_path / "db")) as db, closing(connect(tmp_path / "db")) as other:
        db.execute("CREATE TABLE t (x INTEGER)")

        def locked(c: sqlite3.Connection) -> None:
            c.execute(INSERT, (1,))
            raise sqlite3.OperationalError("database is locked")

        assert run_on_loop(db, ConnectionGuard(), locked) == (False, None)
        assert not db.in_transaction
        assert other.execute("SELECT count(*) FROM t").fetchone() == (0,), "rolled back"


def test_a_read_on_the_loop_uses_the_writers_connection_only_while_it_is_free(
    tmp_path: Path,
) -> None:
    """#14: reads of an update on the writer's connection, whose cache its own commits
    leave valid; never while the thread runs a call on it, never inside a transaction."""
    free = ConnectionGuard()  # a guard no thread holds: the connection is the test's
    with closing(connect(tmp_path / "db")) as db, closing(connect(tmp_path / "db")) as other:
        db.execute("CREATE TABLE t (x INTEGER)")
        other.execute(INSERT, (7,))
        assert read_on_loop(db, free, "SELECT x FROM t WHERE x = ?", (7,)) == [(7,)]
        assert timeout(db) == LOOP_BUSY_TIMEOUT_MS, "the loop's short wait"
        assert not free.locked(), "the guard is let go"
        free.acquire()  # the thread is running a call
        assert read_on_loop(db, free, "SELECT x FROM t", ()) is None
        free.release()
        db.execute("BEGIN")
        db.execute(INSERT, (8,))
        assert read_on_loop(db, free, "SELECT x FROM t", ()) is None, "not in a transaction"
        db.execute("ROLLBACK")
    assert read_on_loop(None, free, "SELECT 1", ()) is None


def test_a_read_on_the_loop_that_meets_a_lock_is_left_to_others(tmp_path: Path) -> None:
    """A lock held elsewhere (a rollback-journal database being written, here) makes the
    read give way after the loop's 20 ms, not after the thread's 5 s."""
    free = ConnectionGuard()
    with closing(sqlite3.connect(tmp_path / "db", isolation_level=None)) as db, closing(
        sqlite3.connect(tmp_path / "db", isolation_level=None)
    ) as other:  # fmt: skip
        db.execute("CREATE TABLE t (x INTEGER)")
        other.execute("BEGIN EXCLUSIVE")
        started = time.perf_counter()
        assert read_on_loop(db, free, "SELECT x FROM t", ()) is None
        assert time.perf_counter() - started < 50 * LOOP_BUSY_TIMEOUT_MS / 1000
        assert not free.locked()
        other.execute("ROLLBACK")


async def test_the_stores_reads_go_to_the_writers_connection_while_the_thread_is_idle(
    tmp_path: Path,
) -> None:
    """The store's plain reads (the worker and session of every update) are served on
    the writer's connection; with the thread busy on it, on the read-only one."""
    store = await SqliteStore.open(tmp_path, KEYRING)
    try:
        await store.ensure_worker("p" * 64, 1, "nl", TODAY)
        assert store._reader is not None and store._writer is not None
        seen: dict[str, list[str]] = {"reader": [], "writer": []}
        store._reader.set_trace_callback(seen["reader"].append)
        store._writer.set_trace_callback(seen["writer"].append)
        worker, _ = await store.lookup("p" * 64)
        assert worker is not None
        assert [s for s in seen["writer"] if "FROM workers" in s] and not seen["reader"]
        store._db.guard.acquire()  # as while aiosqlite's thread runs a call
        try:
            assert (await store.lookup("p" * 64))[0] == worker
        finally:
            store._db.guard.release()
        assert [s for s in seen["reader"] if "FROM workers" in s], "the read-only one"
    finally:
        await store.close()
