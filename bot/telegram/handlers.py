"""The reflection on Telegram: plain handlers over our engine, no ConversationHandler.

Each update loads the worker's session from SQLite, feeds the engine, commits, then
brings the worker's one window up to date (`window.py`). Input the dialogue did not ask
for gets a short, kind answer in the window. Menu buttons go to the area that declared
them; a coach's typed answer to the coach area.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from functools import partial

from telegram import Update

from bot.app import App
from bot.dialogue.events import Discard, Event, Resume, Save, TypeText
from bot.dialogue.render import notice
from bot.dialogue.replies import Text
from bot.reflections import Turn
from bot.telegram import texts, window_texts
from bot.telegram.base import Base, Context, Pressed, Who, today
from bot.telegram.callback_data import MenuAction, decode
from bot.telegram.chat_state import ChatState
from bot.telegram.coach_menu import CoachMenu
from bot.telegram.gateway import BACKOFF, Unreachable
from bot.telegram.one_shot import LATE, ONE_SHOT, OneShotQuestions, answer_closed, settled
from bot.telegram.repair_offer import offer_repair_reminder
from bot.telegram.talk import tell_talk
from bot.telegram.window import Incoming, NotShown, Place, ReflectionWindow


class ReflectionHandlers(Base):
    def __init__(self, app: App, coach: CoachMenu, buttons: dict[str, Pressed],
                 backoff: tuple[float, ...] = BACKOFF) -> None:  # fmt: skip
        super().__init__(app, backoff)
        self.chat_state = ChatState(app.store)
        self.window = ReflectionWindow(app.translator, self.chat_state)
        self._coach, self._buttons = coach, buttons
        self.one_shot = OneShotQuestions(self.chat_state)

    def place(self, who: Who) -> Place:
        """Where the worker's reflection window is now (from the update's one lookup)."""
        link = who.link
        window, noted = (link.question_message_id, link.removal_noted) if link else (None, False)
        return Place(who.pseudonym, who.chat_id, who.lang, window, noted)

    async def deliver(self, context: Context, who: Who, turn: Turn,
                      incoming: Incoming | None = None, remove: bool = True,
                      typed: bool = False) -> None:  # fmt: skip
        """Show a committed turn in the worker's one window; when that fails, the apology
        says what was kept (`NotShown`), as the turn was committed before anything was sent."""
        gateway, place = self.gateway(context), self.place(who)
        try:
            await self.window.show(gateway, place, turn, incoming, remove, typed)
        except Unreachable:
            raise
        except Exception as failure:
            if turn.idle or turn.closed:  # nothing was applied: the general apology is true
                raise
            raise NotShown(turn) from failure

    async def reflect(self, update: Update, context: Context) -> None:
        who = await self.consented(update, context)
        if who is None:
            return
        if who.link is None or who.link.chat_id != who.chat_id:  # known already: no commit
            await self.store.set_chat(who.pseudonym, who.chat_id)
        await self.store.clear_draft(who.pseudonym)  # an abandoned coach answer ends here
        if self.place(who).window is not None and not await self.store.load_session(who.pseudonym):
            # the reflection ended (a save, most likely) without its window being closed: a
            # kill came in between; say so before anything new is started
            ended = Turn((notice(window_texts.ENDED_UNSEEN),), ended=True, idle=True)
            await self.deliver(context, who, ended, incoming=_incoming(update))
            return
        turn = await self.reflections.begin(who.pseudonym, who.lang, who.update_id)
        incoming = _incoming(update)
        if incoming is not None:  # where this reflection began (a resume moves nothing)
            await self.chat_state.began(who.pseudonym, incoming[0])
        await self.deliver(context, who, turn, incoming=incoming)

    async def cancel(self, update: Update, context: Context) -> None:
        who = await self.consented(update, context)
        if who is None:
            return
        session = await self.store.load_session(who.pseudonym)
        if session is None:  # a command answered in its own message: both stay (telegram.md)
            saved = await self._saved_today(who)  # right after a save: say it is safe
            idle = window_texts.NOTHING_SAVED_TODAY if saved else texts.NOTHING_IN_PROGRESS
            await self.send(context, who, self.views(who, [Text(idle)]))
            return
        await self._event(context, who, Discard(session.current), incoming=_incoming(update))

    async def callback(self, update: Update, context: Context) -> None:
        query = update.callback_query
        who = await self.who(update)
        if query is None or who is None:
            return
        gateway = self.gateway(context)
        decoded = decode(query.data or "")
        if isinstance(decoded, MenuAction):
            one_shot = decoded.action in ONE_SHOT  # answered once: its message loses its buttons
            worker = who.worker is not None
            agreed = decoded.action == "consent" and who.consented  # an old copy of the question
            over = settled(decoded.action, worker) or agreed
            if one_shot and (over or not await self.one_shot.claim(
                    who.pseudonym, worker, query.message, query.data or "")):  # fmt: skip
                closed = Text(window_texts.QUESTION_CLOSED)
                await answer_closed(gateway, query, self.app.translator.render(who.lang, closed))
                return
            if one_shot and query.message is not None:
                who = replace(who, pressed=(query.message.message_id, query.message.date))
            button = self._buttons.get(decoded.action)
            if decoded.action in LATE and button is not None:  # the work knows the toast
                await self._answered_after(context, who, query.id, button, decoded.arg)
                return
            # Stop the button's spinner while the menu's work is done.
            answering = asyncio.ensure_future(gateway.answer(query.id))
            try:
                if button is not None:
                    await button(context, who, decoded.arg)
            except Exception:
                if one_shot:
                    await self.one_shot.release(who.pseudonym, worker, query.message)
                raise
            finally:
                await answering
            return
        if decoded is None or not who.consented:
            await gateway.answer(query.id)
            return
        message = query.message
        pressed = (message.message_id, message.date) if message is not None else None
        await self._pressed(context, who, query.id, query.data or "", decoded, pressed)

    async def _answered_after(self, context: Context, who: Who, query_id: str,
                              button: Pressed, arg: str) -> None:  # fmt: skip
        """A press whose work finds it done already (a second quick press) answers with
        the toast the work returns, instead of a new message (#14)."""
        told = None
        try:
            told = await button(context, who, arg)
        finally:
            toast = self.app.translator.render(who.lang, Text(told)) if told else None
            await self.gateway(context).answer(query_id, toast)

    async def _pressed(self, context: Context, who: Who, query_id: str, data: str,
                       decoded: tuple[int, Event], message: Incoming | None) -> None:  # fmt: skip
        """A reflection button: applied only on the window, and only once; anything else
        is answered with a toast, never with a new message."""
        gateway, window = self.gateway(context), self.place(who).window
        closed = partial(self.app.translator.render, who.lang, Text(window_texts.QUESTION_CLOSED))
        pressed = message[0] if message is not None else None
        if window is not None and pressed != window:
            await asyncio.gather(
                gateway.answer(query_id, closed()), self._retire(context, who, message)
            )
            return
        version, event = decoded
        if pressed is not None and not self.chat_state.shows(who.pseudonym, pressed, version,
                                                             data):  # fmt: skip
            await gateway.answer(query_id, closed())  # tapped before the window changed
            return
        turn = await self.reflections.handle(who.pseudonym, event, who.update_id, version)
        if turn.idle:
            if isinstance(event, Save) and pressed == window and await self._saved_today(who):
                # killed after the save was committed, before the window became its receipt
                saved = Turn((notice(window_texts.SAVED_EARLIER),), ended=True, saved=True)
                await asyncio.gather(gateway.answer(query_id), self._show(context, who, saved))
                return
            if window is None and pressed is not None:  # the reflection it asked for ended
                await gateway.answer(query_id, closed())  # (a second "✓ Save", say)
                return
            idle = self.app.translator.render(who.lang, Text(texts.NOTHING_IN_PROGRESS))
            await asyncio.gather(
                gateway.answer(query_id, idle), self._retire(context, who, message)
            )
            return
        behind = pressed is not None and self.chat_state.still_shows(who.pseudonym, pressed, data)
        if turn.closed and version == turn.version and not behind:  # a second quick press
            await gateway.answer(query_id, closed())
            return
        # a keyboard of an older dialogue version, or a window left behind (its edit
        # failed): the toast, and the window brought up to date so the worker can go on
        toast = closed() if turn.closed else None
        # the button's answer in flight beside the window's edit: one task, not gather's two
        answering = asyncio.ensure_future(gateway.answer(query_id, toast))
        try:
            await self._show(context, who, turn)
        finally:
            await answering

    async def _retire(self, context: Context, who: Who, message: Incoming | None) -> None:
        """Buttons on a message that is not the window are over: take them off, so the
        worker sees one window only (a kill between sending a window and recording it can
        leave one behind), and remember the message for the clean-up and /forget, unless
        it is no longer in the chat (an old window the bot deleted when it moved)."""
        if message is not None and await self.gateway(context).clear_keyboard(
            who.chat_id, message[0]
        ):
            await self.chat_state.stray(who.pseudonym, *message)

    async def _saved_today(self, who: Who) -> bool:
        """Whether the worker's newest reflection was saved today: only a save ends a
        reflection while its window still holds the overview's save button."""
        newest = await self.store.entries_of(who.pseudonym, 1)
        return bool(newest) and newest[0].day == today()

    async def text(self, update: Update, context: Context) -> None:
        message = update.effective_message
        who = await self.consented(update, context)
        if who is None or message is None:
            return
        if await self._coach.coach_text(context, who, message.text or ""):
            return
        if self.chat_state.asks_discard(who.pseudonym):
            await self._discard_asked(context, who, _incoming(update))
            return
        await self._event(context, who, TypeText(message.text or ""), incoming=_incoming(update),
                          typed=True)  # fmt: skip

    async def _discard_asked(self, context: Context, who: Who, incoming: Incoming | None) -> None:
        """Text typed while the window asks whether to discard the reflection: never an
        answer to the question below it; the discard question is asked again."""
        session = await self.store.load_session(who.pseudonym)
        if session is None:
            await self.send(context, who, self.views(who, [Text(texts.NOTHING_IN_PROGRESS)]))
            return
        turn = await self.reflections.handle(who.pseudonym, Discard(session.current),
                                             who.update_id)  # fmt: skip
        asked = replace(turn, replies=(notice(window_texts.USE_THE_BUTTONS), *turn.replies))
        await self._show(context, who, asked, incoming=incoming, typed=True)

    async def unexpected(self, update: Update, context: Context) -> None:
        """Media, forwards, edits and unknown commands: explain in the window, which moves
        below the worker's message (it stays: it was not scrubbed, so it is not ours to
        keep or to claim removed; the clean-up offer covers it)."""
        message = update.effective_message
        who = await self.who(update)
        if who is None or message is None:
            return
        if update.edited_message is not None:
            held = self.chat_state.holds_long(who.pseudonym, message.message_id)
            reason = window_texts.EDITED_LONG if held else texts.EDITED
        elif message.forward_origin is not None:
            reason = texts.FORWARDED
        elif message.text and message.text.startswith("/"):
            reason = texts.UNKNOWN_COMMAND
        else:
            reason = texts.MEDIA
        turn = None
        if who.consented:
            turn = await self.reflections.handle(who.pseudonym, Resume(), who.update_id)
        if turn is None or turn.idle:
            await self.send(context, who, self.views(who, [Text(reason)]))
            return
        explained = replace(turn, replies=(notice(reason), *turn.replies))
        incoming = _incoming(update) if update.edited_message is None else None
        await self._show(context, who, explained, incoming=incoming, remove=False)

    async def _event(self, context: Context, who: Who, event: Event,
                     incoming: Incoming | None = None, typed: bool = False) -> None:  # fmt: skip
        """One session read: with no reflection in progress, point to /reflect."""
        turn: Turn = await self.reflections.handle(who.pseudonym, event, who.update_id)
        if turn.idle:
            await self.send(context, who, self.views(who, [Text(texts.NOTHING_IN_PROGRESS)]))
            return
        await self._show(context, who, turn, incoming=incoming, typed=typed)

    async def _show(self, context: Context, who: Who, turn: Turn, incoming: Incoming | None = None,
                    remove: bool = True, typed: bool = False) -> None:  # fmt: skip
        await self.deliver(context, who, turn, incoming, remove, typed)
        steps = [r.step for r in turn.replies if r.step]
        self.app.observer.step(who.update_id, "saved" if turn.saved else steps[-1] if steps else "")
        if turn.saved:
            self.app.observer.saved()
            if turn.talk is not None:
                await tell_talk(self, context, who, turn.talk)
            if turn.repair_later:
                await offer_repair_reminder(self, context, who)


def _incoming(update: Update) -> Incoming | None:
    message = update.effective_message
    return (message.message_id, message.date) if message is not None else None
