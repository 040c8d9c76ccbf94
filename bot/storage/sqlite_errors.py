"""SQLite's errors as ours: the database's own trouble becomes a `StorageError` with a
kind (busy, full, read-only, broken), so the Telegram layer can tell the worker kindly and
log one line without importing sqlite3."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.errors import StorageError


def storage_error(exc: sqlite3.Error) -> StorageError:
    """SQLite's trouble as our error, classified for the log and the worker's message."""
    text = str(exc).lower()
    kind = ("busy" if "locked" in text or "busy" in text else
            "full" if "full" in text else
            "read-only" if "readonly" in text or "read-only" in text else "broken")  # fmt: skip
    return StorageError(f"database {kind}: {exc}", kind)


PASSED_ON = (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)
"""Constraint violations (callers handle them) and our own mistakes: raised as they are."""


def ours(exc: sqlite3.Error) -> BaseException:
    """The database's own trouble (locked, full, read-only, corrupt) as a `StorageError`;
    what `PASSED_ON` names as it is. For `raise ours(exc) from None` in an `except
    sqlite3.Error`: the hot paths use it instead of `translated()`, a context manager
    (a generator and two awaits) per read and per write (#14)."""
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, PASSED_ON):
        return storage_error(exc)
    return exc


@asynccontextmanager
async def translated() -> AsyncIterator[None]:
    """`ours` around a block: SQLite's errors become StorageError (see `ours`)."""
    try:
        yield
    except sqlite3.Error as exc:
        raise ours(exc) from None
