"""WAL checkpoints off the event loop.

SQLite's automatic checkpoint runs inside the commit that makes the WAL cross 1,000
pages, on whichever thread commits. Our commits run on the event loop (`sqlite_loop`),
so about one commit in 330 copied the WAL into the database and synced it there: 20-29
ms during which no update was served. The writer's automatic checkpoint is off
(`wal_autocheckpoint = 0`, set in `SqliteStore.open`); instead, every `EVERY` writes a
checkpoint runs in a worker thread, on a connection of its own:

- PASSIVE as a rule: it waits for no reader or writer and blocks none, so the loop keeps
  committing while the pages are copied and synced;
- RESTART when the previous pass left the WAL at `LIMIT` pages or more (writes that never
  pause leave no moment for SQLite to start the WAL over): it holds off new writers
  until the WAL is copied, so the next commit starts it over. Meanwhile the store sends
  its writes to aiosqlite's thread (`holding_writers`), which waits for the lock there,
  so the loop never waits on it.

Nothing acknowledged depends on a checkpoint: a committed transaction is in the WAL,
which survives a killed process.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from contextlib import closing
from pathlib import Path

log = logging.getLogger(__name__)
EVERY = 250
"""Writes between checkpoints: a button answer writes 3-4 pages, so about 1,000 pages of
WAL between two passes, SQLite's own default."""
LIMIT = 4000
"""WAL pages (about 16 MB) at which the next pass holds off writers (RESTART)."""
WAIT_MS = 5000
"""How long the checkpoint's own connection waits for a lock (RESTART only)."""


def checkpoint(path: Path, mode: str) -> tuple[int, int, int]:
    """One checkpoint of the database at `path`, on a connection of its own: (busy, WAL
    pages, pages copied), as `PRAGMA wal_checkpoint` answers."""
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
        row = connection.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
    busy, pages, copied = row
    return int(busy), int(pages), int(copied)


class Checkpoints:
    """Counts the store's writes and starts a checkpoint in a thread every `every`."""

    def __init__(self, path: Path, every: int = EVERY, limit: int = LIMIT) -> None:
        self._path, self._every, self._limit = path, every, limit
        self._writes = 0
        self._pages = 0
        """The WAL's size after the last pass (pages)."""
        self._running: asyncio.Future[tuple[int, int, int]] | None = None
        self.holding_writers = False
        """A RESTART pass is running: writes wait for it in the database thread."""
        self.passes = 0

    def wrote(self) -> None:
        """One more write transaction ended (committed or not: it may have written)."""
        self._writes += 1
        if self._writes < self._every or (self._running and not self._running.done()):
            return
        self._writes = 0
        self.holding_writers = self._pages >= self._limit
        mode = "RESTART" if self.holding_writers else "PASSIVE"
        running = asyncio.get_running_loop().run_in_executor(None, checkpoint, self._path, mode)
        running.add_done_callback(self._done)
        self._running = running

    def _done(self, running: asyncio.Future[tuple[int, int, int]]) -> None:
        self.passes, self.holding_writers = self.passes + 1, False
        if running.cancelled():
            return
        failed = running.exception()
        if failed is not None:  # the next pass tries again; SQLite's message holds no data
            log.warning("WAL checkpoint failed: %s", type(failed).__name__)
            return
        self._pages = running.result()[1]

    async def close(self) -> None:
        """Wait for a pass still running (before the connections close)."""
        if self._running is not None and not self._running.done():
            await asyncio.wait([self._running])
