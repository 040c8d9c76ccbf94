"""Exports as a use case: permission, the file and its audit row in one call, so the
Telegram /export and /report, the console and `reflectbot export`/`report` cannot differ.

A supervisor's request is checked against the policy table (a refusal is audited with
role "refused"); the operator's command line is trusted by its access to the machine and
audited as "operator". Every pack written is audited once, after it was written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from bot.dialogue.model import Dialogue
from bot.i18n import Translator
from bot.privacy.pseudonym import SecretKey
from bot.reports.html import write_report
from bot.reports.pack import case_agenda, write_pack
from bot.reports.periods import Period
from bot.reports.report_data import ReportData
from bot.storage.port import Store
from bot.teams.guard import Guard
from bot.teams.model import Role, Team
from bot.teams.policy import Action, teams_for
from bot.teams.service import OPERATOR


@dataclass(frozen=True)
class Exported:
    team: Team
    count: int
    """How many shared entries the pack holds."""


class Exports:
    def __init__(self, store: Store, translator: Translator, dialogue: Dialogue,
                 database_key: SecretKey,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:  # fmt: skip
        self._store, self._translator, self._dialogue = store, translator, dialogue
        self._key, self._guard = database_key, Guard(store, now)

    async def teams(self, actor: str) -> list[int]:
        """The teams the actor may export; none is a refused request, audited."""
        teams = teams_for(await self._store.memberships(actor), Action.EXPORT)
        if not teams:
            await self._guard.permit(actor, None, Action.EXPORT)
        return teams

    async def pack(self, actor: str, team_id: int | None, fmt: str, period: Period,
                   out: Path) -> Exported | None:  # fmt: skip
        """A supervisor's pack of their team; None (audited as refused) for anyone else."""
        if not await self._guard.permit(actor, team_id, Action.EXPORT):
            return None
        return await self._write(actor, Role.SUPERVISOR.value, team_id, fmt, period, out)

    async def pack_as_operator(self, team_id: int, fmt: str, period: Period, out: Path,
                               dialect: str | None = None) -> Exported | None:  # fmt: skip
        """The command line's export; None when there is no such team."""
        return await self._write(OPERATOR, OPERATOR, team_id, fmt, period, out, dialect)

    async def _write(self, actor: str, role: str, team_id: int | None, fmt: str,
                     period: Period, out: Path,
                     dialect: str | None = None) -> Exported | None:  # fmt: skip
        team = await self._store.get_team(team_id) if team_id is not None else None
        if team is None:
            return None
        count = await write_pack(self._store, self._translator, self._dialogue, self._key, team,
                                 period.start, period.end, fmt, out, dialect)  # fmt: skip
        detail = f"{count} shared entries, {period.start}..{period.end}"
        await self._guard.record(actor, role, f"export.{fmt}", team.id, detail)
        return Exported(team, count)

    async def agenda(self, actor: str, team_id: int | None, start: date, end: date,
                     chosen: frozenset[int], out: Path) -> Team | None:  # fmt: skip
        """A supervisor's agenda of the cases they chose (`/bring`); None (audited as
        refused) for anyone else."""
        if not await self._guard.permit(actor, team_id, Action.EXPORT):
            return None
        team = await self._store.get_team(team_id) if team_id is not None else None
        if team is None:
            return None
        await case_agenda(self._store, self._translator, self._dialogue, self._key, team,
                          start, end, chosen, out)  # fmt: skip
        await self._guard.record(actor, Role.SUPERVISOR.value, "export.md", team.id,
                                 f"{len(chosen)} cases brought, {start}..{end}")  # fmt: skip
        return team

    async def report(self, actor: str, team_id: int | None, period: Period, out: Path,
                     today: date) -> tuple[Team, ReportData] | None:  # fmt: skip
        """A supervisor's HTML team report; None (audited as refused) for anyone else."""
        if not await self._guard.permit(actor, team_id, Action.SUMMARY):
            return None
        return await self._report(actor, Role.SUPERVISOR.value, team_id, period, out, today)

    async def report_as_operator(self, team_id: int, period: Period, out: Path,
                                 today: date) -> tuple[Team, ReportData] | None:  # fmt: skip
        """The command line's report; None when there is no such team."""
        return await self._report(OPERATOR, OPERATOR, team_id, period, out, today)

    async def _report(self, actor: str, role: str, team_id: int | None, period: Period,
                      out: Path, today: date) -> tuple[Team, ReportData] | None:  # fmt: skip
        team = await self._store.get_team(team_id) if team_id is not None else None
        if team is None:
            return None
        data = await write_report(self._store, self._translator, self._dialogue, team,
                                  period.start, period.end, out, today)  # fmt: skip
        await self._guard.record(actor, role, "report.html", team.id,
                                 f"{period.start}..{period.end}")  # fmt: skip
        return team, data
