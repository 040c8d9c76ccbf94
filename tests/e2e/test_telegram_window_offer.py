"""The clean-up offer only when the bot can still delete something (#14, the second
tester): windows the worker deleted are forgotten, messages past Telegram's 48 hours are
never offered but counted in the receipt with how to delete them by hand, and "already
gone" never counts a window the bot deleted itself. Real Application, strict fake Bot
API, SQLite. Before the fix: an offer that deleted nothing ("removed: 0, already gone:
3"), an offer for messages past 48 hours, and "already gone: 1" for the bot's own old
window."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.telegram_harness import Harness, consented

ANN: dict[str, Any] = {"id": 706, "is_bot": False, "first_name": "Worker", "language_code": "nl"}
OFFER = "Zal ik ze verwijderen?"
STICKER = {"file_id": "s", "file_unique_id": "s", "type": "regular", "width": 1, "height": 1,
           "is_animated": False, "is_video": False}  # fmt: skip
TOO_OLD = "liet 1 bericht achter in deze chat dat ik niet meer kan verwijderen"


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async with consented(tmp_path, ANN) as harness:
        yield harness


async def to_save(bot: Harness) -> dict[str, Any]:
    """Answer on to the overview, save, and return the receipt."""
    for _ in range(150):
        if bot.texts(ANN)[-1].startswith("Bewaard"):
            return bot.api.last(ANN["id"])
        await bot.answer(ANN)
    raise AssertionError("not saved")


async def to_typed_question(bot: Harness) -> None:
    await bot.say(ANN, "/reflect")
    for _ in range(40):
        if "Typ je antwoord" in bot.question(ANN)["text"]:
            return
        await bot.answer(ANN)
    raise AssertionError("no typed question")


def bot_messages(bot: Harness) -> list[dict[str, Any]]:
    return [m for m in bot.api.chat(ANN["id"]) if m["from"]["id"] != ANN["id"]]


async def test_windows_the_worker_deleted_are_never_offered(bot: Harness) -> None:
    await to_typed_question(bot)
    del bot.api.messages[(ANN["id"], bot.question(ANN)["message_id"])]  # deleted by hand
    await bot.say(ANN, "Ze vertelde over de huur.")
    del bot.api.messages[(ANN["id"], bot.question(ANN)["message_id"])]
    await bot.say(ANN, "/reflect")  # the edit finds no message: a new window
    receipt = await to_save(bot)
    assert OFFER not in receipt["text"] and not bot.api.buttons(receipt)
    assert [m["message_id"] for m in bot_messages(bot)][1:] == [receipt["message_id"]]


async def age_everything(bot: Harness, hours: float) -> None:
    """Time passes for both: Telegram's messages and the bot's own record of them."""
    bot.api.age(ANN["id"], hours)
    pseudonym = bot.app.key.pseudonym(f"tg:{ANN['id']}")
    for message_id, sent_at in await bot.app.store.take_messages_sent(pseudonym):
        await bot.app.store.remember_messages(
            pseudonym, [message_id], sent_at - timedelta(hours=hours)
        )


async def test_messages_past_48_hours_are_counted_in_the_receipt_never_offered(
    bot: Harness,
) -> None:
    await bot.say(ANN, "/reflect")
    await bot.answer(ANN)
    sticker = bot.api.send_other(ANN, sticker=STICKER)
    await bot.feed(sticker)
    await age_everything(bot, 49)
    receipt = await to_save(bot)
    assert OFFER not in receipt["text"] and not bot.api.buttons(receipt), "nothing to offer"
    assert TOO_OLD in receipt["text"] and "48 uur" in receipt["text"]
    assert "hou het ingedrukt en kies Verwijderen" in receipt["text"]
    assert (ANN["id"], sticker["message"]["message_id"]) in bot.api.messages


async def test_a_message_telegram_refused_to_delete_is_not_offered_again(bot: Harness) -> None:
    """A delete refused (the 48 hours) is remembered as too old: said, never offered."""
    await to_typed_question(bot)
    update = bot.api.send_text(ANN, "Ze vertelde over de huur.")
    bot.api.age(ANN["id"], 49, [update["message"]["message_id"]])
    await bot.feed(update)
    assert "Ik kon je bericht niet uit deze chat verwijderen" in bot.question(ANN)["text"]
    receipt = await to_save(bot)
    assert OFFER not in receipt["text"] and TOO_OLD in receipt["text"]


async def test_already_gone_never_counts_the_bots_own_old_window(bot: Harness) -> None:
    """A tap on the keyboard of a window the bot deleted when it moved (sent just before
    the move) does not bring that window back into the clean-up's count."""
    await bot.say(ANN, "/reflect")
    await bot.answer(ANN)
    window = bot.question(ANN)
    old = copy.deepcopy(bot.api.press(ANN, window["message_id"], bot.api.buttons(window)[0]))
    await bot.feed(bot.api.send_other(ANN, sticker=STICKER))  # the window moves below it
    assert (ANN["id"], window["message_id"]) not in bot.api.messages
    await bot.feed(bot.api._update(callback_query=old["callback_query"]))  # pressed before
    receipt = await to_save(bot)
    assert OFFER in receipt["text"], "the sticker is offered"
    await bot.press(ANN, "🧹", receipt["message_id"])
    said = bot.texts(ANN)[-1]
    assert said.startswith("Berichten uit deze chat verwijderd: 1.")
    assert "verdwenen" not in said, said
