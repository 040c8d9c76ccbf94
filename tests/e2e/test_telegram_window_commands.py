"""What typed commands leave in the chat (#14, the second tester; the rule is in
docs/telegram.md): a command answered in the window (/reflect, /cancel during a
reflection) leaves with the turn it made; a command answered in a message of its own
(/help, /mine, /cancel with nothing to discard) stays with that answer, which the worker
asked to read, and is not the reflection's: the clean-up offer never counts it. Real
Application, strict fake Bot API, SQLite. Before: /cancel right after saving answered
only "There is no reflection in progress", which reads as if the saved one were lost."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.telegram_harness import Harness, consented

ANN: dict[str, Any] = {"id": 707, "is_bot": False, "first_name": "Worker", "language_code": "nl"}
OFFER = "Zal ik ze verwijderen?"
SAVED = ("Er is geen reflectie bezig om weg te gooien: je laatste is bewaard. Je leest ze "
         "terug met /mine; een nieuwe start je met /reflect.")  # fmt: skip


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async with consented(tmp_path, ANN) as harness:
        yield harness


async def say(bot: Harness, text: str) -> int:
    update = bot.api.send_text(ANN, text)
    await bot.feed(update)
    return int(update["message"]["message_id"])


def present(bot: Harness, message_id: int) -> bool:
    return (ANN["id"], message_id) in bot.api.messages


async def to_receipt(bot: Harness) -> dict[str, Any]:
    for _ in range(150):
        if bot.texts(ANN)[-1].startswith("Bewaard"):
            return bot.api.last(ANN["id"])
        await bot.answer(ANN)
    raise AssertionError("not saved")


async def test_commands_answered_apart_stay_those_of_the_window_go(bot: Harness) -> None:
    await say(bot, "/reflect")
    await bot.answer(ANN)
    helped = await say(bot, "/help")
    help_answer = helped + 1
    assert (
        present(bot, help_answer)
        and "/reflect" in bot.api.messages[(ANN["id"], help_answer)]["text"]
    )
    mine = await say(bot, "/mine")
    again = await say(bot, "/reflect")
    cancel = await say(bot, "/cancel")
    await bot.press(ANN, "Nee, verder")
    receipt = await to_receipt(bot)
    assert not present(bot, again) and not present(bot, cancel), "answered in the window: gone"
    for kept in (helped, help_answer, mine, mine + 1):
        assert present(bot, kept), "asked to read: stays"
    assert OFFER not in receipt["text"] and not bot.api.buttons(receipt), (
        "not the reflection's: never offered for clean-up"
    )


async def test_cancel_right_after_saving_says_the_reflection_is_saved(bot: Harness) -> None:
    await say(bot, "/reflect")
    await to_receipt(bot)
    cancel = await say(bot, "/cancel")
    assert bot.texts(ANN)[-1] == SAVED
    assert present(bot, cancel), "answered in a message of its own: the command stays too"
