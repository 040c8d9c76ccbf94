"""A repair marked "not yet" gets one reminder if the worker wants it: offered right after
the saved reflection, set or stopped by a button or /remind, sent by the reminder round.
Every figure the offer names comes from `RepairReminders`, which the round obeys too."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.dialogue.replies import Text, counted
from bot.msgid import N_, Np_
from bot.repair_reminders import RepairReminders
from bot.telegram.base import Base, Context, Who
from bot.telegram.callback_data import MenuAction

OFFER = Np_(
    "You will come back to the repair. Shall I remind you of it in {count} day? I would "
    "send you one message then, never between {quiet}; until then /remind can stop it.",
    "You will come back to the repair. Shall I remind you of it in {count} days? I would "
    "send you one message then, never between {quiet}; until then /remind can stop it.",
)
YES = Np_("Yes, remind me in {count} day", "Yes, remind me in {count} days")
NO = N_("No reminder")
SET = N_("I will remind you of the repair on {day}, once. /remind can stop it.")
PENDING = N_("You asked me to remind you of a repair on {day}.")
STOP = N_("Stop the repair reminder")
STOPPED = N_("I will not remind you of the repair.")
REMINDER = N_(
    "The reminder you asked for: a few days ago you planned to come back to a second blow "
    "with the person (repair). Talking about it later still helps. This was the only "
    "reminder about it."
)


def reminders_of(bot: Base) -> RepairReminders:
    settings = bot.app.settings
    return RepairReminders(settings.repair_reminder_days, settings.quiet_hours)


async def offer_repair_reminder(bot: Base, context: Context, who: Who) -> None:
    plan = reminders_of(bot)
    body = [counted(OFFER, plan.days, {"quiet": plan.quiet_span})]
    buttons = [[(counted(YES, plan.days), MenuAction("repair", "on"))],
               [(Text(NO), MenuAction("repair", "no"))]]  # fmt: skip
    await bot.send(context, who, bot.views(who, body, buttons), remember=True)


async def pending_lines(bot: Base, who: Who) -> tuple[list[Text], list[tuple[Text, MenuAction]]]:
    """For /remind: the pending repair reminder and its stop button, if there is one."""
    due = await bot.store.repair_reminder(who.pseudonym)
    if due is None:
        return [], []
    day = bot.app.translator.day(who.lang, due.astimezone().date())
    return [Text(PENDING, {"day": day})], [(Text(STOP), MenuAction("repair", "off"))]


async def answer_repair(bot: Base, context: Context, who: Who, choice: str) -> None:
    """ "on" sets the reminder (anew: one per worker); "no" and "off" leave none."""
    if not who.consented:
        return
    if choice == "on":
        due = reminders_of(bot).due(datetime.now(UTC))
        await bot.store.set_repair_reminder(who.pseudonym, due)
        day = bot.app.translator.day(who.lang, due.date())
        await _answered(bot, context, who, Text(SET, {"day": day}))
        return
    await bot.store.set_repair_reminder(who.pseudonym, None)
    await _answered(bot, context, who, Text(STOPPED))


async def _answered(bot: Base, context: Context, who: Who, answer: Text) -> None:
    """The answer replaces the offer (or /remind's question), its buttons gone; remembered
    for the clean-up and /forget, as it names the repair."""
    await bot.answer_in_place(context, who, bot.views(who, [answer]), remember=True)
