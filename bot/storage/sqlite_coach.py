"""SQLite queries of the coach loop: a mixin of `SqliteStore`."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from bot.storage.sqlite_teams import TeamQueries
from bot.teams.model import CoachDraft, CoachPrompt

COLUMNS = (
    "id, team_id, asker, entry_day, vignette, question, answer, created_day, signature,"
    " answer_to, entry_id, replied_day IS NOT NULL, part_of"
)
OPEN = "answer IS NULL AND returned_day IS NULL AND closed_day IS NULL AND part_of IS NULL"
"""A prompt coaches may still answer."""


def _prompt(row: Any) -> CoachPrompt:
    return CoachPrompt(int(row[0]), int(row[1]), row[2],
                       date.fromisoformat(row[3]) if row[3] else None, json.loads(row[4]),
                       str(row[5]), row[6], date.fromisoformat(row[7]), row[8], row[9],
                       row[10], bool(row[11]), row[12])  # fmt: skip


class CoachQueries(TeamQueries):
    async def create_prompt(
        self,
        team: int,
        asker: str | None,
        entry_day: date | None,
        vignette: dict[str, object],
        question: str,
        today: date,
        entry: int | None = None,
    ) -> int:
        async with self._exclusive():
            cursor = await self._db.execute(
                "INSERT INTO coach_prompts (team_id, asker, entry_day, vignette, question,"
                " created_day, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (team, asker, entry_day.isoformat() if entry_day else None,
                 json.dumps(vignette), question, today.isoformat(), entry),
            )  # fmt: skip
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    async def next_prompt(self, teams: list[int], coach: str) -> CoachPrompt | None:
        if not teams:
            return None
        marks = ", ".join("?" for _ in teams)
        rows = await self._rows(
            f"SELECT {COLUMNS} FROM coach_prompts p WHERE team_id IN ({marks})"  # noqa: S608 - placeholders only
            f" AND {OPEN}"
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

    async def set_draft(self, coach: str, prompt: int, text: str | None,
                        answer_to: str | None = None) -> None:  # fmt: skip
        await self._write(
            "INSERT INTO coach_drafts (pseudonym, prompt_id, text, answer_to) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (pseudonym) DO UPDATE SET prompt_id = excluded.prompt_id,"
            " text = excluded.text, answer_to = excluded.answer_to",
            (coach, prompt, text, answer_to),
        )

    async def get_draft(self, coach: str) -> CoachDraft | None:
        rows = await self._rows(
            "SELECT prompt_id, text, answer_to FROM coach_drafts WHERE pseudonym = ?", (coach,)
        )
        return CoachDraft(int(rows[0][0]), rows[0][1], rows[0][2]) if rows else None

    async def clear_draft(self, coach: str) -> None:
        await self._write("DELETE FROM coach_drafts WHERE pseudonym = ?", (coach,))

    async def answer_prompt(
        self, prompt: int, answer: str, today: date, signer: str | None = None,
        signature: str | None = None, answer_to: str | None = None,
    ) -> bool:  # fmt: skip
        async with self._exclusive():
            cursor = await self._db.execute(
                "UPDATE coach_prompts SET answer = ?, answered_day = ?, signer = ?, signature = ?,"  # noqa: S608 - fixed names
                f" answer_to = ? WHERE id = ? AND {OPEN}",
                (answer, today.isoformat(), signer if signature else None, signature or None,
                 answer_to, prompt),
            )  # fmt: skip
        return cursor.rowcount == 1

    async def answered_prompts(self, team: int, start: date, end: date) -> list[CoachPrompt]:
        rows = await self._rows(
            f"SELECT {COLUMNS} FROM coach_prompts WHERE team_id = ? AND answer IS NOT NULL"  # noqa: S608 - fixed names
            " AND answered_day >= ? AND answered_day < ? ORDER BY id",
            (team, start.isoformat(), end.isoformat()),
        )
        return [_prompt(r) for r in rows]

    async def answer_question(
        self, prompt: int, answer_to: str, answer: str, today: date,
        signer: str | None = None, signature: str | None = None,
    ) -> CoachPrompt | None:  # fmt: skip
        async with self._exclusive():
            cursor = await self._db.execute(
                "INSERT INTO coach_prompts (team_id, asker, entry_day, vignette, question,"  # noqa: S608 - fixed names
                " created_day, entry_id, answer, answered_day, signer, signature, answer_to,"
                " part_of) SELECT team_id, asker, entry_day, vignette, question, created_day,"
                " entry_id, ?, ?, ?, ?, ?, id FROM coach_prompts p"
                f" WHERE id = ? AND {OPEN} AND NOT EXISTS (SELECT 1 FROM coach_prompts c"
                " WHERE c.part_of = p.id AND c.answer_to = ?)",
                (answer, today.isoformat(), signer if signature else None, signature or None,
                 answer_to, prompt, answer_to),
            )  # fmt: skip
            number = cursor.lastrowid if cursor.rowcount == 1 else None
        return None if number is None else await self.get_prompt(number)

    async def answered_questions(self, prompt: int) -> list[str]:
        rows = await self._rows("SELECT answer_to FROM coach_prompts WHERE part_of = ?"
                                " ORDER BY id", (prompt,))  # fmt: skip
        return [str(r[0]) for r in rows]

    async def close_prompt(self, prompt: int, today: date) -> bool:
        async with self._transaction():
            cursor = await self._db.execute(
                f"UPDATE coach_prompts SET closed_day = ? WHERE id = ? AND {OPEN}",  # noqa: S608 - fixed names
                (today.isoformat(), prompt))  # fmt: skip
            return cursor.rowcount > 0

    async def skipped_by(self, prompt: int) -> list[str]:
        rows = await self._rows("SELECT pseudonym FROM coach_skips WHERE prompt_id = ?"
                                " ORDER BY pseudonym", (prompt,))  # fmt: skip
        return [str(r[0]) for r in rows]

    async def return_prompt(self, prompt: int, today: date) -> bool:
        async with self._transaction():
            cursor = await self._db.execute(
                f"UPDATE coach_prompts SET returned_day = ? WHERE id = ? AND {OPEN}"  # noqa: S608 - fixed names
                " AND NOT EXISTS (SELECT 1 FROM coach_prompts c"
                " WHERE c.part_of = coach_prompts.id)",
                (today.isoformat(), prompt))  # fmt: skip
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

    async def reply_prompt(self, prompt: int, asker: str, today: date) -> str | None:
        async with self._transaction():
            cursor = await self._db.execute(
                "UPDATE coach_prompts SET replied_day = ? WHERE id = ? AND asker = ?"
                " AND answer IS NOT NULL AND replied_day IS NULL RETURNING coalesce(signer, '')",
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
