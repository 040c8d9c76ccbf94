"""The HTTP stack under python-telegram-bot must not pay for a failing import per request."""

from __future__ import annotations

import asyncio
import sys

from httpcore._synchronization import current_async_library


def test_httpcore_finds_sniffio_instead_of_searching_sys_path_per_request() -> None:
    """Without sniffio installed, every Bot API call re-ran the import machinery."""

    async def ask() -> str:
        return current_async_library()

    assert asyncio.run(ask()) == "asyncio"
    assert "sniffio" in sys.modules


def test_a_keyboard_goes_out_as_the_same_json_encoded_once() -> None:
    """Our keyboards are handed to python-telegram-bot as their JSON text (it would encode
    a dict twice per call): what goes over the wire is byte for byte the same."""
    from telegram.request._requestparameter import RequestParameter

    from bot.telegram.gateway import _markup
    from bot.telegram.views import Key, Keyboard

    keyboard = Keyboard(((Key("Ja ✓ é", "r1|2|c|x|y"), Key("Nee", "n")), (Key("«", "m|b"),)))
    as_dict = RequestParameter.from_input("reply_markup", keyboard.to_api()).json_value
    as_text = RequestParameter.from_input("reply_markup", _markup(keyboard)).json_value
    assert as_text == as_dict
    assert _markup(None) is None
