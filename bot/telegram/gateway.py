"""Every call to the Bot API goes through here, with Telegram's errors handled once.

Order matters (`shared/telegram-notes.md`): RetryAfter, then BadRequest, then Forbidden,
then TimedOut/NetworkError. "Message is not modified" is success; a blocked bot raises
`Unreachable` so the caller can mark the worker inactive; network trouble is retried
with backoff. Nothing here logs message text.

Sending and editing the text messages, and answering a button, go straight to the bot's
request layer (`_post`, which keeps the rate limiter and Telegram's errors) with the
keyboard as plain JSON, and keep only the message id of Telegram's answer:
python-telegram-bot would build a `Message`, keyboard and all, from every answer, which
was a third of an update's CPU (docs/performance.md) for an id.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from enum import Enum
from functools import partial
from typing import Any, TypeVar

from telegram import Bot, InputFile, InputMediaPhoto, Message
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.telegram.views import Keyboard, Markup, View

log = logging.getLogger(__name__)
T = TypeVar("T")
ATTEMPTS = 4
BACKOFF = (0.5, 1.0, 2.0)
MAX_RETRY_AFTER = 60.0


class Deletion(Enum):
    DELETED = "deleted"
    GONE = "gone"
    """Not in the chat any more: deleted by the worker before."""
    REFUSED = "refused"


class Edit(Enum):
    DONE = "done"
    GONE = "gone"
    """The message to edit is not in the chat any more: the worker deleted it."""
    REFUSED = "refused"


class Unreachable(Exception):
    """The worker blocked the bot or deleted the chat."""


class Gateway:
    def __init__(self, bot: Bot, backoff: tuple[float, ...] = BACKOFF) -> None:
        self._bot = bot
        self._backoff = backoff

    async def _call(
        self, method: str, call: Callable[[], Awaitable[T]], unchanged: object = None,
        missing: object = None,
    ) -> T | object | None:  # fmt: skip
        """Run one API call; None when Telegram refused it for a reason that is not ours,
        `unchanged` when it said "message is not modified" (the message shows it already),
        `missing` when the message to delete is not there (already deleted)."""
        for attempt in range(ATTEMPTS):
            try:
                return await call()
            except RetryAfter as exc:
                wait = _seconds(exc.retry_after)
                log.warning("%s: rate limited, retrying after %.1f s", method, wait)
                await asyncio.sleep(min(wait, MAX_RETRY_AFTER) + 0.1)
            except BadRequest as exc:
                if "message is not modified" in exc.message.lower():
                    return unchanged
                if missing is not None and "not found" in exc.message.lower():
                    return missing
                log.warning("%s refused: %s", method, _kind(exc))
                return None
            except Forbidden:
                raise Unreachable(method) from None
            except (TimedOut, NetworkError) as exc:
                if attempt + 1 == ATTEMPTS:
                    raise
                delay = self._backoff[min(attempt, len(self._backoff) - 1)]
                log.warning("%s: %s, retry %d in %.1f s", method, type(exc).__name__,
                            attempt + 1, delay)  # fmt: skip
                await asyncio.sleep(delay)
        return None

    async def _post(self, method: str, data: dict[str, Any]) -> Any:
        """One Bot API call through python-telegram-bot's request layer (rate limiter,
        errors), returning Telegram's answer as JSON, not parsed into objects."""
        return await self._bot._post(method, data)

    async def send(self, chat_id: int, view: View) -> int | None:
        data = {"chat_id": chat_id, "text": view.text, "reply_markup": _markup(view.markup)}
        message = await self._call("sendMessage", partial(self._post, "sendMessage", data))
        return _message_id(message)

    async def edit(self, chat_id: int, message_id: int, view: View) -> bool:
        """Replace a message's text; without markup its keyboard disappears. False when
        Telegram refused (the message is gone or too old): the caller sends anew."""
        return await self.revise(chat_id, message_id, view) is Edit.DONE

    async def revise(self, chat_id: int, message_id: int, view: View) -> Edit:
        """Replace a message's text and know what happened: GONE when the message is no
        longer in the chat (the worker deleted it: the bot forgets it)."""
        data = {"chat_id": chat_id, "message_id": message_id, "text": view.text,
                "reply_markup": _markup(view.markup)}  # fmt: skip
        outcome = await self._call(
            "editMessageText", partial(self._post, "editMessageText", data), unchanged=True,
            missing=Edit.GONE,
        )  # fmt: skip
        if outcome is Edit.GONE:
            return Edit.GONE
        return Edit.REFUSED if outcome is None else Edit.DONE

    async def clear_keyboard(self, chat_id: int, message_id: int) -> bool:
        """Take the buttons off a message whose question is over; False when the message
        is no longer in the chat (deleted, by the worker or by the bot)."""
        outcome = await self._call(
            "editMessageReplyMarkup",
            lambda: self._bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None),
            missing=Edit.GONE,
        )  # fmt: skip
        return outcome is not Edit.GONE

    async def delete_one(self, chat_id: int, message_id: int) -> bool:
        """Delete one message and know whether it went: deleteMessages would skip it
        silently, and a receipt must never claim a deletion that did not happen."""
        done = await self._call(
            "deleteMessage", partial(self._bot.delete_message, chat_id, message_id)
        )
        return done is True

    async def remove(self, chat_id: int, message_id: int) -> Deletion:
        """Delete one message and know what happened: deleted now, already gone (the
        worker deleted it), or refused (older than 48 hours, say)."""
        done = await self._call(
            "deleteMessage", partial(self._bot.delete_message, chat_id, message_id),
            missing=Deletion.GONE,
        )  # fmt: skip
        if done is Deletion.GONE:
            return Deletion.GONE
        return Deletion.DELETED if done is True else Deletion.REFUSED

    async def delete(self, chat_id: int, message_ids: list[int]) -> bool:
        """Delete in batches of 100; False when Telegram refused any batch."""
        done = True
        for start in range(0, len(message_ids), 100):
            batch = message_ids[start : start + 100]
            result = await self._call(
                "deleteMessages", partial(self._bot.delete_messages, chat_id, batch)
            )
            done = done and result is True
        return done

    async def photo(self, chat_id: int, png: bytes, caption: str) -> int | None:
        message = await self._call(
            "sendPhoto",
            lambda: self._bot.send_photo(
                chat_id, InputFile(png, filename="trends.png"), caption=caption
            ),
        )
        return message.message_id if isinstance(message, Message) else None

    async def album(self, chat_id: int, pngs: list[bytes], caption: str) -> bool:
        """Two to ten images as one album (one request, swiped through on a phone); one
        image goes as a photo. False when Telegram did not take it."""
        if len(pngs) == 1:
            return await self.photo(chat_id, pngs[0], caption) is not None
        media = [InputMediaPhoto(png, filename=f"topic{n}.png",  # bytes: PTB attaches them
                                 caption=caption if n == 0 else None)
                 for n, png in enumerate(pngs[:10])]  # fmt: skip
        sent = await self._call("sendMediaGroup",
                                lambda: self._bot.send_media_group(chat_id, media))  # fmt: skip
        return bool(sent)

    async def document(self, chat_id: int, content: bytes, filename: str, caption: str) -> None:
        await self._call(
            "sendDocument",
            lambda: self._bot.send_document(
                chat_id, InputFile(content, filename=filename), caption=caption
            ),
        )

    async def answer(self, callback_query_id: str, toast: str | None = None) -> None:
        """Stop the button's spinner, with a short toast when there is something to say
        (a closed question); an expired query is not worth an error."""
        data = {"callback_query_id": callback_query_id, "text": toast}  # None: dropped
        await self._call("answerCallbackQuery", partial(self._post, "answerCallbackQuery", data))


def _markup(markup: Markup | None) -> object:
    """The keyboard as the request layer takes it (None: no keyboard, dropped): our own
    keyboard already as its JSON text, which python-telegram-bot sends as it is (a dict it
    would encode twice per call, the same bytes)."""
    return json.dumps(markup.to_api()) if isinstance(markup, Keyboard) else markup


def _message_id(answer: object) -> int | None:
    """The id of the message Telegram answered with (None: no message, refused)."""
    identifier = answer.get("message_id") if isinstance(answer, dict) else None
    return identifier if isinstance(identifier, int) else None


def _seconds(value: object) -> float:
    total = getattr(value, "total_seconds", None)
    return float(total()) if callable(total) else float(value)  # type: ignore[arg-type]


def _kind(exc: BadRequest) -> str:
    """The error's kind without echoing any content: Telegram's texts hold no user data,
    but keep them short."""
    return exc.message[:80]
