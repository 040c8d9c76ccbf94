"""/export: a supervisor's supervision pack, sent as a document (XLSX first)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from telegram import Update

from bot.dialogue.replies import Text
from bot.reports.pack import export_pack
from bot.reports.summary import this_month
from bot.teams.guard import Guard
from bot.teams.model import Role
from bot.teams.policy import Action, teams_for
from bot.telegram import texts
from bot.telegram.base import Base, Context, Pressed, Who, today
from bot.telegram.callback_data import MenuAction


class TeamExports(Base):
    def buttons(self) -> dict[str, Pressed]:
        return {"export_pack": self.send_pack}

    async def export_command(self, update: Update, context: Context) -> None:
        who = await self.consented(update, context)
        if who is None:
            return
        teams = teams_for(await self.store.memberships(who.pseudonym), Action.EXPORT)
        if not teams:
            await self.send(context, who, self.views(who, [Text(texts.TEAM_NONE)]))
            return
        await self.send_pack(context, who, f"{teams[0]}:xlsx")

    async def send_pack(self, context: Context, who: Who, arg: str) -> None:
        """`arg` is "<team>:<format>"; the role is checked again for every press."""
        team_text, _, fmt = arg.partition(":")
        team_id = int(team_text) if team_text.isdigit() else None
        if fmt not in texts.EXPORT_FORMATS or not await Guard(self.store).permit(
            who.pseudonym, team_id, Action.EXPORT
        ):
            return
        team = await self.store.get_team(team_id) if team_id is not None else None
        if team is None:
            return
        start, end = this_month(today())
        dialogue = self.app.registry.latest("post_contact").dialogue
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / f"supervision-{team.id}-{start:%Y-%m}.{fmt}"
            count = await export_pack(self.store, self.app.translator, dialogue, self.app.key,
                                      team, start, end, fmt, out, who.pseudonym,
                                      Role.SUPERVISOR.value)  # fmt: skip
            period = f"{self.app.translator.day(who.lang, start)}"
            caption = self.app.translator.render(who.lang, Text(texts.EXPORT_CAPTION, {
                "team": team.name, "period": period, "count": count}))  # fmt: skip
            await self.gateway(context).document(who.chat_id, out.read_bytes(), out.name, caption)
        others = [[(Text(label), MenuAction("export_pack", f"{team.id}:{key}"))]
                  for key, label in texts.EXPORT_FORMATS.items() if key != fmt]  # fmt: skip
        footer = Text(texts.EXPORT_FOOTER, {"k": team.k_min})
        await self.send(context, who, self.views(who, [footer], others))
