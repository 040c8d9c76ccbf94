"""What the Telegram adapter's chat state keeps across a restart (#14): which one-shot
questions were answered, so a second press queued while the bot restarted is closed. The
one-time removal note's flag rides on `ChatLink` (read with the worker, no extra read).
Where the reflection in progress began and the too-long texts held for shortening are
read only when a reflection ends or a shorter text is kept (not on every press)."""

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

    async def mark_reflection_start(self, pseudonym: str, message_id: int) -> None:
        """The reflection in progress began at `message_id` (ids grow in a chat); kept
        unless a start is marked already (a /reflect that resumes moves nothing)."""
        ...

    async def take_reflection_start(self, pseudonym: str) -> int | None:
        """Return and clear where the reflection in progress began (None: not known)."""
        ...

    async def hold_message(
        self, pseudonym: str, message_id: int, at: datetime | None = None
    ) -> None:
        """A typed text too long to keep stays in the chat until its shorter version is
        kept (held at `at`, default now). KeyError for an unknown worker."""
        ...

    async def take_held(self, pseudonym: str) -> list[int]:
        """Return and forget the held texts' ids, oldest first."""
        ...

    async def expire_held(self, held_before: datetime) -> int:
        """Forget texts held before a moment (past 48 hours the bot cannot delete them);
        returns how many went."""
        ...
