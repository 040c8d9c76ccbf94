"""SQLite queries of the adapter's chat state: answered one-shot questions (sealed message
ids, kept 48 hours), the removal note's flag, where the reflection in progress began and
the too-long texts held for shortening (a mixin of `SqliteStore`)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from bot.storage.sqlite_chats import stamp
from bot.storage.sqlite_reminders import ReminderQueries

ANSWERED = "SELECT id, message FROM answered_questions WHERE pseudonym = ?"
HELD = "SELECT message FROM held_messages WHERE pseudonym = ? ORDER BY id"


class ChatStateQueries(ReminderQueries):
    async def close_question(
        self, pseudonym: str, message_id: int, at: datetime | None = None
    ) -> bool:
        async with self._transaction():  # read and insert as one: two presses, one answer
            for _, blob in await self._db.execute_fetchall(ANSWERED, (pseudonym,)):
                if self._open(bytes(blob), pseudonym) == message_id:
                    return False
            try:
                await self._db.execute(
                    "INSERT INTO answered_questions (pseudonym, message, answered_at)"
                    " VALUES (?, ?, ?)",
                    (pseudonym, self._sealer.seal(message_id, pseudonym),
                     stamp(at or datetime.now(UTC))),
                )  # fmt: skip
            except sqlite3.IntegrityError:
                raise KeyError("unknown worker") from None
        return True

    async def reopen_question(self, pseudonym: str, message_id: int) -> None:
        async with self._transaction():
            for row_id, blob in await self._db.execute_fetchall(ANSWERED, (pseudonym,)):
                if self._open(bytes(blob), pseudonym) == message_id:
                    await self._db.execute("DELETE FROM answered_questions WHERE id = ?", (row_id,))

    async def expire_closed_questions(self, answered_before: datetime) -> int:
        async with self._transaction():
            cursor = await self._db.execute(
                "DELETE FROM answered_questions WHERE answered_at < ?", (stamp(answered_before),)
            )
        return int(cursor.rowcount)

    async def note_removal(self, pseudonym: str) -> None:
        await self._write(
            "UPDATE worker_chats SET removal_noted = 1 WHERE pseudonym = ?", (pseudonym,)
        )

    async def mark_reflection_start(self, pseudonym: str, message_id: int) -> None:
        await self._write(
            "UPDATE worker_chats SET since = ? WHERE pseudonym = ? AND since IS NULL",
            (self._sealer.seal(message_id, pseudonym), pseudonym),
        )

    async def take_reflection_start(self, pseudonym: str) -> int | None:
        """Read, then cleared only when set: no hop to the database thread on a save."""
        rows = await self._rows("SELECT since FROM worker_chats WHERE pseudonym = ?", (pseudonym,))
        blob = next((row[0] for row in rows), None)
        if blob is None:
            return None
        await self._write("UPDATE worker_chats SET since = NULL WHERE pseudonym = ?", (pseudonym,))
        return self._open(bytes(blob), pseudonym)

    async def hold_message(
        self, pseudonym: str, message_id: int, at: datetime | None = None
    ) -> None:
        try:
            await self._write(
                "INSERT INTO held_messages (pseudonym, message, held_at) VALUES (?, ?, ?)",
                (pseudonym, self._sealer.seal(message_id, pseudonym),
                 stamp(at or datetime.now(UTC))),
            )  # fmt: skip
        except sqlite3.IntegrityError:
            raise KeyError("unknown worker") from None

    async def take_held(self, pseudonym: str) -> list[int]:
        """Read, then deleted only when some are held (each worker's updates come one at a
        time): no hop to the database thread on a kept answer."""
        rows = await self._rows(HELD, (pseudonym,))
        if not rows:
            return []
        await self._write("DELETE FROM held_messages WHERE pseudonym = ?", (pseudonym,))
        return [m for (blob,) in rows if (m := self._open(bytes(blob), pseudonym)) is not None]

    async def expire_held(self, held_before: datetime) -> int:
        async with self._transaction():
            cursor = await self._db.execute(
                "DELETE FROM held_messages WHERE held_at < ?", (stamp(held_before),)
            )
        return int(cursor.rowcount)
