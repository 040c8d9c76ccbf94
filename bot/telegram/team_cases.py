"""Cases a worker brings, and the agenda built from them: `/bring` marks one of the
worker's shared reflections "I bring this to supervision", `/bring QUESTION` adds their one
question for the group (scrubbed); `/agenda` shows a supervisor the cases brought this month
and last month, to pick one to three, and sends the Markdown agenda with a card for each.

Kept apart with its own buttons (`m1|bring|…`, `m1|pick|…`, `m1|agenda|…`).
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from telegram import Update

from bot.dialogue.replies import Text
from bot.msgid import N_
from bot.reports import periods
from bot.storage.port import StoredEntry
from bot.teams.admin import Admin
from bot.teams.exports import Exports
from bot.teams.model import Team
from bot.teams.policy import Action
from bot.telegram import texts, window_texts
from bot.telegram.base import Base, Context, Who, today
from bot.telegram.callback_data import MenuAction
from bot.telegram.menu_press import on_menu_press

PATTERN = r"^m1\|(bring|pick|agenda)\|"
MOST = 3
NOTHING = N_("Only a reflection you shared for supervision can be brought to it, and you "
             "have none yet.")  # fmt: skip
WHICH = N_("Which reflection would you bring to supervision? The supervisor picks one to "
           "three of the cases brought for a session.")  # fmt: skip
REFLECTION = N_("Reflection of {day}")
BROUGHT = N_("Your reflection of {day} is on the list for supervision. Add your one question "
             "for the group: /bring followed by it, for example: /bring How do I ask about "
             "debts without shaming?")  # fmt: skip
KEPT = N_("Your question for the group is kept with your reflection of {day}: “{question}”")
FIRST = N_("First choose a reflection with /bring; then send /bring followed by your question.")
NO_CASES = N_("No worker of “{team}” brought a case this month or last month.")
PICK = N_("Cases brought in “{team}” this month and last month. Pick one to three for the "
          "session; the agenda opens with bright spots and structural signals.")  # fmt: skip
CASE = N_("{mark} {day}: {question}")
NO_QUESTION = N_("(no question yet)")
MAKE = N_("Make the agenda ({count})")
CAPTION = N_("Supervision agenda of {team}: {count} cases brought, each card in the incident "
             "method's order.")  # fmt: skip


Cases = tuple[Team, list[StoredEntry], list[str]]
"""A team, its brought cases and the handles picked so far."""


class TeamCases:
    def __init__(self, handlers: Base) -> None:
        self.h = handlers

    async def bring(self, update: Update, context: Context) -> None:
        who = await self.h.consented(update, context)
        if who is None:
            return
        question = " ".join(context.args or []).strip()
        if question:
            await self._question(context, who, question)
            return
        own = [e for e in await self.h.store.entries_of(who.pseudonym, 20)
               if e.flags.get("shared")][:5]  # fmt: skip
        if not own:
            await self._say(context, who, [Text(NOTHING)])
            return
        buttons = [[(Text(REFLECTION, {"day": self._day(who, e.day)}),
                     MenuAction("bring", str(e.id)))] for e in own]  # fmt: skip
        await self._say(context, who, [Text(WHICH)], buttons)

    async def _question(self, context: Context, who: Who, question: str) -> None:
        scrubbed = self.h.app.scrubber.scrub(question[:300], who.lang)
        entry = await self.h.store.set_case_question(who.pseudonym, scrubbed)
        if entry is None:
            await self._say(context, who, [Text(FIRST)])
            return
        await self._say(context, who, [Text(KEPT, {"day": self._day(who, entry.day),
                                                   "question": scrubbed})])  # fmt: skip

    async def agenda(self, update: Update, context: Context) -> None:
        who = await self.h.consented(update, context)
        if who is None:
            return
        teams = await Admin(self.h.store).teams(who.pseudonym, Action.EXPORT)
        if not teams:
            await self._say(context, who, [Text(texts.TEAM_NONE)])
            return
        await self._pick(context, who, f"{teams[0]}:", None)

    async def callback(self, update: Update, context: Context) -> None:
        await on_menu_press(self.h, update, context, self._on_press, stale=self._brought)

    async def _on_press(self, context: Context, who: Who, action: MenuAction,
                        pressed: int | None) -> None:  # fmt: skip
        if action.action == "bring":
            await self._bring(context, who, action.arg)
        elif action.action == "pick":
            await self._pick(context, who, action.arg, pressed)
        else:
            await self._make(context, who, action.arg)

    async def _brought(self, who: Who, action: MenuAction) -> str | None:
        """A reflection already brought: a second press (the list offers several) is closed."""
        if action.action != "bring" or not action.arg.isdigit():
            return None
        entries = await self.h.store.entries_of(who.pseudonym, 50)
        brought = any(e.id == int(action.arg) and e.flags.get("brought") for e in entries)
        return window_texts.QUESTION_CLOSED if brought else None

    async def _bring(self, context: Context, who: Who, arg: str) -> None:
        if not arg.isdigit() or not await self.h.store.bring_case(who.pseudonym, int(arg)):
            return
        entry = next((e for e in await self.h.store.entries_of(who.pseudonym, 50)
                      if e.id == int(arg)), None)  # fmt: skip
        if entry is not None:
            await self._say(context, who, [Text(BROUGHT, {"day": self._day(who, entry.day)})])

    async def _cases(self, who: Who, arg: str, listed: bool = False) -> Cases | None:
        """The team, its brought cases of this and last month, and the picked handles;
        `listed`: the list is shown anew (audited as a read, not every pick)."""
        team_text, _, picked = arg.partition(":")
        team_id = int(team_text) if team_text.isdigit() else None
        admin = Admin(self.h.store)
        team = await (admin.read_cases(who.pseudonym, team_id) if listed
                      else admin.team(who.pseudonym, team_id, Action.EXPORT))  # fmt: skip
        if team is None:
            return None
        start, end = _months()
        shared = await self.h.store.shared_entries(team.id, start, end, 0, 10_000)
        cases = [e for e in shared if e.flags.get("brought")]
        return team, cases, [h for h in picked.split(",") if h][:MOST]

    def _handle(self, team: int, entry: int) -> str:
        return self.h.app.key.pseudonym(f"case:{team}:{entry}")[:6]

    async def _pick(self, context: Context, who: Who, arg: str, pressed: int | None) -> None:
        found = await self._cases(who, arg, listed=pressed is None)
        if found is None:
            return
        team, cases, picked = found
        if not cases:
            await self._say(context, who, [Text(NO_CASES, {"team": team.name})])
            return
        buttons = []
        for entry in cases:
            handle = self._handle(team.id, entry.id)
            chosen = handle in picked
            after = [h for h in picked if h != handle] if chosen else [*picked, handle][-MOST:]
            question = entry.answers.get("case_question")
            shown = question[:48] if isinstance(question, str) else Text(NO_QUESTION)
            label = Text(CASE, {"mark": "☑" if chosen else "☐", "question": shown,
                                "day": self._day(who, entry.day)})  # fmt: skip
            buttons.append([(label, MenuAction("pick", f"{team.id}:{','.join(after)}"))])
        if picked:
            buttons.append([(Text(MAKE, {"count": len(picked)}),
                             MenuAction("agenda", f"{team.id}:{','.join(picked)}"))])  # fmt: skip
        views = self.h.views(who, [Text(PICK, {"team": team.name})], buttons)
        if pressed is not None and len(views) == 1:
            await self.h.gateway(context).edit(who.chat_id, pressed, views[0])
        else:
            await self.h.send(context, who, views)

    async def _make(self, context: Context, who: Who, arg: str) -> None:
        found = await self._cases(who, arg)
        if found is None or not found[2]:
            return
        team, cases, picked = found
        chosen = frozenset(e.id for e in cases if self._handle(team.id, e.id) in picked)
        start, end = _months()
        dialogue = self.h.app.registry.for_reports("post_contact")
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / f"agenda-{team.id}-{end:%Y-%m}.md"
            exports = Exports(self.h.store, self.h.app.translator, dialogue, self.h.app.key)
            if await exports.agenda(who.pseudonym, team.id, start, end, chosen, out) is None:
                return
            caption = self.h.app.translator.render(who.lang, Text(CAPTION, {
                "team": team.name, "count": len(chosen)}))  # fmt: skip
            await self.h.gateway(context).document(who.chat_id, out.read_bytes(), out.name,
                                                   caption)  # fmt: skip

    def _day(self, who: Who, day: date) -> str:
        return self.h.app.translator.day(who.lang, day)

    async def _say(self, context: Context, who: Who, body: list[Text],
                   buttons: list[list[tuple[Text, MenuAction]]] | None = None) -> None:  # fmt: skip
        await self.h.send(context, who, self.h.views(who, body, buttons))


def _months() -> tuple[date, date]:
    """Last month and this month: the cases a session can still take up."""
    month = periods.named("month", today())
    return periods.add_months(month.start, -1), month.end
