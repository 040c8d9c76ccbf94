"""The XLSX supervision pack (summary, shared reflections, codebook, coach answers), written
by xlsxwriter in its constant-memory mode: each row goes to a temporary file as it is read,
so memory stays flat however many reflections. The project's only xlsxwriter importer.

Numbers are numbers, days are dates, headers are frozen with an autofilter, and every
header and value is in the team's language; the codes live in the codebook sheet.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import xlsxwriter

from bot.msgid import N_
from bot.reports.coach_answers import (
    COACH_COLUMNS,
    COACH_WIDTHS,
    answered_question,
    coach_codebook,
    coach_records,
    linked_entries,
)
from bot.reports.export import ExportContext, answered, code, period, shared_rows, text
from bot.reports.sheets import (
    CODEBOOK_HEADERS,
    KIND_NAMES,
    Cell,
    Column,
    Table,
    codebook_rows,
    table_columns,
)
from bot.reports.trends import TRENDS_NOTE, TRENDS_SHEET, trend_cells, trend_codebook, trends

SHEETS = (N_("Summary"), N_("Shared reflections"), N_("Codebook"), N_("Coach answers"))
SUMMARY_COLUMNS = (N_("Section"), N_("Answer"), N_("Shared reflections"))
DATE_FORMATS = {"nl": "dd/mm/yyyy", "fr": "dd/mm/yyyy", "en": "yyyy-mm-dd"}
_INVALID_NAME = re.compile(r"[\[\]:*?/\\]")


def sheet_name(name: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique ignoring case."""
    base = _INVALID_NAME.sub(" ", name).strip("'")[:31] or "Sheet"
    candidate, number = base, 1
    while candidate.lower() in taken:
        number += 1
        candidate = f"{base[: 31 - len(str(number)) - 1]} {number}"
    taken.add(candidate.lower())
    return candidate


class _Book:
    """The workbook with the pack's formats; sheets get a bold frozen header and a filter."""

    def __init__(self, out: Path, lang: str) -> None:
        self.book = xlsxwriter.Workbook(str(out), {"constant_memory": True,
                                                   "tmpdir": str(out.parent)})  # fmt: skip
        self.bold = self.book.add_format({"bold": True, "bg_color": "#E8EEF7", "border": 1})
        self.day = self.book.add_format({"num_format": DATE_FORMATS.get(lang, "yyyy-mm-dd")})
        self.wrap = self.book.add_format({"text_wrap": True, "valign": "top"})
        self.taken: set[str] = set()

    def sheet(self, name: str, headers: Sequence[str], widths: Sequence[int],
              lead: Sequence[str] = (), wrapped: Sequence[int] = ()) -> Any:  # fmt: skip
        """A new sheet; column formats must come before the cells (xlsxwriter applies them
        as each cell is written). `lead`: a first line above the header (the first cell
        bold), written first: in constant-memory mode a row is final once a later one is
        written, so a line written above the header afterwards would be lost."""
        sheet = self.book.add_worksheet(sheet_name(name, self.taken))
        for number, width in enumerate(widths):
            sheet.set_column(number, number, width, self.wrap if number in wrapped else None)
        for number, cell in enumerate(lead):
            sheet.write_string(0, number, cell, self.bold if number == 0 else None)
        first_row = 2 if lead else 0
        sheet.write_row(first_row, 0, headers, self.bold)
        sheet.freeze_panes(first_row + 1, 0)
        return sheet

    def close(self) -> None:
        self.book.close()


def _write(sheet: Any, row: int, cells: Sequence[Cell], day: Any) -> None:
    """Cells by type: the string writer never turns text into a formula or a link."""
    for column, value in enumerate(cells):
        if value is None:
            continue
        if value.__class__ is str:
            sheet.write_string(row, column, value)
        elif value.__class__ is int:
            sheet.write_number(row, column, value)
        elif isinstance(value, date):
            sheet.write_datetime(row, column, value, day)
        else:
            sheet.write_string(row, column, str(value))


