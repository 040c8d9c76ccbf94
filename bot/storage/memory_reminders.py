"""The in-memory twin of the repair reminder queries (a mixin of `MemoryStore`)."""

from __future__ import annotations

from datetime import datetime

from bot.storage.port import Worker


class MemoryReminders:
    _workers: dict[str, Worker]
    """The MemoryStore's workers (this is one of its mixins)."""
    _repair: dict[str, datetime]
    """Kept beside the worker, as SQLite keeps it on the worker row."""

    async def set_repair_reminder(self, pseudonym: str, at: datetime | None) -> None:
        if pseudonym not in self._workers:
            return
        if at is None:
            self._repair.pop(pseudonym, None)
        else:
            self._repair[pseudonym] = at.replace(microsecond=0)

    async def repair_reminder(self, pseudonym: str) -> datetime | None:
        return self._repair.get(pseudonym)

    async def due_repair_reminders(self, now: datetime) -> list[str]:
        return [p for p, at in self._repair.items()
                if at <= now and p in self._workers and self._workers[p].active]  # fmt: skip
