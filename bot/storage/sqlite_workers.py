"""SQLite queries about workers: consent, chats, reminders, message ids, erasure.

A mixin of `SqliteStore`, which owns the connection and the transaction lock.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from bot.dialogue.session import answers_from_json
from bot.storage import sqlite_cells
from bot.storage.erasable import AUDIT_ROLES_KEPT, BOOKKEEPING, ERASABLE, OWNER_COLUMN
from bot.storage.port import AUDIT_KEPT, ChatLink, StoredEntry, Worker
from bot.storage.sqlite_chats import ChatQueries
from bot.storage.sqlite_errors import ours, translated
from bot.storage.sqlite_loop import atomic, execute, read_on_loop

if TYPE_CHECKING:
    from bot.storage.parsed_sessions import ParsedSessions
    from bot.storage.sqlite_loop import GuardedConnection

T = TypeVar("T")


def entry_from_row(r: Any) -> StoredEntry:
    """An entries row (id, dialogue_id, dialogue_version, day, lang, answers, signals,
    flags, team_id) as a value."""
    return StoredEntry(
        int(r[0]), str(r[1]), int(r[2]), date.fromisoformat(r[3]), str(r[4]),
        answers_from_json(r[5]), tuple(json.loads(r[6])), json.loads(r[7]),
        None if r[8] is None else int(r[8]),
    )  # fmt: skip


def tombstone() -> str:
    """A fresh random actor for audit rows that outlive their actor's /forget: it links
    to nothing else, not even to the same person's other kept rows."""
    return "erased:" + secrets.token_hex(16)


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class WorkerQueries(ChatQueries):
    _db: GuardedConnection
    _reader: sqlite3.Connection | None = None
    """Reads outside a transaction, served on the event loop (see `SqliteStore.open`)."""
    _writer: sqlite3.Connection | None = None
    """The writer's connection itself, for single statements on the loop (`sqlite_loop`)."""
    _parsed: ParsedSessions
    """Sessions parsed once (`parsed_sessions`): dropped by /forget, a purge and a rekey."""
    _lock: asyncio.Lock

    def _transaction(self) -> AbstractAsyncContextManager[None]:
        raise NotImplementedError

    async def _rows(self, sql: str, params: tuple[Any, ...]) -> list[Any]:
        """A read on the loop (the writer's connection while the thread leaves it free,
        else the read-only one), or in the thread when a transaction is open (it must see
        its own writes) or the read would wait for a lock."""
        try:
            free = not self._db.in_transaction
            rows = read_on_loop(self._writer, self._db.guard, sql, params) if free else None
            if rows is not None:
                return rows
            if free and self._reader is not None:
                try:
                    return self._reader.execute(sql, params).fetchall()
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) and "busy" not in str(exc):
                        raise
            return list(await self._db.execute_fetchall(sql, params))
        except sqlite3.Error as exc:
            raise ours(exc) from None

    def _changes(self) -> int | None:
        """Rows the writer changed, loop and thread (None in a transaction): same, no write."""
        writer = self._writer
        return None if writer is None or self._db.in_transaction else writer.total_changes

    def _wrote(self) -> None:
        """After each write (a use of the writer's lock): `SqliteStore` counts checkpoints."""

    @asynccontextmanager
    async def _exclusive(self) -> AsyncIterator[None]:
        """The writer's lock, outside any open transaction, with SQLite's errors ours."""
        try:
            async with self._lock, translated():
                yield
        finally:
            self._wrote()

    async def _write(self, sql: str, params: tuple[Any, ...]) -> None:
        """One statement, atomic on its own; the lock keeps it out of open transactions."""
        await self._atomic(execute, sql, params)

    async def _write_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        """One statement for each row, all in one transaction: on the loop, or one hop."""
        await self._atomic(sqlite3.Connection.executemany, sql, rows)

    async def _atomic(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(connection, *args)` as one transaction, on the loop or in the thread: what
        `_exclusive` does, written out (no context manager on the path of every answer)."""
        try:
            async with self._lock:
                return await atomic(self._db, self._writer, fn, *args)
        except sqlite3.Error as exc:
            raise ours(exc) from None
        finally:
            self._wrote()

    async def ensure_worker(
        self, pseudonym: str, key_version: int, lang: str, today: date
    ) -> Worker:
        await self._write(
            "INSERT INTO workers (pseudonym, key_version, lang, created_day) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (pseudonym) DO NOTHING",
            (pseudonym, key_version, lang, today.isoformat()),
        )
        worker = await self.get_worker(pseudonym)
        assert worker is not None
        return worker

    async def get_worker(self, pseudonym: str) -> Worker | None:
        return (await self.lookup(pseudonym))[0]

    async def lookup(self, pseudonym: str) -> tuple[Worker | None, ChatLink | None]:
        """The worker and where to write back to them, in one round trip; their session's
        text is read with them, for the answer's own read (`ParsedSessions.read_ahead`)."""
        stamp = self._changes()  # before the read: a write during it makes it stale
        rows = await self._rows(
            "SELECT w.key_version, w.lang, w.created_day, w.consent_day, w.active,"
            " w.last_update_id, w.weekly_next_at, w.undelivered, c.chat, c.question,"
            " c.removal_noted, s.data FROM workers w LEFT JOIN worker_chats c"
            " USING (pseudonym) LEFT JOIN sessions s USING (pseudonym) WHERE pseudonym = ?",
            (pseudonym,))  # fmt: skip
        if not rows:
            return None, None
        ((version, lang, created, consent, active, last_update, weekly, lost, chat,
          question, noted, session),) = rows  # fmt: skip
        if stamp is not None:
            self._parsed.read_ahead(pseudonym, stamp, session)
        worker = Worker(
            pseudonym, int(version), str(lang), date.fromisoformat(created),
            date.fromisoformat(consent) if consent else None, bool(active), int(last_update),
            datetime.fromisoformat(weekly) if weekly else None, bool(lost),
        )  # fmt: skip
        return worker, self._link(pseudonym, chat, question, bool(noted))

    async def count_sessions(self) -> int:
        return int((await self._rows("SELECT count(*) FROM sessions", ()))[0][0])

    async def set_undelivered(self, pseudonym: str, lost: bool) -> None:
        await self._write("UPDATE workers SET undelivered = ? WHERE pseudonym = ?",
                          (int(lost), pseudonym))  # fmt: skip

    async def set_language(self, pseudonym: str, lang: str) -> None:
        await self._write("UPDATE workers SET lang = ? WHERE pseudonym = ?", (lang, pseudonym))

    async def set_consent(self, pseudonym: str, day: date | None) -> None:
        await self._write(
            "UPDATE workers SET consent_day = ? WHERE pseudonym = ?",
            (day.isoformat() if day else None, pseudonym),
        )

    async def set_active(self, pseudonym: str, active: bool) -> None:
        await self._write(
            "UPDATE workers SET active = ? WHERE pseudonym = ?", (int(active), pseudonym)
        )

    async def chat_of(self, pseudonym: str) -> ChatLink | None:
        return (await self.lookup(pseudonym))[1]

    async def due_nudges(self, idle_since: datetime) -> list[str]:
        rows = await self._rows(
            "SELECT s.pseudonym FROM sessions s JOIN workers w USING (pseudonym)"
            " WHERE s.nudged = 0 AND s.updated_at < ? AND w.active = 1",
            (_stamp(idle_since),),
        )
        return [str(r[0]) for r in rows]

    async def mark_nudged(self, pseudonym: str) -> None:
        await self._write("UPDATE sessions SET nudged = 1 WHERE pseudonym = ?", (pseudonym,))

    async def set_weekly(self, pseudonym: str, next_at: datetime | None) -> None:
        await self._write(
            "UPDATE workers SET weekly_next_at = ? WHERE pseudonym = ?",
            (_stamp(next_at) if next_at else None, pseudonym),
        )

    async def due_weekly(self, now: datetime) -> list[str]:
        rows = await self._rows(
            "SELECT pseudonym FROM workers WHERE weekly_next_at <= ? AND active = 1",
            (_stamp(now),),
        )
        return [str(r[0]) for r in rows]

    async def purge(self, entries_before: date, sessions_idle_since: datetime,
                    team_cutoffs: dict[int, date] | None = None,
                    audit_before: datetime | None = None) -> dict[str, int]:  # fmt: skip
        audit_cut = audit_before or sessions_idle_since - AUDIT_KEPT
        async with self._transaction():
            entries = (await self._db.execute(
                "DELETE FROM entries WHERE team_id IS NULL AND day < ?",
                (entries_before.isoformat(),),
            )).rowcount  # fmt: skip
            prompts = 0
            for team, cutoff in (team_cutoffs or {}).items():
                entries += (await self._db.execute(
                    "DELETE FROM entries WHERE team_id = ? AND day < ?", (team, cutoff.isoformat())
                )).rowcount  # fmt: skip
                await self._db.execute("DELETE FROM cell_days WHERE team_id = ? AND day < ?",
                                       (team, cutoff.isoformat()))  # fmt: skip
                prompts += (await self._db.execute(
                    "DELETE FROM coach_prompts WHERE team_id = ? AND created_day < ?",
                    (team, cutoff.isoformat()),
                )).rowcount  # fmt: skip
            audit = (await self._db.execute(
                "DELETE FROM audit WHERE at < ?", (_stamp(audit_cut),)
            )).rowcount  # fmt: skip
            sessions = await self._db.execute(
                "DELETE FROM sessions WHERE updated_at < ?", (_stamp(sessions_idle_since),)
            )
        self._parsed.clear()  # purged sessions are not kept parsed either
        return {"entries": entries, "sessions": sessions.rowcount, "coach_prompts": prompts,
                "audit": audit}  # fmt: skip

    async def purge_inactive(self, before: date) -> int:
        """Erase workers with no entries and no sign of activity since `before`."""
        cut = before.isoformat()
        rows = await self._rows(
            "SELECT w.pseudonym FROM workers w WHERE w.created_day < ?"
            " AND coalesce(w.consent_day, '') < ? AND coalesce(w.weekly_next_at, '') < ?"
            " AND NOT EXISTS (SELECT 1 FROM entries e WHERE e.worker = w.pseudonym)"
            " AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.pseudonym = w.pseudonym"
            "  AND s.updated_at >= ?)"
            " AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.pseudonym = w.pseudonym"
            "  AND m.joined_day >= ?)"
            " AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.actor = w.pseudonym AND a.at >= ?)",
            (cut,) * 6,
        )
        for (pseudonym,) in rows:
            await self.forget(str(pseudonym))
        return len(rows)

    async def rekey(self, old: str, new: str, key_version: int) -> None:
        self._parsed.drop(old)
        async with self._transaction():
            await self._db.execute("PRAGMA defer_foreign_keys = ON")
            await self._reseal(old, new)
            for table in ERASABLE:
                column = OWNER_COLUMN.get(table, "pseudonym")
                await self._db.execute(
                    f"UPDATE {table} SET {column} = ? WHERE {column} = ?",  # noqa: S608 - fixed names
                    (new, old),
                )
            await self._db.execute(
                "UPDATE coach_prompts SET signer = ? WHERE signer = ?", (new, old)
            )
            await self._db.execute(
                "UPDATE workers SET key_version = ? WHERE pseudonym = ?", (key_version, new)
            )

    async def forget(self, pseudonym: str) -> dict[str, int]:
        self._parsed.drop(pseudonym)  # and again at the end: nothing of theirs stays here
        removed: dict[str, int] = {}
        async with self._transaction():
            days = await self._db.run(sqlite_cells.entry_days, pseudonym)
            await self._db.execute("UPDATE coach_prompts SET signer = NULL, sealed_signature = NULL"
                                   " WHERE signer = ?", (pseudonym,))  # fmt: skip
            kept = await self._db.execute(
                f"UPDATE audit SET actor = ? WHERE actor = ? AND role IN {AUDIT_ROLES_KEPT}",  # noqa: S608 - a constant
                (tombstone(), pseudonym),
            )
            removed["kept:audit"] = kept.rowcount
            for table in ERASABLE:
                column = OWNER_COLUMN.get(table, "pseudonym")
                cursor = await self._db.execute(
                    f"DELETE FROM {table} WHERE {column} = ?",  # noqa: S608 - fixed names
                    (pseudonym,),
                )
                if table not in BOOKKEEPING:
                    removed[table] = cursor.rowcount
            await self._db.run(sqlite_cells.recount_days, days)
        async with self._exclusive():  # the WAL's older frames still hold the erased rows
            await self._db.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)")  # nothing pending
        self._parsed.drop(pseudonym)
        return removed
