"""Report periods are whole calendar months; a typed range is rounded out and says so."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.reports import periods
from bot.reports.periods import Period

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("key", "start", "end"),
    [
        ("month", date(2026, 12, 1), date(2027, 1, 1)),
        ("last-month", date(2026, 11, 1), date(2026, 12, 1)),
        ("quarter", date(2026, 10, 1), date(2027, 1, 1)),
        ("last-quarter", date(2026, 7, 1), date(2026, 10, 1)),
        ("year", date(2026, 1, 1), date(2027, 1, 1)),
    ],
)
def test_named_periods_relative_to_today(key: str, start: date, end: date) -> None:
    assert periods.named(key, TODAY) == Period(key, start, end)
    assert periods.parse(key, TODAY) == Period(key, start, end)


def test_last_month_and_quarter_cross_the_year() -> None:
    january = date(2027, 1, 15)
    assert periods.named("last-month", january).start == date(2026, 12, 1)
    assert periods.named("last-quarter", january).start == date(2026, 10, 1)
    assert periods.named("last-quarter", january).end == date(2027, 1, 1)


def test_typed_days_are_rounded_out_and_flagged() -> None:
    period = periods.parse("2026-11-01 2026-11-11", TODAY)
    assert period == Period("2026-11..2026-11", date(2026, 11, 1), date(2026, 12, 1), True)
    # One day more gives the very same period: nothing to difference.
    assert periods.parse("2026-11-01..2026-11-12", TODAY) == period


def test_whole_months_typed_as_days_are_not_flagged() -> None:
    period = periods.parse("2026-01-01..2026-03-31", TODAY)
    assert period == Period("2026-01..2026-03", date(2026, 1, 1), date(2026, 4, 1), False)
    assert period.months == 3
    assert period.last == date(2026, 3, 31)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026-02", date(2026, 2, 1), date(2026, 3, 1)),
        ("2026-Q2", date(2026, 4, 1), date(2026, 7, 1)),
        ("2025", date(2025, 1, 1), date(2026, 1, 1)),
        ("2025-11..2026-01", date(2025, 11, 1), date(2026, 2, 1)),
    ],
)
def test_months_quarters_years(text: str, start: date, end: date) -> None:
    period = periods.parse(text, TODAY)
    assert period is not None
    assert (period.start, period.end, period.rounded) == (start, end, False)


@pytest.mark.parametrize(
    "text", ["", "soon", "2026-13", "2026-02-30", "2026-03 2026-01", "a b c", "2026-Q5"]
)
def test_nonsense_is_refused(text: str) -> None:
    assert periods.parse(text, TODAY) is None


days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@given(days, st.integers(min_value=0, max_value=800))
def test_any_typed_range_covers_whole_months_around_it(first: date, length: int) -> None:
    last = min(first + timedelta(days=length), date(2099, 12, 31))
    period = periods.parse(f"{first}..{last}", TODAY)
    assert period is not None
    assert period.start.day == 1 and period.end.day == 1
    assert period.start <= first and last < period.end
    assert period.start > first - timedelta(days=31) and period.end <= last + timedelta(days=32)
    assert period.rounded == (period.start != first or period.last != last)
    assert periods.parse(period.key, TODAY) == Period(period.key, period.start, period.end)


@given(days)
def test_named_periods_hold_today_or_end_before_it(today: date) -> None:
    for key in periods.NAMED:
        period = periods.named(key, today)
        assert period.start.day == 1 and period.end.day == 1 and period.months >= 1
        if key.startswith("last"):
            assert period.end <= today
        else:
            assert period.start <= today < period.end
