"""SQLite queries of the adapter's chat state: answered one-shot questions (sealed message
ids, kept 48 hours) and the removal note's flag (a mixin of `SqliteStore`)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from bot.storage.sqlite_chats import stamp
from bot.storage.sqlite_reminders import ReminderQueries

ANSWERED = "SELECT id, message FROM answered_questions WHERE pseudonym = ?"


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
