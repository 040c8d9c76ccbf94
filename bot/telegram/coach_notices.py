"""Coaches hear when questions wait for them: one short notice a day at most, never in the
quiet hours (`REFLECTBOT_QUIET_HOURS`, the server's local time), only while a question
they have not skipped is open. Called by the reminder round."""

from __future__ import annotations

from datetime import datetime

from bot.app import App
from bot.dialogue.replies import Text
from bot.msgid import N_
from bot.repair_reminders import quiet
from bot.teams.model import Role
from bot.telegram.gateway import Gateway, Unreachable
from bot.telegram.views import View

NOTICE = N_("Questions wait for a coach's view in {teams}. /prompts shows them; you answer "
            "or skip each one.")  # fmt: skip


async def notify_coaches(app: App, gateway: Gateway, now: datetime) -> int:
    """Send the day's notices that are due; returns how many went out."""
    local = now.astimezone()
    if quiet(local.hour, app.settings.quiet_hours):
        return 0
    store, today = app.store, local.date()
    waiting: dict[str, list[str]] = {}
    for team in await store.teams():
        for coach in await store.members(team.id, Role.COACH):
            if await store.coach_noticed(coach) == today:
                continue
            if await store.next_prompt([team.id], coach) is not None:
                waiting.setdefault(coach, []).append(team.name)
    sent = 0
    for coach, names in waiting.items():
        worker, link = await store.lookup(coach)
        if worker is None or link is None:
            continue
        teams = ", ".join(f"“{name}”" for name in names)
        text = app.translator.render(worker.lang, Text(NOTICE, {"teams": teams}))
        try:
            delivered = await gateway.send(link.chat_id, View(text)) is not None
        except Unreachable:
            await store.set_active(coach, False)
            delivered = False
        await store.set_coach_noticed(coach, today)  # tried today: never twice a day
        sent += delivered
    return sent
