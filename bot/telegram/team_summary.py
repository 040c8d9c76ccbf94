"""/team: a supervisor's summary of their team for a period, as text and one chart."""

from __future__ import annotations

from datetime import date

from telegram import Update

from bot.dialogue.replies import Text, counted
from bot.reports import periods
from bot.reports.labels import cell_label
from bot.reports.summary import Section, TeamSummary
from bot.teams.admin import Admin
from bot.teams.policy import Action
from bot.teams.reads import read_summary
from bot.telegram import texts
from bot.telegram.base import Base, Context, Pressed, Who, today
from bot.telegram.callback_data import MenuAction
from bot.telegram.counts import SHARED_REFLECTIONS, TOPICS, WORKERS


class TeamSummaries(Base):
    def buttons(self) -> dict[str, Pressed]:
        return {"team": self.show_summary}

    async def team(self, update: Update, context: Context) -> None:
        who = await self.consented(update, context)
        if who is None:
            return
        teams = await Admin(self.store).teams(who.pseudonym, Action.SUMMARY)
        if not teams:
            await self.send(context, who, self.views(who, [Text(texts.TEAM_NONE)]))
            return
        period = periods.parse(" ".join(context.args), today()) if context.args else None
        if context.args and period is None:
            await self.send(context, who, self.views(who, [Text(texts.TEAM_PERIOD_USAGE)]))
            return
        key = period.key if period else "month"
        await self.show_summary(
            context, who, f"{teams[0]}:{key}", rounded=bool(period and period.rounded)
        )

    async def show_summary(self, context: Context, who: Who, arg: str,
                           rounded: bool = False) -> None:  # fmt: skip
        """`arg` is "<team>:<period key>" (see `bot.reports.periods`); the role is checked
        again for every press. `rounded`: a typed range was widened to whole months."""
        team_text, _, key = arg.partition(":")
        period = periods.parse(key, today())
        team_id = int(team_text) if team_text.isdigit() else None
        summary = await read_summary(self.store, who.pseudonym, team_id, period) if period else None
        if summary is None:
            return
        team = summary.team
        buttons = [[(Text(texts.PERIODS[key]), MenuAction("team", f"{team.id}:{key}"))
                    for key in periods.NAMED]]  # fmt: skip
        lines = self._text(who, summary)
        if rounded:
            lines.insert(0, Text(texts.TEAM_PERIOD_ROUNDED))
        await self.send(context, who, self.views(who, lines, buttons))
        if summary.entries is not None:
            await self._chart(context, who, summary)

    def _text(self, who: Who, summary: TeamSummary) -> list[Text]:
        team = summary.team
        dates = {"team": team.name, "start": self.app.translator.day(who.lang, summary.start),
                 "end": self.app.translator.day(who.lang, _last_day(summary.end))}  # fmt: skip
        if summary.entries is None:
            return [Text(texts.TEAM_HIDDEN, {**dates, "k": team.k_min})]
        lines = [self._section_line(who, team.k_min, section) for section in summary.sections]
        return [Text(texts.TEAM_HEADER, {**dates,
                     "reflections": counted(SHARED_REFLECTIONS, summary.entries),
                     "workers": counted(WORKERS, summary.workers or 0)}),
                Text("{lines}", {"lines": "\n".join(line for line in lines if line)}),
                Text(texts.TEAM_FOOTER, {"k": team.k_min})]  # fmt: skip

    def _section_line(self, who: Who, k: int, section: Section) -> str:
        render, dialogue = self.app.translator.render, self.app.registry.latest("post_contact")
        parts = [render(who.lang, Text(texts.TEAM_CELL, {
            "label": cell_label(dialogue.dialogue, section.spec, cell.value), "count": cell.count}))
            for cell in section.cells if cell.count is not None]  # fmt: skip
        if section.hidden:
            parts.append(render(who.lang, Text(texts.TEAM_CELLS_HIDDEN,
                                               {"count": section.hidden, "k": k})))  # fmt: skip
        if not parts:
            return ""
        title = Text(section.spec.title)
        return render(who.lang, Text(texts.TEAM_LINE, {"title": title, "cells": " · ".join(parts)}))

    async def _chart(self, context: Context, who: Who, summary: TeamSummary) -> None:
        """One topic per image, phone-width, sent as one album (matplotlib loads only here)."""
        from bot.reports.charts import topic_chart
        from bot.reports.report_data import natural_order

        translator, dialogue = self.app.translator, self.app.registry.latest("post_contact")
        first, last = summary.start, _last_day(summary.end)
        one_month = (last.year, last.month) == (first.year, first.month)
        day = translator.day
        period = (translator.month(who.lang, first) if one_month
                  else f"{day(who.lang, first)} – {day(who.lang, last)}")  # fmt: skip
        images = []
        for section in sorted(summary.sections, key=lambda s: CHART_ORDER.index(s.spec.field)
                              if s.spec.field in CHART_ORDER else len(CHART_ORDER)):  # fmt: skip
            counts = {c.value: c.count for c in section.cells if c.count is not None}
            order = natural_order(dialogue.dialogue, section.spec.field, set(counts))
            bars = [(translator.render(who.lang, _as_text(cell_label(
                dialogue.dialogue, section.spec, value))), counts[value] or 0)
                for value in order]  # fmt: skip
            if bars:
                title = translator.gettext(who.lang, section.spec.title)
                images.append(topic_chart(title, period, bars))
        caption = translator.render(who.lang, counted(TOPICS, min(len(images), 10), {
            "team": summary.team.name}))  # fmt: skip
        if images:
            await self.gateway(context).album(who.chat_id, images[:10], caption)


CHART_ORDER = ("bright_spot", "strength_seen", "signals", "structural_barriers", "org_obstacles",
               "contact_kind", "presence_time", "equality_influence", "blow_risks",
               "tension_main")  # fmt: skip
"""The ten topics an album holds (Telegram's limit), what went well first; the text above
the album has every section."""


def _as_text(label: Text | str) -> Text:
    return label if isinstance(label, Text) else Text("{value}", {"value": label})


def _last_day(end: date) -> date:
    return date.fromordinal(end.toordinal() - 1)
