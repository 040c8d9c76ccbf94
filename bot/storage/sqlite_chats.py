"""SQLite queries about where to write back: sealed chat ids and message ids.

No Telegram id is stored in clear: `worker_chats` and `chat_refs` hold AES-GCM blobs
bound to the pseudonym (see `bot.privacy.sealed`). A mixin of `SqliteStore`.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from bot.errors import StorageError
from bot.privacy.sealed import Sealer, SealError
from bot.storage import sqlite_access
from bot.storage.port import ChatLink

if TYPE_CHECKING:
    from bot.storage.sqlite_loop import GuardedConnection

SEAL_MIGRATION = 10
"""The migration after which existing clear ids are sealed by `seal_clear_ids`."""


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


SENT = "SELECT message, sent_at FROM chat_refs WHERE pseudonym = ?"


class ChatQueries:
    _db: GuardedConnection
    _sealer: Sealer

    def _transaction(self) -> AbstractAsyncContextManager[None]:
        raise NotImplementedError

    async def _rows(self, sql: str, params: tuple[Any, ...]) -> list[Any]:
        raise NotImplementedError

    async def _write(self, sql: str, params: tuple[Any, ...]) -> None:
        raise NotImplementedError

    async def _write_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        raise NotImplementedError

    def _open(self, blob: bytes | None, pseudonym: str) -> int | None:
        if blob is None:
            return None
        try:
            return self._sealer.open(blob, pseudonym)
        except SealError as exc:
            raise StorageError(f"database broken: {exc}", "broken") from None

    def _open_text(self, blob: bytes, owner: str) -> str:
        try:
            return self._sealer.open_text(blob, owner)
        except SealError as exc:
            raise StorageError(f"database broken: {exc}", "broken") from None

    def _link(self, pseudonym: str, chat: bytes | None, question: bytes | None,
              noted: bool = False) -> ChatLink | None:  # fmt: skip
        chat_id = self._open(chat, pseudonym)
        question_id = self._open(question, pseudonym)
        return None if chat_id is None else ChatLink(chat_id, question_id, noted)

    async def set_chat(self, pseudonym: str, chat_id: int) -> None:
        try:
            await self._write(
                "INSERT INTO worker_chats (pseudonym, chat) VALUES (?, ?)"
                " ON CONFLICT (pseudonym) DO UPDATE SET chat = excluded.chat",
                (pseudonym, self._sealer.seal(chat_id, pseudonym)),
            )
        except sqlite3.IntegrityError:
            raise KeyError("unknown worker") from None

    async def set_question_message(self, pseudonym: str, message_id: int | None) -> None:
        sealed = None if message_id is None else self._sealer.seal(message_id, pseudonym)
        await self._write(
            "UPDATE worker_chats SET question = ? WHERE pseudonym = ?", (sealed, pseudonym)
        )

    async def remember_messages(
        self, pseudonym: str, message_ids: list[int], sent_at: datetime | None = None
    ) -> None:
        if not message_ids:
            return
        moment = stamp(sent_at or datetime.now(UTC))
        rows = [(pseudonym, self._sealer.seal(m, pseudonym), moment) for m in message_ids]
        try:
            await self._write_many(
                "INSERT INTO chat_refs (pseudonym, message, sent_at) VALUES (?, ?, ?)", rows
            )
        except sqlite3.IntegrityError:
            raise KeyError("unknown worker") from None

    async def take_messages_sent(self, pseudonym: str) -> list[tuple[int, datetime]]:
        """Return and forget the remembered message ids with when each was sent."""
        async with self._transaction():
            rows = await self._rows(SENT, (pseudonym,))
            await self._db.execute("DELETE FROM chat_refs WHERE pseudonym = ?", (pseudonym,))
        return self._sent(rows, pseudonym)

    async def messages_sent(self, pseudonym: str) -> list[tuple[int, datetime]]:
        return self._sent(await self._rows(SENT, (pseudonym,)), pseudonym)

    def _sent(self, rows: list[Any], pseudonym: str) -> list[tuple[int, datetime]]:
        """Each message once, with the earliest time it was remembered as sent."""
        found: dict[int, datetime] = {}
        for blob, sent in rows:
            message = self._open(blob, pseudonym)
            assert message is not None
            moment = datetime.fromisoformat(sent)
            found[message] = min(found.get(message, moment), moment)
        return sorted(found.items())

    async def expire_messages(self, sent_before: datetime) -> int:
        """Drop the ids of messages sent before a moment (past Telegram's 48-hour delete
        window), counting them per worker; returns how many went."""
        async with self._transaction():
            await self._db.execute(
                "UPDATE worker_chats SET expired = expired + (SELECT count(*) FROM chat_refs r"
                " WHERE r.pseudonym = worker_chats.pseudonym AND r.sent_at < ?)",
                (stamp(sent_before),),
            )
            cursor = await self._db.execute(
                "DELETE FROM chat_refs WHERE sent_at < ?", (stamp(sent_before),)
            )
        return int(cursor.rowcount)

    async def take_expired(self, pseudonym: str) -> int:
        async with self._transaction():
            rows = await self._rows(
                "SELECT expired FROM worker_chats WHERE pseudonym = ?", (pseudonym,)
            )
            await self._db.execute(
                "UPDATE worker_chats SET expired = 0 WHERE pseudonym = ?", (pseudonym,)
            )
        return int(rows[0][0]) if rows else 0

    async def log_erasures(self, hashes: list[str], day: str) -> None:
        async with self._transaction():
            await self._db.executemany(
                "INSERT OR IGNORE INTO erasures (hash, day) VALUES (?, ?)",
                [(h, day) for h in hashes],
            )

    async def erasure_log(self) -> set[str]:
        return {str(r[0]) for r in await self._rows("SELECT hash FROM erasures", ())}

    async def personal_rows(self, pseudonym: str) -> dict[str, list[dict[str, Any]]]:
        def open_sealed(blob: bytes) -> int:
            value = self._open(blob, pseudonym)
            assert value is not None
            return value

        return await sqlite_access.personal_rows(self._db, pseudonym, open_sealed, self._open_text)

    async def pseudonyms(self) -> list[str]:
        return [str(r[0]) for r in await self._rows("SELECT pseudonym FROM workers", ())]

    async def take_messages(self, pseudonym: str) -> list[int]:
        return [message for message, _ in await self.take_messages_sent(pseudonym)]

    async def _reseal(self, old: str, new: str) -> None:
        """Inside rekey's transaction: every sealed id and signature of `old` sealed again
        for `new` (before the owner columns move to `new`)."""
        for number, blob in await self._db.execute_fetchall(
            "SELECT id, sealed_signature FROM coach_prompts WHERE signer = ?"
            " AND sealed_signature IS NOT NULL",
            (old,),
        ):
            await self._db.execute(
                "UPDATE coach_prompts SET sealed_signature = ? WHERE id = ?",
                (self._sealer.reseal_text(bytes(blob), old, new), number),
            )
        for table, key, columns in (("worker_chats", "pseudonym", ("chat", "question", "since")),
                                    ("chat_refs", "id", ("message",)),
                                    ("answered_questions", "id", ("message",)),
                                    ("held_messages", "id", ("message",))):  # fmt: skip
            selected = ", ".join((key, *columns))
            rows = await self._db.execute_fetchall(
                f"SELECT {selected} FROM {table} WHERE pseudonym = ?",  # noqa: S608 - fixed names
                (old,),
            )
            for row in rows:
                values = tuple(None if b is None else self._sealer.reseal(b, old, new)
                               for b in row[1:])  # fmt: skip
                assignments = ", ".join(f"{c} = ?" for c in columns)
                await self._db.execute(
                    f"UPDATE {table} SET {assignments} WHERE {key} = ?",  # noqa: S608 - fixed names
                    (*values, row[0]),
                )

    async def seal_clear_ids(self) -> None:
        """Migration step (inside its transaction): seal the ids stored in clear before.
        A message's age was not kept then: the worker's last activity stands for it, and
        with none known it counts as older than 48 hours (never claimed deletable)."""
        for pseudonym, chat, question in await self._db.execute_fetchall(
            "SELECT pseudonym, chat_id, question_message_id FROM worker_chats"
        ):
            sealed = None if question is None else self._sealer.seal(int(question), pseudonym)
            await self._db.execute(
                "UPDATE worker_chats SET chat = ?, question = ? WHERE pseudonym = ?",
                (self._sealer.seal(int(chat), pseudonym), sealed, pseudonym),
            )
        for pseudonym, message, updated in await self._db.execute_fetchall(
            "SELECT m.pseudonym, m.message_id, s.updated_at FROM chat_messages m"
            " LEFT JOIN sessions s USING (pseudonym)"
        ):
            await self._db.execute(
                "INSERT INTO chat_refs (pseudonym, message, sent_at) VALUES (?, ?, ?)",
                (pseudonym, self._sealer.seal(int(message), pseudonym),
                 updated or "1970-01-01T00:00:00+00:00"),
            )  # fmt: skip
