"""The SQLite adapter (with its `sqlite_*` modules, the only users of aiosqlite).

WAL journal, a busy timeout, foreign keys on, numbered migrations applied at start-up.
Every write is its own committed transaction, so a killed process loses nothing that
was acknowledged.

Two connections: transactions (and reads inside them) go to aiosqlite's thread, one
round trip per statement; plain reads run on the event loop itself, on the writer's
connection while aiosqlite's thread leaves it free (its page cache survives its own
commits), else on a second, read-only connection. A read of a few rows takes tens of
microseconds, less than a hop to the database thread and back, which on a busy machine
costs milliseconds (both threads must be scheduled). A transaction written as one plain
function (a single statement, a saved reflection with its cells) runs on the loop too, on
the writer's connection, while aiosqlite's thread is idle and no other process holds the
lock, else as one call in the thread (`sqlite_loop.atomic`). So a button answer and a save
do not reach the thread at all.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from bot.dialogue.session import EntryDraft, Session
from bot.errors import StorageError
from bot.privacy.pseudonym import Keyring
from bot.privacy.sealed import Sealer
from bot.storage import sqlite_cells, sqlite_entries, sqlite_loop
from bot.storage.parsed_sessions import ParsedSessions
from bot.storage.port import StoredEntry
from bot.storage.sqlite_chat_state import ChatStateQueries
from bot.storage.sqlite_chats import SEAL_MIGRATION
from bot.storage.sqlite_checkpoint import Checkpoints
from bot.storage.sqlite_coach import SIGNATURES_SEALED
from bot.storage.sqlite_loop import BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS
from bot.storage.sqlite_workers import entry_from_row, now_utc
from bot.teams.cells import definition_stamp

T = TypeVar("T")
DB_FILE = "reflectbot.sqlite3"
READ_BUSY_TIMEOUT_MS = 20
"""A read on the event loop waits at most this long for a lock (rare in WAL mode: a
checkpoint or recovery by another process), then goes through the database thread."""
CELLS_MIGRATION = 7
"""The migration that added `cell_days`: existing entries are counted into it in Python."""
SHARED_CELLS_MIGRATION = 12
"""The migration after which the cells are recounted from shared entries only."""
CLEAR_IDS_DROPPED = 11
SCOURED_AFTER = frozenset({CLEAR_IDS_DROPPED, 32, 33})
"""Migrations that dropped clear Telegram ids (11), clear coach signatures (32) or exact
days of coach prompts (33): the file is vacuumed once after them, leaving no copy."""


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, sql) for every file in bot/storage/migrations, in order."""
    folder = resources.files("bot.storage") / "migrations"
    found = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            number, _, name = item.name.removesuffix(".sql").partition("_")
            found.append((int(number), name, item.read_text(encoding="utf-8")))
    return sorted(found)


