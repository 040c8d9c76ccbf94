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
from typing import Any, cast

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


JOINED_CACHE = 4096
"""Distinct ticked combinations remembered per export: few in practice, bounded anyway."""


class Table:
    """Entries as rows of cells for `columns` (the first three fixed, the signals last),
    built once per export: the inner loop of every export. It walks the answers an entry
    has (about ten) rather than every column (about fifty), and remembers the text of each
    combination of ticked options and each day, so a repeated value costs one look-up."""

    def __init__(self, columns: list[Column]) -> None:
        self.columns, self._width, self._signals = columns, len(columns), columns[-1]
        self._slots = {c.key: (number, c.names, c) for number, c in enumerate(columns[3:-1], 3)}
        self._joined: dict[tuple[str, tuple[object, ...]], Cell] = {}
        self._days: dict[str, date] = {}

    def row(self, code: str, entry: ExportRow) -> list[Cell]:
        cells: list[Cell] = [None] * self._width
        day = self._days.get(entry.day)
        if day is None:
            day = self._days[entry.day] = date.fromisoformat(entry.day)
        cells[0], cells[1], cells[2] = code, day, entry.version
        get, answers = self._slots.get, cast(Mapping[str, Any], entry.answers)
        for key, value in answers.items():
            slot = get(key)
            if slot is None:
                continue
            number, names, column = slot
            kind = value.__class__
            if kind is str:
                if value:
                    cells[number] = value if names is None else names.get(value, value)
            elif kind is int:
                cells[number] = value
            elif value is None:
                continue
            elif names is None:
                cells[number] = str(value)
            else:
                cells[number] = self._join(column, value)
        if entry.signals:
            cells[-1] = self._join(self._signals, entry.signals)
        return cells

    def _join(self, column: Column, keys: Any) -> Cell:
        try:
            remembered = (column.key, tuple(keys))
            return self._joined[remembered]
        except KeyError:
            joined = _joined(column, keys)
            if len(self._joined) < JOINED_CACHE:
                self._joined[remembered] = joined
            return joined
        except TypeError:  # not a list of keys: nothing to remember it by
            return _joined(column, keys)


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
