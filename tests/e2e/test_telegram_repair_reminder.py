"""A repair marked "not yet" is offered one reminder after N days; the offer names exactly
what then happens (the days, the quiet hours, /remind to stop it), and it happens: one
message, not in the quiet hours, never twice, and none once stopped. Time is moved by
the test (the reminder round takes the moment), never slept."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.repair_reminders import quiet
from bot.telegram.reminders import Reminders
from tests.e2e.telegram_harness import Harness

ANN = {"id": 611, "is_bot": False, "first_name": "Worker", "language_code": "nl"}
REPAIR_MODULE = "Herstel na een tweede klap (2 minuten)"
LATER, REPAIRED = "Nog niet, ik kom erop terug", "Ja, ik heb het besproken of rechtgezet"
YES, NO = "Ja, herinner me over 5 dagen", "Geen herinnering"
REMINDED = "De herinnering die je vroeg"


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = Harness(tmp_path)
    harness.settings = replace(harness.settings, repair_reminder_days=5, quiet_hours=(21, 8))
    await harness.start()
    yield harness
    await harness.stop()


async def reflect_with_repair(bot: Harness, repair: str) -> None:
    """A reflection that opens the repair module on the review and answers `repair`."""
    saved = sum(t.startswith("Bewaard") for t in bot.texts(ANN))
    await bot.say(ANN, "/reflect")
    opened = False
    for _ in range(120):
        if sum(t.startswith("Bewaard") for t in bot.texts(ANN)) > saved:
            return
        labels = bot.api.buttons(bot.question(ANN))
        if not opened and REPAIR_MODULE in labels:
            opened = True
            await bot.press(ANN, REPAIR_MODULE)
        elif repair in labels:
            await bot.press(ANN, repair)
        else:
            await bot.answer(ANN)
    raise AssertionError("the reflection did not end")


def round_of(bot: Harness) -> Reminders:
    return Reminders(bot.app, bot.application.bot, timedelta(hours=3))


async def test_not_yet_gets_one_reminder_after_the_days_it_promised(bot: Harness) -> None:
    await bot.consent(ANN)
    await reflect_with_repair(bot, LATER)
    offer = bot.question(ANN)
    assert "over 5 dagen" in offer["text"] and "21:00–08:00" in offer["text"]
    assert "/remind" in offer["text"]
    assert bot.api.buttons(offer) == [YES, NO]
    asked_at = datetime.now(UTC).replace(microsecond=0)
    await bot.press(ANN, YES)
    pseudonym = await bot.app.reflections.worker(f"tg:{ANN['id']}", "nl")
    due = await bot.app.store.repair_reminder(pseudonym)
    assert due is not None
    assert timedelta(days=5) <= due - asked_at <= timedelta(days=5, hours=12)
    assert not quiet(due.astimezone().hour, (21, 8)), "told the day it is really sent"
    day = bot.app.translator.day("nl", due.astimezone().date())
    assert f"op {day} één keer" in bot.texts(ANN)[-1]
    reminders = round_of(bot)
    assert await reminders.run_once(due - timedelta(minutes=1)) == 0
    assert await reminders.run_once(due) == 1
    assert bot.texts(ANN)[-1].startswith(REMINDED)
    assert await reminders.run_once(due + timedelta(days=1)) == 0, "one message, never two"
    await bot.restart()
    assert await round_of(bot).run_once(due + timedelta(days=2)) == 0, "once, across restarts"


async def test_the_reminder_waits_for_the_quiet_hours_to_end(bot: Harness) -> None:
    await bot.consent(ANN)
    pseudonym = await bot.app.reflections.worker(f"tg:{ANN['id']}", "nl")
    tomorrow = datetime.now().astimezone() + timedelta(days=1)
    night = tomorrow.replace(hour=23, minute=0, second=0, microsecond=0)
    await bot.app.store.set_repair_reminder(pseudonym, night)
    reminders = round_of(bot)
    assert await reminders.run_once(night) == 0
    assert await reminders.run_once(night + timedelta(hours=8, minutes=59)) == 0, "07:59"
    assert await reminders.run_once(night + timedelta(hours=9)) == 1, "08:00"
    assert bot.texts(ANN)[-1].startswith(REMINDED)


async def test_remind_shows_the_pending_reminder_and_stops_it(bot: Harness) -> None:
    await bot.consent(ANN)
    await reflect_with_repair(bot, LATER)
    await bot.press(ANN, YES)
    pseudonym = await bot.app.reflections.worker(f"tg:{ANN['id']}", "nl")
    due = await bot.app.store.repair_reminder(pseudonym)
    assert due is not None
    await bot.say(ANN, "/remind")
    day = bot.app.translator.day("nl", due.astimezone().date())
    assert "herinneren aan een herstel" in bot.texts(ANN)[-1] and day in bot.texts(ANN)[-1]
    await bot.press(ANN, "Herinnering aan herstel stoppen")
    assert bot.texts(ANN)[-1] == "Ik herinner je niet aan het herstel."
    assert await bot.app.store.repair_reminder(pseudonym) is None
    assert await round_of(bot).run_once(due + timedelta(days=1)) == 0
    await bot.say(ANN, "/remind")
    assert "herstel" not in bot.texts(ANN)[-1], "nothing pending: nothing said"


async def test_no_reminder_is_offered_for_a_done_repair_and_none_is_kept_on_no(
    bot: Harness,
) -> None:
    await bot.consent(ANN)
    await reflect_with_repair(bot, REPAIRED)
    assert not any(YES in bot.api.buttons(m) for m in bot.api.chat(ANN["id"]))
    await reflect_with_repair(bot, LATER)
    await bot.press(ANN, NO)
    pseudonym = await bot.app.reflections.worker(f"tg:{ANN['id']}", "nl")
    assert await bot.app.store.repair_reminder(pseudonym) is None
    assert await round_of(bot).run_once(datetime.now(UTC) + timedelta(days=9)) == 0


async def test_forget_deletes_the_repair_offer_and_its_answer(bot: Harness) -> None:
    """The offer names the repair with the person: /forget removes it from the chat too."""
    await bot.consent(ANN)
    await reflect_with_repair(bot, LATER)
    offer = bot.question(ANN)["message_id"]
    await bot.press(ANN, YES)
    answered = bot.api.last(ANN["id"])["message_id"]
    await bot.say(ANN, "/forget")
    await bot.press(ANN, "Ja, alles wissen")
    left = {m["message_id"] for m in bot.api.chat(ANN["id"])}
    assert offer not in left and answered not in left
