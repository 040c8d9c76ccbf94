"""A streaming XLSX writer: sheets of plain rows, written as they come into a zip.

Only what a supervision pack needs: text and whole numbers, inline strings, a bold header.
Rows go straight to the compressed sheet part, so memory stays flat and a 100,000-row
sheet takes a few seconds (a general-purpose writer spends most of its time per cell).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO
from xml.sax.saxutils import escape, quoteattr

Value = str | int | None

_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_INVALID_NAME = re.compile(r"[\[\]:*?/\\]")
MAX_ROWS = 1_048_576
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _ooxml_escape(match: re.Match[str]) -> str:
    """Characters XML cannot hold, and a literal "_xHHHH_", in Excel's own escape."""
    return f"_x{ord(match.group()):04X}_"


def text_cell(ref: str, value: str, style: str) -> str:
    value = escape(_BAD_XML.sub(_ooxml_escape, value))
    space = ' xml:space="preserve"' if value[:1].isspace() or value[-1:].isspace() else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{value}</t></is></c>'


def sheet_name(name: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique ignoring case."""
    base = _INVALID_NAME.sub(" ", name).strip("'")[:31] or "Sheet"
    candidate, number = base, 1
    while candidate.lower() in taken:
        number += 1
        candidate = f"{base[: 31 - len(str(number)) - 1]} {number}"
    taken.add(candidate.lower())
    return candidate


class Sheet:
    def __init__(self, part: IO[bytes]) -> None:
        self._part = part
        self._rows = 0
        self._columns: list[str] = []
        part.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   f'<worksheet xmlns="{_MAIN}"><sheetData>'.encode())  # fmt: skip

    def write_row(self, values: Sequence[Value], bold: bool = False) -> None:
        """Append one row; None leaves a cell empty."""
        if self._rows >= MAX_ROWS:
            raise ValueError("an XLSX sheet holds at most 1,048,576 rows")
        self._rows += 1
        while len(self._columns) < len(values):
            self._columns.append(column_letters(len(self._columns)))
        number, style = self._rows, ' s="1"' if bold else ""
        cells = []
        for letters, value in zip(self._columns, values, strict=False):
            if value is None or value == "":
                continue
            ref = f"{letters}{number}"
            if value.__class__ is int:
                cells.append(f'<c r="{ref}"{style}><v>{value}</v></c>')
            else:
                cells.append(text_cell(ref, str(value), style))
        self._part.write(f'<row r="{number}">{"".join(cells)}</row>'.encode())

    def close(self) -> None:
        self._part.write(b"</sheetData></worksheet>")
        self._part.close()


class Workbook:
    """Sheets are written one after another; each must be closed before the next opens."""

    def __init__(self, path: Path) -> None:
        self._zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self._names: list[str] = []
        self._taken: set[str] = set()

    def add_sheet(self, name: str) -> Sheet:
        self._names.append(sheet_name(name, self._taken))
        part = f"xl/worksheets/sheet{len(self._names)}.xml"
        return Sheet(self._zip.open(part, "w", force_zip64=True))

    def add_rows(self, name: str, rows: Iterable[Sequence[Value]], bold_first: bool = True) -> None:
        sheet = self.add_sheet(name)
        for number, values in enumerate(rows):
            sheet.write_row(values, bold=bold_first and number == 0)
        sheet.close()

    def close(self) -> None:
        sheets = range(1, len(self._names) + 1)
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml"'
            f' ContentType="{_TYPE}.worksheet+xml"/>'
            for i in sheets
        )
        self._part("[Content_Types].xml",
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package'
                   '.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPE}.sheet.main+xml"/>'
                   f'<Override PartName="/xl/styles.xml" ContentType="{_TYPE}.styles+xml"/>'
                   f"{overrides}</Types>")  # fmt: skip
        self._part("_rels/.rels",
                   f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" Type="{_REL}'
                   '/officeDocument" Target="xl/workbook.xml"/></Relationships>')  # fmt: skip
        entries = "".join(f'<sheet name={quoteattr(name)} sheetId="{i}" r:id="rId{i}"/>'
                          for i, name in zip(sheets, self._names, strict=True))  # fmt: skip
        self._part("xl/workbook.xml",
                   f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>{entries}</sheets>'
                   "</workbook>")  # fmt: skip
        links = "".join(f'<Relationship Id="rId{i}" Type="{_REL}/worksheet"'
                        f' Target="worksheets/sheet{i}.xml"/>' for i in sheets)  # fmt: skip
        styles = len(self._names) + 1
        self._part("xl/_rels/workbook.xml.rels",
                   f'<Relationships xmlns="{_PKG}">{links}<Relationship Id="rId{styles}"'
                   f' Type="{_REL}/styles" Target="styles.xml"/></Relationships>')  # fmt: skip
        self._part("xl/styles.xml",
                   f'<styleSheet xmlns="{_MAIN}"><fonts count="2"><font><sz val="11"/>'
                   '<name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/>'
                   '</font></fonts><fills count="2"><fill><patternFill patternType="none"/>'
                   '</fill><fill><patternFill patternType="gray125"/></fill></fills>'
                   '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/>'
                   '</border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0"'
                   ' fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"'
                   ' fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1"'
                   ' fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
                   '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
                   "</cellStyles></styleSheet>")  # fmt: skip
        self._zip.close()

    def _part(self, name: str, xml: str) -> None:
        head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        self._zip.writestr(name, head + xml)

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:  # fmt: skip
        self.close()
