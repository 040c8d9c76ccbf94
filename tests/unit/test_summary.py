"""Summary maths and suppression: no shown cell ever rests on fewer than k workers."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from bot.dialogue.session import EntryDraft
from bot.reports.summary import (
    sections,
    summarise,
    suppress,
    team_summary,
    this_month,
    this_quarter,
)  # fmt: skip
from bot.storage.memory import MemoryStore
from bot.teams.model import Role, Tally, Team

TEAM = Team(1, "Noord", "nl", 3, 18, date(2026, 1, 1))


def tally_lists() -> st.SearchStrategy[list[Tally]]:
    cell = st.builds(lambda v, w, extra: Tally(v, w + extra, w),
                     st.text(max_size=5), st.integers(1, 8), st.integers(0, 20))  # fmt: skip
    return st.lists(cell, max_size=8, unique_by=lambda t: t.value)


@given(tally_lists(), st.integers(1, 6), st.booleans())
def test_no_shown_cell_rests_on_fewer_than_k_workers(tallies: list[Tally], k: int,
                                                      single: bool) -> None:  # fmt: skip
    cells = suppress(tallies, k, single)
    workers = {t.value: t.workers for t in tallies}
    for cell in cells:
        if cell.count is not None:
            assert workers[cell.value] >= k
    hidden = sum(1 for c in cells if c.count is None)
    if single and len(cells) > 1:
        assert hidden != 1, "a lone hidden cell could be recovered from the total"


@given(st.integers(0, 10), st.integers(1, 6))
def test_below_k_workers_nothing_is_shown(workers: int, k: int) -> None:
    team = Team(1, "T", "nl", k, 18, date(2026, 1, 1))
    summary = summarise(team, date(2026, 1, 1), date(2026, 2, 1), Tally("all", 40, workers),
                        {"contact_kind": [Tally("phone", 40, workers)]})  # fmt: skip
    if workers < k:
        assert summary.entries is None and summary.sections == ()
    else:
        assert summary.entries == 40 and len(summary.sections) == len(sections())


def test_suppression_keeps_large_cells() -> None:
    cells = suppress([Tally("a", 10, 5), Tally("b", 4, 3), Tally("c", 2, 1)], 3, single=True)
    assert [(c.value, c.count) for c in cells] == [("a", 10), ("b", None), ("c", None)]
    multi = suppress([Tally("a", 10, 5), Tally("b", 4, 3), Tally("c", 2, 1)], 3, single=False)
    assert [(c.value, c.count) for c in multi] == [("a", 10), ("b", 4), ("c", None)]


async def test_a_summary_from_the_store() -> None:
    store = MemoryStore()
    team = await store.create_team("Noord", "nl", date(2026, 11, 1))
    kinds = ["home_visit", "home_visit", "home_visit", "office", "phone"]
    for number, kind in enumerate(kinds):
        who = f"{number:064d}"
        await store.ensure_worker(who, 1, "nl", date(2026, 11, 1))
        await store.add_member(who, team.id, Role.WORKER, date(2026, 11, 1))
        answers = {"contact_kind": kind, "role_taken": "rescuer", "role_needed": "companion",
                   "strength_seen": "iets" if number % 2 else None}  # fmt: skip
        await store.finish_session(who, EntryDraft("post_contact", 1, date(2026, 11, 5), "nl",
                                                   answers, (), {"shared": True}))  # fmt: skip
    summary = await team_summary(store, team, *this_month(date(2026, 11, 21)))
    assert (summary.entries, summary.workers) == (5, 5)
    sections = {s.spec.field: {c.value: c.count for c in s.cells} for s in summary.sections}
    assert sections["contact_kind"] == {"home_visit": 3, "office": None, "phone": None}
    assert sections["role_taken+role_needed"] == {"rescuer→companion": 5}
    assert sections["strength_seen"] == {"skipped": None, "answered": None}, "no subtraction"
    empty = await team_summary(store, team, date(2026, 1, 1), date(2026, 2, 1))
    assert empty.entries is None


def test_periods() -> None:
    assert this_month(date(2026, 12, 31)) == (date(2026, 12, 1), date(2027, 1, 1))
    assert this_quarter(date(2026, 11, 21)) == (date(2026, 10, 1), date(2027, 1, 1))
    assert this_quarter(date(2026, 2, 3)) == (date(2026, 1, 1), date(2026, 4, 1))


async def test_a_summary_always_covers_whole_months() -> None:
    store = MemoryStore()
    team = await store.create_team("Noord", "nl", date(2026, 11, 1))
    summary = await team_summary(store, team, date(2026, 11, 1), date(2026, 11, 12))
    assert (summary.start, summary.end) == (date(2026, 11, 1), date(2026, 12, 1))
