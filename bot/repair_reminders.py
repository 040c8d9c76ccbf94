"""The one reminder a worker can ask for when they mark a repair "not yet" (#13).

The offer promises its figures (in how many days, never in the quiet hours, /remind stops
it); they come from here, from the same settings the reminder round obeys, so the promise
and what happens cannot drift apart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


def quiet(hour: int, hours: tuple[int, int]) -> bool:
    """True inside the quiet hours (start..end, wrapping past midnight; equal: none)."""
    start, end = hours
    return start <= hour < end if start <= end else hour >= start or hour < end


@dataclass(frozen=True)
class RepairReminders:
    days: int = 3
    """REFLECTBOT_REPAIR_REMINDER_DAYS."""
    quiet_hours: tuple[int, int] = (21, 8)
    """REFLECTBOT_QUIET_HOURS, the server's local time."""

    @property
    def quiet_span(self) -> str:
        """The quiet hours as the offer names them: "21:00–08:00"."""
        start, end = self.quiet_hours
        return f"{start:02d}:00–{end:02d}:00"

    def due(self, now: datetime) -> datetime:
        """`days` after `now`, moved to the end of the quiet hours if it falls in them:
        the moment the reminder round will send it (the day the worker is told)."""
        moment = (now + timedelta(days=self.days)).astimezone()
        while self.silent_at(moment):
            moment = (moment + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        return moment

    def silent_at(self, moment: datetime) -> bool:
        return quiet(moment.astimezone().hour, self.quiet_hours)
