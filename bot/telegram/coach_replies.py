"""Whoever asked a coach can reply to the answer once, typed, scrubbed and without their
name, beside the thanks: a signed answer's reply reaches that coach, an anonymous answer's
reaches the team's coaches (the bot does not know which of them answered). The reply is
relayed, never kept; only the day it was sent is (`replied_day`), so that it is once.
Its own buttons (`m1|reply|<prompt>`, `m1|reply_send|<prompt>`), like the thanks."""

from __future__ import annotations

from telegram import Update

from bot.dialogue.replies import Text
from bot.msgid import N_
from bot.teams.model import CoachDraft, CoachPrompt, Role
from bot.telegram import texts
from bot.telegram.base import Base, Context, Who, today
from bot.telegram.callback_data import MenuAction
from bot.telegram.coach_returns import tell
from bot.telegram.menu_press import on_menu_press

PATTERN = r"^m1\|(reply|reply_send)\|"
REPLY_MAX = 1000
REPLY = N_("✎ Reply once")
TYPE = N_("Type your reply to the coach: one message, once. Leave out names and anything "
          "that could identify someone; the coach will not learn who you are.")  # fmt: skip
SEND = N_("✓ Send my reply")
SENT_SIGNED = N_("Your reply went to the coach who answered, without your name.")
SENT_TEAM = N_("Your reply went to your team's coaches, without your name: the answer was "
               "not signed, so I do not know which coach wrote it.")  # fmt: skip
NOT_AGAIN = N_("You already replied to this answer: a reply is once.")
TO_COACH = N_("Whoever asked “{question}” replies to your answer: “{reply}”")
TO_COACHES = N_("Whoever asked “{question}” replies to the coach who answered: “{reply}”")


def reply_button(prompt: int) -> tuple[Text, MenuAction]:
    return Text(REPLY), MenuAction("reply", str(prompt))


def _mine(prompt: CoachPrompt | None, who: Who) -> bool:
    """An answered prompt this person asked: theirs to reply to."""
    return prompt is not None and prompt.asker == who.pseudonym and prompt.answer is not None


async def reply_typed(h: Base, context: Context, who: Who, draft: CoachDraft,
                      text: str) -> bool:  # fmt: skip
    """The asker typed their reply: scrub it and show it back. False: not a reply."""
    prompt = await h.store.get_prompt(draft.prompt)
    if not _mine(prompt, who):
        return False
    scrubbed = h.app.scrubber.scrub(text.strip()[:REPLY_MAX], who.lang)
    await h.store.set_draft(who.pseudonym, draft.prompt, scrubbed)
    number = str(draft.prompt)
    buttons = [[(Text(SEND), MenuAction("reply_send", number))],
               [(Text(texts.PROMPT_RETYPE), MenuAction("reply", number))]]  # fmt: skip
    await h.send(context, who, h.views(who, [Text(texts.PROMPT_CONFIRM, {"text": scrubbed})],
                                       buttons))  # fmt: skip
    return True


class CoachReplies:
    def __init__(self, handlers: Base) -> None:
        self.h = handlers

    async def callback(self, update: Update, context: Context) -> None:
        await on_menu_press(self.h, update, context, self._on_press,
                            once=frozenset({"reply_send"}), stale=self._replied)  # fmt: skip

    async def _on_press(self, context: Context, who: Who, action: MenuAction,
                        pressed: int | None) -> None:  # fmt: skip
        if action.arg.isdigit():
            step = self._start if action.action == "reply" else self._send
            await step(context, who, int(action.arg))

    async def _replied(self, who: Who, action: MenuAction) -> str | None:
        """The one reply was sent: "Reply" (beside "Thanks", or "Retype") says so as a toast."""
        if not action.arg.isdigit():
            return None
        prompt = await self.h.store.get_prompt(int(action.arg))
        return NOT_AGAIN if prompt is not None and _mine(prompt, who) and prompt.replied else None

    async def _start(self, context: Context, who: Who, number: int) -> None:
        prompt = await self.h.store.get_prompt(number)
        if prompt is None or not _mine(prompt, who):
            return
        if prompt.replied:
            await self.h.send(context, who, self.h.views(who, [Text(NOT_AGAIN)]))
            return
        await self.h.store.set_draft(who.pseudonym, number, None)
        await self.h.send(context, who, self.h.views(who, [Text(TYPE)]))

    async def _send(self, context: Context, who: Who, number: int) -> None:
        store = self.h.store
        prompt, draft = await store.get_prompt(number), await store.get_draft(who.pseudonym)
        if prompt is None or draft is None or draft.prompt != number or not draft.text:
            return
        await store.clear_draft(who.pseudonym)
        signer = await store.reply_prompt(number, who.pseudonym, today())
        if signer is None:
            if _mine(prompt, who):
                await self.h.answer_in_place(context, who, self.h.views(who, [Text(NOT_AGAIN)]))
            return
        said = {"question": prompt.question, "reply": draft.text}
        if signer:
            await tell(self.h, context, signer, Text(TO_COACH, said))
        else:
            for coach in await store.members(prompt.team, Role.COACH):
                await tell(self.h, context, coach, Text(TO_COACHES, said))
        sent = SENT_SIGNED if signer else SENT_TEAM
        await self.h.answer_in_place(context, who, self.h.views(who, [Text(sent)]))
