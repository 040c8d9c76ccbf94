"""Commands and buttons around the reflection: consent, help, privacy, language,
reminders, clearing the chat, and erasure."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from telegram import Update

from bot.config import LANGUAGES
from bot.dialogue.replies import Text
from bot.telegram import texts
from bot.telegram.base import Context, Who, today
from bot.telegram.callback_data import MenuAction
from bot.telegram.mine import Mine

WEEK = timedelta(days=7)


class Menus(Mine):
    async def start(self, update: Update, context: Context) -> None:
        who = await self.who(update)
        if who is None:
            return
        code = (context.args or [""])[0][:64]
        if not who.consented:
            await self.consent_prompt(context, who, code=code)
            return
        if code:
            await self.join(context, who, code)
            return
        await self.send(context, who, self.views(who, [Text(texts.WELCOME), Text(texts.THANKS)]))

    async def help(self, update: Update, context: Context) -> None:
        who = await self.who(update)
        if who is None:
            return
        lines = [Text(texts.HELP_LINE, {"command": name, "description": Text(description)})
                 for name, description in texts.COMMANDS]  # fmt: skip
        text = "\n".join(self.app.translator.render(who.lang, t) for t in lines)
        body = [Text(texts.HELP_HEADER), Text("{lines}", {"lines": text}),
                Text(texts.HELP_FOOTER)]  # fmt: skip
        await self.send(context, who, self.views(who, body))

    async def privacy(self, update: Update, context: Context) -> None:
        who = await self.who(update)
        if who is not None:
            await self.send(context, who, self.views(who, [Text(texts.PRIVACY)]))

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
        await self.send(context, who, self.views(who, [Text(texts.REMIND_QUESTION)], buttons))

    async def forget(self, update: Update, context: Context) -> None:
        who = await self.who(update)
        if who is None:
            return
        if who.worker is None:
            await self.send(context, who, self.views(who, [Text(texts.DECLINED)]))
            return
        buttons = [[(Text(texts.FORGET_YES), MenuAction("forget", "yes"))],
                   [(Text(texts.FORGET_NO), MenuAction("forget", "no"))]]  # fmt: skip
        await self.send(context, who, self.views(who, [Text(texts.FORGET_QUESTION)], buttons))

    async def on_menu(self, context: Context, who: Who, action: MenuAction) -> None:
        """A menu button was pressed (its spinner is already stopped)."""
        handler = {
            "consent": self._consent, "lang": self._language, "weekly": self._weekly,
            "forget": self._forget, "clear": self._clear,
            "export": self._export,
            "team": self.show_summary,
            "export_pack": self.send_pack,
            "unshare": self.withdraw,
            "coach_answer": self.coach_answer,
            "coach_skip": self.coach_skip,
            "coach_send": self.coach_send,
            "coach_sign": self.coach_sign,
        }.get(action.action)  # fmt: skip
        if handler is not None:
            await handler(context, who, action.arg)

    async def _export(self, context: Context, who: Who, _: str) -> None:
        await self.export(context, who)

    async def _consent(self, context: Context, who: Who, answer: str) -> None:
        agreed, _, code = answer.partition(":")
        if agreed != "yes":
            await self.send(context, who, self.views(who, [Text(texts.DECLINED)]))
            return
        key = self.app.key
        await self.store.ensure_worker(who.pseudonym, key.version, who.lang, today())
        await self.store.set_consent(who.pseudonym, today())
        await self.store.set_chat(who.pseudonym, who.chat_id)
        if code:
            await self.join(context, who, code)
            return
        await self.send(context, who, self.views(who, [Text(texts.THANKS)]))

    async def _language(self, context: Context, who: Who, lang: str) -> None:
        if lang not in LANGUAGES:
            return
        chosen = replace(who, lang=lang)
        if who.worker is None:
            await self.consent_prompt(context, chosen)
            return
        await self.store.set_language(who.pseudonym, lang)
        await self.send(context, chosen, self.views(chosen, [Text(texts.LANGUAGE_SET)]))

    async def _weekly(self, context: Context, who: Who, switch: str) -> None:
        if not who.consented:
            return
        on = switch == "on"
        await self.store.set_weekly(who.pseudonym, datetime.now(UTC) + WEEK if on else None)
        message = texts.REMIND_SET_ON if on else texts.REMIND_SET_OFF
        await self.send(context, who, self.views(who, [Text(message)]))

    async def _forget(self, context: Context, who: Who, answer: str) -> None:
        if answer != "yes" or who.worker is None:
            await self.send(context, who, self.views(who, [Text(texts.FORGET_KEPT)]))
            return
        await self.gateway(context).delete(
            who.chat_id, await self.store.take_messages(who.pseudonym)
        )
        removed = await self.store.forget(who.pseudonym)
        receipt = Text(texts.FORGOTTEN, {"entries": removed["entries"],
                                          "sessions": removed["sessions"],
                                          "messages": removed["chat_refs"]})  # fmt: skip
        await self.send(context, who, self.views(who, [receipt]))

    async def offer_clear(self, context: Context, who: Who) -> None:
        buttons = [[(Text(texts.CLEAR_YES), MenuAction("clear", "yes"))],
                   [(Text(texts.CLEAR_NO), MenuAction("clear", "no"))]]  # fmt: skip
        await self.send(context, who, self.views(who, [Text(texts.CLEAR_OFFER)], buttons),
                        remember=True)  # fmt: skip

    async def _clear(self, context: Context, who: Who, answer: str) -> None:
        if not who.consented:
            return
        ids = await self.store.take_messages(who.pseudonym)
        if answer == "yes":
            await self.gateway(context).delete(who.chat_id, ids)
        await self.send(context, who, self.views(who, [Text(texts.CLEARED if answer == "yes"
                                                            else texts.KEPT)]))  # fmt: skip
