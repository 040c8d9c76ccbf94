"""/team: a supervisor's summary of their team for a period, as text and one chart."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from telegram import Update

from bot.dialogue.replies import Text
from bot.reports.labels import cell_label
from bot.reports.summary import (
    Section,
    TeamSummary,
    last_weeks,
    team_summary,
    this_month,
    this_quarter,
)
from bot.teams.model import AuditRow, Role
from bot.teams.policy import Action, allowed, teams_for
from bot.telegram import texts
from bot.telegram.base import Base, Context, Pressed, Who, today
from bot.telegram.callback_data import MenuAction

PERIODS = {"month": this_month, "4w": last_weeks, "quarter": this_quarter}


class TeamSummaries(Base):
    def buttons(self) -> dict[str, Pressed]:
        return {"team": self.show_summary}

    async def team(self, update: Update, context: Context) -> None:
        who = await self.consented(update, context)
        if who is None:
            return
        teams = teams_for(await self.store.memberships(who.pseudonym), Action.SUMMARY)
        if not teams:
            await self.send(context, who, self.views(who, [Text(texts.TEAM_NONE)]))
            return
        period = _custom(context.args or [])
        if context.args and period is None:
            await self.send(context, who, self.views(who, [Text(texts.TEAM_PERIOD_USAGE)]))
            return
        await self.show_summary(context, who, f"{teams[0]}:{period or 'month'}")

    async def show_summary(self, context: Context, who: Who, arg: str) -> None:
        """`arg` is "<team>:<period>"; the role is checked again for every press."""
        team_text, _, period = arg.partition(":")
        memberships = await self.store.memberships(who.pseudonym)
        bounds = _bounds(period)
        if (
            not team_text.isdigit()
            or bounds is None
            or not allowed(memberships, int(team_text), Action.SUMMARY)
        ):
            return
        team = await self.store.get_team(int(team_text))
        if team is None:
            return
        start, end = bounds
        summary = await team_summary(self.store, team, start, end)
        await self.store.audit(AuditRow(datetime.now(UTC), who.pseudonym, Role.SUPERVISOR.value,
                                        "summary.read", team.id, period))  # fmt: skip
        buttons = [[(Text(texts.PERIODS[key]), MenuAction("team", f"{team.id}:{key}"))
                    for key in PERIODS]]  # fmt: skip
        await self.send(context, who, self.views(who, self._text(who, summary), buttons))
        if summary.entries is not None:
            await self._chart(context, who, summary)

    def _text(self, who: Who, summary: TeamSummary) -> list[Text]:
        team = summary.team
        dates = {"team": team.name, "start": self.app.translator.day(who.lang, summary.start),
                 "end": self.app.translator.day(who.lang, _last_day(summary.end))}  # fmt: skip
        if summary.entries is None:
            return [Text(texts.TEAM_HIDDEN, {**dates, "k": team.k_min})]
        lines = [self._section_line(who, team.k_min, section) for section in summary.sections]
        return [Text(texts.TEAM_HEADER, {**dates, "entries": summary.entries,
                                         "workers": summary.workers or 0}),
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
        from bot.reports.charts import summary_chart  # matplotlib loads only when needed

        translator, dialogue = self.app.translator, self.app.registry.latest("post_contact")
        panels = [(translator.gettext(who.lang, s.spec.title),
                   [(translator.render(who.lang, _as_text(cell_label(dialogue.dialogue, s.spec,
                                                                     c.value))), c.count)
                    for c in s.cells if c.count is not None])
                  for s in summary.sections]  # fmt: skip
        png = summary_chart(panels, summary.team.name)
        await self.gateway(context).photo(who.chat_id, png, summary.team.name)


def _custom(args: list[str]) -> str | None:
    """ "/team 2026-01-01 2026-03-31" as a period key "2026-01-01..2026-03-31"."""
    if len(args) != 2:
        return None
    try:
        first, last = date.fromisoformat(args[0]), date.fromisoformat(args[1])
    except ValueError:
        return None
    return f"{first}..{last}" if first <= last else None


def _bounds(period: str) -> tuple[date, date] | None:
    """A named period (month, 4w, quarter) or a custom "first..last" (both days included)."""
    if period in PERIODS:
        return PERIODS[period](today())
    first, sep, last = period.partition("..")
    try:
        start, end = date.fromisoformat(first), date.fromisoformat(last) + timedelta(days=1)
    except ValueError:
        return None
    return (start, end) if sep and start < end else None


def _as_text(label: Text | str) -> Text:
    return label if isinstance(label, Text) else Text("{value}", {"value": label})


def _last_day(end: date) -> date:
    return date.fromordinal(end.toordinal() - 1)
