"""Whoever asked a coach can thank them once, without their name: a signed answer's thanks
reach that coach, an anonymous answer's reach the team's coaches (the bot does not know
which of them answered). Its own button (`m1|thanks|<prompt>`), like the team modules."""

from __future__ import annotations

from telegram import Update

from bot.dialogue.replies import Text
from bot.msgid import N_
from bot.teams.model import Role
from bot.telegram.base import Base, Context, Who, today
from bot.telegram.callback_data import MenuAction
from bot.telegram.coach_returns import tell
from bot.telegram.menu_press import on_menu_press

PATTERN = r"^m1\|thanks\|"
THANK = N_("♥ Thank the coach")
THANKED_SIGNED = N_("Your thanks went to the coach who answered, without your name.")
THANKED_TEAM = N_("Your thanks went to your team's coaches, without your name: the answer "
                  "was not signed, so I do not know which coach wrote it.")  # fmt: skip
NOT_AGAIN = N_("You already thanked for this answer.")
TO_COACH = N_("Someone thanks you for your answer to “{question}”.")
TO_COACHES = N_("Someone thanks the coach who answered “{question}”.")


def thank_button(prompt: int) -> tuple[Text, MenuAction]:
    return Text(THANK), MenuAction("thanks", str(prompt))


class CoachThanks:
    def __init__(self, handlers: Base) -> None:
        self.h = handlers

    async def callback(self, update: Update, context: Context) -> None:
        await on_menu_press(self.h, update, context, self._on_press, late=frozenset({"thanks"}))

    async def _on_press(self, context: Context, who: Who, action: MenuAction,
                        pressed: int | None) -> str | None:  # fmt: skip
        return await self._thank(context, who, int(action.arg)) if action.arg.isdigit() else None

    async def _thank(self, context: Context, who: Who, number: int) -> str | None:
        """Thank once; a second press (thanked already: the store says so atomically) is
        answered with a toast, not a new message (#14)."""
        store = self.h.store
        prompt = await store.get_prompt(number)
        signer = await store.thank_prompt(number, who.pseudonym, today())
        if prompt is None or signer is None:
            return NOT_AGAIN if prompt is not None and prompt.asker == who.pseudonym else None
        if signer:
            await tell(self.h, context, signer, Text(TO_COACH, {"question": prompt.question}))
            said = THANKED_SIGNED
        else:
            for coach in await store.members(prompt.team, Role.COACH):
                await tell(self.h, context, coach, Text(TO_COACHES, {"question": prompt.question}))
            said = THANKED_TEAM
        await self.h.send(context, who, self.h.views(who, [Text(said)]))
        return None
