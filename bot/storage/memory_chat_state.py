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
    _since: dict[str, int]
    """Where each worker's reflection in progress began (a message id)."""
    _held: dict[str, dict[int, datetime]]
    """Too-long texts held in the chat per worker: message id, when held."""

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

    async def mark_reflection_start(self, pseudonym: str, message_id: int) -> None:
        if pseudonym in self._chats:
            self._since.setdefault(pseudonym, message_id)

    async def take_reflection_start(self, pseudonym: str) -> int | None:
        return self._since.pop(pseudonym, None)

    async def hold_message(
        self, pseudonym: str, message_id: int, at: datetime | None = None
    ) -> None:
        if pseudonym not in self._workers:
            raise KeyError("unknown worker")
        held = self._held.setdefault(pseudonym, {})
        held.setdefault(message_id, (at or datetime.now(UTC)).replace(microsecond=0))

    async def take_held(self, pseudonym: str) -> list[int]:
        return sorted(self._held.pop(pseudonym, {}))

    async def expire_held(self, held_before: datetime) -> int:
        gone = 0
        for held in self._held.values():
            old = [m for m, at in held.items() if at < held_before]
            for message_id in old:
                del held[message_id]
            gone += len(old)
        return gone
