"""SQLite queries of the coach loop: a mixin of `SqliteStore`."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from bot.storage.sqlite_teams import TeamQueries
from bot.teams.model import CoachPrompt

COLUMNS = "id, team_id, asker, entry_day, vignette, question, answer, created_day, signature"


def _prompt(row: Any) -> CoachPrompt:
    return CoachPrompt(int(row[0]), int(row[1]), row[2],
                       date.fromisoformat(row[3]) if row[3] else None, json.loads(row[4]),
                       str(row[5]), row[6], date.fromisoformat(row[7]), row[8])  # fmt: skip


class CoachQueries(TeamQueries):
    async def create_prompt(
        self,
        team: int,
        asker: str | None,
        entry_day: date | None,
        vignette: dict[str, object],
        question: str,
        today: date,
    ) -> int:
        async with self._exclusive():
            cursor = await self._db.execute(
                "INSERT INTO coach_prompts (team_id, asker, entry_day, vignette, question,"
                " created_day) VALUES (?, ?, ?, ?, ?, ?)",
                (team, asker, entry_day.isoformat() if entry_day else None,
                 json.dumps(vignette), question, today.isoformat()),
            )  # fmt: skip
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    async def next_prompt(self, teams: list[int], coach: str) -> CoachPrompt | None:
        if not teams:
            return None
        marks = ", ".join("?" for _ in teams)
        rows = await self._rows(
            f"SELECT {COLUMNS} FROM coach_prompts p WHERE team_id IN ({marks})"  # noqa: S608 - placeholders only
            " AND answer IS NULL AND returned_day IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM coach_skips s"
            " WHERE s.prompt_id = p.id AND s.pseudonym = ?) ORDER BY id LIMIT 1",
            (*teams, coach),
        )
        return _prompt(rows[0]) if rows else None

    async def get_prompt(self, prompt: int) -> CoachPrompt | None:
        rows = await self._rows(f"SELECT {COLUMNS} FROM coach_prompts WHERE id = ?", (prompt,))  # noqa: S608 - fixed names
        return _prompt(rows[0]) if rows else None

    async def skip_prompt(self, coach: str, prompt: int) -> None:
        await self._write("INSERT OR IGNORE INTO coach_skips VALUES (?, ?)", (coach, prompt))

    async def set_draft(self, coach: str, prompt: int, text: str | None) -> None:
        await self._write(
            "INSERT INTO coach_drafts VALUES (?, ?, ?) ON CONFLICT (pseudonym) DO UPDATE"
            " SET prompt_id = excluded.prompt_id, text = excluded.text",
            (coach, prompt, text),
        )

    async def get_draft(self, coach: str) -> tuple[int, str | None] | None:
        rows = await self._rows(
            "SELECT prompt_id, text FROM coach_drafts WHERE pseudonym = ?", (coach,)
        )
        return (int(rows[0][0]), rows[0][1]) if rows else None

    async def clear_draft(self, coach: str) -> None:
        await self._write("DELETE FROM coach_drafts WHERE pseudonym = ?", (coach,))

    async def answer_prompt(
        self, prompt: int, answer: str, today: date, signer: str | None = None,
        signature: str | None = None,
    ) -> bool:  # fmt: skip
        async with self._exclusive():
            cursor = await self._db.execute(
                "UPDATE coach_prompts SET answer = ?, answered_day = ?, signer = ?, signature = ?"
                " WHERE id = ? AND answer IS NULL AND returned_day IS NULL",
                (answer, today.isoformat(), signer if signature else None, signature or None,
                 prompt),
            )  # fmt: skip
        return cursor.rowcount == 1

    async def answered_prompts(self, team: int, start: date, end: date) -> list[CoachPrompt]:
        rows = await self._rows(
            f"SELECT {COLUMNS} FROM coach_prompts WHERE team_id = ? AND answer IS NOT NULL"  # noqa: S608 - fixed names
            " AND answered_day >= ? AND answered_day < ? ORDER BY id",
            (team, start.isoformat(), end.isoformat()),
        )
        return [_prompt(r) for r in rows]

    async def skipped_by(self, prompt: int) -> list[str]:
        rows = await self._rows("SELECT pseudonym FROM coach_skips WHERE prompt_id = ?"
                                " ORDER BY pseudonym", (prompt,))  # fmt: skip
        return [str(r[0]) for r in rows]

    async def return_prompt(self, prompt: int, today: date) -> bool:
        async with self._transaction():
            cursor = await self._db.execute(
                "UPDATE coach_prompts SET returned_day = ? WHERE id = ? AND answer IS NULL"
                " AND returned_day IS NULL", (today.isoformat(), prompt))  # fmt: skip
            return cursor.rowcount > 0

    async def thank_prompt(self, prompt: int, asker: str, today: date) -> str | None:
        async with self._transaction():
            cursor = await self._db.execute(
                "UPDATE coach_prompts SET thanked_day = ? WHERE id = ? AND asker = ?"
                " AND answer IS NOT NULL AND thanked_day IS NULL RETURNING coalesce(signer, '')",
                (today.isoformat(), prompt, asker),
            )
            row = await cursor.fetchone()
        return None if row is None else str(row[0])

    async def coach_noticed(self, coach: str) -> date | None:
        rows = await self._rows("SELECT coach_noticed_day FROM workers WHERE pseudonym = ?",
                                (coach,))  # fmt: skip
        return date.fromisoformat(rows[0][0]) if rows and rows[0][0] else None

    async def set_coach_noticed(self, coach: str, day: date) -> None:
        await self._write("UPDATE workers SET coach_noticed_day = ? WHERE pseudonym = ?",
                          (day.isoformat(), coach))  # fmt: skip
