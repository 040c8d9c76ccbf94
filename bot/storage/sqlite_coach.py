"""SQLite queries of the coach loop: a mixin of `SqliteStore`.

A coach's signature is stored sealed for the signer (`sealed_signature`, see
`bot.privacy.sealed`) and opened only to be shown; a prompt keeps the week of the
reflection it came from (its Monday), never the day.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from bot.storage.sqlite_teams import TeamQueries
from bot.teams.model import CoachDraft, CoachPrompt, week_of

SIGNATURES_SEALED = 31
"""The migration after which existing clear signatures are sealed (0032 drops them)."""
COLUMNS = (
    "id, team_id, asker, entry_day, vignette, question, answer, created_day, signer,"
    " sealed_signature, answer_to, entry_id, replied_day IS NOT NULL, part_of"
)
OPEN = "answer IS NULL AND returned_day IS NULL AND closed_day IS NULL AND part_of IS NULL"
"""A prompt coaches may still answer (#15: not closed, not itself the answer to one of
the triangle's questions of another prompt)."""


class CoachQueries(TeamQueries):
    def _prompt(self, row: Any) -> CoachPrompt:
        signature = None
        if row[8] is not None and row[9] is not None:
            signature = self._open_text(bytes(row[9]), str(row[8]))
        return CoachPrompt(int(row[0]), int(row[1]), row[2],
                           date.fromisoformat(row[3]) if row[3] else None, json.loads(row[4]),
                           str(row[5]), row[6], date.fromisoformat(row[7]), signature,
                           row[10], row[11], bool(row[12]), row[13])  # fmt: skip

    async def seal_clear_signatures(self) -> None:
        """Migration step (inside its transaction): seal each clear signature for its
        signer. A name with no signer could never be forgotten with its coach: it goes."""
        for number, signer, name in await self._db.execute_fetchall(
            "SELECT id, signer, signature FROM coach_prompts WHERE signature IS NOT NULL"
        ):
            sealed = None if signer is None else self._sealer.seal_text(str(name), str(signer))
            await self._db.execute(
                "UPDATE coach_prompts SET sealed_signature = ?, signature = NULL WHERE id = ?",
                (sealed, number),
            )

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
                (team, asker, week_of(entry_day).isoformat() if entry_day else None,
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
        return self._prompt(rows[0]) if rows else None

    async def get_prompt(self, prompt: int) -> CoachPrompt | None:
        rows = await self._rows(f"SELECT {COLUMNS} FROM coach_prompts WHERE id = ?", (prompt,))  # noqa: S608 - fixed names
        return self._prompt(rows[0]) if rows else None

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
        """Every /reflect asks: a read on the loop, and a commit only when there is one."""
        if await self._rows("SELECT 1 FROM coach_drafts WHERE pseudonym = ?", (coach,)):
            await self._write("DELETE FROM coach_drafts WHERE pseudonym = ?", (coach,))

    async def answer_prompt(
        self, prompt: int, answer: str, today: date, signer: str | None = None,
        signature: str | None = None, answer_to: str | None = None,
    ) -> bool:  # fmt: skip
        sealed = None
        if signer is not None and signature:
            sealed = self._sealer.seal_text(signature, signer)
        async with self._exclusive():
            cursor = await self._db.execute(
                "UPDATE coach_prompts SET answer = ?, answered_day = ?, signer = ?,"  # noqa: S608 - fixed names
                f" sealed_signature = ?, answer_to = ? WHERE id = ? AND {OPEN}",
                (answer, today.isoformat(), None if sealed is None else signer, sealed,
                 answer_to, prompt),
            )  # fmt: skip
        return cursor.rowcount == 1

    async def answered_prompts(self, team: int, start: date, end: date) -> list[CoachPrompt]:
        rows = await self._rows(
            f"SELECT {COLUMNS} FROM coach_prompts WHERE team_id = ? AND answer IS NOT NULL"  # noqa: S608 - fixed names
            " AND answered_day >= ? AND answered_day < ? ORDER BY id",
            (team, start.isoformat(), end.isoformat()),
        )
        return [self._prompt(r) for r in rows]

    async def supervision_answers(self, team: int, start: date,
                                  end: date) -> list[CoachPrompt]:  # fmt: skip
        rows = await self._rows(
            f"SELECT {COLUMNS} FROM coach_prompts p WHERE team_id = ? AND answer IS NOT NULL"  # noqa: S608 - fixed names
            " AND answered_day >= ? AND answered_day < ? AND (entry_day IS NULL OR EXISTS"
            " (SELECT 1 FROM entries e WHERE e.id = p.entry_id AND e.shared = 1)) ORDER BY id",
            (team, start.isoformat(), end.isoformat()),
        )
        return [self._prompt(r) for r in rows]

    async def entry_shared(self, entry: int | None) -> bool:
        if entry is None:
            return False
        return bool(await self._rows("SELECT 1 FROM entries WHERE id = ? AND shared = 1",
                                     (entry,)))  # fmt: skip

    async def answer_question(
        self, prompt: int, answer_to: str, answer: str, today: date,
        signer: str | None = None, signature: str | None = None,
    ) -> CoachPrompt | None:  # fmt: skip
        sealed = None
        if signer is not None and signature:
            sealed = self._sealer.seal_text(signature, signer)
        async with self._exclusive():
            cursor = await self._db.execute(
                "INSERT INTO coach_prompts (team_id, asker, entry_day, vignette, question,"  # noqa: S608 - fixed names
                " created_day, entry_id, answer, answered_day, signer, sealed_signature,"
                " answer_to, part_of) SELECT team_id, asker, entry_day, vignette, question,"
                " created_day, entry_id, ?, ?, ?, ?, ?, id FROM coach_prompts p"
                f" WHERE id = ? AND {OPEN} AND NOT EXISTS (SELECT 1 FROM coach_prompts c"
                " WHERE c.part_of = p.id AND c.answer_to = ?)",
                (answer, today.isoformat(), None if sealed is None else signer, sealed,
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
