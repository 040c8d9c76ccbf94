"""The shared-reflections table as a supervisor reads it in Excel: headers and values in the
team's language (option texts, signal names), dates as dates, scales as numbers.

The codes (question keys, option keys) stay in the codebook and the JSON. Every column
translates through a dictionary built once per export, so a 10,000-row table costs look-ups,
not gettext calls, per cell.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

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


@dataclass(frozen=True, slots=True)
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
    convert: Callable[[object], Cell]


def _step_column(step: Step, dialogue: Dialogue, translator: Translator, lang: str) -> Column:
    section = translator.gettext(lang, dialogue.section(step.section).title)
    question, header = translator.gettext(lang, step.text), translator.gettext(lang, step.label)
    if step.kind is Kind.SCALE:
        values = f"{step.scale_min}..{step.scale_max}"
        return Column(step.key, header, step.kind.value, max(10, len(header) + 2), section,
                      question, values, _number)  # fmt: skip
    if step.kind is Kind.TEXT:
        return Column(step.key, header, step.kind.value, 50, section, question, "", _text)
    names = {o.key: translator.gettext(lang, o.text) for o in step.options}
    values = LIST_SEPARATOR.join(f"{k} = {v}" for k, v in names.items())
    width = min(40, max([len(header), *map(len, names.values())]) + 2)
    return Column(step.key, header, step.kind.value, width, section, question, values,
                  _named(names))  # fmt: skip


def table_columns(dialogue: Dialogue, translator: Translator, lang: str) -> list[Column]:
    """Code, day, dialogue version, one column per answerable step, then the signals."""
    tr = translator.gettext
    signals = {s.key: tr(lang, s.label) for s in dialogue.signals}
    fixed = [
        Column("code", tr(lang, CODE), "code", 14, "", tr(lang, CODE_HELP), "", _text),
        Column("day", tr(lang, DAY), "day", 12, "", tr(lang, DAY_HELP), "", _day),
        Column(
            "dialogue_version",
            tr(lang, VERSION),
            "number",
            10,
            "",
            tr(lang, VERSION_HELP),
            "",
            _number,
        ),
    ]
    steps = [_step_column(s, dialogue, translator, lang) for s in dialogue.steps
             if s.kind in ANSWERABLE]  # fmt: skip
    values = LIST_SEPARATOR.join(f"{k} = {v}" for k, v in signals.items())
    last = Column("signals", tr(lang, SIGNALS), "signals", 45, "", tr(lang, SIGNALS_HELP),
                  values, _named(signals))  # fmt: skip
    return [*fixed, *steps, last]


def table_row(columns: list[Column], code: str, entry: ExportRow) -> list[Cell]:
    """One entry as cells, in the order of `columns` (the first three are fixed)."""
    answers = entry.answers
    cells: list[Cell] = [code, date.fromisoformat(entry.day), entry.version]
    cells += [c.convert(answers.get(c.key)) for c in columns[3:-1]]
    cells.append(columns[-1].convert(entry.signals))
    return cells


def codebook_rows(columns: list[Column], translator: Translator, lang: str,
                  dialogue: str) -> list[list[Cell]]:  # fmt: skip
    """One row per column of the table: what a header means and which codes it stands for."""
    kind = {k: translator.gettext(lang, v) for k, v in KIND_NAMES.items()}
    return [[c.header, c.key, c.section, kind[c.kind], c.question, c.values, dialogue]
            for c in columns]  # fmt: skip


def _number(value: object) -> Cell:
    return value if value.__class__ is int else None if value is None else str(value)


def _text(value: object) -> Cell:
    return None if value is None or value == "" else str(value)


def _day(value: object) -> Cell:
    return value if isinstance(value, date) else None if value is None else str(value)


def _named(names: Mapping[str, str]) -> Callable[[object], Cell]:
    """Option (or signal) keys to their texts; several keys joined in the dialogue's order."""
    order = {key: number for number, key in enumerate(names)}

    def convert(value: object) -> Cell:
        if value is None or value == "":
            return None
        if isinstance(value, list | tuple):
            keys = sorted(value, key=lambda k: order.get(k, len(order)))
            return LIST_SEPARATOR.join(names.get(k, k) for k in keys) or None
        return names.get(str(value), str(value))

    return convert
