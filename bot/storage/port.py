"""The storage port: what the application needs from a database, nothing more.

Both adapters (SQLite and in-memory) pass the same contract suite in tests/contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from bot.dialogue.model import AnswerValue
from bot.dialogue.session import EntryDraft, Session


@dataclass(frozen=True, slots=True)
class Worker:
    pseudonym: str
    key_version: int
    lang: str
    created: date


@dataclass(frozen=True, slots=True)
class StoredEntry:
    id: int
    dialogue_id: str
    version: int
    day: date
    lang: str
    answers: dict[str, AnswerValue]
    signals: tuple[str, ...]
    flags: dict[str, bool]


class Store(Protocol):
    async def ensure_worker(
        self, pseudonym: str, key_version: int, lang: str, today: date
    ) -> Worker:
        """Return the worker, creating them on first contact."""
        ...

    async def set_language(self, pseudonym: str, lang: str) -> None: ...

    async def load_session(self, pseudonym: str) -> Session | None: ...

    async def save_session(self, pseudonym: str, session: Session) -> None:
        """Commit the session before the reply that acknowledges it is sent."""
        ...

    async def delete_session(self, pseudonym: str) -> None: ...

    async def finish_session(self, pseudonym: str, entry: EntryDraft) -> int:
        """Store the entry and drop the session in one transaction; returns the entry id."""
        ...

    async def entries_of(self, pseudonym: str, limit: int = 10) -> list[StoredEntry]:
        """The worker's own entries, newest first."""
        ...

    async def close(self) -> None: ...
