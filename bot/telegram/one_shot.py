"""Menu questions asked once (#14): the consent question, the repair reminder offer,
/remind, /forget's confirmation, the clean-up offer. Their answer takes the buttons off
the question, and a second press on the old keyboard (two quick taps, or a client showing
an old keyboard) gets "That question is closed" as a toast and changes nothing: no second
reminder day, no second receipt, no second "Thank you"."""

from __future__ import annotations

from collections import deque

from telegram import MaybeInaccessibleMessage, Message

ONE_SHOT = frozenset({"consent", "repair", "weekly", "forget", "clear"})
"""Menu actions whose question is over once answered (the others, such as browsing /mine
or choosing a language, may be pressed again)."""
KEPT_PER_WORKER = 20
"""Answered questions remembered per worker in this process: enough for quick presses."""


class OneShotQuestions:
    """Which one-shot questions were answered, so that only the first press applies.

    Two signs, either enough: the message as Telegram shows it with the press no longer
    carries the pressed button (its keyboard was taken off: a press after a restart), or
    this process already answered a press on that message (two quick presses, the second
    sent before the first one's answer took the keyboard off: updates of one worker are
    handled one after the other, `ordering.py`)."""

    def __init__(self) -> None:
        self._answered: dict[str, deque[int]] = {}

    def claim(self, pseudonym: str, message: MaybeInaccessibleMessage | None, data: str) -> bool:
        """True for the press that answers the question; False when it is closed."""
        if message is None:
            return True  # Telegram no longer shows the message: nothing to answer twice
        if isinstance(message, Message) and not _carries(message, data):
            return False
        answered = self._answered.setdefault(pseudonym, deque(maxlen=KEPT_PER_WORKER))
        if message.message_id in answered:
            return False
        answered.append(message.message_id)
        return True

    def release(self, pseudonym: str, message: MaybeInaccessibleMessage | None) -> None:
        """The answer failed before it took effect: the question is open again."""
        answered = self._answered.get(pseudonym)
        if message is not None and answered is not None and message.message_id in answered:
            answered.remove(message.message_id)


def _carries(message: Message, data: str) -> bool:
    markup = message.reply_markup
    if markup is None:
        return False
    return any(button.callback_data == data for row in markup.inline_keyboard for button in row)
