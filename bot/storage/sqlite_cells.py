"""Keeping `cell_days` true: per-day summary counts of SHARED entries only, written in the
same transaction as the entries they count; a withdrawn share or an erasure recounts.
Plain functions over the writer's sqlite3 connection, run in the database thread inside
the store's transactions (one hop each: `GuardedConnection.run`); `read_cells` is the only
reader.

Adding an entry adds to its cells (`bitor` unions the worker bitsets). Removing entries
recounts the days they were on from what remains, so no bit outlives its worker's entries.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date
from typing import Any

from bot.teams.cells import (
    Cell,
    CellCount,
    bitor,
    bits_to_bytes,
    bytes_to_bits,
    cells_of,
    group_tallies,
)
from bot.teams.model import Tally

NewEntry = tuple[str, str, dict[str, Any], Iterable[str]]
"""(worker pseudonym, day as ISO text, answers, signals)."""


def register(db: sqlite3.Connection) -> None:
    db.create_function("bitor", 2, bitor, deterministic=True)


def _index(db: sqlite3.Connection, team: int, pseudonym: str) -> int:
    """The worker's bit in this team, numbered on first use."""
    db.execute(
        "INSERT OR IGNORE INTO team_workers (team_id, pseudonym, idx) VALUES (?, ?,"
        " (SELECT coalesce(max(idx) + 1, 0) FROM team_workers WHERE team_id = ?))",
        (team, pseudonym, team),
    )
    rows = db.execute(
        "SELECT idx FROM team_workers WHERE team_id = ? AND pseudonym = ?", (team, pseudonym)
    ).fetchall()
    return int(rows[0][0])


def add_cells(db: sqlite3.Connection, team: int, entries: Iterable[NewEntry]) -> None:
    """Count new entries of one team in their days' cells."""
    indexes: dict[str, int] = {}
    counts: dict[tuple[str, Cell], CellCount] = {}
    for pseudonym, day, answers, signals in entries:
        if pseudonym not in indexes:
            indexes[pseudonym] = _index(db, team, pseudonym)
        bit = 1 << indexes[pseudonym]
        for cell in cells_of(answers, signals):
            count = counts.setdefault((day, cell), CellCount())
            count.entries += 1
            count.workers |= bit
    db.executemany(
        "INSERT INTO cell_days (team_id, day, field, value, entries, workers)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (team_id, day, field, value) DO UPDATE SET"
        " entries = entries + excluded.entries, workers = bitor(workers, excluded.workers)",
        [(team, day, name, "" if value is None else value, c.entries, bits_to_bytes(c.workers))
         for (day, (name, value)), c in counts.items()],
    )  # fmt: skip


def recount_days(db: sqlite3.Connection, days: Iterable[tuple[int, str]]) -> None:
    """Rebuild the cells of (team, day) pairs from the entries that remain on them."""
    for team, day in sorted(set(days)):
        db.execute("DELETE FROM cell_days WHERE team_id = ? AND day = ?", (team, day))
        rows = db.execute(
            "SELECT worker, answers, signals FROM entries"
            " WHERE team_id = ? AND day = ? AND shared = 1",
            (team, day),
        ).fetchall()
        add_cells(db, team, ((w, day, json.loads(a), json.loads(s)) for w, a, s in rows))


def entry_days(db: sqlite3.Connection, pseudonym: str) -> list[tuple[int, str]]:
    """The (team, day) pairs a worker's entries count in, read before they are erased."""
    rows = db.execute(
        "SELECT DISTINCT team_id, day FROM entries WHERE worker = ? AND team_id IS NOT NULL",
        (pseudonym,),
    ).fetchall()
    return [(int(t), str(d)) for t, d in rows]


def rebuild_all(db: sqlite3.Connection) -> None:
    """Recount every team day: after the migrations that added the cells (0007) and that
    limited them to shared entries (0012)."""
    rows = db.execute(
        "SELECT DISTINCT team_id, day FROM cell_days UNION"
        " SELECT DISTINCT team_id, day FROM entries WHERE team_id IS NOT NULL"
    ).fetchall()
    recount_days(db, ((int(t), str(d)) for t, d in rows))
    db.execute("DELETE FROM team_workers WHERE (team_id, pseudonym) NOT IN"
               " (SELECT team_id, worker FROM entries WHERE shared = 1"
               " AND team_id IS NOT NULL)")  # fmt: skip


def read_cells(db: sqlite3.Connection, team: int, start: date,
               end: date) -> dict[str, list[Tally]]:  # fmt: skip
    rows = db.execute(
        "SELECT field, value, entries, workers FROM cell_days"
        " WHERE team_id = ? AND day >= ? AND day < ?",
        (team, start.isoformat(), end.isoformat()),
    ).fetchall()
    counts: dict[Cell, CellCount] = {}
    for name, value, entries, workers in rows:
        count = counts.setdefault((name, value or None), CellCount())
        count.entries += entries
        count.workers |= bytes_to_bits(workers)
    return group_tallies(counts)
