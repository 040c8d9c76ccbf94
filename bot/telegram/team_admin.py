"""A supervisor's team management on Telegram: /invite (new links for an existing team),
/members (counts for everyone in the team; names, live from Telegram, and removal for a
supervisor), /report (the HTML team report as a document), and the notice a supervisor
gets when someone joins. Kept apart, with its own buttons, so it moves in one piece.

Names are asked of Telegram (getChat) each time /members runs and never stored.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.error import TelegramError

from bot.dialogue.replies import Text, counted
from bot.msgid import N_
from bot.reports import periods
from bot.teams.admin import Admin
from bot.teams.exports import Exports
from bot.teams.model import Role, Team
from bot.teams.policy import Action
from bot.teams.service import INVITE_DAYS
from bot.telegram import texts
from bot.telegram.base import Base, Context, Who, today
from bot.telegram.callback_data import MenuAction
from bot.telegram.counts import COACHES, SUPERVISORS, WORKERS
from bot.telegram.menu_press import on_menu_press
from bot.telegram.views import View

log = logging.getLogger("bot.telegram")
ACTIONS = ("invite", "members", "remove", "removed", "report")
PATTERN = rf"^m1\|({'|'.join(ACTIONS)})\|"
ONCE = frozenset({"invite", "removed", "members"})
"""Asked once, answered in place: which link (a second press made a second link), and the
removal's confirmation. A name on the roster asks anew (a new message): it may be pressed
again after "Keep"."""
ROLES = (Role.WORKER, Role.COACH, Role.SUPERVISOR)
INVITE_WHICH = N_("Which link do you need? Older links keep working until they expire.")
INVITE_NEW = N_("A new link for {role} of “{team}”, valid for {days} days:\n{link}")
INVITE_ROLE = {"worker": N_("Workers"), "coach": N_("Coaches (experts by experience)"),
               "supervisor": N_("Co-supervisors")}  # fmt: skip
NOT_A_MEMBER = N_("You are not in a team yet. A link from your supervisor lets you join one.")
MEMBER_COUNTS = N_("“{team}”: {workers}, {coaches}, {supervisors}.")
MEMBERS_LIST = N_("Press a name to remove someone who left the team. Names come from "
                  "Telegram as you read this; the bot does not keep them.")  # fmt: skip
MEMBER_BUTTON = N_("{name} ({role})")
NAME_UNKNOWN = N_("someone Telegram gives no name for")
REMOVE_CONFIRM = N_("Remove {name} from “{team}”? Their reflections are not touched; they "
                    "can join again with a new link.")  # fmt: skip
REMOVE_YES, REMOVE_NO = N_("Remove"), N_("Keep")
REMOVED = N_("{name} is no longer a member of “{team}”.")
REMOVED_NOTICE = N_("You are no longer a member of team “{team}”. Your own reflections stay "
                    "yours; /forget erases them.")  # fmt: skip
KEPT = N_("Nothing changed.")
JOIN_NOTICE = N_("Someone joined “{team}” as {role}. /members shows who is in the team.")
JOIN_ROLE = {"worker": N_("a worker"), "coach": N_("a coach"),
             "supervisor": N_("a co-supervisor")}  # fmt: skip
REPORT_WHICH = N_("Which period should the team report cover?")
REPORT_CAPTION = N_("Team report of {team}, {period}: one HTML file; open it in a browser, "
                    "print it on A4 or read it on your phone.")  # fmt: skip


class TeamAdmin:
    def __init__(self, handlers: Base) -> None:
        self.h = handlers

    def admin(self) -> Admin:
        """The use cases, with permission and audit (bot.teams.admin)."""
        return Admin(self.h.store)

    def commands(self) -> dict[str, Callable[[Update, Context], Coroutine[Any, Any, None]]]:
        return {"invite": self.invite, "members": self.members, "report": self.report}

    async def callback(self, update: Update, context: Context) -> None:
        await on_menu_press(self.h, update, context, self._on_press, once=ONCE,
                            asks=frozenset({"remove"}))  # fmt: skip

    async def _on_press(self, context: Context, who: Who, action: MenuAction,
                        pressed: int | None) -> None:  # fmt: skip
        step = {"invite": self._invite, "members": self._members,
                "remove": self._remove, "removed": self._removed,
                "report": self._report}[action.action]  # fmt: skip
        await step(context, who, action.arg)

    async def _say(self, context: Context, who: Who, body: list[Text],
                   buttons: list[list[tuple[Text, MenuAction]]] | None = None) -> None:  # fmt: skip
        """Sent anew, or in place of the one-shot question pressed (`ONCE`)."""
        await self.h.answer_in_place(context, who, self.h.views(who, body, buttons))

    async def _team(self, who: Who, arg: str, action: Action) -> tuple[Team, str] | None:
        """The team named in a button's "<team>:<rest>", when `who` may still do `action`."""
        team_text, _, rest = arg.partition(":")
        team_id = int(team_text) if team_text.isdigit() else None
        team = await self.admin().team(who.pseudonym, team_id, action)
        return None if team is None else (team, rest)

    async def _first(
        self, update: Update, context: Context, action: Action
    ) -> tuple[Who, int] | None:
        who = await self.h.consented(update, context)
        if who is None:
            return None
        teams = await self.admin().teams(who.pseudonym, action)
        if not teams:
            await self._say(context, who, [Text(texts.TEAM_NONE)])
            return None
        return who, teams[0]

    async def invite(self, update: Update, context: Context) -> None:
        found = await self._first(update, context, Action.INVITE)
        if found is None:
            return
        who, team = found
        role = (context.args or [""])[0].lower()
        if role in INVITE_ROLE:
            await self._invite(context, who, f"{team}:{role}")
            return
        buttons = [[(Text(INVITE_ROLE[r.value]), MenuAction("invite", f"{team}:{r.value}"))]
                   for r in ROLES]  # fmt: skip
        await self._say(context, who, [Text(INVITE_WHICH)], buttons)

    async def _invite(self, context: Context, who: Who, arg: str) -> None:
        team_text, _, role_text = arg.partition(":")
        if role_text not in INVITE_ROLE:
            return
        team_id, role = int(team_text) if team_text.isdigit() else None, Role(role_text)
        made = await self.admin().invite(who.pseudonym, team_id, role)
        if made is None:
            return
        team, code = made
        link = f"https://t.me/{context.bot.username}?start={code}"
        await self._say(context, who, [Text(INVITE_NEW, {"role": Text(INVITE_ROLE[role.value]),
                                                         "team": team.name, "days": INVITE_DAYS,
                                                         "link": link})])  # fmt: skip

    async def members(self, update: Update, context: Context) -> None:
        who = await self.h.consented(update, context)
        if who is None:
            return
        teams = await self.admin().teams(who.pseudonym, Action.MEMBERS)
        if not teams:
            await self._say(context, who, [Text(NOT_A_MEMBER)])
            return
        for team in teams:
            await self._members(context, who, str(team))

    async def _members(self, context: Context, who: Who, arg: str) -> None:
        roster = await self.admin().roster(who.pseudonym, int(arg) if arg.isdigit() else None)
        if roster is None:
            return
        team, people = roster.team, roster.people
        counts = Text(MEMBER_COUNTS, {
            "team": team.name, "workers": counted(WORKERS, len(people[Role.WORKER])),
            "coaches": counted(COACHES, len(people[Role.COACH])),
            "supervisors": counted(SUPERVISORS, len(people[Role.SUPERVISOR]))})  # fmt: skip
        if not roster.manages:
            await self._say(context, who, [counts])
            return
        buttons = []
        for role in ROLES:
            for pseudonym in people[role]:
                if pseudonym == who.pseudonym:
                    continue
                name = await self.name_of(context, pseudonym)
                label = Text(MEMBER_BUTTON, {"name": name, "role": Text(JOIN_ROLE[role.value])})
                arg = f"{team.id}:{role.value[0]}{self._handle(team.id, pseudonym)}"
                buttons.append([(label, MenuAction("remove", arg))])
        await self._say(context, who, [counts, Text(MEMBERS_LIST)] if buttons else [counts],
                        buttons)  # fmt: skip

    def _handle(self, team: int, pseudonym: str) -> str:
        """A short stand-in for a member in a button: keyed, so it means nothing elsewhere."""
        return self.h.app.key.pseudonym(f"member:{team}:{pseudonym}")[:12]

    async def name_of(self, context: Context, pseudonym: str) -> str | Text:
        """The name the member shows in Telegram now; never stored."""
        _, link = await self.h.store.lookup(pseudonym)
        if link is None:
            return Text(NAME_UNKNOWN)
        try:
            chat = await context.bot.get_chat(link.chat_id)
        except TelegramError as exc:
            log.info("getChat for a member failed: %s", type(exc).__name__)
            return Text(NAME_UNKNOWN)
        name = " ".join(p for p in (chat.first_name, chat.last_name) if p)
        return name or (f"@{chat.username}" if chat.username else Text(NAME_UNKNOWN))

    async def _member(self, who: Who, arg: str) -> tuple[Team, Role, str] | None:
        found = await self._team(who, arg, Action.INVITE)
        if found is None or len(found[1]) < 2:
            return None
        team, rest = found
        role = next((r for r in ROLES if r.value[0] == rest[0]), None)
        if role is None:
            return None
        for pseudonym in await self.h.store.members(team.id, role):
            if pseudonym != who.pseudonym and self._handle(team.id, pseudonym) == rest[1:]:
                return team, role, pseudonym
        return None

    async def _remove(self, context: Context, who: Who, arg: str) -> None:
        found = await self._member(who, arg)
        if found is None:
            self.h.asked_nothing(who)
            return
        team, _, pseudonym = found
        name = await self.name_of(context, pseudonym)
        buttons = [[(Text(REMOVE_YES), MenuAction("removed", arg)),
                    (Text(REMOVE_NO), MenuAction("members", str(team.id)))]]  # fmt: skip
        await self._say(context, who, [Text(REMOVE_CONFIRM, {"name": name, "team": team.name})],
                        buttons)  # fmt: skip

    async def _removed(self, context: Context, who: Who, arg: str) -> None:
        found = await self._member(who, arg)
        if found is None:
            await self._say(context, who, [Text(KEPT)])
            return
        team, role, pseudonym = found
        name = await self.name_of(context, pseudonym)
        if await self.admin().remove(who.pseudonym, team.id, role, pseudonym) is None:
            await self._say(context, who, [Text(KEPT)])
            return
        await self._say(context, who, [Text(REMOVED, {"name": name, "team": team.name})])
        await self.tell(context, pseudonym, Text(REMOVED_NOTICE, {"team": team.name}))

    async def tell(self, context: Context, pseudonym: str, text: Text) -> bool:
        """A short notice to one member, in their language; False when it could not go."""
        worker, link = await self.h.store.lookup(pseudonym)
        if worker is None or link is None:
            return False
        body = self.h.app.translator.render(worker.lang, text)
        return await self.h.gateway(context).send(link.chat_id, View(body)) is not None

    async def joined(self, context: Context, who: Who, team: Team, role: Role) -> None:
        """Every other supervisor of the team hears that someone joined (not who)."""
        notice = Text(JOIN_NOTICE, {"team": team.name, "role": Text(JOIN_ROLE[role.value])})
        for supervisor in await self.h.store.members(team.id, Role.SUPERVISOR):
            if supervisor != who.pseudonym:
                await self.tell(context, supervisor, notice)

    async def report(self, update: Update, context: Context) -> None:
        found = await self._first(update, context, Action.SUMMARY)
        if found is None:
            return
        who, team = found
        period = (context.args or [""])[0].lower()
        if period in periods.NAMED:
            await self._report(context, who, f"{team}:{period}")
            return
        buttons = [[(Text(texts.PERIODS[p]), MenuAction("report", f"{team}:{p}"))]
                   for p in periods.NAMED]  # fmt: skip
        await self._say(context, who, [Text(REPORT_WHICH)], buttons)

    async def _report(self, context: Context, who: Who, arg: str) -> None:
        team_text, _, period = arg.partition(":")
        if period not in periods.NAMED:
            return
        chosen = periods.named(period, today())
        dialogue = self.h.app.registry.for_reports("post_contact")
        translator = self.h.app.translator
        exports = Exports(self.h.store, translator, dialogue, self.h.app.key)
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / f"team-report-{team_text}-{chosen.start:%Y-%m}.html"
            team_id = int(team_text) if team_text.isdigit() else None
            made = await exports.report(who.pseudonym, team_id, chosen, out, today())
            if made is None:
                return
            team = made[0]
            caption = translator.render(who.lang, Text(REPORT_CAPTION, {
                "team": team.name, "period": Text(texts.PERIODS[period])}))  # fmt: skip
            await self.h.gateway(context).document(who.chat_id, out.read_bytes(), out.name,
                                                   caption)  # fmt: skip
