"""Checkboxes tapped twice, and the window's memory across a kill and restart (#14).

Real Application, strict fake Bot API, SQLite. Two quick taps on one checkbox apply once
(before, the second unticked what the first ticked); a tap on the redrawn box toggles."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.telegram_harness import Harness
from tests.e2e.test_telegram_second_presses import only_a_toast

ANN: dict[str, Any] = {"id": 703, "is_bot": False, "first_name": "Worker", "language_code": "nl"}
CLOSED = "Die vraag is afgesloten."


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    await harness.consent(ANN)
    yield harness
    await harness.stop()


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
