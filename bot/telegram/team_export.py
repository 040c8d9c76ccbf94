"""/export: a supervisor's supervision pack, sent as a document (XLSX first)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from telegram import Update

from bot.dialogue.replies import Text, counted
from bot.reports import periods
from bot.teams.exports import Exports
from bot.telegram import counts, team_texts, texts
from bot.telegram.base import Base, Context, Pressed, Who, today
from bot.telegram.callback_data import MenuAction


class TeamExports(Base):
    def buttons(self) -> dict[str, Pressed]:
        return {"export_pack": self.send_pack}

    def exports(self) -> Exports:
        dialogue = self.app.registry.for_reports("post_contact")
        return Exports(self.store, self.app.translator, dialogue, self.app.key)

    async def export_command(self, update: Update, context: Context) -> None:
        who = await self.consented(update, context)
        if who is None:
            return
        teams = await self.exports().teams(who.pseudonym)
        if not teams:
            await self.send(context, who, self.views(who, [Text(texts.TEAM_NONE)]))
            return
        typed = " ".join(context.args or [])
        chosen = periods.parse(typed, today()) if typed else None
        if typed and chosen is None:
            await self.send(context, who, self.views(who, [Text(team_texts.EXPORT_USAGE)]))
            return
        await self.send_pack(context, who, f"{teams[0]}:xlsx:{chosen.key if chosen else 'month'}",
                             rounded=bool(chosen and chosen.rounded))  # fmt: skip

    async def send_pack(self, context: Context, who: Who, arg: str,
                        rounded: bool = False) -> None:  # fmt: skip
        """`arg` is "<team>:<format>[:<period key>]" (see `bot.reports.periods`; this month
        by default); the role is checked again for every press. `rounded`: a typed period
        was widened to whole months, and the reply says so."""
        team_text, _, rest = arg.partition(":")
        fmt, _, period_key = rest.partition(":")
        period_key = period_key or "month"
        team_id = int(team_text) if team_text.isdigit() else None
        chosen = periods.parse(period_key, today())
        if fmt not in texts.EXPORT_FORMATS or chosen is None:
            return
        start = chosen.start
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / f"supervision-{team_id}-{start:%Y-%m}.{fmt}"
            exported = await self.exports().pack(who.pseudonym, team_id, fmt, chosen, out)
            if exported is None:
                return
            team, count = exported.team, exported.count
            day = self.app.translator.day
            name = (
                Text(texts.PERIODS[period_key])
                if period_key in texts.PERIODS
                else Text(team_texts.EXPORT_OWN_PERIOD)
            )
            period = Text(team_texts.EXPORT_PERIOD, {"name": name,
                                                "start": day(who.lang, start),
                                                "end": day(who.lang, chosen.last)})  # fmt: skip
            caption = self.app.translator.render(who.lang, Text(texts.EXPORT_CAPTION, {
                "team": team.name, "period": period,
                "reflections": counted(counts.SHARED_REFLECTIONS, count)}))  # fmt: skip
            await self.gateway(context).document(who.chat_id, out.read_bytes(), out.name, caption)
        others = [[(Text(label), MenuAction("export_pack", f"{team.id}:{key}:{period_key}"))]
                  for key, label in texts.EXPORT_FORMATS.items() if key != fmt]  # fmt: skip
        others += [[(Text(texts.PERIODS[key]), MenuAction("export_pack", f"{team.id}:{fmt}:{key}"))
                    for key in periods.NAMED[:3]],
                   [(Text(texts.PERIODS[key]), MenuAction("export_pack", f"{team.id}:{fmt}:{key}"))
                    for key in periods.NAMED[3:]]]  # fmt: skip
        footer = [Text(texts.EXPORT_FOOTER, {"k": team.k_min}), Text(team_texts.EXPORT_PARTS)]
        if rounded:
            footer.insert(0, Text(texts.TEAM_PERIOD_ROUNDED))
        await self.send(context, who, self.views(who, footer, others))
