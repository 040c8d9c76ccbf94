"""The in-memory twin of the SQLite chat queries: message ids with their send time, the
expired count, and the erasure log (a mixin of `MemoryStore`)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.storage import memory_access
from bot.storage.port import ChatLink


class MemoryChats:
    def __init__(self) -> None:
        self._chats: dict[str, ChatLink] = {}
        self._messages: dict[str, dict[int, datetime]] = {}
        self._expired: dict[str, int] = {}
        self._erasures: dict[str, str] = {}

    def _known(self, pseudonym: str) -> object:
        raise NotImplementedError

    def _pseudonyms(self) -> list[str]:
        raise NotImplementedError

    async def remember_messages(
        self, pseudonym: str, message_ids: list[int], sent_at: datetime | None = None
    ) -> None:
        if not message_ids:
            return
        self._known(pseudonym)
        moment = (sent_at or datetime.now(UTC)).replace(microsecond=0)
        kept = self._messages.setdefault(pseudonym, {})
        for message in message_ids:
            kept[message] = min(kept.get(message, moment), moment)

    async def expire_messages(self, sent_before: datetime) -> int:
        gone = 0
        for pseudonym, kept in self._messages.items():
            old = [m for m, at in kept.items() if at < sent_before]
            for message in old:
                del kept[message]
            if old and pseudonym in self._chats:
                self._expired[pseudonym] = self._expired.get(pseudonym, 0) + len(old)
            gone += len(old)
        return gone

    async def take_expired(self, pseudonym: str) -> int:
        return self._expired.pop(pseudonym, 0)

    async def log_erasures(self, hashes: list[str], day: str) -> None:
        for value in hashes:
            self._erasures.setdefault(value, day)

    async def erasure_log(self) -> set[str]:
        return set(self._erasures)

    async def personal_rows(self, pseudonym: str) -> dict[str, list[dict[str, Any]]]:
        return memory_access.personal_rows(self, pseudonym)  # type: ignore[arg-type]

    async def pseudonyms(self) -> list[str]:
        return self._pseudonyms()

    async def take_messages(self, pseudonym: str) -> list[int]:
        return [message for message, _ in await self.take_messages_sent(pseudonym)]

    async def take_messages_sent(self, pseudonym: str) -> list[tuple[int, datetime]]:
        return sorted(self._messages.pop(pseudonym, {}).items())

    async def messages_sent(self, pseudonym: str) -> list[tuple[int, datetime]]:
        return sorted(self._messages.get(pseudonym, {}).items())
