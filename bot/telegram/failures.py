"""Failures: logged so a maintainer can find them, owned up to the worker.

An exception's message and its frames' locals may hold what a worker typed; its type
and, for each frame of our own code, the module, function and line do not, and they are
enough for a maintainer to find the fault.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from telegram import Update
from telegram.error import NetworkError

import bot
from bot.dialogue.replies import Text
from bot.errors import StorageError
from bot.telegram import texts
from bot.telegram.base import Base, Context
from bot.telegram.gateway import Unreachable
from bot.telegram.ordering import kind_of
from bot.telegram.views import View
from bot.telegram.window import NotShown

log = logging.getLogger("bot.telegram")
OURS = Path(bot.__file__).resolve().parent


class Failures(Base):
    async def error(self, update: object, context: Context) -> None:
        """Log what identifies the failure, never what anyone wrote; apologise if we can."""
        error = context.error
        update_id = getattr(update, "update_id", None)
        self.app.observer.failed(update_id, error)
        if update is None:  # polling or a job, not a worker's update
            if isinstance(error, NetworkError):
                log.warning("Bot API call outside any update failed: %s (retried)",
                            type(error).__name__)  # fmt: skip
            else:
                log.error("background work failed: %s", located(error))
            return
        kind = kind_of(update)
        if isinstance(error, Unreachable) and isinstance(update, Update):
            who = await self.who_for_blocked(update)
            if who is not None:
                await self.store.set_active(who, False)
            log.info("update %s (%s): worker unreachable, marked inactive", update_id, kind)
            return
        apology = texts.SORRY
        if isinstance(error, NotShown):  # the turn was committed: say what was kept
            log.error("update %s (%s) applied, not shown: %s", update_id, kind,
                      located(error.__cause__))  # fmt: skip
            apology = error.apology
        elif isinstance(error, StorageError):
            log.error("update %s (%s) not applied, nothing saved: the database is %s",
                      update_id, kind, error.kind)  # fmt: skip
            apology = texts.STORAGE_TROUBLE
        else:
            log.error("update %s (%s) failed: %s", update_id, kind, located(error))
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is not None and chat.type == "private":
            lang = self.language_of(update) if isinstance(update, Update) else "nl"
            text = self.app.translator.render(lang, Text(apology))
            try:
                await self.gateway(context).send(chat.id, View(text))
            except Exception as exc:
                log.warning("apology for update %s not sent: %s", update_id, type(exc).__name__)
                await self._record_undelivered(update)

    async def _record_undelivered(self, update: object) -> None:
        """Neither the reply nor the apology got through: tell them on their next message."""
        user = update.effective_user if isinstance(update, Update) else None
        if user is not None:
            pseudonym = await self.app.identities.resolve(f"tg:{user.id}")
            await self.store.set_undelivered(pseudonym, True)

    async def who_for_blocked(self, update: Update) -> str | None:
        user = update.effective_user
        return self.app.key.pseudonym(f"tg:{user.id}") if user else None


def located(error: BaseException | None) -> str:
    """'KeyError at bot.reflections:handle:95 < bot.telegram.handlers:_pressed:82' (the
    innermost frame first); frames of libraries are left out."""
    if error is None:
        return "unknown error"
    frames = []
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        module = _module(frame.filename)
        if module is not None:
            frames.append(f"{module}:{frame.name}:{frame.lineno}")
    name = type(error).__name__
    return f"{name} at {' < '.join(frames)}" if frames else name


def _module(filename: str) -> str | None:
    path = Path(filename).resolve()
    if not path.is_relative_to(OURS):
        return None
    parts = path.relative_to(OURS.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
