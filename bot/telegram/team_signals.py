"""/signals: a supervisor notes what they did with a structural signal (passed to
management, to local policy or to the network, today), for the team report to show.

Only categories with a figure at least k workers stand behind in the last twelve months
can be chosen. Kept apart with its own buttons (`m1|signal|…`, `m1|passed|…`).
"""

from __future__ import annotations

from telegram import Update

from bot.dialogue.replies import Text
from bot.msgid import N_
from bot.reports import periods
from bot.reports.report_data import PASSED_TO, report_data, structural_rows
from bot.reports.summary import section
from bot.teams.admin import Admin
from bot.teams.model import FollowUp, Team
from bot.teams.policy import Action
from bot.telegram import texts
from bot.telegram.base import Base, Context, Who, today
from bot.telegram.callback_data import MenuAction
from bot.telegram.menu_press import on_menu_press

PATTERN = r"^m1\|(signal|passed)\|"
ONCE = frozenset({"passed"})
"""To whom a signal went is asked once: a second press recorded a second follow-up."""
FIELDS = {"s": "structural_barriers", "o": "org_obstacles"}
TARGETS = {"m": "management", "p": "local_policy", "n": "network"}
INTRO = N_("Structural signals of “{team}” in the last twelve months, each with how many "
           "reflections raised it (shown when at least {k} workers stand behind it). Press "
           "one to note that you passed it on.")  # fmt: skip
NONE = N_("No structural signal of “{team}” can be shown for the last twelve months.")
BUTTON = N_("{label} ({count})")
WHICH = N_("“{label}”: passed on to whom? Today's date is noted with it.")
DONE = N_("Noted: “{label}” passed on {target} on {day}. The team report shows it.")


class TeamSignals:
    def __init__(self, handlers: Base) -> None:
        self.h = handlers

    async def signals(self, update: Update, context: Context) -> None:
        who = await self.h.consented(update, context)
        if who is None:
            return
        admin = Admin(self.h.store)
        teams = await admin.teams(who.pseudonym, Action.SUMMARY)
        if not teams:
            await self.h.send(context, who, self.h.views(who, [Text(texts.TEAM_NONE)]))
            return
        team = await admin.read_signals(who.pseudonym, teams[0])
        if team is not None:
            await self._list(context, who, team)

    async def _shown(self, team: Team) -> list[tuple[str, str, int]]:
        """(field code, value, count over twelve months) for every category with a figure."""
        month = periods.named("month", today())
        data = await report_data(self.h.store, team, month.start, month.end)
        dialogue = self.h.app.registry.latest("post_contact").dialogue
        codes = {field: code for code, field in FIELDS.items()}
        return [(codes[field], value, sum(n for n in line if n))
                for field, value, line in structural_rows(data, dialogue)]  # fmt: skip

    def _label(self, who: Who, code: str, value: str) -> Text:
        from bot.reports.labels import cell_label

        dialogue = self.h.app.registry.latest("post_contact").dialogue
        spec = section(FIELDS[code])
        label = cell_label(dialogue, spec, value)
        return label if isinstance(label, Text) else Text("{v}", {"v": label})

    async def _list(self, context: Context, who: Who, team: Team) -> None:
        shown = await self._shown(team)
        if not shown:
            await self.h.send(context, who, self.h.views(who, [Text(NONE, {"team": team.name})]))
            return
        buttons = [[(Text(BUTTON, {"label": self._label(who, code, value), "count": count}),
                     MenuAction("signal", f"{team.id}:{code}:{value}"))]
                   for code, value, count in shown]  # fmt: skip
        intro = Text(INTRO, {"team": team.name, "k": team.k_min})
        await self.h.send(context, who, self.h.views(who, [intro], buttons))

    async def callback(self, update: Update, context: Context) -> None:
        await on_menu_press(self.h, update, context, self._on_press, once=ONCE,
                            asks=frozenset({"signal"}))  # fmt: skip

    async def _on_press(self, context: Context, who: Who, action: MenuAction,
                        pressed: int | None) -> None:  # fmt: skip
        await self._pressed(context, who, action)

    async def _pressed(self, context: Context, who: Who, action: MenuAction) -> None:
        team_text, code, value, target = [*action.arg.split(":"), ""][:4]
        team_id = int(team_text) if team_text.isdigit() else None
        team = await Admin(self.h.store).team(who.pseudonym, team_id, Action.SUMMARY)
        shown = {(c, v) for c, v, _ in await self._shown(team)} if team else set()
        if team is None or (code, value) not in shown:
            self.h.asked_nothing(who)
            return
        label = self._label(who, code, value)
        if action.action == "signal":
            buttons = [[(Text(PASSED_TO[name]), MenuAction("passed", f"{action.arg}:{short}"))]
                       for short, name in TARGETS.items()]  # fmt: skip
            await self.h.send(context, who, self.h.views(who, [Text(WHICH, {"label": label})],
                                                         buttons))  # fmt: skip
            return
        if target not in TARGETS:
            return
        day = today()
        follow = FollowUp(team.id, FIELDS[code], value, TARGETS[target], day)
        if not await Admin(self.h.store).follow_up(who.pseudonym, follow):
            return
        done = Text(DONE, {"label": label, "target": Text(PASSED_TO[TARGETS[target]]),
                           "day": self.h.app.translator.day(who.lang, day)})  # fmt: skip
        await self.h.answer_in_place(context, who, self.h.views(who, [done]))
