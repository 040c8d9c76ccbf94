"""The shared-reflections table as a supervisor reads it in Excel: headers and values in the
team's language (option texts, signal names), dates as dates, scales as numbers.

The codes (question keys, option keys) stay in the codebook and the JSON. Every column
translates through a dictionary built once per export, so a 10,000-row table costs look-ups,
not gettext calls, per cell.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from bot.dialogue.model import ANSWERABLE, Dialogue, Kind, Step
from bot.i18n import Translator
from bot.msgid import N_
from bot.storage.port_teams import ExportRow

Cell = str | int | date | None
LIST_SEPARATOR = "; "

KIND_NAMES = {
    "code": N_("identifier"),
    "day": N_("date"),
    "number": N_("number"),
    Kind.CHOICE.value: N_("one choice"),
    Kind.MULTI.value: N_("several choices"),
    Kind.SCALE.value: N_("scale"),
    Kind.TEXT.value: N_("text"),
    Kind.YESNO.value: N_("yes or no"),
    "signals": N_("signals"),
}
CODE, DAY, VERSION, SIGNALS = (N_("Code"), N_("Day"), N_("Dialogue version"),
                               N_("Points for supervision"))  # fmt: skip
CODE_HELP = N_("A code for this reflection in this export only; it joins to nothing else.")
DAY_HELP = N_("The day of the contact (never the time).")
VERSION_HELP = N_("The version of the dialogue the reflection was made with.")
SIGNALS_HELP = N_("Points for supervision the answers raised (never a judgement).")
CODEBOOK_HEADERS = (N_("Column"), N_("Code"), N_("Section"), N_("Kind of answer"),
                    N_("Question"), N_("Values"), N_("Dialogue"))  # fmt: skip


@dataclass(frozen=True)
class Column:
    key: str
    """The code: the question key (or code/day/dialogue_version/signals), as in the JSON."""
    header: str
    kind: str
    width: int
    section: str
    question: str
    values: str
    """The codebook's "code = text" list, or the scale's range."""
    names: Mapping[str, str] | None = None
    """Option (or signal) key → text, in the dialogue's order; None: the value as it is."""

    @cached_property
    def rank(self) -> dict[str, int]:
        return {key: number for number, key in enumerate(self.names or ())}


def _step_column(step: Step, dialogue: Dialogue, translator: Translator, lang: str) -> Column:
    section = translator.gettext(lang, dialogue.section(step.section).title)
    question, header = translator.gettext(lang, step.text), translator.gettext(lang, step.label)
    if step.kind is Kind.SCALE:
        values = f"{step.scale_min}..{step.scale_max}"
        return Column(step.key, header, step.kind.value, max(10, len(header) + 2), section,
                      question, values)  # fmt: skip
    if step.kind is Kind.TEXT:
        return Column(step.key, header, step.kind.value, 50, section, question, "")
    names = {o.key: translator.gettext(lang, o.text) for o in step.options}
    values = LIST_SEPARATOR.join(f"{k} = {v}" for k, v in names.items())
    width = min(40, max([len(header), *map(len, names.values())]) + 2)
    return Column(step.key, header, step.kind.value, width, section, question, values, names)


def table_columns(dialogue: Dialogue, translator: Translator, lang: str) -> list[Column]:
    """Code, day, dialogue version, one column per answerable step, then the signals."""
    tr = translator.gettext
    signals = {s.key: tr(lang, s.label) for s in dialogue.signals}
    fixed = [
        Column("code", tr(lang, CODE), "code", 14, "", tr(lang, CODE_HELP), ""),
        Column("day", tr(lang, DAY), "day", 12, "", tr(lang, DAY_HELP), ""),
        Column(
            "dialogue_version",
            tr(lang, VERSION),
            "number",
            10,
            "",
            tr(lang, VERSION_HELP),
            "",
        ),
    ]
    steps = [_step_column(s, dialogue, translator, lang) for s in dialogue.steps
             if s.kind in ANSWERABLE]  # fmt: skip
    values = LIST_SEPARATOR.join(f"{k} = {v}" for k, v in signals.items())
    last = Column("signals", tr(lang, SIGNALS), "signals", 45, "", tr(lang, SIGNALS_HELP),
                  values, signals)  # fmt: skip
    return _unique([*fixed, *steps, last])


def _unique(columns: list[Column]) -> list[Column]:
    """Two questions with the same short label get their section beside it (then a number):
    a header Excel or a CSV reader sees twice would merge or hide a column."""
    seen: dict[str, int] = {}
    for column in columns:
        seen[column.header] = seen.get(column.header, 0) + 1
    taken: set[str] = set()
    unique = []
    for column in columns:
        header = column.header
        if seen[header] > 1 and column.section:
            header = f"{header} ({column.section})"
        number = 1
        while header in taken:
            number += 1
            header = f"{column.header} ({number})"
        taken.add(header)
        unique.append(replace(column, header=header))
    return unique


def table_row(columns: list[Column], code: str, entry: ExportRow) -> list[Cell]:
    """One entry as cells, in the order of `columns` (the first three are fixed). The inner
    loop of every export: one look-up per cell, no call unless several options were ticked."""
    answer = entry.answers.get
    cells: list[Cell] = [code, date.fromisoformat(entry.day), entry.version]
    for column in columns[3:-1]:
        value, names = answer(column.key), column.names
        if value is None or value == "":
            cells.append(None)
        elif value.__class__ is str:
            cells.append(value if names is None else names.get(value, value))
        elif value.__class__ is int or names is None:
            cells.append(value if value.__class__ is int else str(value))
        else:
            cells.append(_joined(column, value))
    cells.append(_joined(columns[-1], entry.signals) if entry.signals else None)
    return cells


def _joined(column: Column, keys: object) -> Cell:
    """Several keys as their texts, in the dialogue's order (an unknown key as itself, last)."""
    names, rank = column.names or {}, column.rank
    try:
        ordered = sorted(keys, key=rank.__getitem__)  # type: ignore[call-overload]
    except KeyError:
        ordered = sorted(map(str, keys), key=lambda k: rank.get(k, len(rank)))  # type: ignore[call-overload]
    return LIST_SEPARATOR.join([names.get(k, k) for k in ordered]) or None


def codebook_rows(columns: list[Column], translator: Translator, lang: str,
                  dialogue: str) -> list[list[Cell]]:  # fmt: skip
    """One row per column of the table: what a header means and which codes it stands for."""
    kind = {k: translator.gettext(lang, v) for k, v in KIND_NAMES.items()}
    return [[c.header, c.key, c.section, kind[c.kind], c.question, c.values, dialogue]
            for c in columns]  # fmt: skip
