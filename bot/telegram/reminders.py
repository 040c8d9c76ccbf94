"""Reminders kept in SQLite, so they survive restarts: one nudge for a reflection left
unfinished, the weekly check-in a worker switched on with /remind, and the one reminder of
a repair marked "not yet" that the worker asked for (held back in the quiet hours)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, date, datetime, timedelta

from telegram import Bot

from bot.app import App
from bot.dialogue.replies import Text
from bot.privacy.retention import Retention
from bot.repair_reminders import RepairReminders
from bot.telegram import texts
from bot.telegram.coach_notices import notify_coaches
from bot.telegram.gateway import Gateway, Unreachable
from bot.telegram.repair_offer import REMINDER as REPAIR_REMINDER
from bot.telegram.views import View

log = logging.getLogger("bot.telegram.reminders")
WEEK = timedelta(days=7)


class Reminders:
    def __init__(self, app: App, bot: Bot, nudge_after: timedelta) -> None:
        self._app, self._gateway, self._nudge_after = app, Gateway(bot), nudge_after
        self._retention = Retention(app.settings.retention_months)
        self._purged_on: date | None = None
        self._repair = RepairReminders(app.settings.repair_reminder_days,
                                       app.settings.quiet_hours)  # fmt: skip

    async def run_once(self, now: datetime | None = None) -> int:
        """Send every reminder that is due; returns how many were sent."""
        now = now or datetime.now(UTC)
        store, sent = self._app.store, 0
        if self._purged_on != now.date():
            removed = await self._retention.purge(store, now)
            self._purged_on = now.date()
            log.info("daily purge: %(entries)d entries, %(sessions)d reflections", removed)
        for pseudonym in await store.due_nudges(now - self._nudge_after):
            if await self._send(pseudonym, texts.NUDGE):
                sent += 1
            await store.mark_nudged(pseudonym)
        for pseudonym in await store.due_weekly(now):
            if await self._send(pseudonym, texts.WEEKLY):
                sent += 1
            await store.set_weekly(pseudonym, now + WEEK)
        if not self._repair.silent_at(now):
            for pseudonym in await store.due_repair_reminders(now):
                await store.set_repair_reminder(pseudonym, None)  # tried: never twice
                sent += await self._send(pseudonym, REPAIR_REMINDER)
        sent += await notify_coaches(self._app, self._gateway, now)
        return sent

    async def _send(self, pseudonym: str, msgid: str) -> bool:
        store = self._app.store
        worker, link = await store.get_worker(pseudonym), await store.chat_of(pseudonym)
        if worker is None or link is None:
            return False
        text = self._app.translator.render(worker.lang, Text(msgid))
        try:
            return await self._gateway.send(link.chat_id, View(text)) is not None
        except Unreachable:
            await store.set_active(pseudonym, False)
            return False

    async def loop(self, every: float) -> None:
        """Check for due reminders until cancelled; one failure never stops the loop, but
        a failure met while the bot stops does not outlive the stop: a cancellation that
        some library turned into another error still ends the loop."""
        while True:
            try:
                await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.error("reminder round failed: %s", type(exc).__name__)
                task = asyncio.current_task()
                if task is not None and task.cancelling():
                    raise asyncio.CancelledError from None
            await asyncio.sleep(every)
