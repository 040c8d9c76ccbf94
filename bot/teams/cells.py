"""Which summary cells one entry counts in: the one definition both stores aggregate by.

A cell is (field, value). The SQLite store keeps per-day counts of every cell, with the set
of contributing workers as a bitset, so a summary over a million entries reads a few
thousand small rows instead of parsing every entry's answers.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from bot.reports.declarations import shipped_summary
from bot.teams.model import Tally

TOTAL = ""
"""The field of the one cell every entry counts in (its value is "all")."""
PAIR = "+"


def tallied() -> dict[str, str]:
    """Every field a team summary shows, and how an entry's answer becomes cell values:
    derived from the dialogues' `feeds: summary` declarations (current and archived)."""
    return {f.field: f.mode for f in shipped_summary()}


Cell = tuple[str, str | None]


def _text(value: object) -> str:
    if isinstance(value, bool):
        return str(int(value))
    return str(value)


def cells_of(answers: Mapping[str, object], signals: Iterable[str],
             fields: Mapping[str, str] | None = None) -> set[Cell]:  # fmt: skip
    """The distinct cells an entry counts in; a missing single answer is the value None.
    `fields`: what is tallied (default: what the shipped dialogues declare)."""
    found: set[Cell] = {(TOTAL, "all")}
    for name, mode in (tallied() if fields is None else fields).items():
        if mode == "signals":
            found.update((name, s) for s in signals)
        elif mode == "pair":
            first, second = (answers.get(part) for part in name.split(PAIR))
            if first is not None and second is not None:
                found.add((name, f"{_text(first)}→{_text(second)}"))
        elif mode == "multi":
            value = answers.get(name)
            items = value if isinstance(value, list | tuple) else () if value is None else (value,)
            found.update((name, _text(v)) for v in items)
        elif mode == "answered":
            found.add((name, "skipped" if answers.get(name) is None else "answered"))
        else:
            value = answers.get(name)
            found.add((name, None if value is None else _text(value)))
    return found


@dataclass(slots=True)
class CellCount:
    """Entries in a cell and the workers behind them (as a set of small team indexes)."""

    entries: int = 0
    workers: int = 0
    """A bitset: bit i is the team's i-th worker."""
    seen: set[str] = field(default_factory=set)
    """Pseudonyms, for stores that count without bitsets."""

    @property
    def distinct(self) -> int:
        return self.workers.bit_count() + len(self.seen)


def bits_to_bytes(bits: int) -> bytes:
    return bits.to_bytes((bits.bit_length() + 7) // 8, "little")


def bytes_to_bits(raw: bytes) -> int:
    return int.from_bytes(raw, "little")


def bitor(first: bytes | None, second: bytes | None) -> bytes:
    """SQLite function for the upsert of a cell: the union of two worker bitsets."""
    return bits_to_bytes(bytes_to_bits(first or b"") | bytes_to_bits(second or b""))


def group_tallies(counts: Mapping[Cell, CellCount]) -> dict[str, list[Tally]]:
    """Counted cells as tallies by field, the shape a summary reads."""
    grouped: dict[str, list[Tally]] = {}
    for (name, value), count in counts.items():
        grouped.setdefault(name, []).append(Tally(value, count.entries, count.distinct))
    return grouped


def definition_stamp() -> int:
    """A fingerprint of what summaries count (`tallied()`): the SQLite store keeps it beside
    its pre-computed cells and recounts them all when the definition changed."""
    text = json.dumps(sorted(tallied().items()), separators=(",", ":"))
    return zlib.crc32(text.encode()) & 0x7FFFFFFF
