"""Menu questions asked once (#14): the consent question, the repair reminder offer,
/remind, /forget's confirmation, the clean-up offer, /language. Their answer takes the
buttons off the question, and a second press on the old keyboard (two quick taps, or a
client showing an old keyboard) gets "That question is closed" as a toast and changes
nothing: no second reminder day, no second receipt, no second "Thank you". If that press
finds the buttons still on the question (the bot stopped between storing the answer and
taking them off), it takes them off, so nothing invites the press again."""

from __future__ import annotations

from collections import deque

from telegram import CallbackQuery, MaybeInaccessibleMessage, Message

from bot.telegram.chat_state import ChatState
from bot.telegram.gateway import Gateway

ONE_SHOT = frozenset({"consent", "repair", "weekly", "forget", "clear", "lang"})
"""Menu actions whose question is over once answered (the others, such as browsing /mine,
may be pressed again)."""
LATE = frozenset({"unshare", "coach_done", "coach_answer"})
"""Menu actions answered after their work, with the toast it returns when the press finds
the work done already (two quick presses): no second message, and no spinner left."""
KEPT_PER_CHAT = 20
"""Answered questions remembered in this process per chat of someone not (yet) a worker:
enough for quick presses; a worker's are kept in the chat state, across a restart."""


class OneShotQuestions:
    """Which one-shot questions were answered, so that only the first press applies.

    Two signs, either enough: the message as Telegram shows it with the press no longer
    carries the pressed button (its keyboard was taken off), or the question was closed
    already: two quick presses, the second sent before the first one's answer took the
    keyboard off (updates of one worker are handled one after the other, `ordering.py`),
    even when the bot restarted in between (a worker's closed questions are kept in the
    chat state; someone not yet a worker has no row to keep them in: this process)."""

    def __init__(self, state: ChatState) -> None:
        self._state = state
        self._answered: dict[str, deque[tuple[int, str]]] = {}

    async def claim(self, pseudonym: str, worker: bool, message: MaybeInaccessibleMessage | None,
                    data: str) -> bool:  # fmt: skip
        """True for the press that answers the question; False when it is closed."""
        if message is None:
            return True  # Telegram no longer shows the message: nothing to answer twice
        if isinstance(message, Message) and not _carries(message, data):
            return False
        if worker:
            return await self._state.close_question(pseudonym, message.message_id)
        answered = self._answered.setdefault(pseudonym, deque(maxlen=KEPT_PER_CHAT))
        question = (message.message_id, _action(data))  # the language answer asks consent in place
        if question in answered:
            return False
        answered.append(question)
        return True

    async def release(self, pseudonym: str, worker: bool,
                      message: MaybeInaccessibleMessage | None) -> None:  # fmt: skip
        """The answer failed before it took effect: the question is open again."""
        if message is None:
            return
        if worker:
            await self._state.reopen_question(pseudonym, message.message_id)
            return
        answered = self._answered.get(pseudonym)
        if answered is not None:
            for question in [q for q in answered if q[0] == message.message_id]:
                answered.remove(question)


def settled(action: str, worker: bool) -> bool:
    """Whether the state already answers the question, whichever copy of it is pressed:
    /forget's question once nothing of the worker is left (its closed questions went with
    the erasure; "Nothing was erased" would overwrite the receipt)."""
    return action == "forget" and not worker


async def answer_closed(gateway: Gateway, query: CallbackQuery, toast: str) -> None:
    """A press on a question that is over: the toast that says so, and the buttons taken
    off when the message still carries them (the bot stopped between storing the answer
    and taking them off, or an old copy of the question), so none invites another press."""
    await gateway.answer(query.id, toast)
    message = query.message
    if isinstance(message, Message) and _carries(message, query.data or ""):
        await gateway.clear_keyboard(message.chat.id, message.message_id)


def _carries(message: Message, data: str) -> bool:
    markup = message.reply_markup
    if markup is None:
        return False
    return any(button.callback_data == data for row in markup.inline_keyboard for button in row)


def _action(data: str) -> str:
    """The menu action of a button's data ("m1|consent|yes" → "consent")."""
    parts = data.split("|")
    return parts[1] if len(parts) > 1 else data
