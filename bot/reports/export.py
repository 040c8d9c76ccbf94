"""Supervision exports: shared entries only, scrubbed text only, never who wrote them.

Each entry gets a code from a key derived for exports, so a code cannot be joined to the
database. Entries are read a page at a time and written as they come (XLSX in
`bot.reports.sheets` for XLSX), so memory stays flat however large the export.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from bot.dialogue.model import ANSWERABLE, Dialogue, Step
from bot.dialogue.replies import Text
from bot.i18n import Translator
from bot.msgid import N_
from bot.privacy.pseudonym import SecretKey
from bot.reports.coach_answers import coach_codebook, coach_records, linked_entries
from bot.reports.sheets import Table, table_columns
from bot.reports.trends import TRENDS_SHEET, trend_codebook, trend_records, trends
from bot.storage.port import Store, StoredEntry
from bot.storage.port_teams import ExportRow
from bot.teams.model import CoachPrompt, Team

COACH_SHEET = N_("Coach answers")
FORMATS = ("xlsx", "csv", "json", "md")
CSV_DIALECTS = {"semicolon": ";", "comma": ","}
FORMULA_STARTS = frozenset("=+-@\t\r")
PAGE = 1000
E = TypeVar("E")


@dataclass(frozen=True)
class ExportContext:
    store: Store
    translator: Translator
    dialogue: Dialogue
    key: SecretKey
    """The export key (derived), never the database's."""
    team: Team
    start: date
    end: date

    @cached_property
    def coder(self) -> Callable[[int], str]:
        """`code` for this export: the keyed hash set up once, copied for each entry (the
        same value as `key.pseudonym("entry:N")[:12]`, without re-keying every row)."""
        keyed = hmac.new(self.key.material, digestmod=hashlib.sha256)

        def coded(entry_id: int) -> str:
            digest = keyed.copy()
            digest.update(b"entry:%d" % entry_id)
            return digest.hexdigest()[:12]

        return coded

    @cached_property
    def keys(self) -> tuple[str, ...]:
        """The answer columns, computed once per export rather than once per row."""
        return tuple(s.key for s in answer_steps(self.dialogue))


def answer_steps(dialogue: Dialogue) -> list[Step]:
    return [s for s in dialogue.steps if s.kind in ANSWERABLE]


def codebook(context: ExportContext) -> list[dict[str, str]]:
    """Every question key with its section, kind, text and options in the team's language."""
    lang, tr = context.team.lang, context.translator
    return [{
        "key": s.key,
        "section": tr.gettext(lang, context.dialogue.section(s.section).title),
        "kind": s.kind.value,
        "label": tr.gettext(lang, s.label),
        "question": tr.gettext(lang, s.text),
        "options": "; ".join(f"{o.key} = {tr.gettext(lang, o.text)}" for o in s.options)
        if s.kind.value != "scale" else f"{s.scale_min}..{s.scale_max}",
        "dialogue": context.dialogue.origins.get(
            s.key, f"{context.dialogue.id} v{context.dialogue.version}"),
    } for s in answer_steps(context.dialogue)]  # fmt: skip


def columns(dialogue: Dialogue) -> list[str]:
    return ["code", "day", "dialogue_version", *(s.key for s in answer_steps(dialogue)), "signals"]


def code(context: ExportContext, entry_id: int) -> str:
    """The entry's code in this export: keyed by the export key, so it joins nothing."""
    return context.coder(entry_id)


def row(context: ExportContext, entry: ExportRow) -> list[str | int]:
    answers = [  # the inner loop of every export: kept to one expression per cell
        "" if v is None else v if v.__class__ is int
        else "|".join(v) if v.__class__ is list or v.__class__ is tuple
        else str(v) for v in map(entry.answers.get, context.keys)
    ]  # fmt: skip
    return [code(context, entry.id), entry.day, entry.version, *answers, "|".join(entry.signals)]


async def pages(context: ExportContext, read: Callable[..., Awaitable[list[E]]],
                id_of: Callable[[E], int]) -> AsyncIterator[E]:  # fmt: skip
    """Every shared entry of the period, read a page at a time, each page after the last."""
    async for page in page_lists(context, read, id_of):
        for entry in page:
            yield entry


