"""The in-memory twin of the SQLite team queries (a mixin of `MemoryStore`)."""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import date, datetime

from bot.teams.model import FOLLOW_UP_TARGETS, AuditRow, FollowUp, Invite, Membership, Role, Team

KEPT_ROLES = ("supervisor", "coach")
"""Audit rows of these roles record reads of team data: /forget keeps them, tombstoned."""


class MemoryTeams:
    async def rebuild_summaries(self) -> None:
        """Summaries are counted from the entries on every read: always current."""

    def __init__(self) -> None:
        self._teams: dict[int, Team] = {}
        self._members: set[tuple[str, int, Role]] = set()
        self._joined: dict[tuple[str, int, Role], date] = {}
        self._invites: dict[str, Invite] = {}
        self._failures: list[tuple[str, datetime]] = []
        self._pending: dict[tuple[str, int], date] = {}
        self._followups: list[FollowUp] = []
        self._creators: dict[str, date] = {}
        self._audit: list[AuditRow] = []

    def _known(self, pseudonym: str) -> object:
        raise NotImplementedError

    async def create_team(self, name: str, lang: str, today: date) -> Team:
        team = Team(len(self._teams) + 1, name, lang, 3, 18, today)
        self._teams[team.id] = team
        return team

    async def get_team(self, team: int) -> Team | None:
        return self._teams.get(team)

    async def teams(self) -> list[Team]:
        return sorted(self._teams.values(), key=lambda t: t.id)

    async def set_supervisor_title(self, team: int, title: str) -> bool:
        if team not in self._teams:
            return False
        self._teams[team] = replace(self._teams[team], supervisor_title=title)
        return True

    async def add_member(self, pseudonym: str, team: int, role: Role, today: date) -> None:
        self._known(pseudonym)
        if team not in self._teams:
            raise KeyError("unknown worker or team")
        if role is Role.WORKER:
            self._members = {m for m in self._members if (m[0], m[2]) != (pseudonym, role)}
        self._members.add((pseudonym, team, role))
        self._joined[(pseudonym, team, role)] = today

    async def memberships(self, pseudonym: str) -> list[Membership]:
        return sorted((Membership(t, r) for p, t, r in self._members if p == pseudonym),
                      key=lambda m: (m.team, m.role.value))  # fmt: skip

    async def members(self, team: int, role: Role) -> list[str]:
        return sorted(p for p, t, r in self._members if t == team and r is role)

    async def remove_member(self, pseudonym: str, team: int, role: Role) -> bool:
        found = (pseudonym, team, role) in self._members
        self._members.discard((pseudonym, team, role))
        return found

    async def add_pending(self, pseudonym: str, team: int, today: date) -> None:
        self._known(pseudonym)
        if team not in self._teams:
            raise KeyError("unknown worker or team")
        self._pending.setdefault((pseudonym, team), today)

    async def pending(self, team: int) -> list[str]:
        waiting = [(day, p) for (p, t), day in self._pending.items() if t == team]
        return [p for _, p in sorted(waiting)]

    async def take_pending(self, pseudonym: str, team: int) -> bool:
        return self._pending.pop((pseudonym, team), None) is not None

    async def allow_creator(self, pseudonym: str, today: date) -> None:
        self._creators.setdefault(pseudonym, today)

    async def disallow_creator(self, pseudonym: str) -> bool:
        return self._creators.pop(pseudonym, None) is not None

    async def creators(self) -> int:
        return len(self._creators)

    async def may_create(self, pseudonym: str) -> bool:
        return not self._creators or pseudonym in self._creators

    async def add_followup(self, followup: FollowUp) -> None:
        if followup.passed_to not in FOLLOW_UP_TARGETS:
            raise ValueError(f"unknown follow-up target {followup.passed_to!r}")
        self._followups.append(followup)

    async def followups(self, team: int, start: date, end: date) -> list[FollowUp]:
        found = [f for f in self._followups if f.team == team and start <= f.day < end]
        return sorted(found, key=lambda f: f.day)  # stable: as recorded within a day

    def worker_team(self, pseudonym: str) -> int | None:
        return next((t for p, t, r in self._members if p == pseudonym and r is Role.WORKER), None)

    async def add_invite(self, code_hash: str, team: int, role: Role,
                         expires_at: datetime) -> None:  # fmt: skip
        self._invites[code_hash] = Invite(team, role, expires_at.replace(microsecond=0), False)

    async def find_invite(self, code_hash: str) -> Invite | None:
        return self._invites.get(code_hash)

    async def revoke_invites(self, team: int) -> int:
        open_ = [h for h, i in self._invites.items() if i.team == team and not i.revoked]
        for code_hash in open_:
            invite = self._invites[code_hash]
            self._invites[code_hash] = Invite(invite.team, invite.role, invite.expires_at, True)
        return len(open_)

    async def record_invite_failure(self, pseudonym: str, at: datetime) -> None:
        self._failures.append((pseudonym, at))

    async def invite_failures_since(self, pseudonym: str, since: datetime) -> int:
        return sum(1 for p, at in self._failures if p == pseudonym and at >= since)

    async def audit(self, row: AuditRow) -> None:
        self._audit.append(row)

    async def audit_log(self, limit: int = 100) -> list[AuditRow]:
        return list(reversed(self._audit))[:limit]

    def active_in_teams(self, pseudonym: str, since: date) -> bool:
        """Joined a team or did an audited action since a day (for purging the inactive)."""
        joined = any(p == pseudonym and self._joined.get((p, t, r), date.min) >= since
                     for p, t, r in self._members)  # fmt: skip
        return joined or any(a.actor == pseudonym and a.at.date() >= since for a in self._audit)

    def rekey_teams(self, old: str, new: str) -> None:
        """A re-keyed worker keeps their teams, as `rekey` does in SQLite."""
        self._members = {(new if p == old else p, t, r) for p, t, r in self._members}
        self._pending = {(new if p == old else p, t): d for (p, t), d in self._pending.items()}
        self._creators = {(new if p == old else p): d for p, d in self._creators.items()}
        self._joined = {(new if p == old else p, t, r): d for (p, t, r), d in self._joined.items()}
        self._failures = [(new if p == old else p, at) for p, at in self._failures]
        self._audit = [replace(a, actor=new) if a.actor == old else a for a in self._audit]

    def forget_teams(self, pseudonym: str) -> dict[str, int]:
        self._creators.pop(pseudonym, None)
        waiting = [key for key in self._pending if key[0] == pseudonym]
        for key in waiting:
            del self._pending[key]
        members = {m for m in self._members if m[0] == pseudonym}
        failures = [f for f in self._failures if f[0] == pseudonym]
        mark = "erased:" + secrets.token_hex(16)
        kept = sum(1 for a in self._audit if a.actor == pseudonym and a.role in KEPT_ROLES)
        self._audit = [replace(a, actor=mark) if a.actor == pseudonym and a.role in KEPT_ROLES
                       else a for a in self._audit]  # fmt: skip
        audit = [a for a in self._audit if a.actor == pseudonym]
        self._members -= members
        self._failures = [f for f in self._failures if f[0] != pseudonym]
        self._audit = [a for a in self._audit if a.actor != pseudonym]
        return {"memberships": len(members), "pending_supervisors": len(waiting),
                "invite_failures": len(failures), "audit": len(audit),
                "kept:audit": kept}  # fmt: skip
