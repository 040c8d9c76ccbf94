"""The button press of a menu module, handled once: the sender known and consenting, the
spinner answered beside the work, and only a menu action acted on.

A press on a question that is over gets "That question is closed" as a toast and changes
nothing (#14; a one-shot question's buttons come off if the phone still showed them): a
one-shot question (`once`: its message asks one thing, answered in place with
`Base.answer_in_place`) already answered, also across a restart, or what the module's
`stale` check finds done already (a question whose message asks several things). An action
in `late` is answered after its work, with the toast its work returns (a thanks given
already, say: only the work knows, atomically). Someone who has not agreed yet gets a toast
that says so, never a spinner left turning. A button in `asks` sends a new question: pressed
again with no other press in between (two quick presses), it gets a toast that points to
the question asked already, not a second one (a press of it that asked nothing says so
with `Base.asked_nothing`)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import replace

from telegram import Update

from bot.dialogue.replies import Text
from bot.msgid import N_
from bot.telegram import window_texts
from bot.telegram.base import Base, Context, Who
from bot.telegram.callback_data import MenuAction, decode
from bot.telegram.one_shot import answer_closed

MenuPress = Callable[[Context, Who, MenuAction, "int | None"], Awaitable[str | None]]
"""What a module does with a press: the action, and the id of the message pressed on; for
an action in `late`, the toast (a msgid) that answers the press, or None."""
Stale = Callable[[Who, MenuAction], Awaitable[str | None]]
"""When what the button asks is done already, the toast (a msgid) that says so."""
NOT_YET = N_("First say whether you agree with what I keep: /start asks it.")
ASKED_BELOW = N_("I asked that just below: answer it there.")


async def on_menu_press(handlers: Base, update: Update, context: Context, act: MenuPress,
                        once: frozenset[str] = frozenset(), stale: Stale | None = None,
                        late: frozenset[str] = frozenset(), asks: frozenset[str] = frozenset(),
                        ) -> None:  # fmt: skip
    query = update.callback_query
    who = await handlers.who(update)
    if query is None or who is None:
        return
    gateway, message = handlers.gateway(context), query.message
    if not who.consented:
        await gateway.answer(query.id, handlers.app.translator.render(who.lang, Text(NOT_YET)))
        return
    action = decode(query.data or "")
    if not isinstance(action, MenuAction):
        await gateway.answer(query.id)
        return
    one_shot = action.action in once
    toast = await stale(who, action) if stale is not None else None
    press = (message.message_id if message is not None else 0, query.data or "")
    if toast is None and action.action in asks and handlers.last_press.get(who.pseudonym) == press:
        toast = ASKED_BELOW
    if (
        toast is None
        and one_shot
        and not await handlers.one_shot.claim(who.pseudonym, True, message, query.data or "")
    ):
        closed = handlers.app.translator.render(who.lang, Text(window_texts.QUESTION_CLOSED))
        await answer_closed(gateway, query, closed)
        return
    if toast is not None:
        await gateway.answer(query.id, handlers.app.translator.render(who.lang, Text(toast)))
        return
    handlers.last_press[who.pseudonym] = press
    if one_shot and message is not None:
        who = replace(who, pressed=(message.message_id, message.date))
    if action.action in late:
        told = None
        try:
            told = await act(context, who, action, message.message_id if message else None)
        finally:
            said = handlers.app.translator.render(who.lang, Text(told)) if told else None
            await gateway.answer(query.id, said)
        return
    answering = asyncio.ensure_future(gateway.answer(query.id))
    try:
        await act(context, who, action, message.message_id if message else None)
    except Exception:
        handlers.last_press.pop(who.pseudonym, None)  # nothing was asked
        if one_shot:
            await handlers.one_shot.release(who.pseudonym, True, message)
        raise
    finally:
        await answering
