"""Teams: invite codes (hashed, expiring, revocable, rate-limited) and the role matrix."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.storage.memory import MemoryStore
from bot.teams.model import Membership, Role
from bot.teams.policy import ALLOWED, Action, allowed, teams_for
from bot.teams.service import MAX_FAILURES, JoinOutcome, Teams, code_hash
from tests.conftest import TODAY

NOW = datetime(2026, 11, 21, 10, tzinfo=UTC)
SUPERVISOR, ANN, BOB = "s" * 64, "a" * 64, "b" * 64


@pytest.fixture
async def teams() -> tuple[MemoryStore, Teams]:
    store = MemoryStore()
    for who in (SUPERVISOR, ANN, BOB):
        await store.ensure_worker(who, 1, "nl", TODAY)
    clock = {"now": NOW}
    service = Teams(store, now=lambda: clock["now"])
    service.clock = clock  # type: ignore[attr-defined]
    return store, service


async def test_creating_a_team_makes_the_creator_supervisor_and_codes_per_role(
    teams: tuple[MemoryStore, Teams],
) -> None:
    store, service = teams
    team, codes = await service.create("  Team Noord  ", "nl", SUPERVISOR)
    assert team.name == "Team Noord"
    assert set(codes) == set(Role)
    assert len(set(codes.values())) == 3
    assert all(len(code) >= 16 and code.replace("-", "").replace("_", "").isalnum()
               for code in codes.values())  # fmt: skip
    assert await store.memberships(SUPERVISOR) == [Membership(team.id, Role.SUPERVISOR)]
    for code in codes.values():
        assert await store.find_invite(code) is None, "never stored in clear"
        assert await store.find_invite(code_hash(code)) is not None
    assert (await store.audit_log())[0].action == "team.create"


async def test_joining_with_a_code(teams: tuple[MemoryStore, Teams]) -> None:
    store, service = teams
    team, codes = await service.create("Noord", "nl", SUPERVISOR)
    joined = await service.join(ANN, codes[Role.WORKER], TODAY)
    assert joined.outcome is JoinOutcome.JOINED and joined.team == team
    assert joined.role is Role.WORKER
    coach = await service.join(BOB, f" {codes[Role.COACH]} ", TODAY)
    assert coach.role is Role.COACH
    assert await store.members(team.id, Role.COACH) == [BOB]


async def test_a_code_used_again_by_a_member_changes_nothing(
    teams: tuple[MemoryStore, Teams],
) -> None:
    """Two taps or a link opened again: one membership, one audit line, and the caller
    told it was already so (the Telegram side then tells nobody again)."""
    store, service = teams
    team, codes = await service.create("Noord", "nl", SUPERVISOR)
    assert (await service.join(ANN, codes[Role.WORKER], TODAY)).outcome is JoinOutcome.JOINED
    again = await service.join(ANN, codes[Role.WORKER], TODAY + timedelta(days=1))
    assert again.outcome is JoinOutcome.ALREADY and again.team == team
    assert await store.memberships(ANN) == [Membership(team.id, Role.WORKER)]
    assert sorted(r.action for r in await store.audit_log()) == ["team.create", "team.join"]
    coach = await service.join(ANN, codes[Role.COACH], TODAY)
    assert coach.outcome is JoinOutcome.JOINED, "another role of the same team is a new join"


async def test_expired_revoked_and_unknown_codes_are_refused(
    teams: tuple[MemoryStore, Teams],
) -> None:
    store, service = teams
    team, codes = await service.create("Noord", "nl", SUPERVISOR)
    assert (await service.join(ANN, "not-a-code", TODAY)).outcome is JoinOutcome.UNKNOWN
    service.clock["now"] = NOW + timedelta(days=15)  # type: ignore[attr-defined]
    assert (await service.join(ANN, codes[Role.WORKER], TODAY)).outcome is JoinOutcome.EXPIRED
    service.clock["now"] = NOW  # type: ignore[attr-defined]
    assert await service.revoke(team.id) == 3
    assert (await service.join(ANN, codes[Role.COACH], TODAY)).outcome is JoinOutcome.REVOKED
    assert await store.memberships(ANN) == []


async def test_guessing_is_rate_limited(teams: tuple[MemoryStore, Teams]) -> None:
    _, service = teams
    _, codes = await service.create("Noord", "nl", SUPERVISOR)
    for attempt in range(MAX_FAILURES):
        assert (await service.join(ANN, f"guess-{attempt}", TODAY)).outcome is JoinOutcome.UNKNOWN
    refused = await service.join(ANN, codes[Role.WORKER], TODAY)
    assert refused.outcome is JoinOutcome.TOO_MANY, "even the right code, while locked out"
    service.clock["now"] = NOW + timedelta(hours=1, minutes=1)  # type: ignore[attr-defined]
    assert (await service.join(ANN, codes[Role.WORKER], TODAY)).outcome is JoinOutcome.JOINED
    assert (await service.join(BOB, codes[Role.WORKER], TODAY)).outcome is JoinOutcome.JOINED


# The role matrix: every action against every role, and a member of another team.
EXPECTED = {
    Action.SUMMARY: {"supervisor"},
    Action.EXPORT: {"supervisor"},
    Action.INVITE: {"supervisor"},
    Action.MEMBERS: {"worker", "coach", "supervisor"},
    Action.PROMPTS_LIST: {"coach"},
    Action.PROMPTS_ANSWER: {"coach"},
    Action.PROMPTS_SEND: {"supervisor"},
    Action.TITLE: {"supervisor"},
}


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("who", ["worker", "coach", "supervisor", "none", "other team"])
def test_role_matrix(action: Action, who: str) -> None:
    team = 1
    if who == "none":
        memberships: list[Membership] = []
    elif who == "other team":
        memberships = [Membership(2, role) for role in Role]
    else:
        memberships = [Membership(team, Role(who))]
    assert allowed(memberships, team, action) is (who in EXPECTED[action])


def test_the_matrix_covers_every_action() -> None:
    assert set(ALLOWED) == set(Action) == set(EXPECTED)
    both = [
        Membership(1, Role.SUPERVISOR),
        Membership(3, Role.SUPERVISOR),
        Membership(2, Role.WORKER),
    ]
    assert teams_for(both, Action.EXPORT) == [1, 3]


async def test_team_names_are_scrubbed_and_cli_actions_audited() -> None:
    from bot.storage.memory import MemoryStore
    from bot.teams.service import Teams

    store = MemoryStore()
    teams = Teams(store, scrub=lambda text, lang: text.replace("Peeters", "[naam]"))
    team, _ = await teams.create("Team van Jan Peeters", "nl", None)
    assert team.name == "Team van Jan [naam]"
    assert await teams.revoke(team.id) == 3
    actions = [(a.actor, a.action) for a in await store.audit_log()]
    assert actions == [("operator", "team.revoke"), ("operator", "team.create")]


def test_every_permission_rule_is_checked_somewhere() -> None:
    """A rule in the table that no code path asks for would be a promise nobody keeps."""
    from tests.conftest import ROOT

    code = "\n".join(p.read_text() for p in (ROOT / "bot").rglob("*.py")
                     if p.name != "policy.py")  # fmt: skip
    unchecked = [a.name for a in Action if f"Action.{a.name}" not in code]
    assert unchecked == []
