"""A team's summary for a period: sections of counted cells, each cell shown only when at
least k distinct workers stand behind it. Supervisors see patterns, never people.
Only entries their workers shared count (the stores keep the cells that way), and the
period is always whole calendar months (`bot.reports.periods`), so two summaries can never
be differenced down to one reflection.

Pure once the tallies are read: `summarise` is what the property tests check.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from bot.reports import periods
from bot.reports.declarations import SummaryField, shipped_summary
from bot.storage.port import Store
from bot.teams.cells import TOTAL
from bot.teams.model import Tally, Team


@dataclass(frozen=True, slots=True)
class SectionSpec:
    field: str
    """The dialogue step key (or "signals", or "role_taken+role_needed" for the matrix)."""
    title: str
    mode: str = "value"
    """How an answer becomes cells: see `bot.teams.cells.cells_of`."""

    @property
    def single(self) -> bool:
        """Every entry has one value at most: shown cells could reveal a hidden one by sum."""
        return self.mode in ("value", "pair", "answered")


def specs_of(fields: Iterable[SummaryField]) -> tuple[SectionSpec, ...]:
    return tuple(SectionSpec(f.field, f.title, f.mode) for f in fields)


def sections() -> tuple[SectionSpec, ...]:
    """The summary's sections, in order: what the shipped dialogues declare (`feeds:
    summary`), so a tally added in YAML shows up without a change here."""
    return specs_of(shipped_summary())


def section(field: str) -> SectionSpec:
    return next(s for s in sections() if s.field == field)


@dataclass(frozen=True, slots=True)
class Cell:
    value: str | None
    """An option key, a scale value, "answered"/"skipped", or "first→second"."""
    count: int | None
    """None when hidden (fewer than k workers)."""


@dataclass(frozen=True, slots=True)
class Section:
    spec: SectionSpec
    cells: tuple[Cell, ...]

    @property
    def hidden(self) -> int:
        return sum(1 for c in self.cells if c.count is None)


@dataclass(frozen=True, slots=True)
class TeamSummary:
    team: Team
    start: date
    end: date
    """Exclusive: the period is start..end-1."""
    entries: int | None
    workers: int | None
    """None when fewer than k workers contributed: then every section is empty."""
    sections: tuple[Section, ...]


def suppress(tallies: list[Tally], k: int, single: bool) -> tuple[Cell, ...]:
    """Hide cells with fewer than k workers; in a single-valued section a lone hidden cell
    could be recovered from the total, so the smallest shown cell is hidden with it."""
    ordered = sorted(tallies, key=lambda t: (-t.entries, str(t.value)))
    hide = {i for i, t in enumerate(ordered) if t.workers < k}
    if single and len(hide) == 1 and len(ordered) > 1:
        shown = [i for i in range(len(ordered)) if i not in hide]
        hide.add(min(shown, key=lambda i: ordered[i].entries))
    return tuple(Cell(t.value, None if i in hide else t.entries) for i, t in enumerate(ordered))


def summarise(team: Team, start: date, end: date, total: Tally, tallies: dict[str, list[Tally]],
              specs: tuple[SectionSpec, ...] | None = None) -> TeamSummary:  # fmt: skip
    """The summary from raw tallies; nothing at all below k workers in the period.
    `specs`: the sections (default: what the shipped dialogues declare)."""
    k = team.k_min
    if total.workers < k:
        return TeamSummary(team, start, end, None, None, ())
    shown = tuple(Section(spec, suppress(tallies.get(spec.field, []), k, spec.single))
                  for spec in specs or sections())  # fmt: skip
    return TeamSummary(team, start, end, total.entries, total.workers, shown)


async def team_summary(store: Store, team: Team, start: date, end: date) -> TeamSummary:
    """Read the tallies (pre-aggregated per day by the store) and summarise them. The
    period (`end` exclusive) is rounded out to whole months whatever the caller asked."""
    period = periods.rounded_out(start, end - timedelta(days=1))
    start, end = period.start, period.end
    tallies = await store.cell_tallies(team.id, start, end)
    total = next(iter(tallies.get(TOTAL, [])), Tally("all", 0, 0))
    return summarise(team, start, end, total, tallies)


def this_month(today: date) -> tuple[date, date]:
    period = periods.named("month", today)
    return period.start, period.end


def this_quarter(today: date) -> tuple[date, date]:
    period = periods.named("quarter", today)
    return period.start, period.end
