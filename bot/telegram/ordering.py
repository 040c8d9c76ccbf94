"""Updates of different people are handled at the same time; one person's in order.

python-telegram-bot handles updates one after another by default, so one slow export or
one hanging API call would make every other worker wait. This processor runs updates
concurrently but queues those of the same user (or chat) behind each other, which is what
a reflection needs: answers apply in the order they were given.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.observe import Observer

MAX_CONCURRENT = 256


def owner(update: object) -> int:
    """Whose queue an update joins: the user, else the chat, else one shared queue."""
    if isinstance(update, Update):
        if update.effective_user is not None:
            return update.effective_user.id
        if update.effective_chat is not None:
            return update.effective_chat.id
    return 0


def kind_of(update: object) -> str:
    """The update's type as Telegram names it (message, callback_query, ...)."""
    if not isinstance(update, Update):
        return type(update).__name__
    for name in ("message", "edited_message", "callback_query", "channel_post",
                 "edited_channel_post", "my_chat_member", "chat_member"):  # fmt: skip
        if getattr(update, name, None) is not None:
            return name
    return "other"


class PerUserOrder(BaseUpdateProcessor):
    def __init__(self, observer: Observer | None = None,
                 max_concurrent_updates: int = MAX_CONCURRENT) -> None:  # fmt: skip
        super().__init__(max_concurrent_updates)
        self._observer = observer
        self._locks: dict[int, asyncio.Lock] = {}
        self._queued: dict[int, int] = {}

    @property
    def users_in_flight(self) -> int:
        return len(self._locks)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = owner(update)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._queued[key] = self._queued.get(key, 0) + 1
        try:
            async with lock:
                started = time.perf_counter()
                await coroutine
                if self._observer is not None and isinstance(update, Update):  # fmt: skip
                    self._observer.finished(update.update_id, kind_of(update),
                                            time.perf_counter() - started)  # fmt: skip
        finally:
            self._queued[key] -= 1
            if not self._queued[key]:
                del self._queued[key], self._locks[key]

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
