"""Saving entries: plain functions run in the database thread inside one transaction.

A saved reflection is the entry, its summary cells, the session's end and the update it
applied. Written as one function over the writer's sqlite3 connection, it is one call
in aiosqlite's thread (`GuardedConnection.run`), instead of a round trip per statement.
"""

from __future__ import annotations

import json
import sqlite3

from bot.dialogue.session import EntryDraft
from bot.storage import sqlite_cells

INSERT_ENTRY = (
    "INSERT INTO entries (worker, dialogue_id, dialogue_version, day, lang, answers, signals,"
    " flags, shared, team_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
TEAM_OF = "SELECT team FROM memberships WHERE pseudonym = ? AND role = 'worker'"
APPLIED = "UPDATE workers SET last_update_id = max(last_update_id, ?) WHERE pseudonym = ?"
"""Records an update in the same transaction as its effect: applied exactly once."""


def finish(db: sqlite3.Connection, pseudonym: str, entry: EntryDraft,
           update_id: int | None) -> int:  # fmt: skip
    """A session ends in a saved entry: its statements; returns the entry's id."""
    team = team_of(db, pseudonym)
    cursor = db.execute(INSERT_ENTRY, entry_row(pseudonym, entry, team))
    if team is not None and shared(entry):
        sqlite_cells.add_cells(db, team, [new_entry(pseudonym, entry)])
    db.execute("DELETE FROM sessions WHERE pseudonym = ?", (pseudonym,))
    if update_id is not None:
        db.execute(APPLIED, (update_id, pseudonym))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def add(db: sqlite3.Connection, entries: list[tuple[str, EntryDraft]]) -> None:
    """Many entries at once (demo data, imports), with their summary cells."""
    teams = {who: team_of(db, who) for who in {who for who, _ in entries}}
    db.executemany(INSERT_ENTRY, [entry_row(who, e, teams[who]) for who, e in entries])
    by_team: dict[int, list[sqlite_cells.NewEntry]] = {}
    for who, e in entries:
        team = teams[who]
        if team is not None and shared(e):
            by_team.setdefault(team, []).append(new_entry(who, e))
    for team, new in by_team.items():
        sqlite_cells.add_cells(db, team, new)


def team_of(db: sqlite3.Connection, pseudonym: str) -> int | None:
    """The team the worker writes for (entries are stamped with it), if any."""
    return next((int(r[0]) for r in db.execute(TEAM_OF, (pseudonym,)).fetchall()), None)


def entry_row(pseudonym: str, entry: EntryDraft, team: int | None) -> tuple[object, ...]:
    return (pseudonym, entry.dialogue_id, entry.version, entry.day.isoformat(), entry.lang,
            entry.answers_json(), json.dumps(list(entry.signals)), json.dumps(entry.flags),
            int(entry.flags.get("shared", False)), team)  # fmt: skip


def shared(entry: EntryDraft) -> bool:
    """Only entries the worker shared feed team summaries, charts and pack summaries."""
    return bool(entry.flags.get("shared", False))


def new_entry(pseudonym: str, entry: EntryDraft) -> sqlite_cells.NewEntry:
    return pseudonym, entry.day.isoformat(), dict(entry.answers), entry.signals
