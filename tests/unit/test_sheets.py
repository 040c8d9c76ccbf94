"""The files supervisors open in Excel, read back as Excel would: types, headers and values
in the team's language, every column in the codebook, CSV with `;` and a BOM for nl and fr."""

from __future__ import annotations

import csv
import re
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from bot.dialogue.registry import DialogueRegistry
from bot.dialogue.session import EntryDraft
from bot.i18n import Translator
from bot.reports.coach_answers import COACH_KEYS
from bot.reports.pack import write_pack
from bot.reports.sheets import table_columns
from bot.reports.xlsx import sheet_name
from bot.storage.memory import MemoryStore
from bot.teams.model import Role
from tests.conftest import TODAY
from tests.unit.test_export import END, KEY, START, filled

SNAKE = re.compile(r"^[a-z]+(_[a-z0-9]+)+$")
HEADERS = {
    "nl": ("Code", "Dag", "Soort contact", "Aandachtspunten voor supervisie"),
    "fr": ("Code", "Jour", "Type de contact", "Points d'attention pour la supervision"),
    "en": ("Code", "Day", "Kind of contact", "Points for supervision"),
}
SHEETS = {"nl": "Gedeelde reflecties", "fr": "Réflexions partagées", "en": "Shared reflections"}
CODEBOOK = {"nl": "Codeboek", "fr": "Livre de codes", "en": "Codebook"}
TRENDS = {"nl": "Trends per maand", "fr": "Tendances par mois", "en": "Trends per month"}


async def pack(registry: DialogueRegistry, translator: Translator, tmp_path: Path, lang: str,
               fmt: str, dialect: str | None = None) -> Path:  # fmt: skip
    store = MemoryStore()
    team = await filled(store, lang)
    out = tmp_path / f"pack-{lang}-{dialect}.{fmt}"
    dialogue = registry.latest("post_contact").dialogue
    count = await write_pack(store, translator, dialogue, KEY, team, START, END, fmt, out,
                             dialect)  # fmt: skip
    assert count == 3
    return out


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
async def test_xlsx_reads_back_typed_and_in_the_teams_language(  # type: ignore[no-untyped-def]
    registry, translator, tmp_path, lang
) -> None:
    book = openpyxl.load_workbook(await pack(registry, translator, tmp_path, lang, "xlsx"))
    sheet = book[SHEETS[lang]]
    rows = list(sheet.iter_rows(values_only=True))
    headers = rows[0]
    for header in HEADERS[lang]:
        assert header in headers
    assert not [h for h in headers if SNAKE.match(str(h))], "no snake_case keys"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:{_last(headers)}4"
    assert sheet.column_dimensions["A"].width > 10, "columns have widths"
    first = dict(zip(headers, rows[1], strict=True))
    assert isinstance(first[HEADERS[lang][1]], datetime), "days are dates"
    assert first[HEADERS[lang][1]].date() == date(2026, 11, 21)
    assert sheet.cell(2, 2).number_format in ("dd/mm/yyyy", "yyyy-mm-dd")
    numbers = [v for v in rows[1] if isinstance(v, int)]
    assert 2 in numbers and 1 in numbers, "the scale answer and the version are numbers"
    values = {part for row in rows[1:] for v in row if v is not None
              for part in str(v).split("; ")}  # fmt: skip
    codes = {"home_visit", "tired", "worried", "low_presence", "second_blow_unrepaired",
             "not_repaired", "proof"}  # fmt: skip
    assert not values & codes, "no option or signal codes"
    label = {"nl": "Huisbezoek", "fr": "Visite à domicile", "en": "Home visit"}[lang]
    assert label in values
    summary = book[book.sheetnames[0]]
    counts = [r[2] for r in summary.iter_rows(min_row=4, values_only=True) if r[2] is not None]
    assert 3 in counts and all(isinstance(c, int) for c in counts), "counts are numbers"
    book.close()


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
async def test_the_codebook_covers_every_column(registry, translator, tmp_path, lang) -> None:  # type: ignore[no-untyped-def]
    book = openpyxl.load_workbook(await pack(registry, translator, tmp_path, lang, "xlsx"))
    headers = next(book[SHEETS[lang]].iter_rows(values_only=True))
    codebook = list(book[CODEBOOK[lang]].iter_rows(values_only=True))
    coach_sheet = book.sheetnames[-1]
    coach_headers = next(book[coach_sheet].iter_rows(values_only=True))
    entry_rows = [row for row in codebook[1:] if row[2] not in (coach_sheet, TRENDS[lang])]
    coach_rows = [row for row in codebook[1:] if row[2] == coach_sheet]
    assert [row[0] for row in entry_rows] == list(headers), "one codebook row per column"
    assert [row[0] for row in coach_rows] == list(coach_headers), "the coach answers' too"
    assert [row[1] for row in coach_rows] == list(COACH_KEYS), "their codes: the JSON keys"
    assert len(set(headers)) == len(headers), "no header twice (a reader would merge them)"
    by_code = {row[1]: row for row in codebook[1:]}
    assert {"signals", "strength_seen", "bright_spot", "contact_kind"} <= set(by_code)
    assert "low_presence = " in by_code["signals"][5], "signal codes explained"
    assert all(row[3] and row[4] for row in codebook[1:]), "a kind and a question everywhere"
    book.close()


