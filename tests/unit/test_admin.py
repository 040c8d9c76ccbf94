"""Team administration checks the policy table and audits itself, refusals too."""

from __future__ import annotations

from bot.storage.memory import MemoryStore
from bot.teams.admin import Admin
from bot.teams.model import FollowUp, Role
from bot.teams.policy import Action
from tests.conftest import TODAY


async def staffed() -> tuple[MemoryStore, int, int]:
    store = MemoryStore()
    team = await store.create_team("Noord", "nl", TODAY)
    other = await store.create_team("Zuid", "nl", TODAY)
    for who, role in (("boss", Role.SUPERVISOR), ("ann", Role.WORKER), ("cora", Role.COACH)):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, role, TODAY)
    await store.ensure_worker("new", 1, "nl", TODAY)
    return store, team.id, other.id


async def test_a_supervisor_administers_the_team_and_every_change_is_audited_once() -> None:
    store, team, _ = await staffed()
    admin = Admin(store)
    made = await admin.invite("boss", team, Role.COACH)
    assert made is not None and made[0].id == team and made[1]
    roster = await admin.roster("boss", team)
    assert roster is not None and roster.manages and roster.people[Role.WORKER] == ["ann"]
    counted = await admin.roster("ann", team)
    assert counted is not None and not counted.manages, "a worker counts, never manages"
    assert await admin.remove("boss", team, Role.WORKER, "ann") is not None
    assert await admin.remove("boss", team, Role.WORKER, "ann") is None, "already gone"
    await admin.ask_to_supervise("new", team, TODAY)
    assert await admin.answer_request("boss", team, "new", True, TODAY)
    assert not await admin.answer_request("boss", team, "new", True, TODAY), "answered once"
    assert Role.SUPERVISOR in {m.role for m in await store.memberships("new")}
    assert await admin.read_signals("boss", team) is not None
    assert await admin.follow_up("boss", FollowUp(team, "structural_barriers", "housing",
                                                  "network", TODAY))  # fmt: skip
    assert await admin.invite_as_operator(team, Role.WORKER)
    assert await admin.invite_as_operator(99, Role.WORKER) is None
    rows = [(a.actor, a.role, a.action, a.detail) for a in reversed(await store.audit_log())]
    assert rows == [
        ("boss", "supervisor", "team.invite", "coach"),
        ("boss", "supervisor", "members.read", "names"),
        ("ann", "worker", "members.read", "counts"),
        ("boss", "supervisor", "team.remove", "worker"),
        ("new", "pending", "team.ask", ""),
        ("boss", "supervisor", "team.approve", ""),
        ("boss", "supervisor", "signals.read", ""),
        ("boss", "supervisor", "signal.followup", "structural_barriers:housing:network"),
        ("operator", "operator", "team.invite", "worker"),
    ]


async def test_every_refused_admin_request_is_audited_as_refused() -> None:
    store, team, other = await staffed()
    admin = Admin(store)
    assert await admin.teams("ann", Action.INVITE) == []
    assert await admin.teams("new", Action.MEMBERS) == []
    assert await admin.teams("cora", Action.SUMMARY) == []
    assert await admin.invite("ann", team, Role.WORKER) is None
    assert await admin.invite("boss", other, Role.WORKER) is None, "another team"
    assert await admin.roster("new", team) is None
    assert await admin.remove("cora", team, Role.WORKER, "ann") is None
    await store.add_pending("new", team, TODAY)
    assert not await admin.answer_request("ann", team, "new", True, TODAY)
    assert not await admin.follow_up("boss", FollowUp(other, "org_obstacles", "x", "y", TODAY))
    assert await store.pending(team) == ["new"], "a refused answer leaves the request"
    assert [m.role for m in await store.memberships("ann")] == [Role.WORKER]
    rows = [(a.actor, a.role, a.action, a.team) for a in reversed(await store.audit_log())]
    assert rows == [
        ("ann", "refused", "invite.refused", None),
        ("new", "refused", "members.refused", None),
        ("cora", "refused", "summary.refused", None),
        ("ann", "refused", "invite.refused", team),
        ("boss", "refused", "invite.refused", other),
        ("new", "refused", "members.refused", team),
        ("cora", "refused", "invite.refused", team),
        ("ann", "refused", "invite.refused", team),
        ("boss", "refused", "summary.refused", other),
    ]
