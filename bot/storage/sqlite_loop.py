"""A committed single statement written on the event loop, on the writer's own connection.

A button answer commits one statement (its session). Through aiosqlite's thread that is
a hop there and back, and on a busy machine both threads must be scheduled: milliseconds
for a write that takes SQLite about a tenth of one (WAL, `synchronous = NORMAL`: no fsync
at commit). So the writer's lock holder runs it here, on the same connection (its
settings, such as a page limit, hold), with a short busy timeout; when another process
holds the lock it is not waited for here, but retried on the thread, which waits as long
as it always did. The commit is still done before the answer is sent, so nothing
acknowledged can be lost.
"""

from __future__ import annotations

import sqlite3
from typing import Any

BUSY_TIMEOUT_MS = 5000
LOOP_BUSY_TIMEOUT_MS = 20
"""How long a statement on the event loop waits for another process's lock (rare in WAL
mode: a checkpoint, a backup, a CLI command) before it goes through the thread instead."""


def write_on_loop(connection: sqlite3.Connection | None, sql: str,
                  params: tuple[Any, ...]) -> bool:  # fmt: skip
    """Run one statement in its own transaction, committed at once; False when it must go
    through the thread (no connection to use here, the database locked by someone else,
    or a statement of the thread's still pending on the connection).

    An explicit COMMIT, not autocommit: an autocommitted statement stays uncommitted while
    an earlier statement on the connection is unfinished (aiosqlite's thread holds on to
    its last cursor until its next call), and SQLite refuses such a COMMIT outright, so
    the write is rolled back and left to the thread, where that cursor is let go first."""
    if connection is None or connection.in_transaction:
        return False
    connection.execute(f"PRAGMA busy_timeout = {LOOP_BUSY_TIMEOUT_MS}")
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        return False
    finally:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    try:
        connection.execute(sql, params)
        connection.execute("COMMIT")
    except BaseException as exc:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError) and "in progress" in str(exc):
            return False
        raise
    return True