async def workbook(context: ExportContext, out: Path,
                   summary_rows: list[list[str | int]]) -> int:  # fmt: skip
    """Write the pack; returns how many shared reflections the entries sheet holds."""
    lang = context.team.lang
    summary_name, entries_name, codes_name, coach_name = (text(context, n) for n in SHEETS)
    trends_name = text(context, TRENDS_SHEET)
    columns = table_columns(context.dialogue, context.translator, lang)
    book = _Book(out, lang)
    try:
        summary = book.sheet(summary_name, [text(context, c) for c in SUMMARY_COLUMNS],
                             (36, 40, 18), lead=(context.team.name, period(context)))  # fmt: skip
        for number, cells in enumerate(summary_rows, start=3):
            _write(summary, number, cells, book.day)
        summary.autofilter(2, 0, 2 + len(summary_rows), 2)
        await _trends(context, book, trends_name)
        prompts = await answered(context)
        codes: dict[int, str] = {}
        count = await _entries(context, book, entries_name, columns, linked_entries(prompts),
                               codes)  # fmt: skip
        _codebook(context, book, codes_name, columns, (coach_name, trends_name))
        _coach_answers(context, book, coach_name, coach_records(prompts, codes))
    finally:
        book.close()
    return count


async def _entries(context: ExportContext, book: _Book, name: str, columns: list[Column],
                   linked: Collection[int], codes: dict[int, str]) -> int:  # fmt: skip
    """The shared reflections; notes in `codes` the code of each `linked` one (a coach
    answer came from it)."""
    sheet = book.sheet(name, [c.header for c in columns], [c.width for c in columns])
    count, day, row_of = 0, book.day, Table(columns).row
    async for entry in shared_rows(context):
        count += 1
        entry_code = code(context, entry.id)
        if entry.id in linked:
            codes[entry.id] = entry_code
        _write(sheet, count, row_of(entry_code, entry), day)
    sheet.autofilter(0, 0, count, len(columns) - 1)
    return count


def _codebook(context: ExportContext, book: _Book, name: str, columns: list[Column],
              sheets: tuple[str, str]) -> None:  # fmt: skip
    """A row per column of the shared reflections, then per column of the coach answers
    and of the trends (`sheets`: the names of those two)."""
    headers = [text(context, h) for h in CODEBOOK_HEADERS]
    sheet = book.sheet(name, headers, (28, 22, 24, 16, 50, 60, 18), wrapped=(4, 5))
    version = f"{context.dialogue.id} v{context.dialogue.version}"
    lang = context.team.lang
    rows = codebook_rows(columns, context.translator, lang, version)
    kinds = {k: context.translator.gettext(lang, v) for k, v in KIND_NAMES.items()}
    coach = coach_codebook(context.translator, lang, sheets[0])
    coach += trend_codebook(context.translator, lang, sheets[1])
    rows += [[c["label"], c["key"], c["section"], kinds[c["kind"]], c["question"],
              c["options"], ""] for c in coach]  # fmt: skip
    for number, cells in enumerate(rows, start=1):
        _write(sheet, number, cells, book.day)
    sheet.autofilter(0, 0, len(rows), len(headers) - 1)


async def _trends(context: ExportContext, book: _Book, name: str) -> None:
    """Each topic month by month, under a line saying what "–" means."""
    found = await trends(context.store, context.dialogue, context.team, context.start,
                         context.end)  # fmt: skip
    headers, rows = trend_cells(found, context.dialogue, context.translator, context.team.lang)
    note = text(context, TRENDS_NOTE, k=context.team.k_min)
    sheet = book.sheet(name, headers, (36, 40, *(10 for _ in found.months)), lead=(note,))
    for number, cells in enumerate(rows, start=3):
        _write(sheet, number, cells, book.day)
    sheet.autofilter(2, 0, 2 + len(rows), len(headers) - 1)


def _coach_answers(context: ExportContext, book: _Book, name: str,
                   records: list[dict[str, Any]]) -> None:  # fmt: skip
    """The answers with the question answered in the team's language, not its key."""
    sheet = book.sheet(name, [text(context, c) for c in COACH_COLUMNS], COACH_WIDTHS,
                       wrapped=(0, 1, 3))  # fmt: skip
    for number, record in enumerate(records, start=1):
        shown = {**record, "answer_to": text(context, answered_question(record["answer_to"]))}
        _write(sheet, number, [v or None for v in shown.values()], book.day)
    sheet.autofilter(0, 0, len(records), len(COACH_COLUMNS) - 1)