@pytest.mark.parametrize(("lang", "dialect", "separator"),
                         [("nl", None, ";"), ("fr", None, ";"), ("en", None, ","),
                          ("nl", "comma", ",")])  # fmt: skip
async def test_csv_opens_as_excel_imports_it(  # type: ignore[no-untyped-def]
    registry, translator, tmp_path, lang, dialect, separator
) -> None:
    """Excel takes UTF-8 only with a BOM, and splits on the list separator of its locale
    (`;` in Belgium and France), quoting as RFC 4180 does."""
    raw = (await pack(registry, translator, tmp_path, lang, "csv", dialect)).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a UTF-8 BOM"
    lines = raw[3:].decode("utf-8").split("\r\n")
    rows = list(csv.reader(lines[:-1], delimiter=separator))
    assert lines[-1] == "" and len(rows) == 4
    assert len({len(r) for r in rows}) == 1, "every row splits into the same columns"
    for header in HEADERS[lang]:
        assert header in rows[0]
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record[HEADERS[lang][1]] == "2026-11-21", "an ISO day Excel reads in any locale"
    dialogue = registry.latest("post_contact").dialogue
    assert len(rows[0]) == len(table_columns(dialogue, translator, lang)), "split as written"
    label = {"nl": "Huisbezoek", "fr": "Visite à domicile", "en": "Home visit"}[lang]
    assert record[HEADERS[lang][2]] == label


async def test_csv_text_never_runs_as_a_formula(registry, translator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = MemoryStore()
    team = await store.create_team("Team Noord", "nl", TODAY)
    who = f"{9:064x}"
    await store.ensure_worker(who, 1, "nl", TODAY)
    await store.add_member(who, team.id, Role.WORKER, TODAY)
    answers = {"bright_spot": "=HYPERLINK(1)", "try_next": "-3 keer", "contact_kind": "home_visit",
               "wellbeing": 2}  # fmt: skip
    await store.finish_session(who, EntryDraft("post_contact", 1, TODAY, "nl", answers, (),
                                               {"shared": True}))  # fmt: skip
    out = tmp_path / "formulas.csv"
    dialogue = registry.latest("post_contact").dialogue
    await write_pack(store, translator, dialogue, KEY, team, START, END, "csv", out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    cells = set(rows[1])
    assert {"'=HYPERLINK(1)", "'-3 keer", "Huisbezoek", "2"} <= cells, "typed text only, quoted"
    assert not cells & {"=HYPERLINK(1)", "-3 keer", "'Huisbezoek", "'2"}


def _last(headers: tuple[object, ...]) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(len(headers))


def test_sheet_names_follow_excels_rules() -> None:
    taken: set[str] = set()
    assert sheet_name("Gedeelde reflecties", taken) == "Gedeelde reflecties"
    assert sheet_name("gedeelde reflecties", taken) == "gedeelde reflecties 2"
    assert sheet_name("a/b:c" + "x" * 40, taken) == ("a b c" + "x" * 40)[:31]
    assert sheet_name("", taken) == "Sheet"
