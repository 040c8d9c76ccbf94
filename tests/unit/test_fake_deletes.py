"""The fake Bot API deletes like Telegram: not after 48 hours, partial batches skipped."""

from __future__ import annotations

import asyncio
import json

from tests.fakes.telegram_api import TOKEN, FakeTelegram


def _call(fake: FakeTelegram, method: str, **params: object) -> tuple[int, dict[str, object]]:
    status, body = asyncio.run(fake.call(TOKEN, method, dict(params)))
    return status, json.loads(body)


def test_delete_messages_skips_old_ones_and_delete_message_refuses_them() -> None:
    fake = FakeTelegram()
    user = fake.user(7)
    for text in ("one", "two", "three"):
        fake.send_text(user, text)
    fake.age(7, hours=49, message_ids=[1])
    assert _call(fake, "deleteMessages", chat_id=7, message_ids=[1, 2])[0] == 200
    assert [m["text"] for m in fake.chat(7)] == ["one", "three"]
    status, body = _call(fake, "deleteMessage", chat_id=7, message_id=1)
    assert status == 400 and "can't be deleted" in str(body["description"])
    status, _ = _call(fake, "deleteMessages", chat_id=7, message_ids=[1])
    assert status == 400
    assert _call(fake, "deleteMessage", chat_id=7, message_id=3)[0] == 200
    status, body = _call(fake, "deleteMessage", chat_id=7, message_id=3)
    assert status == 400 and "not found" in str(body["description"])
    assert [m["text"] for m in fake.chat(7)] == ["one"]


def test_a_toast_holds_at_most_200_characters() -> None:
    fake = FakeTelegram()
    user = fake.user(5)
    _, sent = _call(fake, "sendMessage", chat_id=5, text="Vraag")
    message_id = int(sent["result"]["message_id"])  # type: ignore[index]
    query = fake.press_data(user, message_id, "r1|1|c|s|1")["callback_query"]["id"]
    status, body = _call(fake, "answerCallbackQuery", callback_query_id=query, text="x" * 201)
    assert status == 400 and str(body["description"]).endswith("MESSAGE_TOO_LONG")
    status, _ = _call(fake, "answerCallbackQuery", callback_query_id=query, text="Gesloten.")
    assert status == 200


def test_delete_messages_of_ids_all_gone_succeeds_as_on_telegram() -> None:
    """telegram-bot-api drops ids it cannot find and TDLib answers an empty list with
    success: a batch whose messages the worker already deleted is no error."""
    fake = FakeTelegram()
    user = fake.user(8)
    fake.send_text(user, "one")
    assert _call(fake, "deleteMessage", chat_id=8, message_id=1)[0] == 200
    assert _call(fake, "deleteMessages", chat_id=8, message_ids=[1, 2])[0] == 200
