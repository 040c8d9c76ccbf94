"""Long polling through the bot's own `getUpdates` transport (#14): a press on the
reflection window arrives without the window's keyboard (python-telegram-bot no longer
parses up to 16 buttons per press) and is applied all the same; a menu question's press
keeps its keyboard, which the one-shot check reads. Real Application, strict fake API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.e2e.telegram_harness import Harness, consented

EVA: dict[str, Any] = {"id": 705, "is_bot": False, "first_name": "Worker", "language_code": "nl"}


async def polled(bot: Harness) -> Any:
    """The one update waiting, fetched as the running bot fetches it."""
    (update,) = await bot.application.bot.get_updates(offset=bot.api.updates[-1]["update_id"])
    return update


async def test_a_window_press_is_fetched_without_the_keyboard_and_applied(
    tmp_path: Path,
) -> None:
    async with consented(tmp_path, EVA) as bot:
        await bot.say(EVA, "/reflect")
        window, asked = bot.question(EVA), bot.asked(EVA)
        first = bot.api.buttons(window)[0]
        bot.api.press(EVA, window["message_id"], first)
        update = await polled(bot)
        assert update.callback_query.data.startswith("r1|")
        assert update.callback_query.message.reply_markup is None
        assert update.callback_query.message.message_id == window["message_id"]
        await bot.application.process_update(update)
        assert bot.question(EVA)["message_id"] == window["message_id"], "edited in place"
        assert bot.asked(EVA) != asked, "the answer was taken: the next question shows"


async def test_a_menu_press_is_fetched_with_its_keyboard(tmp_path: Path) -> None:
    async with consented(tmp_path) as bot:
        await bot.say(EVA, "/start")
        question = bot.question(EVA)
        bot.api.press(EVA, question["message_id"], bot.api.buttons(question)[0])
        update = await polled(bot)
        assert update.callback_query.data.startswith("m1|")
        assert update.callback_query.message.reply_markup is not None