async def page_lists(context: ExportContext, read: Callable[..., Awaitable[list[E]]],
                     id_of: Callable[[E], int]) -> AsyncIterator[list[E]]:  # fmt: skip
    """The same, a page at a time: the CSV loop then resumes no generator per row."""
    after = 0
    while True:
        page = await read(context.team.id, context.start, context.end, after, PAGE)
        yield page
        if len(page) < PAGE:
            return
        after = id_of(page[-1])


def shared(context: ExportContext) -> AsyncIterator[StoredEntry]:
    """Shared entries with typed answers, for the formats that render them (the agenda)."""
    return pages(context, context.store.shared_entries, lambda e: e.id)


def shared_rows(context: ExportContext) -> AsyncIterator[ExportRow]:
    """Shared entries as rows, for the tabular formats."""
    return pages(context, context.store.shared_rows, lambda r: r.id)


async def write_csv(context: ExportContext, out: Path, dialect: str | None = None) -> int:
    """The table as Excel opens it in the team's language: `;` for nl and fr (their list
    separator), `,` for en, always with a UTF-8 BOM so Excel reads the accents right."""
    separator = CSV_DIALECTS[dialect or default_dialect(context.team.lang)]
    table = Table(table_columns(context.dialogue, context.translator, context.team.lang))
    typed = [number for number, column in enumerate(table.columns) if column.kind == "text"]
    count, coded, row_of, risky = 0, context.coder, table.row, FORMULA_STARTS
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=separator, lineterminator="\r\n")
        writer.writerow([c.header for c in table.columns])
        async for page in page_lists(context, context.store.shared_rows, lambda r: r.id):
            rows = [row_of(coded(entry.id), entry) for entry in page]
            for cells in rows:
                for number in typed:  # only typed text can start like a formula
                    value = cells[number]
                    if value.__class__ is str and value[:1] in risky:
                        cells[number] = f"'{value}"
            writer.writerows(rows)
            count += len(rows)
    return count


def default_dialect(lang: str) -> str:
    return "comma" if lang == "en" else "semicolon"


async def answered(context: ExportContext) -> list[CoachPrompt]:
    """Questions coaches answered in the period that supervision may read: its own, and
    those of reflections shared now (see `bot.reports.coach_answers`)."""
    return await context.store.supervision_answers(context.team.id, context.start,
                                                   context.end)  # fmt: skip


async def write_json(context: ExportContext, out: Path) -> int:
    """Entries first, then the coach answers, whose `entry` is the code an entry of this
    export has (known once the entries are written)."""
    count, prompts = 0, await answered(context)
    linked, codes = linked_entries(prompts), {}
    tr, lang = context.translator, context.team.lang
    found = await trends(context.store, context.dialogue, context.team, context.start,
                         context.end)  # fmt: skip
    head = {"team": context.team.name, "from": context.start.isoformat(),
            "until": context.end.isoformat(),
            "codebook": codebook(context)
            + coach_codebook(tr, lang, text(context, COACH_SHEET))
            + trend_codebook(tr, lang, text(context, TRENDS_SHEET)),
            "trends": trend_records(found)}  # fmt: skip
    names = columns(context.dialogue)
    with out.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "entries": [\n')
        async for entry in shared_rows(context):
            record: dict[str, Any] = dict(zip(names, row(context, entry), strict=True))
            if entry.id in linked:
                codes[entry.id] = record["code"]
            handle.write((",\n" if count else "") + json.dumps(record, ensure_ascii=False))
            count += 1
        answers = json.dumps(coach_records(prompts, codes), ensure_ascii=False)
        handle.write(f'\n], "coach_answers": {answers}}}\n')
    return count


async def write_xlsx(context: ExportContext, out: Path, summary_rows: list[list[str | int]]) -> int:
    from bot.reports.xlsx import workbook

    return await workbook(context, out, summary_rows)


def period(context: ExportContext) -> str:
    """The period in the team's language: first and last day, formatted by babel."""
    day = context.translator.day
    last = date.fromordinal(context.end.toordinal() - 1)
    return f"{day(context.team.lang, context.start)} – {day(context.team.lang, last)}"


def text(context: ExportContext, msgid: str, **params: Any) -> str:
    return context.translator.render(context.team.lang, Text(msgid, params))
