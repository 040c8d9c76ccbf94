"""Reading team data as a use case: permission, the read and its audit row in one call,
so Telegram, the console and the command line cannot differ.
"""

from __future__ import annotations

from bot.reports.periods import Period
from bot.reports.summary import TeamSummary, team_summary
from bot.storage.port import Store
from bot.teams.guard import Guard
from bot.teams.model import Role
from bot.teams.policy import Action


async def read_summary(store: Store, actor: str, team_id: int | None,
                       period: Period) -> TeamSummary | None:  # fmt: skip
    """The team's summary for a supervisor of it, audited; None (audited as refused) for
    anyone else or an unknown team."""
    guard = Guard(store)
    if not await guard.permit(actor, team_id, Action.SUMMARY):
        return None
    team = await store.get_team(team_id) if team_id is not None else None
    if team is None:
        return None
    summary = await team_summary(store, team, period.start, period.end)
    await guard.record(actor, Role.SUPERVISOR.value, "summary.read", team.id, period.key)
    return summary
