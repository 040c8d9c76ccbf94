"""How long data lives: entries for the retention period (default 18 months), unfinished
reflections for 30 days after their last answer. Run daily by the bot and on demand by
`reflectbot purge`. Each team has its own period (default 18 months); entries of no team
follow REFLECTBOT_RETENTION_MONTHS."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from bot.storage.port import Store

IDLE_REFLECTION = timedelta(days=30)


@dataclass(frozen=True)
class Retention:
    months: int = 18

    def entries_before(self, today: date) -> date:
        """The first day that is kept: `months` calendar months back (end-of-month safe)."""
        month_index = today.year * 12 + today.month - 1 - self.months
        year, month = divmod(month_index, 12)
        day = min(today.day, _days_in(year, month + 1))
        return date(year, month + 1, day)

    async def purge(self, store: Store, now: datetime | None = None) -> dict[str, int]:
        """Each team's entries by its own period; entries of no team by the default."""
        now = now or datetime.now(UTC)
        cutoffs = {team.id: Retention(team.retention_months).entries_before(now.date())
                   for team in await store.teams()}  # fmt: skip
        return await store.purge(self.entries_before(now.date()), now - IDLE_REFLECTION, cutoffs)


def _days_in(year: int, month: int) -> int:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return (following - timedelta(days=1)).day
