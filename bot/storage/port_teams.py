"""The storage port for teams: memberships, invites, the audit trail."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    from bot.storage.port import StoredEntry
from bot.teams.model import AuditRow, FollowUp, Invite, Membership, Role, Tally, Team


class ExportRow(NamedTuple):
    """A shared entry as exports read it: answers as decoded JSON (a multi answer may be
    a list or a tuple), no conversion a table of columns does not need."""

    id: int
    day: str
    """ISO date."""
    version: int
    answers: Mapping[str, object]
    signals: Sequence[str]


class TeamStore(Protocol):
    async def create_team(self, name: str, lang: str, today: date) -> Team: ...

    async def get_team(self, team: int) -> Team | None: ...

    async def teams(self) -> list[Team]: ...

    async def set_supervisor_title(self, team: int, title: str) -> bool:
        """What the team calls its supervisors ("" for the default); False: no such team."""
        ...

    async def add_member(self, pseudonym: str, team: int, role: Role, today: date) -> None:
        """Join a team; a worker's earlier worker membership ends (one team at a time)."""
        ...

    async def memberships(self, pseudonym: str) -> list[Membership]: ...

    async def members(self, team: int, role: Role) -> list[str]: ...

    async def remove_member(self, pseudonym: str, team: int, role: Role) -> bool:
        """End one membership (someone left the team); False when there was none. Their
        entries stay as they are: membership never linked to them."""
        ...

    async def add_pending(self, pseudonym: str, team: int, today: date) -> None:
        """Someone asks to be a co-supervisor of `team`; they wait for an approval."""
        ...

    async def pending(self, team: int) -> list[str]:
        """Who waits for a supervisor's approval in `team`."""
        ...

    async def take_pending(self, pseudonym: str, team: int) -> bool:
        """End a wait (approved or refused); False when there was none."""
        ...

    async def allow_creator(self, pseudonym: str, today: date) -> None:
        """Put someone on the list of who may create teams."""
        ...

    async def disallow_creator(self, pseudonym: str) -> bool:
        """Take someone off the list; False when they were not on it."""
        ...

    async def creators(self) -> int:
        """How many people are on the list (0: everyone may create teams)."""
        ...

    async def may_create(self, pseudonym: str) -> bool:
        """True while the list is empty, else only for someone on it."""
        ...

    async def bring_case(self, pseudonym: str, entry_id: int) -> bool:
        """Mark one's own shared entry "I bring this to supervision" (flag `brought`);
        False when it is not theirs or not shared."""
        ...

    async def set_case_question(self, pseudonym: str, question: str) -> StoredEntry | None:
        """Keep the question for the group (answer `case_question`) with the newest entry
        this worker brought without one; None when there is none."""
        ...

    async def add_followup(self, followup: FollowUp) -> None:
        """Record that a structural signal was passed on (ValueError for another target)."""
        ...

    async def followups(self, team: int, start: date, end: date) -> list[FollowUp]:
        """The team's follow-ups on days start..end-1, by day then as recorded."""
        ...

    async def add_invite(
        self, code_hash: str, team: int, role: Role, expires_at: datetime
    ) -> None: ...

    async def find_invite(self, code_hash: str) -> Invite | None: ...

    async def revoke_invites(self, team: int) -> int:
        """Revoke every open invite of a team; returns how many."""
        ...

    async def record_invite_failure(self, pseudonym: str, at: datetime) -> None: ...

    async def invite_failures_since(self, pseudonym: str, since: datetime) -> int: ...

    async def rebuild_summaries(self) -> None:
        """Recount every pre-computed summary cell from the entries (`reflectbot db
        rebuild-summaries`; also done on opening when the summary definition changed)."""
        ...

    async def cell_tallies(self, team: int, start: date, end: date) -> dict[str, list[Tally]]:
        """Entries and distinct workers per cell (`bot.teams.cells`) for a team's days
        start..end-1, by field; the field `cells.TOTAL` holds one cell, "all"."""
        ...

    async def shared_entries(
        self, team: int, start: date, end: date, after: int = 0, limit: int = 1000
    ) -> list[StoredEntry]:
        """A page of the team's entries its workers chose to share, by id after `after`."""
        ...

    async def shared_rows(
        self, team: int, start: date, end: date, after: int = 0, limit: int = 1000
    ) -> list[ExportRow]:
        """`shared_entries` for tabular exports: the same entries, lighter rows."""
        ...

    async def audit(self, row: AuditRow) -> None: ...

    async def audit_log(self, limit: int = 100) -> list[AuditRow]:
        """Newest first."""
        ...
