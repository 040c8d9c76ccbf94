"""The XLSX supervision pack: summary, shared entries, codebook and coach answers sheets.

Written by the streaming writer in `bot.reports.sheets`: each entry row goes to the file
as it is read, so a 100,000-entry export stays small in memory.
"""

from __future__ import annotations

from pathlib import Path

from bot.msgid import N_
from bot.reports.export import (
    ExportContext,
    coach_answers,
    codebook,
    columns,
    period,
    row,
    shared_rows,
    text,
)
from bot.reports.sheets import Workbook

SHEETS = (N_("Summary"), N_("Shared reflections"), N_("Codebook"), N_("Coach answers"))
COACH_COLUMNS = (N_("Question"), N_("Answer"), N_("Signed by"))


async def workbook(context: ExportContext, out: Path, summary_rows: list[list[str]]) -> int:
    summary_name, entries_name, codes_name, coach_name = (text(context, n) for n in SHEETS)
    count = 0
    with Workbook(out) as book:
        book.add_rows(summary_name, [[context.team.name, period(context)], [], *summary_rows])
        entries = book.add_sheet(entries_name)
        entries.write_row(columns(context.dialogue), bold=True)
        async for entry in shared_rows(context):
            count += 1
            entries.write_row(row(context, entry))
        entries.close()
        book_rows = codebook(context)
        book.add_rows(codes_name, [list(book_rows[0]), *(list(r.values()) for r in book_rows)])
        answers = [list(a.values()) for a in await coach_answers(context)]
        book.add_rows(coach_name, [[text(context, c) for c in COACH_COLUMNS], *answers])
    return count
