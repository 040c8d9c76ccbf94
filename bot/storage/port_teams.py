"""The storage port for teams: memberships, invites, the audit trail."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from bot.storage.port import StoredEntry
from bot.teams.model import AuditRow, Invite, Membership, PairTally, Role, Tally, Team


class TeamStore(Protocol):
    async def create_team(self, name: str, lang: str, today: date) -> Team: ...

    async def get_team(self, team: int) -> Team | None: ...

    async def teams(self) -> list[Team]: ...

    async def add_member(self, pseudonym: str, team: int, role: Role, today: date) -> None:
        """Join a team; a worker's earlier worker membership ends (one team at a time)."""
        ...

    async def memberships(self, pseudonym: str) -> list[Membership]: ...

    async def members(self, team: int, role: Role) -> list[str]: ...

    async def add_invite(
        self, code_hash: str, team: int, role: Role, expires_at: datetime
    ) -> None: ...

    async def find_invite(self, code_hash: str) -> Invite | None: ...

    async def revoke_invites(self, team: int) -> int:
        """Revoke every open invite of a team; returns how many."""
        ...

    async def record_invite_failure(self, pseudonym: str, at: datetime) -> None: ...

    async def invite_failures_since(self, pseudonym: str, since: datetime) -> int: ...

    async def tally(
        self, team: int, start: date, end: date, field: str, mode: str = "value"
    ) -> list[Tally]:
        """Entries and distinct workers for a team's days start..end-1, per value of one
        answer (mode "value"), per option of a multi answer ("multi"), per signal
        ("signals"), answered versus not ("answered": text stays out of any cell), or all
        entries together ("total", one row named "all")."""
        ...

    async def tally_pairs(
        self, team: int, start: date, end: date, first: str, second: str
    ) -> list[PairTally]:
        """Per (first, second) answer pair, for matrices such as role taken x needed."""
        ...

    async def shared_entries(
        self, team: int, start: date, end: date, after: int = 0, limit: int = 1000
    ) -> list[StoredEntry]:
        """A page of the team's entries its workers chose to share, by id after `after`."""
        ...

    async def audit(self, row: AuditRow) -> None: ...

    async def audit_log(self, limit: int = 100) -> list[AuditRow]:
        """Newest first."""
        ...
