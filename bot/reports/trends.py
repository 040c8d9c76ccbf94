"""Each topic month by month for the XLSX and JSON packs (#15): the counts of every answer
in each calendar month of the export's period, from the same k-suppressed summaries as
the report and /team, so only shared reflections count and a month or cell that fewer
than k workers stand behind is hidden (None).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bot.dialogue.model import Dialogue
from bot.dialogue.replies import Text
from bot.i18n import Translator
from bot.msgid import N_
from bot.reports.labels import cell_label
from bot.reports.periods import rounded_out
from bot.reports.report_data import month_summaries, topic_rows
from bot.reports.summary import sections
from bot.storage.port import Store
from bot.teams.model import Team

TRENDS_SHEET = N_("Trends per month")
TRENDS_COLUMNS = (N_("Topic"), N_("Answer"))
TRENDS_NOTE = N_("– : hidden (fewer than {k} workers). Only shared reflections count.")
TRENDS_HELP = (
    (N_("Topic"), "field", "text", N_("The topic of the summary (its code: the question).")),
    (N_("Answer"), "value", "text", N_("One answer to that topic (its code: the option).")),
    (N_("Month"), "YYYY-MM", "number",
     N_("Shared reflections with this answer in that calendar month; – where too few "
        "workers stand behind the figure (the line above the table says how many).")),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class TrendRow:
    field: str
    value: str
    counts: tuple[int | None, ...]
    """One per month of `Trends.months`; None where hidden."""


@dataclass(frozen=True, slots=True)
class Trends:
    months: tuple[date, ...]
    """The first day of each month, oldest first."""
    rows: tuple[TrendRow, ...]


async def trends(store: Store, dialogue: Dialogue, team: Team, start: date,
                 end: date) -> Trends:  # fmt: skip
    """The months `start`..`end` (exclusive) touch, whole; every topic's answers per month."""
    period = rounded_out(start, end - timedelta(days=1))
    months = await month_summaries(store, team, period.start, period.end)
    rows = tuple(TrendRow(spec.field, value, tuple(line)) for spec in sections()
                 for value, line in topic_rows(months, dialogue, spec.field))  # fmt: skip
    return Trends(tuple(m.start for m in months), rows)


def trend_records(found: Trends) -> list[dict[str, Any]]:
    """For the JSON: codes, not labels; months as "YYYY-MM"."""
    keys = [m.strftime("%Y-%m") for m in found.months]
    return [{"field": r.field, "value": r.value, "months": dict(zip(keys, r.counts, strict=True))}
            for r in found.rows]  # fmt: skip


def trend_cells(found: Trends, dialogue: Dialogue, translator: Translator,
                lang: str) -> tuple[list[str], list[list[str | int]]]:  # fmt: skip
    """For the sheet a supervisor reads: headers (topic, answer, each month's short name)
    and rows in the team's language, "–" where hidden."""
    tr = translator
    headers = [tr.gettext(lang, c) for c in TRENDS_COLUMNS]
    headers += [tr.month(lang, m, short=True) for m in found.months]
    specs = {spec.field: spec for spec in sections()}
    rows: list[list[str | int]] = []
    for row in found.rows:
        spec = specs[row.field]
        label = cell_label(dialogue, spec, row.value)
        shown = tr.render(lang, label if isinstance(label, Text) else Text("{v}", {"v": label}))
        rows.append([tr.gettext(lang, spec.title), shown,
                     *("–" if n is None else n for n in row.counts)])  # fmt: skip
    return headers, rows


def trend_codebook(translator: Translator, lang: str, sheet: str) -> list[dict[str, str]]:
    """The codebook rows of the trends sheet, in the JSON codebook's shape."""
    tr = translator.gettext
    return [{"key": key, "section": sheet, "kind": kind, "label": tr(lang, label),
             "question": tr(lang, help_text), "options": "", "dialogue": ""}
            for label, key, kind, help_text in TRENDS_HELP]  # fmt: skip
