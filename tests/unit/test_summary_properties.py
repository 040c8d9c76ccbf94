"""The property behind team figures: whatever teams, shares, withdrawals, erasures and
period requests happen, no summary counts an unshared, withdrawn or erased entry, and no
shown cell rests on fewer than k workers. Driven on both stores."""

from __future__ import annotations

import asyncio
import tempfile
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.dialogue.session import EntryDraft
from bot.reports import periods
from bot.reports.summary import team_summary
from bot.storage.memory import MemoryStore
from bot.storage.port import Store
from bot.storage.sqlite import SqliteStore
from bot.teams.model import Role
from tests.conftest import KEYRING

FIRST_DAY = date(2026, 1, 1)
KINDS = ("home_visit", "phone", "office")


@dataclass
class Live:
    """The model: the entries a summary may count (shared, not withdrawn, not erased)."""

    owner: str
    team: int
    day: date
    kind: str
    shared: bool


Step = tuple[str, int, int, int, bool, int]
steps = st.lists(
    st.tuples(
        st.sampled_from(["save", "save", "save", "withdraw", "forget", "summary"]),
        st.integers(0, 5),  # worker
        st.integers(0, 1),  # team of a new worker
        st.integers(0, 150),  # day offset of the entry, or of the period's first day
        st.booleans(),  # shared
        st.integers(0, 120),  # length of a requested period in days
    ),
    min_size=1,
    max_size=30,
)


async def _check(store: Store, live: list[Live], team: int, k: int, first: date,
                 last: date) -> None:  # fmt: skip
    record = await store.get_team(team)
    assert record is not None
    summary = await team_summary(store, replace(record, k_min=k), first, last + timedelta(days=1))
    period = periods.rounded_out(first, last)
    assert (summary.start, summary.end) == (period.start, period.end), "whole months"
    counted = [e for e in live if e.team == team and e.shared
               and period.start <= e.day < period.end]  # fmt: skip
    workers = {e.owner for e in counted}
    if len(workers) < k:
        assert summary.entries is None, "nothing shown under k workers"
        return
    assert (summary.entries, summary.workers) == (len(counted), len(workers))
    for section in summary.sections:
        if section.spec.field != "contact_kind":
            continue
        for cell in section.cells:
            if cell.count is None:
                continue
            behind = [e for e in counted if e.kind == cell.value]
            assert cell.count == len(behind), "only shared, live entries count"
            assert len({e.owner for e in behind}) >= k, "no shown cell under k workers"


async def _drive(store: Store, program: list[Step], k: int) -> None:
    teams = [(await store.create_team(name, "nl", FIRST_DAY)).id for name in ("A", "B")]
    live: list[Live] = []
    known: dict[str, int] = {}
    for kind, who_number, team_index, offset, shared, length in program:
        who = f"worker-{who_number}"
        day = FIRST_DAY + timedelta(days=offset)
        if kind == "save":
            if who not in known:
                await store.ensure_worker(who, 1, "nl", FIRST_DAY)
                await store.add_member(who, teams[team_index], Role.WORKER, FIRST_DAY)
                known[who] = teams[team_index]
            answers = {"contact_kind": KINDS[(offset + who_number) % 3]}
            draft = EntryDraft("post_contact", 1, day, "nl", answers, (), {"shared": shared})
            await store.finish_session(who, draft)
            live.append(Live(who, known[who], day, str(answers["contact_kind"]), shared))
        elif kind == "withdraw":
            mine = [e for e in live if e.owner == who and e.shared]
            if mine:
                own = await store.entries_of(who, limit=1000)
                target = next(e for e in own if e.day == mine[0].day and e.flags.get("shared"))
                assert await store.withdraw_share(who, target.id)
                mine[0].shared = False
        elif kind == "forget":
            await store.forget(who)
            live = [e for e in live if e.owner != who]
            known.pop(who, None)
        else:
            for team in teams:
                await _check(store, live, team, k, day, day + timedelta(days=length))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps, st.integers(1, 3))
def test_memory_summaries_count_only_live_shared_entries(program: list[Step], k: int) -> None:
    asyncio.run(_drive(MemoryStore(), program, k))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps, st.integers(1, 3))
def test_sqlite_summaries_count_only_live_shared_entries(program: list[Step], k: int) -> None:
    async def run(folder: Path) -> None:
        store = await SqliteStore.open(folder, KEYRING)
        try:
            await _drive(store, program, k)
        finally:
            await store.close()

    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(run(Path(folder)))
