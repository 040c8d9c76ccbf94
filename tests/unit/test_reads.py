"""Reading a team summary is one use case: permission, read and audit together."""

from __future__ import annotations

from bot.reports import periods
from bot.storage.memory import MemoryStore
from bot.teams.model import Role
from bot.teams.reads import read_summary
from tests.conftest import TODAY


async def test_a_summary_is_read_by_supervisors_only_and_always_audited() -> None:
    store = MemoryStore()
    team = await store.create_team("Noord", "nl", TODAY)
    for who, role in (("boss", Role.SUPERVISOR), ("ann", Role.WORKER), ("cora", Role.COACH)):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, role, TODAY)
    month = periods.named("last-month", TODAY)
    summary = await read_summary(store, "boss", team.id, month)
    assert summary is not None and (summary.start, summary.end) == (month.start, month.end)
    assert await read_summary(store, "ann", team.id, month) is None
    assert await read_summary(store, "cora", team.id, month) is None
    assert await read_summary(store, "boss", 99, month) is None, "another team"
    rows = [(a.actor, a.role, a.action, a.detail) for a in reversed(await store.audit_log())]
    assert rows == [
        ("boss", "supervisor", "summary.read", "last-month"),
        ("ann", "refused", "summary.refused", ""),
        ("cora", "refused", "summary.refused", ""),
        ("boss", "refused", "summary.refused", ""),
    ]
