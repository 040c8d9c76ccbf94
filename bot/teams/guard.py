"""Permission and audit in one place: the use cases on team data (summaries, exports,
coach prompts) ask here, so a refusal is recorded the same way whichever adapter asked.

`permit` checks the policy table and audits every refusal (a forged button, a request
for another team); `record` writes the audit row of what was done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from bot.storage.port import Store
from bot.teams.model import AuditRow
from bot.teams.policy import Action, allowed

REFUSED_ROLE = "refused"
"""The role of an audit row for a request the person had no role for."""


class Guard:
    def __init__(self, store: Store,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:  # fmt: skip
        self._store, self._now = store, now

    async def permit(self, actor: str, team: int | None, action: Action) -> bool:
        """True when the actor may do `action` in `team`; a refusal is audited."""
        if team is not None and allowed(await self._store.memberships(actor), team, action):
            return True
        await self.record(actor, REFUSED_ROLE, f"{action.value}.refused", team)
        return False

    async def record(self, actor: str, role: str, action: str, team: int | None,
                     detail: str = "") -> None:  # fmt: skip
        await self._store.audit(AuditRow(self._now(), actor, role, action, team, detail))
