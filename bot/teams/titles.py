"""What a team calls its supervisors (#13): "supervisors" by default, a team's own word
(for example "leidinggevenden") when its supervisor or the operator sets one. The title
is short free text, scrubbed like a team name, on one line; "" restores the default.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from bot.storage.port import Store
from bot.teams.guard import Guard
from bot.teams.model import Role, Team
from bot.teams.policy import Action
from bot.teams.service import OPERATOR

TITLE_MAX = 40
"""Characters kept: a word or two, as it reads in a sentence to a worker."""


def clean_title(text: str, lang: str, scrub: Callable[[str, str], str]) -> str:
    """One line, no surrounding space, scrubbed, at most TITLE_MAX characters."""
    one_line = " ".join(text.split())
    return scrub(one_line, lang)[:TITLE_MAX].strip()


class Titles:
    def __init__(self, store: Store, scrub: Callable[[str, str], str],
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:  # fmt: skip
        self._store, self._scrub, self._guard = store, scrub, Guard(store, now)

    async def set(self, actor: str, team_id: int | None, text: str) -> Team | None:
        """A supervisor of the team sets its title; None when refused (audited)."""
        if not await self._guard.permit(actor, team_id, Action.TITLE) or team_id is None:
            return None
        team = await self._write(team_id, text)
        if team is not None:
            await self._guard.record(actor, Role.SUPERVISOR.value, "team.title", team_id)
        return team

    async def set_as_operator(self, team_id: int, text: str) -> Team | None:
        """The command line's title; None when there is no such team."""
        team = await self._write(team_id, text)
        if team is not None:
            await self._guard.record(OPERATOR, OPERATOR, "team.title", team_id)
        return team

    async def _write(self, team_id: int, text: str) -> Team | None:
        team = await self._store.get_team(team_id)
        if team is None:
            return None
        title = clean_title(text, team.lang, self._scrub)
        await self._store.set_supervisor_title(team_id, title)
        return await self._store.get_team(team_id)
