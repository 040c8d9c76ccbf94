"""Checkboxes tapped twice, a discard's reach, and the window's memory across a kill and
restart (#14). Real Application, strict fake Bot API, SQLite. Each failed before its fix:
two quick taps on one checkbox ticked and unticked; a discard deleted what an earlier
reflection left and the worker chose to keep; a long text held for shortening stayed in
the chat for good after a restart, against the window's word."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.telegram_harness import Harness, consented
from tests.e2e.test_telegram_second_presses import only_a_toast
from tests.e2e.test_telegram_window import reflect_leaving_a_sticker, to_typed_question
from tests.e2e.test_telegram_window_leftovers import LONG, LONG_REMOVED, LONG_STAYS, REMOVED

ANN: dict[str, Any] = {"id": 703, "is_bot": False, "first_name": "Worker", "language_code": "nl"}
CLOSED = "Die vraag is afgesloten."


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async with consented(tmp_path, ANN) as harness:
        yield harness


async def to_checkboxes(bot: Harness) -> dict[str, Any]:
    """From /reflect to the first multi-select question (its boxes all empty)."""
    await bot.say(ANN, "/reflect")
    for _ in range(40):
        question = bot.question(ANN)
        if any(label.startswith("☐") for label in bot.api.buttons(question)):
            return question
        await bot.answer(ANN)
    raise AssertionError("no multi-select question")


def boxes(bot: Harness) -> list[str]:
    return [b for b in bot.api.buttons(bot.question(ANN)) if b.startswith(("☐", "☑"))]


def two_taps(bot: Harness, message_id: int, label: str) -> list[Any]:
    """Two taps of one checkbox, both sent before the first is answered."""
    return [copy.deepcopy(bot.api.press(ANN, message_id, label)) for _ in range(2)]


async def test_two_quick_taps_on_a_checkbox_tick_it_once(bot: Harness) -> None:
    window = (await to_checkboxes(bot))["message_id"]
    first_box = boxes(bot)[0]
    first, second = two_taps(bot, window, first_box)
    await bot.feed(first)
    ticked = "☑" + first_box[1:]
    assert boxes(bot)[0] == ticked
    await only_a_toast(bot, second, CLOSED)
    assert boxes(bot)[0] == ticked, "the second tap did not untick it"
    await bot.press(ANN, ticked)
    assert boxes(bot)[0] == first_box, "a tap on the redrawn box unticks as asked"


async def test_a_second_tap_queued_across_a_restart_ticks_nothing_more(bot: Harness) -> None:
    """The drawn buttons are this process's memory; the session itself knows the box is
    ticked, so the second tap is closed after a restart too."""
    window = (await to_checkboxes(bot))["message_id"]
    first_box = boxes(bot)[0]
    first, second = two_taps(bot, window, first_box)
    await bot.feed(first)
    await bot.restart()
    await only_a_toast(bot, second, CLOSED)
    assert boxes(bot)[0] == "☑" + first_box[1:]


def present(bot: Harness, message_id: int) -> bool:
    return (ANN["id"], message_id) in bot.api.messages


async def test_a_discard_leaves_what_an_earlier_reflection_left_and_was_kept(
    bot: Harness,
) -> None:
    await reflect_leaving_a_sticker(bot, ANN)
    sticker = bot.worker_messages(ANN)[-1]["message_id"]
    await bot.press(ANN, "Berichten bewaren")
    await bot.restart()  # where the reflection began is kept in the store
    await to_typed_question(bot, ANN)
    update = bot.api.send_text(ANN, LONG)  # stays: too long; this reflection's own
    await bot.feed(update)
    await bot.say(ANN, "/cancel")
    await bot.press(ANN, "Ja, weggooien")
    assert present(bot, sticker), "the worker chose to keep it: a discard leaves it"
    assert not present(bot, update["message"]["message_id"]), "this reflection's text goes"
    assert "Nog in de chat" not in bot.api.last(ANN["id"])["text"]


async def test_a_long_text_held_across_a_restart_goes_once_the_shorter_one_is_kept(
    bot: Harness,
) -> None:
    await to_typed_question(bot, ANN)
    update = bot.api.send_text(ANN, LONG)
    long = update["message"]["message_id"]
    await bot.feed(update)
    assert LONG_STAYS in bot.question(ANN)["text"]
    await bot.restart()
    await bot.say(ANN, "Ik luisterde en vroeg wat zij belangrijk vond.")
    assert not present(bot, long), "removed as the window promised"
    shown = bot.question(ANN)["text"]
    assert REMOVED in shown and LONG_REMOVED in shown


async def test_the_clean_up_offer_is_made_for_this_reflections_messages_only(
    bot: Harness,
) -> None:
    """ "This reflection left other messages": not said for what an earlier one left."""
    await reflect_leaving_a_sticker(bot, ANN)
    await bot.press(ANN, "Berichten bewaren")
    await bot.reflect(ANN)
    receipt = bot.api.last(ANN["id"])
    assert receipt["text"].startswith("Bewaard")
    assert "Deze reflectie liet nog andere berichten achter" not in receipt["text"]
    assert not bot.api.buttons(receipt)


LONGER_STAYS = "Je langere bericht staat nog in deze chat, met alles wat je erin typte"


async def test_a_long_text_held_past_48_hours_is_said_to_stay(bot: Harness) -> None:
    """Its stored id is purged after 48 hours (the bot can no longer delete it): the
    window still tries, and says plainly that it could not, with how to do it by hand."""
    await to_typed_question(bot, ANN)
    update = bot.api.send_text(ANN, LONG)
    long = update["message"]["message_id"]
    await bot.feed(update)
    bot.api.age(ANN["id"], 49, [long])
    assert await bot.app.store.expire_held(datetime.now(UTC) + timedelta(minutes=1)) == 1
    await bot.say(ANN, "Ik luisterde en vroeg wat zij belangrijk vond.")
    assert present(bot, long)
    shown = bot.question(ANN)["text"]
    assert LONGER_STAYS in shown and LONG_REMOVED not in shown
