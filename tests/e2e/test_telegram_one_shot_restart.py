"""Questions asked once (#14), the leftovers: /language answers once, and what the chat
state remembers survives a restart: a second press queued while the bot restarted is
closed (its question still carried the buttons when it was pressed), and the one-time
note "I removed your message" is not shown again. Real Application, strict fake Bot API,
SQLite, the same data directory before and after the restart."""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.telegram_harness import Harness, consented, only_a_toast_and_buttons_off
from tests.e2e.test_telegram_one_shot import data_of
from tests.e2e.test_telegram_window import PLAIN, REMOVED, to_typed_question

ANN = {"id": 701, "is_bot": False, "first_name": "Worker", "language_code": "nl"}
STRANGER = {"id": 733, "is_bot": False, "first_name": "Stranger", "language_code": "nl"}
CLOSED = {"nl": "Die vraag is afgesloten.", "fr": "Cette question est close."}
FRENCH, ENGLISH = "Désormais je parle français.", "From now on I speak English."


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async with consented(tmp_path, ANN) as harness:
        yield harness


async def press_again(bot: Harness, message_id: int, data: str) -> Counter[str]:
    """A press on the old keyboard; the Bot API calls it cost, by method."""
    start = len(bot.api.calls)
    await bot.feed(bot.api.press_data(ANN, message_id, data))
    return Counter(method for method, _ in bot.api.calls[start:])


async def lang_of(bot: Harness) -> str:
    pseudonym = await bot.app.reflections.worker(f"tg:{ANN['id']}", "nl")
    worker = await bot.app.store.get_worker(pseudonym)
    assert worker is not None
    return worker.lang


async def weekly_on(bot: Harness) -> bool:
    pseudonym = await bot.app.reflections.worker(f"tg:{ANN['id']}", "nl")
    worker = await bot.app.store.get_worker(pseudonym)
    assert worker is not None
    return worker.weekly_next_at is not None


async def test_the_language_menu_answers_once_in_place(bot: Harness) -> None:
    await bot.say(ANN, "/language")
    question = copy.deepcopy(bot.question(ANN))  # as asked: the fake edits in place
    in_chat = len(bot.api.chat(ANN["id"]))
    await bot.press(ANN, "Français")
    answered = bot.api.messages[(ANN["id"], question["message_id"])]
    assert answered["text"] == FRENCH and "reply_markup" not in answered, "the answer, no keys"
    assert len(bot.api.chat(ANN["id"])) == in_chat, "edited into the question, nothing sent"
    for label in ("English", "Nederlands", "Français"):
        calls = await press_again(bot, question["message_id"], data_of(question, label))
        assert calls == Counter({"answerCallbackQuery": 1}), "a toast, nothing sent or edited"
        assert bot.toasts()[-1] == CLOSED["fr"]
    assert await lang_of(bot) == "fr", "the old keyboard changed nothing"
    assert sum(t in (FRENCH, ENGLISH) for t in bot.texts(ANN)) == 1, "said once"


async def test_two_quick_language_presses_apply_once(bot: Harness) -> None:
    """Both presses leave the phone before the first answer takes the keyboard off."""
    await bot.say(ANN, "/language")
    question = bot.question(ANN)["message_id"]
    first = copy.deepcopy(bot.api.press(ANN, question, "Français"))
    second = copy.deepcopy(bot.api.press(ANN, question, "English"))
    await bot.feed(first)
    in_chat = len(bot.api.chat(ANN["id"]))
    await bot.feed(second)
    assert bot.toasts()[-1] == CLOSED["fr"]
    assert await lang_of(bot) == "fr" and ENGLISH not in bot.texts(ANN)
    assert len(bot.api.chat(ANN["id"])) == in_chat


async def test_the_language_chosen_before_consent_becomes_the_consent_question(
    bot: Harness,
) -> None:
    """Someone not yet a worker: the consent question, in their language, replaces the
    language question; the old keyboard is closed (remembered in this process: there is
    no row to keep it in before consent, nor their language: the toast is in Dutch)."""
    await bot.say(STRANGER, "/language")
    question = copy.deepcopy(bot.question(STRANGER))
    await bot.press(STRANGER, "Français")
    answered = bot.api.messages[(STRANGER["id"], question["message_id"])]
    assert "reply_markup" in answered and answered["text"] != question["text"]
    assert len([m for m in bot.texts(STRANGER) if m]) == 1, "one message: the question"
    start = len(bot.api.calls)
    await bot.feed(bot.api.press_data(STRANGER, question["message_id"],
                                      data_of(question, "English")))  # fmt: skip
    assert only_a_toast_and_buttons_off(bot.api.calls[start:])
    assert bot.toasts()[-1] == CLOSED["nl"]
    assert answered["text"].startswith("Bonjour."), "the consent question, in French"


