"""The button press of a menu module, handled once: the sender known and consenting, the
spinner answered beside the work, and only a menu action acted on."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from telegram import Update

from bot.telegram.base import Base, Context, Who
from bot.telegram.callback_data import MenuAction, decode

MenuPress = Callable[[Context, Who, MenuAction, "int | None"], Awaitable[None]]
"""What a module does with a press: the action, and the id of the message pressed on."""


async def on_menu_press(handlers: Base, update: Update, context: Context, act: MenuPress) -> None:
    query = update.callback_query
    who = await handlers.who(update)
    if query is None or who is None or not who.consented:
        return
    answering = asyncio.ensure_future(handlers.gateway(context).answer(query.id))
    try:
        action = decode(query.data or "")
        if isinstance(action, MenuAction):
            pressed = query.message.message_id if query.message else None
            await act(context, who, action, pressed)
    finally:
        await answering
