"""How long data lives: entries for the retention period (default 18 months), workers
with no entries and no activity for as long (with their memberships and sealed ids),
unfinished reflections for 30 days after their last answer, the sealed ids of messages
the bot could delete for 48 hours (Telegram's limit), audit rows for 3 years. Run daily
by the bot and on demand by `reflectbot purge`. Each team has its own period (default
18 months); entries of no team follow REFLECTBOT_RETENTION_MONTHS."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from bot.storage.port import AUDIT_KEPT, Store

IDLE_REFLECTION = timedelta(days=30)
MESSAGE_IDS_KEPT = timedelta(hours=48)
"""Past this Telegram lets no bot delete a message: its id is of no more use."""


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
        removed = await store.purge(self.entries_before(now.date()), now - IDLE_REFLECTION,
                                    cutoffs, now - AUDIT_KEPT)  # fmt: skip
        removed["message_ids"] = await store.expire_messages(now - MESSAGE_IDS_KEPT)
        removed["answered_questions"] = await store.expire_closed_questions(now - MESSAGE_IDS_KEPT)
        removed["held_messages"] = await store.expire_held(now - MESSAGE_IDS_KEPT)
        removed["inactive_workers"] = await store.purge_inactive(self.entries_before(now.date()))
        return removed

    async def longest_months(self, store: Store) -> int:
        """The longest any reflection may be kept: the default or a team's own period."""
        return max([self.months, *(team.retention_months for team in await store.teams())])


def _days_in(year: int, month: int) -> int:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return (following - timedelta(days=1)).day
