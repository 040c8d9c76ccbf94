"""Questions asked once (#14), through the real Application and the strict fake Bot API:
the repair reminder offer, /remind, /forget's confirmation and the clean-up offer lose
their buttons when answered, and a second press on the old keyboard (after the answer, or
two quick presses sent before it) gets "That question is closed" as a toast and changes
nothing: one reminder, the same day, no new message."""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.telegram_harness import Harness
from tests.e2e.test_telegram_repair_reminder import (
    ANN,
    LATER,
    NO,
    YES,
    reflect_with_repair,
    round_of,
)
from tests.e2e.test_telegram_window import reflect_leaving_a_sticker

CLOSED = "Die vraag is afgesloten."
SET = "Ik herinner je op "


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = Harness(tmp_path)
    harness.settings = replace(harness.settings, repair_reminder_days=5, quiet_hours=(21, 8))
    await harness.start()
    await harness.consent(ANN)
    yield harness
    await harness.stop()


def data_of(message: dict[str, Any], label: str) -> str:
    """The callback data of a button, kept to press it again once the keyboard is gone."""
    buttons = [b for row in message["reply_markup"]["inline_keyboard"] for b in row]
    return str(next(b["callback_data"] for b in buttons if b["text"] == label))


async def press_again(bot: Harness, message_id: int, data: str) -> Counter[str]:
    """A press on the old keyboard; the Bot API calls it cost, by method."""
    start = len(bot.api.calls)
    await bot.feed(bot.api.press_data(ANN, message_id, data))
    return Counter(method for method, _ in bot.api.calls[start:])


async def test_the_answered_repair_offer_loses_its_buttons_and_a_second_press_is_closed(
    bot: Harness,
) -> None:
    await reflect_with_repair(bot, LATER)
    offer = copy.deepcopy(bot.question(ANN))
    yes, no = data_of(offer, YES), data_of(offer, NO)
    await bot.press(ANN, YES)
    pseudonym = await bot.app.reflections.worker(f"tg:{ANN['id']}", "nl")
    due = await bot.app.store.repair_reminder(pseudonym)
    assert due is not None
    answered = bot.api.messages[(ANN["id"], offer["message_id"])]
    assert answered["text"].startswith(SET) and "reply_markup" not in answered
    in_chat = len(bot.api.chat(ANN["id"]))
    for data in (yes, no):
        calls = await press_again(bot, offer["message_id"], data)
        assert calls == Counter({"answerCallbackQuery": 1}), "a toast, nothing sent or edited"
        assert bot.toasts()[-1] == CLOSED
    assert len(bot.api.chat(ANN["id"])) == in_chat, "no new message"
    assert await bot.app.store.repair_reminder(pseudonym) == due, "the same day, not moved"
    assert sum(t.startswith(SET) for t in bot.api.shown[ANN["id"]]) == 1
    reminders = round_of(bot)
    assert await reminders.run_once(due) == 1
    assert await reminders.run_once(due + timedelta(days=6)) == 0, "one reminder"


async def test_two_quick_presses_on_the_offer_apply_once(bot: Harness) -> None:
    """Both presses leave the phone before the first answer takes the keyboard off: the
    second still carries it, as Telegram sent it."""
    await reflect_with_repair(bot, LATER)
    offer = bot.question(ANN)["message_id"]
    first = bot.api.press(ANN, offer, YES)
    second = copy.deepcopy(bot.api.press(ANN, offer, NO))
    await bot.feed(first)
    in_chat = len(bot.api.chat(ANN["id"]))
    await bot.feed(second)
    assert bot.toasts()[-1] == CLOSED
    pseudonym = await bot.app.reflections.worker(f"tg:{ANN['id']}", "nl")
    assert await bot.app.store.repair_reminder(pseudonym) is not None, "the first press holds"
    assert len(bot.api.chat(ANN["id"])) == in_chat
    assert not any(t.startswith("Ik herinner je niet") for t in bot.api.shown[ANN["id"]])


async def test_forget_confirmed_twice_erases_and_answers_once(bot: Harness) -> None:
    await bot.say(ANN, "/forget")
    question = copy.deepcopy(bot.question(ANN))  # as asked: the fake edits in place
    yes = data_of(question, "Ja, alles wissen")
    await bot.press(ANN, "Ja, alles wissen")
    receipt = bot.api.messages[(ANN["id"], question["message_id"])]
    assert "reply_markup" not in receipt and receipt["text"] != question["text"]
    in_chat, audit = len(bot.api.chat(ANN["id"])), len(await bot.app.store.audit_log())
    calls = await press_again(bot, question["message_id"], yes)
    assert calls == Counter({"answerCallbackQuery": 1}) and bot.toasts()[-1] == CLOSED
    assert len(bot.api.chat(ANN["id"])) == in_chat
    assert len(await bot.app.store.audit_log()) == audit, "no second erasure"
    assert not any("Er werd niets gewist." in t for t in bot.api.shown[ANN["id"]])


async def test_the_clean_up_offer_answered_keeps_the_receipt_and_closes(bot: Harness) -> None:
    await reflect_leaving_a_sticker(bot, ANN)
    receipt = copy.deepcopy(bot.api.last(ANN["id"]))  # as sent: the fake edits in place
    keep = data_of(receipt, "Berichten bewaren")
    await bot.press(ANN, "Berichten bewaren")
    after = bot.api.messages[(ANN["id"], receipt["message_id"])]
    assert after["text"] == receipt["text"] and "reply_markup" not in after, "receipt kept"
    assert "Ik bewaar hun nummers 48 uur lang" in bot.texts(ANN)[-1]
    in_chat = len(bot.api.chat(ANN["id"]))
    calls = await press_again(bot, receipt["message_id"], keep)
    assert calls == Counter({"answerCallbackQuery": 1}) and bot.toasts()[-1] == CLOSED
    assert len(bot.api.chat(ANN["id"])) == in_chat


async def test_remind_answered_becomes_its_confirmation(bot: Harness) -> None:
    await bot.say(ANN, "/remind")
    question = copy.deepcopy(bot.question(ANN))
    off = data_of(question, "Geen wekelijks moment")
    await bot.press(ANN, "Wekelijks moment aan")
    pseudonym = await bot.app.reflections.worker(f"tg:{ANN['id']}", "nl")
    worker = await bot.app.store.get_worker(pseudonym)
    assert worker is not None and worker.weekly_next_at is not None
    assert "reply_markup" not in bot.api.messages[(ANN["id"], question["message_id"])]
    calls = await press_again(bot, question["message_id"], off)
    assert calls == Counter({"answerCallbackQuery": 1}) and bot.toasts()[-1] == CLOSED
    worker = await bot.app.store.get_worker(pseudonym)
    assert worker is not None and worker.weekly_next_at is not None, (
        "the old keyboard changed nothing"
    )
