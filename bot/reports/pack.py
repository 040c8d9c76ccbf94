"""A supervision pack in one format, with its summary. Who may export, and the audit row
of every pack and agenda, are `bot.teams.exports`'s."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bot.dialogue.model import Dialogue
from bot.dialogue.replies import Text
from bot.i18n import Translator
from bot.msgid import N_
from bot.privacy.pseudonym import SecretKey
from bot.reports.agenda import write_agenda
from bot.reports.export import ExportContext, write_csv, write_json, write_xlsx
from bot.reports.labels import cell_label
from bot.reports.summary import TeamSummary, team_summary
from bot.storage.port import Store
from bot.teams.model import Team

STRUCTURAL = ("structural_barriers", "org_obstacles")
HIDDEN = N_("hidden (fewer than {k} workers)")


def summary_rows(summary: TeamSummary, dialogue: Dialogue, translator: Translator,
                 lang: str) -> list[list[str | int]]:  # fmt: skip
    """(section, value, count) rows; a hidden cell says so instead of a number."""
    hidden = translator.render(lang, Text(HIDDEN, {"k": summary.team.k_min}))
    rows: list[list[str | int]] = []
    for section in summary.sections:
        title = translator.gettext(lang, section.spec.title)
        for cell in section.cells:
            label = cell_label(dialogue, section.spec, cell.value)
            shown = translator.render(lang, label if isinstance(label, Text)
                                      else Text("{v}", {"v": label}))  # fmt: skip
            rows.append([title, shown, hidden if cell.count is None else cell.count])
    return rows


async def write_pack(store: Store, translator: Translator, dialogue: Dialogue,
                     database_key: SecretKey, team: Team, start: date, end: date, fmt: str,
                     out: Path, dialect: str | None = None) -> int:  # fmt: skip
    """Write the pack; returns how many shared entries it holds. `dialect` is the CSV's
    separator (see `CSV_DIALECTS`); by default the one Excel expects in the team's language."""
    context = ExportContext(store, translator, dialogue, database_key.derive("export"), team,
                            start, end)  # fmt: skip
    if fmt == "csv":
        count = await write_csv(context, out, dialect)
    elif fmt == "json":
        count = await write_json(context, out)
    else:
        count = await _with_summary(context, fmt, out)
    return count


async def case_agenda(store: Store, translator: Translator, dialogue: Dialogue,
                      database_key: SecretKey, team: Team, start: date, end: date,
                      chosen: frozenset[int], out: Path) -> int:  # fmt: skip
    """The Markdown agenda with a card for each chosen case only (`bot.teams.exports`
    checks who may make it and audits it as an export)."""
    context = ExportContext(store, translator, dialogue, database_key.derive("export"), team,
                            start, end)  # fmt: skip
    return await _with_summary(context, "md", out, chosen)


async def _with_summary(context: ExportContext, fmt: str, out: Path,
                        chosen: frozenset[int] | None = None) -> int:  # fmt: skip
    """The formats people read open with the team's summary (only they need it)."""
    store, translator, team, dialogue = (context.store, context.translator, context.team,
                                         context.dialogue)  # fmt: skip
    summary = await team_summary(store, team, context.start, context.end)
    rows = summary_rows(summary, dialogue, translator, team.lang)
    if fmt == "md":
        titles = {translator.gettext(team.lang, s.spec.title) for s in summary.sections
                  if s.spec.field in STRUCTURAL}  # fmt: skip
        structural = [f"- {r[0]}: {r[1]} {r[2]}" for r in rows if r[0] in titles]
        return await write_agenda(context, out, structural, chosen)
    return await write_xlsx(context, out, rows)
