"""The streaming XLSX writer: a well-formed package that reads back cell for cell."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reports.sheets import Workbook, column_letters, sheet_name


def test_column_letters() -> None:
    assert [column_letters(i) for i in (0, 25, 26, 51, 52, 701, 702)] == [
        "A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"
    ]  # fmt: skip


def test_sheet_names_follow_excels_rules() -> None:
    taken: set[str] = set()
    assert sheet_name("Gedeelde reflecties", taken) == "Gedeelde reflecties"
    assert sheet_name("gedeelde reflecties", taken) == "gedeelde reflecties 2"
    assert sheet_name("a/b:c" + "x" * 40, taken) == ("a b c" + "x" * 40)[:31]
    assert sheet_name("", taken) == "Sheet"


def _write(path: Path, rows: list[list[str | int | None]]) -> None:
    with Workbook(path) as book:
        book.add_rows("Één", rows)
        book.add_rows("Two", [["x"]], bold_first=False)


def test_a_workbook_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "pack.xlsx"
    rows: list[list[str | int | None]] = [["code", "n", "text"], ["a1", 3, " spaced "],
                                          ["a2", None, "<&>\"'"], [], ["a3", 0, ""]]  # fmt: skip
    _write(out, rows)
    with zipfile.ZipFile(out) as package:
        for name in package.namelist():
            ElementTree.fromstring(package.read(name))  # every part is well-formed XML
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Één", "Two"]
    sheet = book["Één"]
    assert sheet["A1"].font.b and not sheet["A2"].font.b
    read = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert read == [["code", "n", "text"], ["a1", 3, " spaced "], ["a2", None, "<&>\"'"],
                    [None, None, None], ["a3", 0, None]]  # fmt: skip


XML_TEXT = st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff",
                         min_codepoint=0x20) | st.sampled_from("\t\n")  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.text(XML_TEXT, min_size=1, max_size=60).filter(lambda v: "_x" not in v))
def test_any_text_xml_can_hold_reads_back_unchanged(tmp_path_factory: pytest.TempPathFactory,
                                                    value: str) -> None:  # fmt: skip
    out = tmp_path_factory.mktemp("x") / "any.xlsx"
    _write(out, [[value]])
    book = openpyxl.load_workbook(out)
    assert book["Één"]["A1"].value == value


def test_characters_xml_cannot_hold_are_escaped_as_excel_does(tmp_path: Path) -> None:
    out = tmp_path / "odd.xlsx"
    _write(out, [["a\x0bb", "_x0041_", "x\ud800y"]])
    row = next(openpyxl.load_workbook(out)["Één"].iter_rows(values_only=True))
    assert row == ("a_x000B_b", "_x005F_x0041_", "x_xD800_y")  # Excel shows a?b, _x0041_, x?y
