"""An in-memory store with the same behaviour as SQLite, for tests and benchmarks.

Sessions and answers go through the same JSON as in SQLite, so a value that would not
survive the database does not survive here either.
"""

from __future__ import annotations

import json
from datetime import date

from bot.dialogue.session import EntryDraft, Session, answers_from_json
from bot.storage.port import StoredEntry, Worker


class MemoryStore:
    def __init__(self) -> None:
        self._workers: dict[str, Worker] = {}
        self._sessions: dict[str, str] = {}
        self._entries: list[tuple[str, StoredEntry]] = []

    async def ensure_worker(
        self, pseudonym: str, key_version: int, lang: str, today: date
    ) -> Worker:
        if pseudonym not in self._workers:
            self._workers[pseudonym] = Worker(pseudonym, key_version, lang, today)
        return self._workers[pseudonym]

    async def set_language(self, pseudonym: str, lang: str) -> None:
        worker = self._workers[pseudonym]
        self._workers[pseudonym] = Worker(
            worker.pseudonym, worker.key_version, lang, worker.created
        )

    async def load_session(self, pseudonym: str) -> Session | None:
        raw = self._sessions.get(pseudonym)
        return Session.from_json(raw) if raw is not None else None

    async def save_session(self, pseudonym: str, session: Session) -> None:
        if pseudonym not in self._workers:
            raise KeyError("unknown worker")
        self._sessions[pseudonym] = session.to_json()

    async def delete_session(self, pseudonym: str) -> None:
        self._sessions.pop(pseudonym, None)

    async def finish_session(self, pseudonym: str, entry: EntryDraft) -> int:
        if pseudonym not in self._workers:
            raise KeyError("unknown worker")
        entry_id = len(self._entries) + 1
        stored = StoredEntry(
            entry_id,
            entry.dialogue_id,
            entry.version,
            entry.day,
            entry.lang,
            answers_from_json(entry.answers_json()),
            tuple(entry.signals),
            json.loads(json.dumps(entry.flags)),
        )
        self._entries.append((pseudonym, stored))
        self._sessions.pop(pseudonym, None)
        return entry_id

    async def entries_of(self, pseudonym: str, limit: int = 10) -> list[StoredEntry]:
        own = [e for owner, e in self._entries if owner == pseudonym]
        return sorted(own, key=lambda e: (e.day, e.id), reverse=True)[:limit]

    async def close(self) -> None:
        return None
