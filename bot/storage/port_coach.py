"""The storage port for the coach loop: prompts, skips and answers being written."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from bot.teams.model import CoachDraft, CoachPrompt


class CoachStore(Protocol):
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
        """`entry`: the reflection it came from, so its answer stands on that case card."""
        ...

    async def next_prompt(self, teams: list[int], coach: str) -> CoachPrompt | None:
        """The oldest open prompt of these teams that this coach did not skip."""
        ...

    async def get_prompt(self, prompt: int) -> CoachPrompt | None: ...

    async def skip_prompt(self, coach: str, prompt: int) -> None: ...

    async def set_draft(self, coach: str, prompt: int, text: str | None,
                        answer_to: str | None = None) -> None: ...  # fmt: skip

    async def get_draft(self, coach: str) -> CoachDraft | None: ...

    async def clear_draft(self, coach: str) -> None: ...

    async def answer_prompt(
        self, prompt: int, answer: str, today: date, signer: str | None = None,
        signature: str | None = None, answer_to: str | None = None,
    ) -> bool:  # fmt: skip
        """Store the answer if the prompt is still open; False when someone was first.
        A signed answer keeps its signer, so that forgetting the coach removes the name; a
        signature without a signer is not kept (SQLite seals it for the signer)."""
        ...

    async def answered_prompts(self, team: int, start: date, end: date) -> list[CoachPrompt]: ...

    async def answer_question(
        self, prompt: int, answer_to: str, answer: str, today: date,
        signer: str | None = None, signature: str | None = None,
    ) -> CoachPrompt | None:  # fmt: skip
        """Answer one question of an open prompt: a new answered prompt, `part_of` it, with
        its team, asker, vignette, question and entry. None when the prompt is not open
        (answered freely, closed, returned, or itself such an answer) or this question
        was answered already."""
        ...

    async def answered_questions(self, prompt: int) -> list[str]:
        """The keys of the questions of this prompt answered so far, in answering order."""
        ...

    async def close_prompt(self, prompt: int, today: date) -> bool:
        """A coach is done with an open prompt: it leaves every coach's queue. False when
        it was not open."""
        ...

    async def supervision_answers(self, team: int, start: date,
                                  end: date) -> list[CoachPrompt]:  # fmt: skip
        """The answered prompts the team's supervisors may read (the pack): their own
        questions, and workers' questions whose reflection is shared now. A reflection
        reaches supervision only when its worker shares it, its question to a coach too."""
        ...

    async def entry_shared(self, entry: int | None) -> bool:
        """True while that reflection is shared (False: unshared, withdrawn, erased, None)."""
        ...

    async def skipped_by(self, prompt: int) -> list[str]:
        """The coaches who skipped this prompt."""
        ...

    async def return_prompt(self, prompt: int, today: date) -> bool:
        """Take an open prompt out of every coach's queue (every coach skipped it); False
        when it was answered (freely or one of its questions), closed or returned already."""
        ...

    async def thank_prompt(self, prompt: int, asker: str, today: date) -> str | None:
        """The asker thanks for an answer, once: the signer's pseudonym when the coach
        signed, "" when the answer is anonymous, None when this cannot be thanked (not
        answered, not theirs, or thanked already)."""
        ...

    async def reply_prompt(self, prompt: int, asker: str, today: date) -> str | None:
        """The asker replies to an answer, once (the reply itself is relayed, not kept):
        like `thank_prompt`, the signer, "" or None."""
        ...

    async def coach_noticed(self, coach: str) -> date | None:
        """The day this coach last got the "questions wait" notice (None: never)."""
        ...

    async def set_coach_noticed(self, coach: str, day: date) -> None: ...
