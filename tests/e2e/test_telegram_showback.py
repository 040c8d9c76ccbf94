"""The show-back of a typed answer through the real Application and the fake Bot API:
what was replaced is counted, doubtful words are buttons, one tap hides a word everywhere."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.telegram_harness import Harness

ANN = {"id": 612, "is_bot": False, "first_name": "Worker", "language_code": "nl"}
TYPED = "Mevrouw Peeters koopt zorbek voor de kookclub; zorbek ligt klaar."


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    await harness.consent(ANN)
    await harness.to_first_text_question(ANN)
    yield harness
    await harness.stop()


async def test_one_tap_hides_a_doubtful_word_everywhere(bot: Harness) -> None:
    await bot.say(ANN, TYPED)
    shown = bot.question(ANN)
    assert "Mevrouw [naam] koopt zorbek voor de kookclub; zorbek ligt klaar." in shown["text"]
    assert "1 gegeven vervangen door een label tussen haakjes." in shown["text"]
    assert "Misschien staat er nog iets herkenbaars in." in shown["text"]
    assert "zeker" not in shown["text"] and "alles" not in shown["text"], "no promise of all"
    assert bot.api.buttons(shown) == ["Verberg “zorbek”", "✓ Bewaren", "✎ Opnieuw typen"]

    await bot.press(ANN, "Verberg “zorbek”")
    again = bot.question(ANN)
    assert again["message_id"] == shown["message_id"], "the same message, edited in place"
    assert (
        "Mevrouw [naam] koopt [verborgen] voor de kookclub; [verborgen] ligt klaar."
        in again["text"]
    )
    assert "3 gegevens vervangen door labels tussen haakjes." in again["text"]
    assert "zorbek" not in again["text"]
    assert bot.api.buttons(again) == ["↶ Toon “zorbek” weer", "✓ Bewaren", "✎ Opnieuw typen"]
    assert "de filter mist soms iets" in again["text"], "no button left is no all-clear"
    assert "Tik hieronder op een knop" not in again["text"], "no button to tap"

    await bot.press(ANN, "✓ Bewaren")
    kept = [t for t in bot.texts(ANN) if "kookclub" in t]
    assert kept and all("zorbek" not in t for t in kept), "only the masked answer is kept"


async def test_an_answer_with_nothing_to_hide_needs_no_tap(bot: Harness) -> None:
    asked = bot.question(ANN)["text"]
    await bot.say(ANN, "Ze zorgt goed voor haar buurvrouw.")
    window = bot.question(ANN)
    assert window["text"].startswith("✓ Ze zorgt goed voor haar buurvrouw.")
    assert window["text"] != asked, "the next question is asked at once"
    assert "✓ Bewaren" not in bot.api.buttons(window)


async def test_a_rare_fact_is_one_button_and_one_tap_hides_it_whole(bot: Harness) -> None:
    await bot.say(ANN, "De oma is 97 jaar oud en haar nonkel is schepen van sociale zaken.")
    shown = bot.question(ANN)
    assert "Er werd niets vervangen." in shown["text"]
    buttons = bot.api.buttons(shown)
    assert "Verberg “97 jaar oud”" in buttons
    assert "Verberg “haar nonkel is schepen van sociale zaken”" in buttons

    await bot.press(ANN, "Verberg “haar nonkel is schepen van sociale zaken”")
    again = bot.question(ANN)
    assert "De oma is 97 jaar oud en [verborgen]." in again["text"]
    assert "schepen" not in again["text"] and "nonkel" not in again["text"]
    assert bot.api.buttons(again)[0] == "Verberg “97 jaar oud”"


async def test_retype_shows_the_last_version_to_copy(bot: Harness) -> None:
    """The typed message is gone from the chat; "Retype" must not mean retyping from memory."""
    await bot.say(ANN, TYPED)
    await bot.press(ANN, "✎ Opnieuw typen")
    asked = bot.question(ANN)
    assert "Je vorige versie, om te kopiëren en aan te passen:" in asked["text"]
    assert "Mevrouw [naam] koopt zorbek voor de kookclub; zorbek ligt klaar." in asked["text"]
    assert "✓ Bewaren" not in bot.api.buttons(asked), "a question again, not the show-back"
    assert all("Peeters" not in t for t in bot.texts(ANN)), "only the scrubbed version is shown"


async def test_a_wrong_tap_is_undone_in_the_same_window(bot: Harness) -> None:
    """review17: a tired worker taps the wrong button; one tap puts the word back."""
    await bot.say(ANN, TYPED)
    shown = bot.question(ANN)
    await bot.press(ANN, "Verberg “zorbek”")
    await bot.press(ANN, "↶ Toon “zorbek” weer")
    back = bot.question(ANN)
    assert back["message_id"] == shown["message_id"], "the same message, edited in place"
    assert "Mevrouw [naam] koopt zorbek voor de kookclub; zorbek ligt klaar." in back["text"]
    assert "1 gegeven vervangen door een label tussen haakjes." in back["text"]
    assert bot.api.buttons(back) == ["Verberg “zorbek”", "✓ Bewaren", "✎ Opnieuw typen"]
    await bot.press(ANN, "✓ Bewaren")
    kept = [t for t in bot.texts(ANN) if "kookclub" in t]
    assert kept and all("[verborgen]" not in t for t in kept), "the word the worker wanted kept"
