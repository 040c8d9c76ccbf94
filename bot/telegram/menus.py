"""Commands and buttons around the reflection: consent, help, privacy, language,
reminders, clearing the chat, and erasure. Joining a team by invite code is the team
area's (given to this object), not this one's."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.app import App
from bot.config import LANGUAGES
from bot.dialogue.replies import Text
from bot.msgid import N_
from bot.privacy import erasure
from bot.storage.port import AUDIT_KEPT
from bot.telegram import texts
from bot.telegram.base import Base, Context, Pressed, Who, today
from bot.telegram.callback_data import MenuAction
from bot.telegram.chat_state import ChatState
from bot.telegram.command_list import COMMANDS
from bot.telegram.gateway import BACKOFF
from bot.telegram.receipts import clean_up_lines, forget_lines
from bot.telegram.repair_offer import answer_repair, pending_lines
from bot.telegram.team_menu import TeamsMenu
from bot.telegram.views import View

WEEK = timedelta(days=7)
FORGET_IN_PROGRESS = N_(
    "Your reflection in progress is not saved yet: it would be erased too. To keep it, "
    "answer “No, keep it” and finish it with /reflect first."
)
STILL_IN_PROGRESS = N_("Your reflection in progress is still there: /reflect continues it.")


class Menus(Base):
    def __init__(self, app: App, teams: TeamsMenu, backoff: tuple[float, ...] = BACKOFF) -> None:
        super().__init__(app, backoff)
        self._teams = teams

    def buttons(self) -> dict[str, Pressed]:
        """The menu buttons this area answers, by action."""
        return {"consent": self._consent, "lang": self._language, "weekly": self._weekly,
                "forget": self._forget, "clear": self._clear, "repair": self._repair}  # fmt: skip

    async def start(self, update: Update, context: Context) -> None:
        who = await self.who(update)
        if who is None:
            return
        code = (context.args or [""])[0][:64]
        if not who.consented:
            await self.consent_prompt(context, who, code=code)
            return
        if code:
            await self._teams.join(context, who, code)
            return
        await self.send(context, who, self.views(who, [Text(texts.WELCOME), Text(texts.THANKS)]))

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

    async def help(self, update: Update, context: Context) -> None:
        who = await self.who(update)
        if who is None:
            return
        lines = [Text(texts.HELP_LINE, {"command": name, "description": Text(description)})
                 for name, description in COMMANDS]  # fmt: skip
        text = "\n".join(self.app.translator.render(who.lang, t) for t in lines)
        body = [Text(texts.HELP_HEADER), Text("{lines}", {"lines": text}),
                Text(texts.HELP_FOOTER)]  # fmt: skip
        await self.send(context, who, self.views(who, body))

    async def privacy(self, update: Update, context: Context) -> None:
        who = await self.who(update)
        if who is not None:
            months = await self.retention.longest_months(self.store)
            await self.send(context, who, self.views(who, [Text(texts.PRIVACY,
                                                                 {"months": months})]))  # fmt: skip

    async def language(self, update: Update, context: Context) -> None:
        who = await self.who(update)
        if who is None:
            return
        buttons = [[(Text(texts.LANGUAGE_NAMES[lang]), MenuAction("lang", lang))
                    for lang in LANGUAGES]]  # fmt: skip
        await self.send(context, who, self.views(who, [Text(texts.LANGUAGE_QUESTION)], buttons))

    async def remind(self, update: Update, context: Context) -> None:
        who = await self.consented(update, context)
        if who is None:
            return
        buttons = [[(Text(texts.REMIND_ON), MenuAction("weekly", "on"))],
                   [(Text(texts.REMIND_OFF), MenuAction("weekly", "off"))]]  # fmt: skip
        repair, stop = await pending_lines(self, who)
        lines, buttons = [Text(texts.REMIND_QUESTION), *repair], [*buttons, *[[b] for b in stop]]
        await self.send(context, who, self.views(who, lines, buttons))

    async def forget(self, update: Update, context: Context) -> None:
        who = await self.who(update)
        if who is None:
            return
        if who.worker is None:
            await self.send(context, who, self.views(who, [Text(texts.DECLINED)]))
            return
        buttons = [[(Text(texts.FORGET_YES), MenuAction("forget", "yes"))],
                   [(Text(texts.FORGET_NO), MenuAction("forget", "no"))]]  # fmt: skip
        question = [Text(texts.FORGET_QUESTION)]
        if await self.store.load_session(who.pseudonym) is not None:
            question.append(Text(FORGET_IN_PROGRESS))  # asked first, as /cancel does
        await self.send(context, who, self.views(who, question, buttons))

    async def _consent(self, context: Context, who: Who, answer: str) -> None:
        """The consent question's answer replaces it (`one_shot.py`). Only someone who has
        not agreed gets here: any copy of the question pressed after agreeing is closed
        (the callback), so an old "No, thanks" never ends a reflection in progress;
        /forget is the way out, and it asks first."""
        agreed, _, code = answer.partition(":")
        if agreed != "yes":
            await self.answer_in_place(context, who, self.views(who, [Text(texts.DECLINED)]))
            return
        key = self.app.key
        await self.store.ensure_worker(who.pseudonym, key.version, who.lang, today())
        await self.store.set_consent(who.pseudonym, today())
        await self.store.set_chat(who.pseudonym, who.chat_id)
        await self.answer_in_place(context, who, self.views(who, [Text(texts.THANKS)]))
        if code:
            await self._teams.join(context, who, code)

    async def _language(self, context: Context, who: Who, lang: str) -> None:
        if lang not in LANGUAGES:
            return
        chosen = replace(who, lang=lang)  # the answer replaces the question (`one_shot.py`)
        if who.worker is None:
            await self.answer_in_place(context, chosen, await self.consent_views(chosen))
            return
        await self.store.set_language(who.pseudonym, lang)
        await self.answer_in_place(context, chosen, self.views(chosen, [Text(texts.LANGUAGE_SET)]))

    async def _weekly(self, context: Context, who: Who, switch: str) -> None:
        if not who.consented:
            return
        on = switch == "on"
        await self.store.set_weekly(who.pseudonym, datetime.now(UTC) + WEEK if on else None)
        message = texts.REMIND_SET_ON if on else texts.REMIND_SET_OFF
        await self.answer_in_place(context, who, self.views(who, [Text(message)]))

    async def _repair(self, context: Context, who: Who, choice: str) -> None:
        await answer_repair(self, context, who, choice)

    async def _forget(self, context: Context, who: Who, answer: str) -> None:
        if answer != "yes" or who.worker is None:
            kept = [Text(texts.FORGET_KEPT)]
            if who.worker is not None and await self.store.load_session(who.pseudonym):
                kept.append(Text(STILL_IN_PROGRESS))
            await self.answer_in_place(context, who, self.views(who, kept))
            return
        pseudonyms = (self.app.identities.every_pseudonym(who.subject) if who.subject
                      else [who.pseudonym])  # fmt: skip
        receipt = await erasure.forget(self.store, pseudonyms,
                                       partial(self.gateway(context).delete, who.chat_id),
                                       today().isoformat())  # fmt: skip
        lines = forget_lines(receipt, AUDIT_KEPT.days // 365)
        await self.answer_in_place(context, who, self.views(who, lines))

    async def _clear(self, context: Context, who: Who, answer: str) -> None:
        if not who.consented:
            return
        if who.pressed is not None:  # the offer sits under the saved receipt, which stays
            await self.gateway(context).clear_keyboard(who.chat_id, who.pressed[0])
        if answer != "yes":  # the ids stay (sealed) so /forget can still remove them
            await self.send(context, who, self.views(who, [Text(texts.KEPT)]))
            return
        receipt = {who.pressed[0]} if who.pressed is not None else set()  # stays, as it says
        remove = partial(self.gateway(context).remove, who.chat_id)
        removed = await ChatState(self.store).remove_left(who.pseudonym, receipt, remove, True)
        await self.send(context, who, self.views(who, clean_up_lines(removed)))
