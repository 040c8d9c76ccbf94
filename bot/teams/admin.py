"""A team's administration as use cases: invite links, the member list, removing a member,
answering a co-supervisor's request and passing a signal on. Each checks the policy table
and writes its audit row here, refusals included (role "refused"), so Telegram, the console
and the command line cannot differ. Telling people is the adapter's (it needs chats).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from bot.storage.port import Store
from bot.teams.guard import Guard
from bot.teams.model import FollowUp, Role, Team
from bot.teams.policy import Action, allowed, teams_for
from bot.teams.service import INVITE_DAYS, OPERATOR, Teams


@dataclass(frozen=True)
class Roster:
    team: Team
    people: dict[Role, list[str]]
    manages: bool
    """The reader may name and remove members (a supervisor of the team)."""


class Admin:
    def __init__(self, store: Store, now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 invite_days: int = INVITE_DAYS) -> None:  # fmt: skip
        self._store, self._now, self._guard = store, now, Guard(store, now)
        self._teams = Teams(store, now, invite_days)

    async def teams(self, actor: str, action: Action) -> list[int]:
        """The teams in which the actor may do `action`; none is a refusal, audited."""
        teams = teams_for(await self._store.memberships(actor), action)
        if not teams:
            await self._guard.permit(actor, None, action)
        return teams

    async def team(self, actor: str, team_id: int | None, action: Action) -> Team | None:
        """The team, when the actor may do `action` in it; a refusal is audited."""
        if not await self._guard.permit(actor, team_id, action):
            return None
        return await self._store.get_team(team_id) if team_id is not None else None

    async def invite(self, actor: str, team_id: int | None, role: Role) -> tuple[Team, str] | None:
        """A new invite code for `role`, made by a supervisor of the team."""
        team = await self.team(actor, team_id, Action.INVITE)
        if team is None:
            return None
        code = (await self._teams.invite(team.id, (role,)))[role]
        await self._guard.record(actor, Role.SUPERVISOR.value, "team.invite", team.id, role.value)
        return team, code

    async def invite_as_operator(self, team_id: int, role: Role) -> str | None:
        """The command line's new link; None when there is no such team."""
        if await self._store.get_team(team_id) is None:
            return None
        code = (await self._teams.invite(team_id, (role,)))[role]
        await self._guard.record(OPERATOR, OPERATOR, "team.invite", team_id, role.value)
        return code

    async def roster(self, actor: str, team_id: int | None) -> Roster | None:
        """Who is in the team, for one of its members (audited as read, with the reader's
        strongest role there); others are refused (audited)."""
        team = await self.team(actor, team_id, Action.MEMBERS)
        if team is None:
            return None
        people = {role: await self._store.members(team.id, role) for role in Role}
        mine = await self._store.memberships(actor)
        manages = allowed(mine, team.id, Action.INVITE)
        roles = {m.role for m in mine if m.team == team.id}
        role = next(r for r in (Role.SUPERVISOR, Role.COACH, Role.WORKER) if r in roles)
        detail = "names" if manages else "counts"  # only a supervisor is shown names
        await self._guard.record(actor, role.value, "members.read", team.id, detail)
        return Roster(team, people, manages)

    async def remove(self, actor: str, team_id: int, role: Role, member: str) -> Team | None:
        """A supervisor takes someone who left out of the team (never themselves)."""
        team = await self.team(actor, team_id, Action.INVITE)
        if (
            team is None
            or member == actor
            or member not in await self._store.members(team.id, role)
        ):
            return None
        await self._store.remove_member(member, team.id, role)
        await self._guard.record(actor, Role.SUPERVISOR.value, "team.remove", team.id, role.value)
        return team

    async def ask_to_supervise(self, asker: str, team_id: int, today: date) -> None:
        """Someone with a valid co-supervisor link waits for a supervisor's approval."""
        await self._store.add_pending(asker, team_id, today)
        await self._guard.record(asker, "pending", "team.ask", team_id)

    async def answer_request(self, actor: str, team_id: int, asker: str, approve: bool,
                             today: date) -> bool:  # fmt: skip
        """Approve or refuse a co-supervisor's request; False when it was already answered
        (or the actor may not answer it: audited)."""
        team = await self.team(actor, team_id, Action.INVITE)
        if team is None or not await self._store.take_pending(asker, team.id):
            return False
        action = "team.approve" if approve else "team.refuse"
        await self._guard.record(actor, Role.SUPERVISOR.value, action, team.id)
        if approve:
            await self._store.add_member(asker, team.id, Role.SUPERVISOR, today)
        return True

    async def read_signals(self, actor: str, team_id: int | None) -> Team | None:
        """The team whose structural signals a supervisor lists (`/signals`), audited."""
        team = await self.team(actor, team_id, Action.SUMMARY)
        if team is not None:
            await self._guard.record(actor, Role.SUPERVISOR.value, "signals.read", team.id)
        return team

    async def follow_up(self, actor: str, follow: FollowUp) -> bool:
        """A supervisor notes to whom a team signal was passed on (audited)."""
        if await self.team(actor, follow.team, Action.SUMMARY) is None:
            return False
        await self._store.add_followup(follow)
        detail = f"{follow.field}:{follow.value}:{follow.passed_to}"
        await self._guard.record(actor, Role.SUPERVISOR.value, "signal.followup", follow.team,
                                 detail)  # fmt: skip
        return True
