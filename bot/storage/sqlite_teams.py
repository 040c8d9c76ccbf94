"""SQLite queries about teams: a mixin of `SqliteStore` (connection and lock live there)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from bot.storage import sqlite_cells
from bot.storage.port import StoredEntry
from bot.storage.port_teams import ExportRow
from bot.storage.sqlite_workers import WorkerQueries, entry_from_row
from bot.teams.cells import definition_stamp
from bot.teams.model import (
    FOLLOW_UP_TARGETS,
    AuditRow,
    FollowUp,
    Invite,
    Membership,
    Role,
    Tally,
    Team,
)

_SCAN: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
"""Decodes the JSON value a string starts with: what `json.loads` does for JSON written by
json.dumps or SQLite (no leading space), minus two Python calls per value, of which an
export of 60,000 rows decodes 120,000."""


def _team(row: tuple[object, ...]) -> Team:
    id_, name, lang, k_min, months, created, title = row
    return Team(int(id_), str(name), str(lang), int(k_min), int(months),  # type: ignore[call-overload]
                date.fromisoformat(str(created)), str(title))  # fmt: skip


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class TeamQueries(WorkerQueries):
    async def create_team(self, name: str, lang: str, today: date) -> Team:
        async with self._exclusive():
            cursor = await self._db.execute(
                "INSERT INTO teams (name, lang, created_day) VALUES (?, ?, ?)",
                (name, lang, today.isoformat()),
            )
        assert cursor.lastrowid is not None
        team = await self.get_team(cursor.lastrowid)
        assert team is not None
        return team

    async def get_team(self, team: int) -> Team | None:
        rows = await self._rows(
            "SELECT id, name, lang, k_min, retention_months, created_day, supervisor_title"
            " FROM teams WHERE id = ?",
            (team,),
        )
        return _team(rows[0]) if rows else None

    async def teams(self) -> list[Team]:
        rows = await self._rows(
            "SELECT id, name, lang, k_min, retention_months, created_day, supervisor_title"
            " FROM teams ORDER BY id",
            (),
        )
        return [_team(r) for r in rows]

    async def set_supervisor_title(self, team: int, title: str) -> bool:
        async with self._exclusive():
            cursor = await self._db.execute(
                "UPDATE teams SET supervisor_title = ? WHERE id = ?", (title, team)
            )
        return cursor.rowcount > 0

    async def add_member(self, pseudonym: str, team: int, role: Role, today: date) -> None:
        try:
            async with self._transaction():
                if role is Role.WORKER:
                    await self._db.execute(
                        "DELETE FROM memberships WHERE pseudonym = ? AND role = 'worker'",
                        (pseudonym,),
                    )
                await self._db.execute(
                    "INSERT OR IGNORE INTO memberships (pseudonym, team, role, joined_day)"
                    " VALUES (?, ?, ?, ?)",
                    (pseudonym, team, role.value, today.isoformat()),
                )
        except sqlite3.IntegrityError:
            raise KeyError("unknown worker or team") from None

    async def memberships(self, pseudonym: str) -> list[Membership]:
        rows = await self._rows(
            "SELECT team, role FROM memberships WHERE pseudonym = ? ORDER BY team, role",
            (pseudonym,),
        )
        return [Membership(int(r[0]), Role(r[1])) for r in rows]

    async def members(self, team: int, role: Role) -> list[str]:
        rows = await self._rows(
            "SELECT pseudonym FROM memberships WHERE team = ? AND role = ? ORDER BY pseudonym",
            (team, role.value),
        )
        return [str(r[0]) for r in rows]

    async def remove_member(self, pseudonym: str, team: int, role: Role) -> bool:
        async with self._transaction():
            cursor = await self._db.execute(
                "DELETE FROM memberships WHERE pseudonym = ? AND team = ? AND role = ?",
                (pseudonym, team, role.value),
            )
            return cursor.rowcount > 0

    async def add_pending(self, pseudonym: str, team: int, today: date) -> None:
        try:
            await self._write(
                "INSERT OR IGNORE INTO pending_supervisors (pseudonym, team, asked_day)"
                " VALUES (?, ?, ?)",
                (pseudonym, team, today.isoformat()),
            )
        except sqlite3.IntegrityError:
            raise KeyError("unknown worker or team") from None

    async def pending(self, team: int) -> list[str]:
        rows = await self._rows(
            "SELECT pseudonym FROM pending_supervisors WHERE team = ?"
            " ORDER BY asked_day, pseudonym",
            (team,),
        )
        return [str(r[0]) for r in rows]

    async def take_pending(self, pseudonym: str, team: int) -> bool:
        async with self._transaction():
            cursor = await self._db.execute(
                "DELETE FROM pending_supervisors WHERE pseudonym = ? AND team = ?",
                (pseudonym, team),
            )
            return cursor.rowcount > 0

    async def allow_creator(self, pseudonym: str, today: date) -> None:
        await self._write("INSERT OR IGNORE INTO team_creators VALUES (?, ?)",
                          (pseudonym, today.isoformat()))  # fmt: skip

    async def disallow_creator(self, pseudonym: str) -> bool:
        async with self._transaction():
            cursor = await self._db.execute(
                "DELETE FROM team_creators WHERE pseudonym = ?", (pseudonym,)
            )
            return cursor.rowcount > 0

    async def creators(self) -> int:
        rows = await self._rows("SELECT count(*) FROM team_creators", ())
        return int(rows[0][0])

    async def may_create(self, pseudonym: str) -> bool:
        rows = await self._rows(
            "SELECT count(*), count(*) FILTER (WHERE pseudonym = ?) FROM team_creators",
            (pseudonym,),
        )
        return int(rows[0][0]) == 0 or int(rows[0][1]) > 0

    async def bring_case(self, pseudonym: str, entry_id: int) -> bool:
        async with self._transaction():
            rows = await self._db.execute_fetchall(
                "UPDATE entries SET flags = json_set(flags, '$.brought', json('true'))"
                " WHERE id = ? AND worker = ? AND shared = 1 RETURNING id",
                (entry_id, pseudonym),
            )
        return bool(rows)

    async def set_case_question(self, pseudonym: str, question: str) -> StoredEntry | None:
        async with self._transaction():
            rows = await self._db.execute_fetchall(
                "UPDATE entries SET answers = json_set(answers, '$.case_question', ?)"
                " WHERE id = (SELECT id FROM entries WHERE worker = ? AND shared = 1"
                " AND json_extract(flags, '$.brought') AND json_extract(answers,"
                " '$.case_question') IS NULL ORDER BY id DESC LIMIT 1)"
                " RETURNING id, dialogue_id, dialogue_version, day, lang, answers, signals,"
                " flags, team_id",
                (question, pseudonym),
            )
        return entry_from_row(next(iter(rows))) if rows else None

    async def add_followup(self, followup: FollowUp) -> None:
        if followup.passed_to not in FOLLOW_UP_TARGETS:
            raise ValueError(f"unknown follow-up target {followup.passed_to!r}")
        await self._write(
            "INSERT INTO signal_followups (team, field, value, passed_to, day)"
            " VALUES (?, ?, ?, ?, ?)",
            (followup.team, followup.field, followup.value, followup.passed_to,
             followup.day.isoformat()),
        )  # fmt: skip

    async def followups(self, team: int, start: date, end: date) -> list[FollowUp]:
        rows = await self._rows(
            "SELECT field, value, passed_to, day FROM signal_followups"
            " WHERE team = ? AND day >= ? AND day < ? ORDER BY day, id",
            (team, start.isoformat(), end.isoformat()),
        )
        return [FollowUp(team, str(r[0]), str(r[1]), str(r[2]), date.fromisoformat(r[3]))
                for r in rows]  # fmt: skip

    async def add_invite(self, code_hash: str, team: int, role: Role,
                         expires_at: datetime) -> None:  # fmt: skip
        await self._write(
            "INSERT INTO invites (code_hash, team, role, expires_at) VALUES (?, ?, ?, ?)",
            (code_hash, team, role.value, _stamp(expires_at)),
        )

    async def find_invite(self, code_hash: str) -> Invite | None:
        rows = await self._rows(
            "SELECT team, role, expires_at, revoked FROM invites WHERE code_hash = ?", (code_hash,)
        )
        if not rows:
            return None
        team, role, expires, revoked = rows[0]
        return Invite(int(team), Role(role), datetime.fromisoformat(expires), bool(revoked))

    async def revoke_invites(self, team: int) -> int:
        async with self._exclusive():
            cursor = await self._db.execute(
                "UPDATE invites SET revoked = 1 WHERE team = ? AND revoked = 0", (team,)
            )
        return cursor.rowcount

    async def record_invite_failure(self, pseudonym: str, at: datetime) -> None:
        await self._write("INSERT INTO invite_failures VALUES (?, ?)", (pseudonym, _stamp(at)))

    async def invite_failures_since(self, pseudonym: str, since: datetime) -> int:
        rows = await self._rows(
            "SELECT count(*) FROM invite_failures WHERE pseudonym = ? AND at >= ?",
            (pseudonym, _stamp(since)),
        )
        return int(rows[0][0])

    async def rebuild_summaries(self) -> None:
        async with self._transaction():
            await self._db.run(sqlite_cells.rebuild_all)
            await self._db.execute(f"PRAGMA user_version = {definition_stamp()}")

    async def cell_tallies(self, team: int, start: date, end: date) -> dict[str, list[Tally]]:
        """Summed from the per-day cells; worker bitsets are unioned, so each counts once."""
        return await self._db.run(sqlite_cells.read_cells, team, start, end)

    async def shared_entries(self, team: int, start: date, end: date, after: int = 0,
                             limit: int = 1000) -> list[StoredEntry]:  # fmt: skip
        rows = await self._rows(
            "SELECT id, dialogue_id, dialogue_version, day, lang, answers, signals, flags, team_id"
            " FROM entries WHERE team_id = ? AND shared = 1 AND day >= ? AND day < ? AND id > ?"
            " ORDER BY id LIMIT ?",
            (team, start.isoformat(), end.isoformat(), after, limit),
        )
        return [entry_from_row(r) for r in rows]

    async def shared_rows(self, team: int, start: date, end: date, after: int = 0,
                          limit: int = 1000) -> list[ExportRow]:  # fmt: skip
        rows = await self._rows(
            "SELECT id, day, dialogue_version, answers, signals FROM entries"
            " WHERE team_id = ? AND shared = 1 AND day >= ? AND day < ? AND id > ?"
            " ORDER BY id LIMIT ?",
            (team, start.isoformat(), end.isoformat(), after, limit),
        )
        scan = _SCAN  # the C scanner json.loads ends in, without its Python layers per call
        try:
            return [ExportRow(i, d, v, scan(a, 0)[0], scan(s, 0)[0] if s != "[]" else ())
                    for i, d, v, a, s in rows]  # fmt: skip
        except StopIteration:  # JSON that does not start with its value (a leading space)
            loads = json.loads
            return [ExportRow(i, d, v, loads(a), loads(s)) for i, d, v, a, s in rows]

    async def audit(self, row: AuditRow) -> None:
        await self._write(
            "INSERT INTO audit (at, actor, role, action, team, detail) VALUES (?, ?, ?, ?, ?, ?)",
            (_stamp(row.at), row.actor, row.role, row.action, row.team, row.detail),
        )

    async def audit_log(self, limit: int = 100) -> list[AuditRow]:
        rows = await self._rows(
            "SELECT at, actor, role, action, team, detail FROM audit ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [AuditRow(datetime.fromisoformat(r[0]), str(r[1]), str(r[2]), str(r[3]),
                         None if r[4] is None else int(r[4]), str(r[5])) for r in rows]  # fmt: skip
