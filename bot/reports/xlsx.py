"""The XLSX supervision pack; the project's only xlsxwriter importer.

Constant-memory mode writes each row as it comes, so a 100,000-entry export stays small
in memory. Sheets: summary, shared entries, codebook.
"""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from bot.msgid import N_
from bot.reports.export import ExportContext, codebook, columns, period, row, shared, text

SHEETS = (N_("Summary"), N_("Shared reflections"), N_("Codebook"))


async def workbook(context: ExportContext, out: Path, summary_rows: list[list[str]]) -> int:
    book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    bold = book.add_format({"bold": True})
    try:
        summary, entries, codes = (book.add_worksheet(text(context, name)[:31]) for name in SHEETS)
        summary.write_row(0, 0, [context.team.name, period(context)], bold)
        for number, line in enumerate(summary_rows, start=2):
            summary.write_row(number, 0, line)
        entries.write_row(0, 0, columns(context.dialogue), bold)
        count = 0
        async for entry in shared(context):
            count += 1
            entries.write_row(count, 0, row(context, entry))
        book_rows = codebook(context)
        codes.write_row(0, 0, list(book_rows[0]), bold)
        for number, item in enumerate(book_rows, start=1):
            codes.write_row(number, 0, list(item.values()))
    finally:
        book.close()
    return count
