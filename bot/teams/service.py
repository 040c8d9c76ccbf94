"""Creating teams and joining them with invite codes.

Codes are random, stored only as a hash, expire (14 days by default), can be revoked,
and guessing is rate-limited per worker (and logged, without the code).
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from bot.storage.port import Store
from bot.teams.model import AuditRow, Invite, Membership, Role, Team

log = logging.getLogger("bot.teams")
OPERATOR = "operator"
"""The actor and role of audit rows written by the command line (it has no pseudonym)."""
INVITE_DAYS = 14
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(hours=1)
CODE_BYTES = 12


class JoinOutcome(StrEnum):
    JOINED = "joined"
    ALREADY = "already"
    """A member of that team in that role already: nothing written, nobody told again."""
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    REVOKED = "revoked"
    TOO_MANY = "too_many"


@dataclass(frozen=True)
class Joined:
    outcome: JoinOutcome
    team: Team | None = None
    role: Role | None = None


def _outcome(invite: Invite | None, now: datetime) -> JoinOutcome:
    if invite is None:
        return JoinOutcome.UNKNOWN
    if invite.revoked:
        return JoinOutcome.REVOKED
    return JoinOutcome.EXPIRED if invite.expires_at < now else JoinOutcome.JOINED


def code_hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


class Teams:
    def __init__(self, store: Store, now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 invite_days: int = INVITE_DAYS,
                 scrub: Callable[[str, str], str] | None = None) -> None:  # fmt: skip
        self._store, self._now, self._days = store, now, invite_days
        self._scrub = scrub or (lambda text, _lang: text)

    async def create(
        self, name: str, lang: str, supervisor: str | None
    ) -> tuple[Team, dict[Role, str]]:
        """A new team, its creator as supervisor, and one invite code per role."""
        name = self._scrub(name.strip(), lang)[:80]
        team = await self._store.create_team(name, lang, self._now().date())
        if supervisor is not None:
            await self._store.add_member(supervisor, team.id, Role.SUPERVISOR, self._now().date())
            await self._audit(supervisor, Role.SUPERVISOR, "team.create", team.id)
        else:
            await self._audit(OPERATOR, OPERATOR, "team.create", team.id)
        return team, await self.invite(team.id)

    async def invite(self, team: int, roles: tuple[Role, ...] = tuple(Role)) -> dict[Role, str]:
        """Fresh codes for the roles asked (by default every role: worker, coach,
        co-supervisor); older codes stay valid until they expire or are revoked."""
        codes = {}
        expires = self._now() + timedelta(days=self._days)
        for role in roles:
            code = secrets.token_urlsafe(CODE_BYTES)
            await self._store.add_invite(code_hash(code), team, role, expires)
            codes[role] = code
        return codes

    async def join(self, pseudonym: str, code: str, today: date) -> Joined:
        now = self._now()
        if await self._store.invite_failures_since(pseudonym, now - FAILURE_WINDOW) >= MAX_FAILURES:
            log.warning("invite code refused: too many failed attempts by one worker")
            await self._audit(pseudonym, Role.WORKER, "team.join.refused", None, "too_many")
            return Joined(JoinOutcome.TOO_MANY)
        invite = await self._store.find_invite(code_hash(code.strip()))
        outcome = _outcome(invite, now)
        if outcome is not JoinOutcome.JOINED or invite is None:
            await self._store.record_invite_failure(pseudonym, now)
            log.info("invite code refused: %s", outcome.value)
            team = invite.team if invite is not None else None
            await self._audit(pseudonym, Role.WORKER, "team.join.refused", team, outcome.value)
            return Joined(outcome)
        joined = await self._store.get_team(invite.team)
        if Membership(invite.team, invite.role) in await self._store.memberships(pseudonym):
            return Joined(JoinOutcome.ALREADY, joined, invite.role)
        await self._store.add_member(pseudonym, invite.team, invite.role, today)
        await self._audit(pseudonym, invite.role, "team.join", invite.team)
        return Joined(outcome, joined, invite.role)

    async def revoke(self, team: int) -> int:
        """Withdraw every open invite of a team (the command line's use case, audited)."""
        count = await self._store.revoke_invites(team)
        await self._audit(OPERATOR, OPERATOR, "team.revoke", team, f"{count} invites")
        return count

    async def _audit(self, actor: str, role: str, action: str, team: int | None,
                     detail: str = "") -> None:  # fmt: skip
        await self._store.audit(AuditRow(self._now(), actor, str(role), action, team, detail))
