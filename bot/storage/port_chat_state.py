"""What the Telegram adapter's chat state keeps across a restart (#14): which one-shot
questions were answered, so a second press queued while the bot restarted is closed. The
one-time removal note's flag rides on `ChatLink` (read with the worker, no extra read)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol


class ChatStateStore(Protocol):
    async def close_question(
        self, pseudonym: str, message_id: int, at: datetime | None = None
    ) -> bool:
        """Record that the one-shot question in `message_id` was answered (at `at`, default
        now); False when it already was: the press is a second one and applies nothing.
        KeyError for an unknown worker."""
        ...

    async def reopen_question(self, pseudonym: str, message_id: int) -> None:
        """The answer failed before it took effect: the question is open again."""
        ...

    async def expire_closed_questions(self, answered_before: datetime) -> int:
        """Forget the questions answered before a moment (Telegram's 48-hour window: an
        old press arrives sooner or never); returns how many went."""
        ...

    async def note_removal(self, pseudonym: str) -> None:
        """The one-time note "I removed your message" was shown in the worker's chat."""
        ...
