"""A pressed reflection window's keyboard is left out before parsing; nothing else is."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from bot.telegram.lean_updates import LeanUpdates, lean
from tests.fakes.request import FakeRequest
from tests.fakes.telegram_api import TOKEN, FakeTelegram

KEYBOARD = {"inline_keyboard": [[{"text": "Ja", "callback_data": "r1|2|c|room|yes"}]]}


def press(data: str) -> dict[str, Any]:
    message = {"message_id": 4, "date": 1796179972, "chat": {"id": 1, "type": "private"},
               "text": "Kern 3/9", "reply_markup": KEYBOARD}  # fmt: skip
    query = {"id": "3", "data": data, "message": message, "from": {"id": 1}, "chat_instance": "c"}
    return {"update_id": 7, "callback_query": query}


def test_a_window_press_loses_its_keyboard_and_nothing_else() -> None:
    update = press("r1|2|c|room|yes")
    leaned = lean(update)
    message = leaned["callback_query"]["message"]
    assert "reply_markup" not in message
    assert {k: v for k, v in update["callback_query"]["message"].items()
            if k != "reply_markup"} == message  # fmt: skip
    assert leaned["callback_query"]["data"] == "r1|2|c|room|yes"
    assert leaned["update_id"] == 7
    assert update["callback_query"]["message"]["reply_markup"] == KEYBOARD, "not changed"


def test_menu_presses_and_messages_are_left_whole() -> None:
    for update in (press("m1|consent|yes"), press("r10|x"), press(""),
                   {"update_id": 8, "message": {"message_id": 5, "text": "hallo"}}):  # fmt: skip
        assert lean(update) is update
    no_message = press("r1|2|c|room|yes")
    del no_message["callback_query"]["message"]  # a press on a message too old to send
    assert lean(no_message) is no_message


def test_the_transport_leans_what_getupdates_answers() -> None:
    answer = {"ok": True, "result": [press("r1|2|c|room|yes"), press("m1|forget|yes")]}
    parsed = LeanUpdates.parse_json_payload(json.dumps(answer).encode())
    window, menu = (u["callback_query"]["message"] for u in parsed["result"])
    assert "reply_markup" not in window
    assert menu["reply_markup"] == KEYBOARD
    assert LeanUpdates.parse_json_payload(b'{"ok": true, "result": true}')["result"] is True


def test_the_transport_hands_the_http_to_the_one_it_wraps() -> None:
    api = FakeTelegram()
    inner = FakeRequest(api)
    transport = LeanUpdates(inner)
    assert transport.read_timeout == inner.read_timeout

    async def call() -> tuple[int, bytes]:
        await transport.initialize()
        try:
            return await transport.do_request(f"http://fake.invalid/bot{TOKEN}/getMe", "POST")
        finally:
            await transport.shutdown()

    status, body = asyncio.run(call())
    assert status == 200 and json.loads(body)["result"]["is_bot"] is True
