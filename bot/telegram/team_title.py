"""/title: what a team calls its supervisors when the bot names them to its workers (#13).

`/title leidinggevenden` sets it, `/title -` restores the default wording, `/title` alone
says what it is now. Only a supervisor of the team may set it (policy: Action.TITLE).
"""

from __future__ import annotations

from telegram import Update

from bot.dialogue.replies import Text
from bot.msgid import N_
from bot.teams.admin import Admin
from bot.teams.policy import Action
from bot.teams.titles import TITLE_MAX, Titles
from bot.telegram import texts
from bot.telegram.base import Base, Context

RESET = "-"
"""The argument that restores the default wording."""
TITLE_NOW = N_("Workers of “{team}” read that their reflections go to its {title}. "
               "/title followed by a word or two changes it (at most {max} characters); "
               "/title - restores the default.")  # fmt: skip
TITLE_DEFAULT = N_(
    "Workers of “{team}” read that their reflections go to its supervisors, the default "
    "wording. /title followed by a word or two (at most {max} characters) sets your "
    "team's own word, for example: /title leidinggevenden"
)
TITLE_SET = N_("From now on, workers of “{team}” read “{title}” where the bot names the "
               "team's supervisors.")  # fmt: skip
TITLE_RESET = N_("Workers of “{team}” read the default wording again: supervisors.")


class TeamTitle:
    def __init__(self, handlers: Base) -> None:
        self.h = handlers

    async def title(self, update: Update, context: Context) -> None:
        who = await self.h.consented(update, context)
        if who is None:
            return
        teams = await Admin(self.h.store).teams(who.pseudonym, Action.TITLE)
        if not teams:
            await self.h.send(context, who, self.h.views(who, [Text(texts.TEAM_NONE)]))
            return
        typed = " ".join(context.args or []).strip()
        titles = Titles(self.h.store, self.h.app.scrubber.scrub)
        team = await (titles.set(who.pseudonym, teams[0], "" if typed == RESET else typed)
                      if typed else self.h.store.get_team(teams[0]))  # fmt: skip
        if team is None:
            return
        if not typed:
            said = (Text(TITLE_NOW, {"team": team.name, "title": team.supervisor_title,
                                     "max": TITLE_MAX}) if team.supervisor_title
                    else Text(TITLE_DEFAULT, {"team": team.name, "max": TITLE_MAX}))  # fmt: skip
        elif team.supervisor_title:
            said = Text(TITLE_SET, {"team": team.name, "title": team.supervisor_title})
        else:
            said = Text(TITLE_RESET, {"team": team.name})
        await self.h.send(context, who, self.h.views(who, [said]))
