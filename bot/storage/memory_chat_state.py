"""The in-memory twin of the chat state queries (a mixin of `MemoryStore`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from bot.storage.port import ChatLink, Worker


class MemoryChatState:
    _workers: dict[str, Worker]
    _chats: dict[str, ChatLink]
    _answered: dict[str, dict[int, datetime]]
    """Answered one-shot questions per worker: message id, when answered."""

    async def close_question(
        self, pseudonym: str, message_id: int, at: datetime | None = None
    ) -> bool:
        if pseudonym not in self._workers:
            raise KeyError("unknown worker")
        answered = self._answered.setdefault(pseudonym, {})
        if message_id in answered:
            return False
        answered[message_id] = (at or datetime.now(UTC)).replace(microsecond=0)
        return True

    async def reopen_question(self, pseudonym: str, message_id: int) -> None:
        self._answered.get(pseudonym, {}).pop(message_id, None)

    async def expire_closed_questions(self, answered_before: datetime) -> int:
        gone = 0
        for answered in self._answered.values():
            old = [m for m, at in answered.items() if at < answered_before]
            for message_id in old:
                del answered[message_id]
            gone += len(old)
        return gone

    async def note_removal(self, pseudonym: str) -> None:
        if pseudonym in self._chats:
            self._chats[pseudonym] = replace(self._chats[pseudonym], removal_noted=True)
