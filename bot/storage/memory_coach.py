"""The in-memory twin of the coach-loop queries (a mixin of `MemoryStore`)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from bot.storage.port import StoredEntry, Worker
from bot.teams.model import CoachDraft, CoachPrompt, week_of


class MemoryCoach:
    _workers: dict[str, Worker]
    """The MemoryStore's workers (this is one of its mixins)."""
    _entries: list[tuple[str, StoredEntry]]
    """The MemoryStore's entries, with their share flag."""

    def __init__(self) -> None:
        self._prompts: dict[int, CoachPrompt] = {}
        self._answered_on: dict[int, date] = {}
        self._skips: set[tuple[str, int]] = set()
        self._drafts: dict[str, CoachDraft] = {}
        self._signers: dict[int, str] = {}
        self._noticed: dict[str, date] = {}
        self._returned: dict[int, date] = {}
        self._thanked: dict[int, date] = {}
        self._replied: dict[int, date] = {}
        self._closed: dict[int, date] = {}

    async def create_prompt(
        self, team: int, asker: str | None, entry_day: date | None,
        vignette: dict[str, object], question: str, today: date, entry: int | None = None,
    ) -> int:  # fmt: skip
        number = max(self._prompts, default=0) + 1
        week = None if entry_day is None else week_of(entry_day)
        self._prompts[number] = CoachPrompt(number, team, asker, week,
                                            json.loads(json.dumps(vignette)), question, None,
                                            today, entry=entry)  # fmt: skip
        return number

    def _open(self, prompt: CoachPrompt | None) -> bool:
        return (prompt is not None and prompt.answer is None and prompt.part_of is None
                and prompt.id not in self._returned and prompt.id not in self._closed)  # fmt: skip

    async def next_prompt(self, teams: list[int], coach: str) -> CoachPrompt | None:
        return next((p for p in sorted(self._prompts.values(), key=lambda p: p.id)
                     if p.team in teams and self._open(p)
                     and (coach, p.id) not in self._skips), None)  # fmt: skip

    async def get_prompt(self, prompt: int) -> CoachPrompt | None:
        return self._prompts.get(prompt)

    async def skip_prompt(self, coach: str, prompt: int) -> None:
        self._skips.add((coach, prompt))

    async def set_draft(self, coach: str, prompt: int, text: str | None,
                        answer_to: str | None = None) -> None:  # fmt: skip
        self._drafts[coach] = CoachDraft(prompt, text, answer_to)

    async def get_draft(self, coach: str) -> CoachDraft | None:
        return self._drafts.get(coach)

    async def clear_draft(self, coach: str) -> None:
        self._drafts.pop(coach, None)

    async def answer_prompt(
        self, prompt: int, answer: str, today: date, signer: str | None = None,
        signature: str | None = None, answer_to: str | None = None,
    ) -> bool:  # fmt: skip
        found = self._prompts.get(prompt)
        if found is None or not self._open(found):
            return False
        signed = signer is not None and bool(signature)  # SQLite seals it for the signer
        self._prompts[prompt] = replace(found, answer=answer,
                                        signature=signature if signed else None,
                                        answer_to=answer_to)  # fmt: skip
        if signed and signer is not None:
            self._signers[prompt] = signer
        self._answered_on[prompt] = today
        return True

    async def answered_prompts(self, team: int, start: date, end: date) -> list[CoachPrompt]:
        return [p for p in sorted(self._prompts.values(), key=lambda p: p.id)
                if p.team == team and p.answer is not None
                and start <= self._answered_on[p.id] < end]  # fmt: skip

    async def answer_question(
        self, prompt: int, answer_to: str, answer: str, today: date,
        signer: str | None = None, signature: str | None = None,
    ) -> CoachPrompt | None:  # fmt: skip
        found = self._prompts.get(prompt)
        if found is None or not self._open(found):
            return None
        if answer_to in await self.answered_questions(prompt):
            return None
        number = max(self._prompts, default=0) + 1
        self._prompts[number] = replace(found, id=number, answer=answer, answer_to=answer_to,
                                        signature=signature or None, part_of=prompt,
                                        replied=False)  # fmt: skip
        if signer is not None and signature:
            self._signers[number] = signer
        self._answered_on[number] = today
        return self._prompts[number]

    async def answered_questions(self, prompt: int) -> list[str]:
        return [p.answer_to or "" for p in sorted(self._prompts.values(), key=lambda p: p.id)
                if p.part_of == prompt]  # fmt: skip

    async def close_prompt(self, prompt: int, today: date) -> bool:
        if not self._open(self._prompts.get(prompt)):
            return False
        self._closed[prompt] = today
        return True

    async def supervision_answers(self, team: int, start: date,
                                  end: date) -> list[CoachPrompt]:  # fmt: skip
        shared = {e.id for _, e in self._entries if e.flags.get("shared")}
        return [p for p in await self.answered_prompts(team, start, end)
                if p.entry_day is None or p.entry in shared]  # fmt: skip

    async def entry_shared(self, entry: int | None) -> bool:
        return any(e.id == entry and bool(e.flags.get("shared")) for _, e in self._entries)

    async def skipped_by(self, prompt: int) -> list[str]:
        return sorted(c for c, p in self._skips if p == prompt)

    async def return_prompt(self, prompt: int, today: date) -> bool:
        if not self._open(self._prompts.get(prompt)) or await self.answered_questions(prompt):
            return False
        self._returned[prompt] = today
        return True

    async def thank_prompt(self, prompt: int, asker: str, today: date) -> str | None:
        found = self._prompts.get(prompt)
        if found is None or found.asker != asker or found.answer is None:
            return None
        if prompt in self._thanked:
            return None
        self._thanked[prompt] = today
        return self._signers.get(prompt, "")

    async def reply_prompt(self, prompt: int, asker: str, today: date) -> str | None:
        found = self._prompts.get(prompt)
        if found is None or found.asker != asker or found.answer is None:
            return None
        if prompt in self._replied:
            return None
        self._replied[prompt] = today
        self._prompts[prompt] = replace(found, replied=True)
        return self._signers.get(prompt, "")

    def drop_prompt(self, number: int) -> None:
        """A prompt erased, with everything kept about it (its number may come again); an
        answer to one of its questions went with it already when it was erased first."""
        if self._prompts.pop(number, None) is None:
            return
        for kept in (self._signers, self._answered_on, self._returned, self._thanked,
                     self._replied, self._closed):  # fmt: skip
            kept.pop(number, None)
        for part in [n for n, p in self._prompts.items() if p.part_of == number]:
            self.drop_prompt(part)  # as ON DELETE CASCADE does
        self._skips = {s for s in self._skips if s[1] != number}
        self._drafts = {c: d for c, d in self._drafts.items() if d.prompt != number}

    def unlink_entries(self, kept: set[int]) -> None:
        """The entries are gone (retention, /forget): their prompts lose the link, as the
        SQLite foreign key's ON DELETE SET NULL does."""
        for number, prompt in self._prompts.items():
            if prompt.entry is not None and prompt.entry not in kept:
                self._prompts[number] = replace(prompt, entry=None)

    async def coach_noticed(self, coach: str) -> date | None:
        return self._noticed.get(coach)

    async def set_coach_noticed(self, coach: str, day: date) -> None:
        if coach in self._workers:  # a column of the worker row in SQLite
            self._noticed[coach] = day

    def forget_coach(self, pseudonym: str) -> dict[str, int]:
        self._noticed.pop(pseudonym, None)
        asked = [n for n, p in self._prompts.items() if p.asker == pseudonym]
        skips = {s for s in self._skips if s[0] == pseudonym}
        drafts = int(self._drafts.pop(pseudonym, None) is not None)
        for number in asked:
            self.drop_prompt(number)
        for number in [n for n, s in self._signers.items() if s == pseudonym]:
            self._prompts[number] = replace(self._prompts[number], signature=None)
            del self._signers[number]
        self._skips -= skips
        return {"coach_drafts": drafts, "coach_skips": len(skips), "coach_prompts": len(asked)}

    def rekey_coach(self, old: str, new: str) -> None:
        if old in self._noticed:
            self._noticed[new] = self._noticed.pop(old)
        for number, prompt in self._prompts.items():
            if prompt.asker == old:
                self._prompts[number] = replace(prompt, asker=new)
        self._skips = {(new if c == old else c, p) for c, p in self._skips}
        self._signers = {n: new if s == old else s for n, s in self._signers.items()}
        if old in self._drafts:
            self._drafts[new] = self._drafts.pop(old)
