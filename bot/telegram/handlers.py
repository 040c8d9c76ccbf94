"""The reflection on Telegram: plain handlers over our engine, no ConversationHandler.

Each update loads the worker's session from SQLite, feeds the engine, commits, then
replies. Input the dialogue did not ask for gets a short, kind answer and the current
question again. The error handler logs ids and types only.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import NetworkError

from bot.dialogue.events import Discard, Event, Resume, TypeText
from bot.dialogue.replies import Text
from bot.errors import StorageError
from bot.reflections import Turn
from bot.telegram import texts
from bot.telegram.base import Context, Who
from bot.telegram.callback_data import MenuAction, decode
from bot.telegram.gateway import Unreachable
from bot.telegram.menus import Menus
from bot.telegram.ordering import kind_of
from bot.telegram.talk import tell_talk
from bot.telegram.views import View

log = logging.getLogger("bot.telegram")


class Handlers(Menus):
    async def reflect(self, update: Update, context: Context) -> None:
        who = await self.consented(update, context)
        if who is None:
            return
        await self.store.set_chat(who.pseudonym, who.chat_id)
        await self.store.clear_draft(who.pseudonym)  # an abandoned coach answer ends here
        turn = await self.reflections.begin(who.pseudonym, who.lang, who.update_id)
        await self.deliver(context, who, turn, incoming=_message_id(update))

    async def cancel(self, update: Update, context: Context) -> None:
        who = await self.consented(update, context)
        if who is None:
            return
        session = await self.store.load_session(who.pseudonym)
        if session is None:
            await self.send(context, who, self.views(who, [Text(texts.NOTHING_IN_PROGRESS)]))
            return
        await self._event(context, who, Discard(session.current), incoming=_message_id(update))

    async def callback(self, update: Update, context: Context) -> None:
        query = update.callback_query
        who = await self.who(update)
        if query is None or who is None:
            return
        # Stop the button's spinner while the answer is being committed.
        answering = asyncio.ensure_future(self.gateway(context).answer(query.id))
        try:
            await self._pressed(
                context, who, query.data or "", query.message.message_id if query.message else None
            )
        finally:
            await answering

    async def _pressed(self, context: Context, who: Who, data: str, pressed: int | None) -> None:
        decoded = decode(data)
        if isinstance(decoded, MenuAction):
            await self.on_menu(context, who, decoded)
            return
        if decoded is None or not who.consented:
            return
        version, event = decoded
        turn = await self.reflections.handle(who.pseudonym, event, who.update_id, version)
        if turn.idle:
            if pressed is not None:
                await self.gateway(context).clear_keyboard(who.chat_id, pressed)
            await self.send(context, who, self.views(who, [Text(texts.NOTHING_IN_PROGRESS)]))
            return
        await self._show(context, who, turn, pressed=pressed)

    async def text(self, update: Update, context: Context) -> None:
        message = update.effective_message
        who = await self.consented(update, context)
        if who is None or message is None:
            return
        if await self.coach_text(context, who, message.text or ""):
            return
        await self._event(context, who, TypeText(message.text or ""), incoming=message.message_id)

    async def unexpected(self, update: Update, context: Context) -> None:
        """Media, forwards, edits and unknown commands: explain, then ask again."""
        message = update.effective_message
        who = await self.who(update)
        if who is None or message is None:
            return
        if update.edited_message is not None:
            reason = texts.EDITED
        elif message.forward_origin is not None:
            reason = texts.FORWARDED
        elif message.text and message.text.startswith("/"):
            reason = texts.UNKNOWN_COMMAND
        else:
            reason = texts.MEDIA
        incoming = message.message_id if update.edited_message is None else None
        await self.send(context, who, self.views(who, [Text(reason)]))
        if who.consented:
            await self._event(context, who, Resume(), incoming=incoming, quiet_when_idle=True)

    async def group(self, update: Update, context: Context) -> None:
        """Reflections never run in a group: point to a private chat instead."""
        chat = update.effective_chat
        if chat is None:
            return
        lang = self.language_of(update)
        text = self.app.translator.render(lang, Text(texts.GROUP))
        label = self.app.translator.render(lang, Text(texts.OPEN_PRIVATE))
        link = f"https://t.me/{context.bot.username}"
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(label, url=link)]])
        await self.gateway(context).send(chat.id, View(text, markup))

    async def _event(
        self,
        context: Context,
        who: Who,
        event: Event,
        pressed: int | None = None,
        incoming: int | None = None,
        quiet_when_idle: bool = False,
    ) -> None:
        """One session read: with no reflection in progress, point to /reflect (or, after an
        explanation already sent, say nothing more)."""
        turn: Turn = await self.reflections.handle(who.pseudonym, event, who.update_id)
        if turn.idle:
            if not quiet_when_idle:
                await self.send(context, who, self.views(who, [Text(texts.NOTHING_IN_PROGRESS)]))
            return
        await self._show(context, who, turn, pressed=pressed, incoming=incoming)

    async def _show(
        self,
        context: Context,
        who: Who,
        turn: Turn,
        pressed: int | None = None,
        incoming: int | None = None,
    ) -> None:
        await self.deliver(context, who, turn, pressed=pressed, incoming=incoming)
        steps = [r.step for r in turn.replies if r.step]
        self.app.observer.step(who.update_id, "saved" if turn.saved else steps[-1] if steps else "")
        if turn.saved:
            self.app.observer.saved()
            if turn.talk is not None:
                await tell_talk(self, context, who, turn.talk)
            await self.offer_clear(context, who)

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
                log.error("background work failed: %s", type(error).__name__)
            return
        kind = kind_of(update)
        if isinstance(error, Unreachable) and isinstance(update, Update):
            who = await self.who_for_blocked(update)
            if who is not None:
                await self.store.set_active(who, False)
            log.info("update %s (%s): worker unreachable, marked inactive", update_id, kind)
            return
        apology = texts.SORRY
        if isinstance(error, StorageError):
            log.error("update %s (%s) not applied, nothing saved: the database is %s",
                      update_id, kind, error.kind)  # fmt: skip
            apology = texts.STORAGE_TROUBLE
        else:
            log.error("update %s (%s) failed: %s", update_id, kind, type(error).__name__)
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


def _message_id(update: Update) -> int | None:
    return update.effective_message.message_id if update.effective_message else None
