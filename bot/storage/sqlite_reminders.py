"""SQLite queries of the repair reminder: a mixin of `SqliteStore` (a worker-row column)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.storage.sqlite_coach import CoachQueries


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class ReminderQueries(CoachQueries):
    async def set_repair_reminder(self, pseudonym: str, at: datetime | None) -> None:
        await self._write("UPDATE workers SET repair_reminder_at = ? WHERE pseudonym = ?",
                          (_stamp(at) if at else None, pseudonym))  # fmt: skip

    async def repair_reminder(self, pseudonym: str) -> datetime | None:
        rows = await self._rows("SELECT repair_reminder_at FROM workers WHERE pseudonym = ?",
                                (pseudonym,))  # fmt: skip
        return datetime.fromisoformat(rows[0][0]) if rows and rows[0][0] else None

    async def due_repair_reminders(self, now: datetime) -> list[str]:
        rows = await self._rows(
            "SELECT pseudonym FROM workers WHERE repair_reminder_at <= ? AND active = 1",
            (_stamp(now),),
        )
        return [str(r[0]) for r in rows]