class SqliteStore(ChatStateQueries):
    """Sessions and entries here; workers, chats and reminders in `WorkerQueries`."""

    _checkpoints: Checkpoints | None = None
    """Set once migrated: from then on the WAL is checkpointed off the loop."""

    def __init__(self, connection: sqlite_loop.GuardedConnection, keyring: Keyring) -> None:
        self._db = connection
        self._lock = asyncio.Lock()
        self._sealer = Sealer(keyring)
        self._parsed = ParsedSessions()

    @classmethod
    async def open(cls, data_dir: Path, keyring: Keyring) -> SqliteStore:
        """Open (and migrate) the database; the keyring seals and opens Telegram ids."""
        path = data_dir / DB_FILE
        if not os.access(data_dir, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
            raise StorageError(f"the data directory {data_dir} is read-only: the bot must be "
                               "able to write there (check the volume mount and its owner)",
                               "read-only")  # fmt: skip
        try:
            if not path.exists():
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
            # the loop uses it too, for single statements, only while the thread does not
            connection = await sqlite_loop.connect(path)
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(f"cannot open the database {path}: {exc}") from None
        store = cls(connection, keyring)
        try:
            await connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            await connection.execute("PRAGMA journal_mode = WAL")
            await connection.execute("PRAGMA synchronous = NORMAL")
            await connection.execute("PRAGMA foreign_keys = ON")
            await connection.execute("PRAGMA secure_delete = ON")  # erased means zeroed
            await connection.execute("PRAGMA wal_autocheckpoint = 0")  # never in a commit
            await connection.run(sqlite_cells.register)
            await store._migrate()
            (stamp,) = (await (await connection.execute("PRAGMA user_version")).fetchone()) or (0,)
            if stamp != definition_stamp():  # what summaries count changed: recount them
                await store.rebuild_summaries()
            store._reader = _reader(path)
            store._writer = connection._conn
            store._checkpoints = Checkpoints(path)
        except sqlite3.Error as exc:
            await connection.close()
            raise StorageError(f"cannot prepare the database {path}: {exc}") from None
        return store

    def _wrote(self) -> None:
        """Each write (each use of the writer's lock) counts towards the next checkpoint,
        which runs in a thread (`sqlite_checkpoint`)."""
        if self._checkpoints is not None:
            self._checkpoints.wrote()

    async def _atomic(self, fn: Callable[..., T], *args: Any) -> T:
        """As `WorkerQueries._atomic`, but while a checkpoint holds writers off (RESTART),
        in the database thread, which waits for it there rather than on the loop."""
        if self._checkpoints is None or not self._checkpoints.holding_writers:
            return await super()._atomic(fn, *args)
        async with self._exclusive():
            return await self._db.run(sqlite_loop.in_transaction, fn, *args)

    async def _migrate(self) -> None:
        await self._db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        async with self._db.execute("SELECT version FROM schema_migrations") as cursor:
            applied = {row[0] for row in await cursor.fetchall()}
        scour = False
        for number, name, sql in migrations():
            if number in applied:
                continue
            async with self._transaction():
                for statement in _statements(sql):
                    await self._db.execute(statement)
                if number in (CELLS_MIGRATION, SHARED_CELLS_MIGRATION):
                    await self._db.run(sqlite_cells.rebuild_all)
                if number == SEAL_MIGRATION:
                    await self.seal_clear_ids()
                if number == SIGNATURES_SEALED:
                    await self.seal_clear_signatures()
                await self._db.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)", (number, name, _now())
                )
            scour = scour or number in SCOURED_AFTER
        if scour:
            await self.scour()

    async def scour(self) -> None:
        """Rewrite the file and empty the WAL, so erased values leave no copy behind."""
        async with self._exclusive():
            await self._db.execute("VACUUM")
            await self._db.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)")  # nothing pending

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[None]:
        """One writer at a time on the shared connection; all or nothing, also when the
        COMMIT itself fails (a full disk), and when the task is cancelled (a stop):
        then nothing of it stays and the connection is free for the next one.

        A cancelled await does not withdraw its statement: aiosqlite's thread still runs
        it (the BEGIN too). So the rollback is queued behind it and decides there, in
        the thread, whether a transaction is open; decided here, before the queued BEGIN
        ran, it left the connection inside a transaction that every later write refused
        ("cannot start a transaction within a transaction")."""
        async with self._exclusive():
            try:
                await self._db.execute("BEGIN IMMEDIATE")
                yield
                await self._db.execute("COMMIT")
            except BaseException:
                await self._db.run(sqlite_loop.roll_back_if_open)
                raise

    async def load_session(self, pseudonym: str) -> Session | None:
        ready, raw = self._parsed.take_ahead(pseudonym, self._changes())
        if not ready:
            rows = await self._rows("SELECT data FROM sessions WHERE pseudonym = ?", (pseudonym,))
            raw = rows[0][0] if rows else None
        return self._parsed.parse(pseudonym, raw) if raw is not None else None

    async def save_session(
        self, pseudonym: str, session: Session, update_id: int | None = None
    ) -> None:
        """One statement: the session and, by trigger, the update it applied."""
        raw = session.to_json()
        try:
            await self._write(
                "INSERT INTO sessions (pseudonym, data, updated_at, last_update_id)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (pseudonym) DO UPDATE SET data = excluded.data,"
                " updated_at = excluded.updated_at, nudged = 0,"
                " last_update_id = excluded.last_update_id",
                (pseudonym, raw, _now(), update_id),
            )
        except sqlite3.IntegrityError:
            raise KeyError("unknown worker") from None
        self._parsed.wrote(pseudonym, raw, session)

    async def delete_session(self, pseudonym: str, update_id: int | None = None) -> None:
        self._parsed.drop(pseudonym)
        async with self._transaction():
            await self._db.execute("DELETE FROM sessions WHERE pseudonym = ?", (pseudonym,))
            await self._applied(pseudonym, update_id)

    async def finish_session(
        self, pseudonym: str, entry: EntryDraft, update_id: int | None = None
    ) -> int:
        """The entry, its summary cells, the session's end and the update: one transaction,
        on the loop or as one call in the database thread."""
        self._parsed.drop(pseudonym)
        try:
            return await self._atomic(sqlite_entries.finish, pseudonym, entry, update_id)
        except sqlite3.IntegrityError:
            raise KeyError("unknown worker") from None

    async def _applied(self, pseudonym: str, update_id: int | None) -> None:
        """Record the update in the same transaction as its effect: exactly once."""
        if update_id is not None:
            await self._db.execute(sqlite_entries.APPLIED, (update_id, pseudonym))

    async def add_entries(self, entries: list[tuple[str, EntryDraft]]) -> int:
        await self._atomic(sqlite_entries.add, entries)
        return len(entries)

    async def withdraw_share(self, pseudonym: str, entry_id: int) -> bool:
        """Unshare, and recount the entry's day so no summary counts it any more."""
        async with self._transaction():
            rows = await self._db.execute_fetchall(
                "UPDATE entries SET shared = 0, flags = json_set(flags, '$.shared', json('false'))"
                " WHERE id = ? AND worker = ? AND shared = 1 RETURNING team_id, day",
                (entry_id, pseudonym),
            )
            days = [(int(t), str(d)) for t, d in rows if t is not None]
            await self._db.run(sqlite_cells.recount_days, days)
        return bool(rows)

    async def entries_of(self, pseudonym: str, limit: int = 10) -> list[StoredEntry]:
        rows = await self._rows(
            "SELECT id, dialogue_id, dialogue_version, day, lang, answers, signals, flags, team_id"
            " FROM entries WHERE worker = ? ORDER BY day DESC, id DESC LIMIT ?",
            (pseudonym, limit),
        )
        return [entry_from_row(r) for r in rows]

    async def close(self) -> None:
        if self._checkpoints is not None:
            await self._checkpoints.close()
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        await self._db.close()


def _reader(path: Path) -> sqlite3.Connection:
    """The read-only connection for reads outside a transaction while the writer's is
    busy in aiosqlite's thread (see the module doc)."""
    reader = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    reader.execute(f"PRAGMA busy_timeout = {READ_BUSY_TIMEOUT_MS}")
    reader.execute("PRAGMA query_only = ON")
    return reader


def _statements(sql: str) -> list[str]:
    """Split a migration into statements; trigger bodies keep their inner semicolons."""
    statements, current = [], ""
    for line in sql.splitlines():
        if line.strip().startswith("--"):
            continue
        current += line + "\n"
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def _now() -> str:
    return now_utc()
