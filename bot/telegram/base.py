"""What every handler needs: who is writing, and how a turn reaches their chat.

Every area of the adapter (reflection, menus, teams, coaches, the worker's own data) is
its own small object built on this, given the other areas it needs; none inherits
another area.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime

from telegram import Update
from telegram.ext import ContextTypes

from bot.app import App
from bot.config import LANGUAGES
from bot.dialogue.replies import Text
from bot.privacy.retention import Retention
from bot.storage.port import ChatLink, Worker
from bot.telegram import texts
from bot.telegram.callback_data import MenuAction
from bot.telegram.chat_state import ChatState
from bot.telegram.gateway import BACKOFF, Gateway
from bot.telegram.one_shot import OneShotQuestions
from bot.telegram.views import View, menu

log = logging.getLogger("bot.telegram")
Context = ContextTypes.DEFAULT_TYPE
Pressed = Callable[[Context, "Who", str], Awaitable[str | None]]
"""What answers a menu button: the context, who pressed, and the button's argument; for an
action in `bot.telegram.one_shot.LATE`, the toast (a msgid) that answers the press."""


@dataclass(frozen=True)
class Who:
    pseudonym: str
    chat_id: int
    lang: str
    worker: Worker | None
    update_id: int
    link: ChatLink | None = None
    first_name: str = ""
    """Telegram's first name, never stored: only a coach's chosen signature is."""
    subject: str = ""
    """"tg:<user id>", never stored: its pseudonyms under every key are erased by /forget."""
    pressed: tuple[int, datetime] | None = None
    """The message (id, sent at) of a one-shot question this update answers, if any."""

    @property
    def consented(self) -> bool:
        return self.worker is not None and self.worker.consent is not None


class Base:
    def __init__(self, app: App, backoff: tuple[float, ...] = BACKOFF) -> None:
        self.app = app
        self.backoff = backoff
        self.store = app.store
        self.reflections = app.reflections
        self.retention = Retention(app.settings.retention_months)
        self.one_shot = OneShotQuestions(ChatState(app.store))
        """Questions asked once and answered (`one_shot.py`), kept in the chat state."""
        self.last_press: dict[str, tuple[int, str]] = {}
        """Each person's last menu press handled in this process (message id, data): the
        same button pressed again right after asks nothing new (`menu_press.py`, #14)."""

    def asked_nothing(self, who: Who) -> None:
        """The press asked no question after all: pressed again, it is handled anew."""
        self.last_press.pop(who.pseudonym, None)

    def gateway(self, context: Context) -> Gateway:
        return Gateway(context.bot, self.backoff)

    async def who(self, update: Update) -> Who | None:
        """The writer in a private chat, or None for a re-delivered update (applied once)."""
        user, chat = update.effective_user, update.effective_chat
        if user is None or chat is None:
            return None
        pseudonym = await self.app.identities.resolve(f"tg:{user.id}")
        worker, link = await self.store.lookup(pseudonym)
        if worker is not None and update.update_id <= worker.last_update_id:
            log.info("update %d already applied, ignored", update.update_id)
            return None
        if worker is not None and not worker.active:
            await self.store.set_active(pseudonym, True)
        lang = worker.lang if worker else self.language_of(update)
        if worker is not None and worker.undelivered:
            await self._tell_undelivered(update, pseudonym, chat.id, lang)
        return Who(
            pseudonym,
            chat.id,
            lang,
            worker,
            update.update_id,
            link,
            user.first_name,
            f"tg:{user.id}",
        )

    async def _tell_undelivered(self, update: Update, pseudonym: str, chat_id: int,
                                lang: str) -> None:  # fmt: skip
        """A reply was lost to the network earlier: say so first, then carry on."""
        text = self.app.translator.render(lang, Text(texts.UNDELIVERED))
        if await Gateway(update.get_bot(), self.backoff).send(chat_id, View(text)) is not None:
            await self.store.set_undelivered(pseudonym, False)

    def language_of(self, update: Update) -> str:
        """The user's Telegram language when we speak it, else the default."""
        user = update.effective_user
        short = ((user.language_code if user else None) or "")[:2].lower()
        return short if short in LANGUAGES else self.app.settings.default_lang

    async def consented(self, update: Update, context: Context) -> Who | None:
        """The writer, once they agreed to what is kept; otherwise the consent prompt."""
        who = await self.who(update)
        if who is not None and not who.consented:
            await self.consent_prompt(context, who, greet=False)
            return None
        return who

    def views(
        self, who: Who, body: list[Text], buttons: list[list[tuple[Text, MenuAction]]] | None = None
    ) -> list[View]:
        return menu(self.app.translator, who.lang, body, buttons)

    async def consent_prompt(self, context: Context, who: Who, greet: bool = True,
                             code: str = "") -> None:  # fmt: skip
        """What is kept, and a question; an invite code waits in the button until consent."""
        await self.send(context, who, await self.consent_views(who, greet, code))

    async def consent_views(self, who: Who, greet: bool = True, code: str = "") -> list[View]:
        months = await self.retention.longest_months(self.store)
        body = [Text(texts.WELCOME if greet else texts.NEED_CONSENT),
                Text(texts.WHAT_IS_KEPT, {"months": months}),
                Text(texts.CONSENT_QUESTION)]  # fmt: skip
        # the language asked in, so that a language chosen before consent is the one kept
        agree, decline = f"yes:{code}:{who.lang}", f"no::{who.lang}"
        buttons = [[(Text(texts.AGREE), MenuAction("consent", agree)),
                    (Text(texts.DECLINE), MenuAction("consent", decline))]]  # fmt: skip
        return self.views(who, body, buttons)

    async def answer_in_place(self, context: Context, who: Who, views: list[View],
                              remember: bool = False) -> None:  # fmt: skip
        """The answer of a one-shot question (`one_shot.py`) becomes the question's message,
        its buttons gone; sent anew when no question was pressed or Telegram refuses the
        edit (the message was deleted, by the worker or by the erasure this answer made).
        `remember`: kept for the clean-up and /forget, the question's message with it."""
        if who.pressed is None or not views:
            await self.send(context, who, views, remember)
            return
        message_id, sent_at = who.pressed
        if not await self.gateway(context).edit(who.chat_id, message_id, views[0]):
            await self.send(context, who, views, remember)
            return
        await self.send(context, who, views[1:], remember)
        if remember and who.consented:
            known = {m for m, _ in await self.store.messages_sent(who.pseudonym)}
            if message_id not in known:  # counted from when it was sent: the 48-hour limit
                await self.store.remember_messages(who.pseudonym, [message_id], sent_at)

    async def send(
        self, context: Context, who: Who, views: list[View], remember: bool = False
    ) -> list[int]:
        gateway = self.gateway(context)
        sent = [m for v in views if (m := await gateway.send(who.chat_id, v)) is not None]
        if remember and who.consented:
            await self.store.remember_messages(who.pseudonym, sent)
        return sent


def today() -> date:
    return date.today()
