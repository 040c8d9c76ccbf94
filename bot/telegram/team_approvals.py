"""Co-supervisor links need a supervisor's approval: whoever opens one waits, seeing
nothing of the team, until one of its supervisors approves (or refuses). A team without
any supervisor yet (made with `reflectbot team create`) takes its first one directly.

Kept apart with its own buttons (`m1|approve|…`, `m1|refuse|…`), like team_admin.
"""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import Update

from bot.dialogue.replies import Text
from bot.msgid import N_
from bot.teams.admin import Admin
from bot.teams.model import Role, Team
from bot.teams.policy import Action
from bot.teams.service import code_hash
from bot.telegram import texts
from bot.telegram.base import Base, Context, Who, today
from bot.telegram.callback_data import MenuAction
from bot.telegram.menu_press import on_menu_press
from bot.telegram.team_admin import NAME_UNKNOWN, TeamAdmin

PATTERN = r"^m1\|(approve|refuse)\|"
ONCE = frozenset({"approve", "refuse"})
"""Each supervisor's copy of the request is answered once, in place (`menu_press.py`)."""
ASKED = N_("Your request to join “{team}” as a co-supervisor now waits for one of its "
           "supervisors to approve it. You will hear here; until then you see nothing of "
           "the team.")  # fmt: skip
ASK_NOTICE = N_("{name} asks to join “{team}” as a co-supervisor. Approve only if you know "
                "who this is: a co-supervisor sees the team's patterns and exports.")  # fmt: skip
APPROVE, REFUSE = N_("Approve"), N_("Refuse")
APPROVED = N_("{name} is now a co-supervisor of “{team}”.")
REFUSED = N_("You refused the request to join “{team}”.")
REFUSED_NOTICE = N_("Your request to join “{team}” as a co-supervisor was not approved.")
HANDLED = N_("That request was already answered.")


class TeamApprovals:
    def __init__(self, handlers: Base) -> None:
        self.h = handlers

    def _handle(self, team: int, pseudonym: str) -> str:
        return self.h.app.key.pseudonym(f"pending:{team}:{pseudonym}")[:12]

    async def asks_approval(self, context: Context, who: Who, code: str) -> bool:
        """True (and asked) when `code` is a valid co-supervisor link of a team that already
        has a supervisor, and `who` is not one of them."""
        invite = await self.h.store.find_invite(code_hash(code.strip()))
        if invite is None or invite.revoked or invite.expires_at < datetime.now(UTC):
            return False
        supervisors = await self.h.store.members(invite.team, Role.SUPERVISOR)
        team = await self.h.store.get_team(invite.team)
        if invite.role is not Role.SUPERVISOR or not supervisors or team is None:
            return False
        if who.pseudonym in supervisors:
            return False
        await Admin(self.h.store).ask_to_supervise(who.pseudonym, team.id, today())
        await self.h.send(context, who, self.h.views(who, [Text(ASKED, {"team": team.name})]))
        name: str | Text = who.first_name or Text(NAME_UNKNOWN)
        arg = f"{team.id}:{self._handle(team.id, who.pseudonym)}"
        buttons = [[(Text(APPROVE), MenuAction("approve", arg)),
                    (Text(REFUSE), MenuAction("refuse", arg))]]  # fmt: skip
        notice = Text(ASK_NOTICE, {"name": name, "team": team.name})
        for supervisor in supervisors:
            worker, link = await self.h.store.lookup(supervisor)
            if worker is not None and link is not None:  # in the supervisor's own language
                reader = Who(supervisor, link.chat_id, worker.lang, worker, 0, link)
                await self.h.send(context, reader, self.h.views(reader, [notice], buttons))
        return True

    async def callback(self, update: Update, context: Context) -> None:
        await on_menu_press(self.h, update, context, self._on_press, once=ONCE)

    async def _on_press(self, context: Context, who: Who, action: MenuAction,
                        pressed: int | None) -> None:  # fmt: skip
        await self._answer(context, who, action.arg, action.action == "approve")

    async def _waiting(self, who: Who, arg: str) -> tuple[Team, str] | None:
        team_text, _, handle = arg.partition(":")
        if not team_text.isdigit():
            return None
        team = await Admin(self.h.store).team(who.pseudonym, int(team_text), Action.INVITE)
        if team is None:
            return None
        waiting = [p for p in await self.h.store.pending(team.id)
                   if self._handle(team.id, p) == handle]  # fmt: skip
        return (team, waiting[0]) if waiting else (team, "")

    async def _answer(self, context: Context, who: Who, arg: str, approve: bool) -> None:
        found = await self._waiting(who, arg)
        if found is None:
            return
        team, pseudonym = found
        answered = pseudonym and await Admin(self.h.store).answer_request(
            who.pseudonym, team.id, pseudonym, approve, today()
        )
        if not answered:
            await self.h.answer_in_place(context, who, self.h.views(who, [Text(HANDLED)]))
            return
        admin = TeamAdmin(self.h)
        name = await admin.name_of(context, pseudonym)
        if approve:
            done = Text(APPROVED, {"name": name, "team": team.name})
            told = Text(texts.JOINED[Role.SUPERVISOR.value], {"team": team.name})
        else:
            done = Text(REFUSED, {"team": team.name})
            told = Text(REFUSED_NOTICE, {"team": team.name})
        await self.h.answer_in_place(context, who, self.h.views(who, [done]))
        await admin.tell(context, pseudonym, told)
