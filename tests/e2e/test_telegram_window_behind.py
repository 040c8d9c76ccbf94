"""A window left behind when Telegram failed its edit (#14, the second tester's worst
defect): the apology says the answer was kept, and a tap on the window brings it up to
date so the worker can go on; and the window's words after the 48 hours. Real
Application, strict fake Bot API, SQLite. Before the fix the apology said only "your
earlier answers are safe", and every later tap on the window got "that question is
closed" while it kept showing the old question."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.telegram.gateway import ATTEMPTS
from tests.e2e.telegram_harness import Harness, consented
from tests.e2e.test_telegram_window import to_typed_question
from tests.e2e.test_telegram_window_leftovers import LONG
from tests.fakes.telegram_api import Fault

ANN: dict[str, Any] = {"id": 705, "is_bot": False, "first_name": "Worker", "language_code": "nl"}
CLOSED = "Die vraag is afgesloten."
KEPT = ("Je antwoord is bewaard, maar ik kon je de volgende vraag nu niet tonen. "
        "Stuur /reflect: dan zie je waar je bent.")  # fmt: skip


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async with consented(tmp_path, ANN) as harness:
        yield harness


async def left_behind(bot: Harness, kind: str) -> int:
    """The first answer is committed, but every try to edit the window fails."""
    await bot.say(ANN, "/reflect")
    window = bot.question(ANN)["message_id"]
    failing = (Fault("editMessageText", status=500, times=ATTEMPTS) if kind == "500"
               else Fault("editMessageText", timeout=True, times=ATTEMPTS))  # fmt: skip
    bot.api.faults.append(failing)
    await bot.press(ANN, "Huisbezoek")
    assert not failing.times, "every try failed"
    assert bot.asked(ANN).startswith("Kern 1/9"), "the window still shows the old question"
    return window


@pytest.mark.parametrize("kind", ["500", "timeout"])
async def test_the_apology_says_the_answer_was_kept(bot: Harness, kind: str) -> None:
    await left_behind(bot, kind)
    assert bot.texts(ANN)[-1] == KEPT
    await bot.say(ANN, "/reflect")
    assert bot.asked(ANN).startswith("Kern 2/9"), "true: the next question follows"


@pytest.mark.parametrize("kind", ["500", "timeout"])
async def test_a_tap_on_the_window_left_behind_brings_it_up_to_date(
    bot: Harness, kind: str
) -> None:
    window = await left_behind(bot, kind)
    await bot.press(ANN, "Op kantoor", window)
    assert bot.toasts()[-1] == CLOSED, "the tap on the old question changed nothing"
    assert bot.question(ANN)["message_id"] == window, "edited where it stands"
    assert bot.asked(ANN).startswith("Kern 2/9"), "the current question is shown"
    await bot.press(ANN, "☐ Moe", window)
    assert "☑ Moe" in bot.api.buttons(bot.question(ANN)), "and the worker goes on"


async def test_a_window_whose_edit_is_refused_again_is_sent_anew(bot: Harness) -> None:
    window = await left_behind(bot, "500")
    bot.api.faults.append(Fault("editMessageText", status=400))
    await bot.press(ANN, "Op kantoor", window)
    assert bot.toasts()[-1] == CLOSED
    assert bot.question(ANN)["message_id"] > window, "a new window below"
    assert bot.asked(ANN).startswith("Kern 2/9")


async def test_a_second_quick_tap_still_changes_nothing(bot: Harness) -> None:
    """The window drawn in place: a tap on its old keyboard gets the toast, no edit."""
    await bot.say(ANN, "/reflect")
    window = bot.question(ANN)["message_id"]
    first = copy.deepcopy(bot.api.press(ANN, window, "Huisbezoek"))
    second = copy.deepcopy(bot.api.press(ANN, window, "Op kantoor"))
    await bot.feed(first)
    start = len(bot.api.calls)
    await bot.feed(second)
    assert [m for m, _ in bot.api.calls[start:]] == ["answerCallbackQuery"]
    assert bot.toasts()[-1] == CLOSED
    assert bot.asked(ANN).startswith("Kern 2/9")


async def test_after_48_hours_the_two_removal_sentences_say_which_message_is_which(
    bot: Harness,
) -> None:
    """The shorter answer was removed; the longer one, past 48 hours, is still there with
    what it holds. Before: "I removed your message…" beside "I could not remove your
    message…", both of "your message"."""
    await bot.say(ANN, "/reflect")
    for _ in range(40):
        if "Typ je antwoord" in bot.question(ANN)["text"]:
            break
        await bot.answer(ANN)
    update = bot.api.send_text(ANN, LONG)
    await bot.feed(update)
    bot.api.age(ANN["id"], 49, [update["message"]["message_id"]])
    await bot.say(ANN, "Ze vertelde over de huur.")
    shown = bot.question(ANN)["text"]
    assert "Ik heb je kortere bericht uit deze chat verwijderd" in shown
    assert "Je langere bericht staat nog in deze chat, met alles wat je erin typte" in shown
    assert "48 uur" in shown and "Ik kon je bericht niet" not in shown
    assert (ANN["id"], update["message"]["message_id"]) in bot.api.messages
    receipt = ""
    for _ in range(150):
        receipt = bot.texts(ANN)[-1]
        if receipt.startswith("Bewaard"):
            break
        await bot.answer(ANN)
    assert "Zal ik ze verwijderen?" not in receipt, "the longer one cannot be deleted: not offered"


async def test_a_window_too_old_to_delete_when_it_moves_stops_asking(bot: Harness) -> None:
    """Tester, eighth session: the window moved below the worker's message, Telegram refused
    to delete the old one (48 hours), and it stayed in the chat still asking its question,
    without buttons. It now says the question is closed; the new window asks below."""
    await to_typed_question(bot, ANN)
    old = bot.question(ANN)
    asked = old["text"]
    await bot.say(ANN, "/help")  # the help stays below the window: the next answer moves it
    bot.api.age(ANN["id"], 49, [old["message_id"]])
    await bot.say(ANN, "Ze vertelde over de huur.")
    left = bot.api.messages[(ANN["id"], old["message_id"])]
    assert left["text"] == CLOSED and not left.get("reply_markup"), "it asks nothing any more"
    window = bot.question(ANN)
    assert window["message_id"] > old["message_id"] and window["text"] != asked
