"""The reminder a worker asks for when they mark a repair "not yet": one, at a moment."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol


class ReminderStore(Protocol):
    async def set_repair_reminder(self, pseudonym: str, at: datetime | None) -> None:
        """Remind the worker of their planned repair at `at` (None: no reminder). One per
        worker: a newer request replaces the older one."""
        ...

    async def repair_reminder(self, pseudonym: str) -> datetime | None: ...

    async def due_repair_reminders(self, now: datetime) -> list[str]:
        """Active workers whose repair reminder is due at `now`."""
        ...
