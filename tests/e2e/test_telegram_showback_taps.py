"""Taps on the show-back through the real Application and the fake Bot API (#12's eleventh
session): after a word and a phrase around a label, the count is the number of labels the
message shows; a stale tap (a second quick press, or one from before a restart) hides
nothing, whatever the count did. Failed before: a phrase tap counted one detail more than
the labels shown, and the count was the only sign of a stale button."""

from __future__ import annotations

import copy
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.telegram_harness import Harness, consented
from tests.e2e.test_telegram_second_presses import only_a_toast

ANN: dict[str, Any] = {"id": 1313, "is_bot": False, "first_name": "Worker", "language_code": "nl"}
TYPED = "Mevrouw Peeters koopt zorbek in; zorbek ligt klaar. Ze zijn de enige turkse familie."
WORD, PHRASE = "Verberg “zorbek”", "Verberg “de enige [herkomst] familie”"
CLOSED = "Die vraag is afgesloten."
QUOTED = re.compile(r"“(.*)”")
LABEL = re.compile(r"\[(?:naam|herkomst|verborgen)\]")


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async with consented(tmp_path, ANN) as harness:
        await harness.to_first_text_question(ANN)
        yield harness


def shown(bot: Harness) -> tuple[str, int, str]:
    """The kept text as quoted, the labels in it, and the sentence that counts them."""
    text: str = bot.question(ANN)["text"]
    kept = QUOTED.search(text)
    assert kept is not None, text
    count = next(line for line in text.splitlines() if "vervangen" in line)
    return kept.group(1), len(LABEL.findall(kept.group(1))), count


def press_data(bot: Harness, label: str) -> Any:
    """A press of `label` on the window as it is now (fed at once or after another)."""
    return copy.deepcopy(bot.api.press(ANN, bot.question(ANN)["message_id"], label))


def later(bot: Harness, press: Any) -> Any:
    """The same button pressed again later: the data the button was drawn with, in a new
    update (Telegram numbers updates in order; an older number is a duplicate)."""
    query = press["callback_query"]
    return bot.api.press_data(ANN, query["message"]["message_id"], query["data"])


async def test_a_word_then_a_phrase_then_a_stale_tap(bot: Harness) -> None:
    await bot.say(ANN, TYPED)
    text, labels, count = shown(bot)
    assert (
        text
        == "Mevrouw [naam] koopt zorbek in; zorbek ligt klaar. Ze zijn de enige [herkomst] familie."
    )
    assert (labels, count) == (2, "2 gegevens vervangen door labels tussen haakjes.")
    assert bot.api.buttons(bot.question(ANN))[:2] == [WORD, PHRASE]
    window = bot.question(ANN)["message_id"]

    first, again = press_data(bot, WORD), press_data(bot, WORD)  # two quick taps
    await bot.feed(first)
    await only_a_toast(bot, again, CLOSED)  # the second quick tap on the word
    text, labels, count = shown(bot)
    assert text == (
        "Mevrouw [naam] koopt [verborgen] in; [verborgen] ligt klaar. "
        "Ze zijn de enige [herkomst] familie."
    )
    assert (labels, count) == (4, "4 gegevens vervangen door labels tussen haakjes.")
    assert bot.api.buttons(bot.question(ANN))[0] == PHRASE, "the phrase moved up one place"

    phrase = press_data(bot, PHRASE)
    await bot.press(ANN, PHRASE)
    after_phrase = bot.question(ANN)
    assert after_phrase["message_id"] == window, "edited in place"
    text, labels, count = shown(bot)
    assert (
        text == "Mevrouw [naam] koopt [verborgen] in; [verborgen] ligt klaar. Ze zijn [verborgen]."
    )
    assert (labels, count) == (4, "4 gegevens vervangen door labels tussen haakjes."), (
        "one label for another: the count says what the text shows"
    )
    assert not any(b.startswith("Verberg") for b in bot.api.buttons(after_phrase))

    await only_a_toast(bot, later(bot, phrase), CLOSED)  # the phrase tapped again
    assert shown(bot) == (text, labels, count), "a stale tap changed nothing"

    await bot.restart()  # the window's memory of its buttons is gone: the engine decides
    await bot.feed(later(bot, phrase))
    assert "Dat woord staat niet meer in je antwoord." in bot.question(ANN)["text"]
    assert shown(bot) == (text, labels, count)

    await bot.press(ANN, "✓ Bewaren")
    kept = [t for t in bot.texts(ANN) if "ligt klaar" in t]
    assert kept and all("zorbek" not in t and "turkse" not in t for t in kept)


async def test_a_button_drawn_before_a_restart_hides_its_own_word(bot: Harness) -> None:
    """The count no longer tells a button's list: its word's fingerprint does. A press of
    the phrase's button drawn before the word moved up still hides the phrase, never the
    word that took its place."""
    await bot.say(ANN, TYPED)
    phrase = press_data(bot, PHRASE)  # drawn as the second button
    await bot.press(ANN, WORD)
    await bot.restart()
    await bot.feed(later(bot, phrase))
    text, labels, count = shown(bot)
    assert (
        text == "Mevrouw [naam] koopt [verborgen] in; [verborgen] ligt klaar. Ze zijn [verborgen]."
    )
    assert (labels, count) == (4, "4 gegevens vervangen door labels tussen haakjes.")
