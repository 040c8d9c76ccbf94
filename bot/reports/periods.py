"""Report periods: whole calendar months, quarters or years, never arbitrary days.

Summaries over arbitrary day ranges can be differenced (one day more, one entry more),
so every figure for supervision covers whole calendar months. A range typed by hand is
rounded OUT to whole months and `Period.rounded` says so, for the reply to tell.

Use:
    period = periods.parse("last-quarter", today)        # named, or None when unknown
    period = periods.parse("2026-01-05..2026-02-10", today)  # rounded: Jan..Feb 2026
    period.start, period.end    # end is exclusive (the first day after the period)
    period.key                  # short and stable, fits callback data: "2026-01..2026-02"
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

NAMED = ("month", "last-month", "quarter", "last-quarter", "year")
"""The periods offered as buttons and accepted by name (in this order)."""

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True, slots=True)
class Period:
    key: str
    """A named key (see NAMED) or "YYYY-MM..YYYY-MM" (first and last month included)."""
    start: date
    """The first day of the first month."""
    end: date
    """Exclusive: the first day of the month after the period."""
    rounded: bool = False
    """True when a hand-typed range was widened to whole months."""

    @property
    def last(self) -> date:
        """The last day included."""
        return self.end - timedelta(days=1)

    @property
    def months(self) -> int:
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(first_of_month: date, months: int) -> date:
    """The first day of the month `months` after (or before) the given month."""
    index = first_of_month.year * 12 + first_of_month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def named(key: str, today: date) -> Period:
    """One of NAMED, relative to today; KeyError for any other key."""
    month = month_start(today)
    quarter = quarter_start(today)
    bounds = {
        "month": (month, add_months(month, 1)),
        "last-month": (add_months(month, -1), month),
        "quarter": (quarter, add_months(quarter, 3)),
        "last-quarter": (add_months(quarter, -3), quarter),
        "year": (date(today.year, 1, 1), date(today.year + 1, 1, 1)),
    }
    start, end = bounds[key]
    return Period(key, start, end)


def months(first: date, last: date, rounded: bool = False) -> Period:
    """The months from `first`'s month to `last`'s month, both included."""
    if last < first:
        raise ValueError("the period ends before it starts")
    start, end = month_start(first), add_months(month_start(last), 1)
    return Period(f"{start:%Y-%m}..{add_months(end, -1):%Y-%m}", start, end, rounded)


def rounded_out(first: date, last: date) -> Period:
    """A range of days (both included) widened to whole months; `rounded` tells whether
    anything was added."""
    period = months(first, last)
    widened = period.start != first or period.last != last
    return Period(period.key, period.start, period.end, widened)


def parse(text: str, today: date) -> Period | None:
    """A period from a name, "YYYY-MM", "YYYY-Qn", "YYYY", a day, or a range "A..B" (or
    "A B") of any of these; None when the text is none of these."""
    text = text.strip()
    if text in NAMED:
        return named(text, today)
    parts = [p for p in re.split(r"\s*\.\.\s*|\s+", text) if p]
    if len(parts) not in (1, 2):
        return None
    try:
        bounds = [_span(p) for p in parts]
    except ValueError:
        return None
    first, last = bounds[0], bounds[-1]
    if first is None or last is None or last[1] < first[0]:
        return None
    return rounded_out(first[0], last[1])


def _span(text: str) -> tuple[date, date] | None:
    """The first and last day meant by one day, month, quarter or year."""
    if match := _MONTH.match(text):
        first = date(int(match[1]), int(match[2]), 1)
        return first, add_months(first, 1) - timedelta(days=1)
    if match := _QUARTER.match(text):
        first = date(int(match[1]), 3 * int(match[2]) - 2, 1)
        return first, add_months(first, 3) - timedelta(days=1)
    if match := _YEAR.match(text):
        year = int(match[1])
        return date(year, 1, 1), date(year, 12, 31)
    if len(text) != 10:
        return None
    day = date.fromisoformat(text)
    return day, day