async def test_a_second_press_queued_across_a_restart_is_closed(bot: Harness) -> None:
    """The second press was sent before the first one's answer took the keyboard off, and
    reaches a restarted bot: the closed question is remembered in the chat state."""
    await bot.say(ANN, "/remind")
    question = bot.question(ANN)["message_id"]
    first = copy.deepcopy(bot.api.press(ANN, question, "Wekelijks moment aan"))
    second = copy.deepcopy(bot.api.press(ANN, question, "Geen wekelijks moment"))
    await bot.feed(first)
    assert await weekly_on(bot)
    await bot.restart()
    in_chat, start = len(bot.api.chat(ANN["id"])), len(bot.api.calls)
    await bot.feed(second)
    assert only_a_toast_and_buttons_off(bot.api.calls[start:])
    assert bot.toasts()[-1] == CLOSED["nl"]
    assert await weekly_on(bot), "the second press changed nothing"
    assert len(bot.api.chat(ANN["id"])) == in_chat


async def test_a_language_press_queued_across_a_restart_is_closed(bot: Harness) -> None:
    await bot.say(ANN, "/language")
    question = bot.question(ANN)["message_id"]
    first = copy.deepcopy(bot.api.press(ANN, question, "Français"))
    second = copy.deepcopy(bot.api.press(ANN, question, "English"))
    await bot.feed(first)
    await bot.restart()
    await bot.feed(second)
    assert bot.toasts()[-1] == CLOSED["fr"]
    assert await lang_of(bot) == "fr" and ENGLISH not in bot.texts(ANN)


async def test_a_forget_confirmation_queued_across_a_restart_claims_nothing(
    bot: Harness,
) -> None:
    """After the erasure nothing of the worker is left, not even the closed question: a
    second "yes" or a "no" is closed, and the receipt is not overwritten."""
    await bot.say(ANN, "/forget")
    question = bot.question(ANN)["message_id"]
    first = copy.deepcopy(bot.api.press(ANN, question, "Ja, alles wissen"))
    again = [copy.deepcopy(bot.api.press(ANN, question, label))
             for label in ("Ja, alles wissen", "Nee, bewaren")]  # fmt: skip
    await bot.feed(first)
    receipt = bot.api.messages[(ANN["id"], question)]["text"]
    await bot.restart()
    for update in again:
        start = len(bot.api.calls)
        await bot.feed(update)
        assert only_a_toast_and_buttons_off(bot.api.calls[start:])
        assert bot.toasts()[-1] == CLOSED["nl"]
    assert bot.api.messages[(ANN["id"], question)]["text"] == receipt


async def test_the_removal_note_is_not_repeated_after_a_restart(bot: Harness) -> None:
    await to_typed_question(bot)
    await bot.say(ANN, PLAIN)
    assert bot.question(ANN)["text"].endswith(REMOVED), "said the first time"
    await bot.restart()
    for _ in range(40):
        await bot.answer(ANN)
        if "Typ je antwoord" in bot.question(ANN)["text"]:
            break
    await bot.say(ANN, "Ik vroeg wat zij zelf wilde.")
    assert not bot.worker_messages(ANN)[1:], "the typed answer was removed"
    assert REMOVED not in bot.question(ANN)["text"], "not said again after the restart"


async def test_the_removal_note_is_said_again_after_forget(bot: Harness) -> None:
    """/forget drops the chat's flag with everything else: a new start is a new chat."""
    await to_typed_question(bot)
    await bot.say(ANN, PLAIN)
    await bot.say(ANN, "/forget")
    await bot.press(ANN, "Ja, alles wissen")
    await bot.consent(ANN)
    await to_typed_question(bot)
    await bot.say(ANN, PLAIN)
    assert bot.question(ANN)["text"].endswith(REMOVED)
