"""Teams on Telegram: /newteam creates a team with invite links; /start CODE joins one."""

from __future__ import annotations

from telegram import Update

from bot.dialogue.replies import Text
from bot.teams.service import INVITE_DAYS, JoinOutcome, Teams
from bot.telegram import team_texts, texts
from bot.telegram.base import Base, Context, Who, today
from bot.telegram.team_admin import TeamAdmin
from bot.telegram.team_approvals import TeamApprovals
from bot.telegram.team_creation import refuse_new_team
from bot.telegram.team_moves import TeamMoves


class TeamsMenu(Base):
    def teams(self) -> Teams:
        return Teams(self.store, scrub=self.app.scrubber.scrub)

    async def newteam(self, update: Update, context: Context) -> None:
        who = await self.consented(update, context)
        if who is None:
            return
        name = " ".join(context.args or []).strip()
        if not name:
            await self.send(context, who, self.views(who, [Text(texts.NEWTEAM_USAGE)]))
            return
        if await refuse_new_team(self, context, who, name):
            return
        team, codes = await self.teams().create(name, who.lang, who.pseudonym)
        lines = [self.app.translator.render(who.lang, Text(texts.INVITE_LINE, {
            "role": Text(texts.ROLE_NAMES[role.value]),
            "link": f"https://t.me/{context.bot.username}?start={code}",
        })) for role, code in codes.items()]  # fmt: skip
        body = [Text(texts.NEWTEAM_DONE, {"team": team.name, "days": INVITE_DAYS}),
                Text("{lines}", {"lines": "\n".join(lines)})]  # fmt: skip
        await self.send(context, who, self.views(who, body))

    async def join(self, context: Context, who: Who, code: str, confirmed: bool = False) -> None:
        if not confirmed and await TeamMoves(self).asks_to_move(context, who, code):
            return
        if await TeamApprovals(self).asks_approval(context, who, code):
            return
        joined = await self.teams().join(who.pseudonym, code, today())
        if joined.outcome is JoinOutcome.ALREADY and joined.team is not None:
            already = Text(team_texts.ALREADY_MEMBER, {"team": joined.team.name})
            await self.send(context, who, self.views(who, [already]))
            return
        if joined.outcome is not JoinOutcome.JOINED or joined.team is None or joined.role is None:
            refused = Text(texts.JOIN_REFUSED[joined.outcome.value])
            await self.send(context, who, self.views(who, [refused]))
            return
        message = Text(texts.JOINED[joined.role.value], {"team": joined.team.name})
        after = Text(team_texts.AFTER_JOINING[joined.role.value])
        await self.send(context, who, self.views(who, [message, after]))
        await TeamAdmin(self).joined(context, who, joined.team, joined.role)
