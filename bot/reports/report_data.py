"""What the team report shows, read from the store: the period's summary beside the
previous period and the same period a year ago, and one summary per month for the year
that ends with the period. Every figure comes from `team_summary`, so the report hides
exactly what /team hides (k distinct workers per cell, nothing below k in a period).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot.dialogue.model import Dialogue, Kind
from bot.msgid import N_
from bot.reports.periods import add_months
from bot.reports.summary import Cell, Section, TeamSummary, team_summary
from bot.storage.port import Store
from bot.teams.model import FollowUp, Team

STRUCTURAL = ("org_obstacles", "structural_barriers")
GOOD = ("strength_seen", "bright_spot")
TREND_MONTHS = 12
PASSED_TO = {"management": N_("to management"), "local_policy": N_("to local policy"),
             "network": N_("to the network")}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReportData:
    team: Team
    current: TeamSummary
    previous: TeamSummary
    year_ago: TeamSummary
    months: tuple[TeamSummary, ...]
    """One summary per calendar month, oldest first, ending with the period's last month."""
    followups: tuple[FollowUp, ...] = ()
    """What the supervisor passed on in those months, by day."""


def month_count(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


async def report_data(store: Store, team: Team, start: date, end: date) -> ReportData:
    """`start` and `end` are first days of months (`end` exclusive): whole months only."""
    length = month_count(start, end)
    current = await team_summary(store, team, start, end)
    previous = await team_summary(store, team, add_months(start, -length), start)
    year_ago = await team_summary(store, team, add_months(start, -12), add_months(end, -12))
    first = add_months(end, -TREND_MONTHS)
    months = await month_summaries(store, team, first, end)
    followups = await store.followups(team.id, first, end)
    return ReportData(team, current, previous, year_ago, months, tuple(followups))


async def month_summaries(store: Store, team: Team, start: date,
                          end: date) -> tuple[TeamSummary, ...]:  # fmt: skip
    """One summary per calendar month from `start` (a first day) up to `end` (exclusive),
    each with the k-suppression of any summary: a month fewer than k workers shared in
    shows nothing at all."""
    return tuple([await team_summary(store, team, add_months(start, n), add_months(start, n + 1))
                  for n in range(max(1, month_count(start, end)))])  # fmt: skip


def section(summary: TeamSummary, field: str) -> Section | None:
    return next((s for s in summary.sections if s.spec.field == field), None)


def natural_order(dialogue: Dialogue, field: str, values: set[str | None]) -> list[str | None]:
    """Values in the order a reader expects: scales low to high, options as the dialogue
    lists them, signals as declared, "yes" before "no"; unknown values and "skipped" last."""
    if field == "signals":
        order = [s.key for s in dialogue.signals]
    elif dialogue.has_step(field) and dialogue.step(field).kind is Kind.SCALE:
        step = dialogue.step(field)
        order = [str(n) for n in range(step.scale_min, step.scale_max + 1)]
    elif dialogue.has_step(field):
        order = [o.key for o in dialogue.step(field).options] or ["answered", "skipped"]
    elif "+" in field:
        first, second = field.split("+")
        a = [o.key for o in dialogue.step(first).options] if dialogue.has_step(first) else []
        b = [o.key for o in dialogue.step(second).options] if dialogue.has_step(second) else []
        order = [f"{x}→{y}" for x in a for y in b]
    else:
        order = []
    order += ["answered", "skipped"]
    rank = {value: number for number, value in enumerate(order)}
    return sorted(values, key=lambda v: (v is None, rank.get(v or "", len(rank)), str(v)))


def counts(summary: TeamSummary, field: str) -> dict[str | None, int | None]:
    """Value → entries (None where hidden); empty when the whole period is hidden."""
    found = section(summary, field)
    return {} if found is None else {c.value: c.count for c in found.cells}


def shown(cells: tuple[Cell, ...]) -> int:
    return sum(c.count for c in cells if c.count is not None)


def structural_rows(
    data: ReportData, dialogue: Dialogue
) -> list[tuple[str, str, list[int | None]]]:
    """(field, value, count per month) for every structural category that was signalled in
    the year; a category never signalled, and the "nothing" answers, are left out."""
    return [(field, value, line) for field in STRUCTURAL
            for value, line in topic_rows(data.months, dialogue, field, nothing=False)]  # fmt: skip


def topic_rows(months: Sequence[TeamSummary], dialogue: Dialogue, field: str,
               nothing: bool = True) -> list[tuple[str, list[int | None]]]:  # fmt: skip
    """(value, count per month) for each answer to `field` counted in some month, in the
    natural order: None where the month or the cell is hidden, 0 where nobody gave it.
    A value with no count shown in any month is left out; `nothing=False` leaves out the
    answers that mean "none of these" too."""
    per_month = [counts(m, field) for m in months]
    seen = {v for month in per_month for v in month if v is not None}
    if not nothing and dialogue.has_step(field):
        seen -= {o.key for o in dialogue.step(field).options if o.exclusive}
    rows = []
    for value in natural_order(dialogue, field, set(seen)):
        line = [None if summary.entries is None else month.get(value, 0)
                for summary, month in zip(months, per_month, strict=True)]  # fmt: skip
        if any(n for n in line):
            rows.append((str(value), line))
    return rows
