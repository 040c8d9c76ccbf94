"""A worker who opens another team's worker link is asked before moving: a worker belongs
to one team, and a link forwarded by mistake must not move anyone silently.

Kept apart with its own buttons (`m1|move|<code>`, `m1|stay|`), like team_admin.
"""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import Update

from bot.dialogue.replies import Text
from bot.msgid import N_
from bot.teams.model import Role
from bot.teams.service import code_hash
from bot.telegram.base import Base, Context, Who
from bot.telegram.callback_data import MenuAction
from bot.telegram.menu_press import on_menu_press

PATTERN = r"^m1\|(move|stay)\|"
ONCE = frozenset({"move", "stay"})
"""The question is over once answered: the answer replaces it; a second press is closed."""
MOVE_ASK = N_("You are a worker in “{current}”. Move to “{team}”? Your saved reflections stay "
              "with the team they were made in; new ones go to “{team}”.")  # fmt: skip
MOVE_YES = N_("Move to “{team}”")
MOVE_NO = N_("Stay in “{current}”")
STAYED = N_("You stay in “{current}”. Nothing changed.")


class TeamMoves:
    def __init__(self, handlers: Base) -> None:
        self.h = handlers

    async def asks_to_move(self, context: Context, who: Who, code: str) -> bool:
        """True (and asked) when `code` is a valid worker link of another team than the one
        `who` works in now; any other link goes the usual way."""
        invite = await self.h.store.find_invite(code_hash(code.strip()))
        if invite is None or invite.revoked or invite.expires_at < datetime.now(UTC):
            return False
        memberships = await self.h.store.memberships(who.pseudonym)
        current = next((m.team for m in memberships if m.role is Role.WORKER), None)
        if invite.role is not Role.WORKER or current is None or current == invite.team:
            return False
        here, there = await self.h.store.get_team(current), await self.h.store.get_team(invite.team)
        if here is None or there is None:
            return False
        names = {"current": here.name, "team": there.name}
        buttons = [[(Text(MOVE_YES, names), MenuAction("move", code.strip()))],
                   [(Text(MOVE_NO, names), MenuAction("stay", str(current)))]]  # fmt: skip
        await self.h.send(context, who, self.h.views(who, [Text(MOVE_ASK, names)], buttons))
        return True

    async def callback(self, update: Update, context: Context) -> None:
        await on_menu_press(self.h, update, context, self._on_press, once=ONCE)

    async def _on_press(self, context: Context, who: Who, action: MenuAction,
                        pressed: int | None) -> None:  # fmt: skip
        if action.action == "move":
            from bot.telegram.team_menu import TeamsMenu  # it imports this module

            if pressed is not None:  # the question is over: joining says what happened
                await self.h.gateway(context).clear_keyboard(who.chat_id, pressed)
            if isinstance(self.h, TeamsMenu):
                await self.h.join(context, who, action.arg, confirmed=True)
        elif action.arg.isdigit():
            team = await self.h.store.get_team(int(action.arg))
            if team is not None:
                stayed = Text(STAYED, {"current": team.name})
                await self.h.answer_in_place(context, who, self.h.views(who, [stayed]))
