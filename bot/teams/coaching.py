"""The coach loop as use cases: listing, answering and skipping prompts (coaches) and
asking the coaches a question (supervisors). Each checks the policy table and writes its
audit row here, refusals included, so Telegram, the console and the command line cannot
differ. Relaying an answer to whoever asked is the adapter's (it needs a chat).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum

from bot.storage.port import Store
from bot.teams.coach import COACH_PROMPTS
from bot.teams.guard import Guard
from bot.teams.model import CoachDraft, CoachPrompt, Role
from bot.teams.policy import Action, teams_for


class Answered(StrEnum):
    SENT = "sent"
    TAKEN = "taken"
    """Another coach answered first (the prompt, or this question of it)."""
    CLOSED = "closed"
    """The prompt was closed (or answered freely) while this question's answer was typed."""
    NOTHING = "nothing"
    """No permission, or no typed answer for this prompt (a stale or forged button)."""


@dataclass(frozen=True)
class Asked:
    team: int
    prompt: int


class Coaching:
    def __init__(self, store: Store, now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 scrub: Callable[[str, str], str] | None = None) -> None:  # fmt: skip
        self._store, self._guard = store, Guard(store, now)
        self._scrub = scrub or (lambda text, _lang: text)

    async def coached_teams(self, coach: str) -> list[int]:
        """The teams whose prompts the person may read; none is a refusal, audited."""
        teams = teams_for(await self._store.memberships(coach), Action.PROMPTS_LIST)
        if not teams:
            await self._guard.permit(coach, None, Action.PROMPTS_LIST)
        return teams

    async def next_prompt(self, coach: str, teams: list[int]) -> CoachPrompt | None:
        """The next prompt of `teams` (from `coached_teams`) this coach has not skipped;
        opening its vignette is audited, as every read of team data is."""
        prompt = await self._store.next_prompt(teams, coach) if teams else None
        if prompt is not None:
            await self._guard.record(coach, Role.COACH.value, "prompts.read", prompt.team,
                                     str(prompt.id))  # fmt: skip
        return prompt

    async def prompt(self, coach: str, number: int | None) -> CoachPrompt | None:
        """The prompt, when it exists and this person coaches its team (else audited)."""
        prompt = await self._store.get_prompt(number) if number is not None else None
        team = prompt.team if prompt is not None else None
        if not await self._guard.permit(coach, team, Action.PROMPTS_ANSWER):
            return None
        return prompt

    async def start_answer(self, coach: str, number: int | None,
                           answer_to: str | None = None) -> CoachPrompt | None:  # fmt: skip
        """Begin an answer to the prompt: to one question of the triangle (`answer_to`, a key
        of bot.teams.coach.COACH_PROMPTS) or, with None, one free answer."""
        prompt = await self.prompt(coach, number)
        if prompt is not None:
            await self._store.set_draft(coach, prompt.id, None, answer_to)
        return prompt

    async def draft(self, coach: str, text: str, lang: str) -> CoachDraft | None:
        """Keep a typed answer (scrubbed) for the prompt being answered; None: no draft."""
        draft = await self._store.get_draft(coach)
        if draft is None:
            return None
        scrubbed = self._scrub(text.strip()[:1500], lang)
        await self._store.set_draft(coach, draft.prompt, scrubbed, draft.answer_to)
        return CoachDraft(draft.prompt, scrubbed, draft.answer_to)

    async def skip(self, coach: str, number: int | None) -> CoachPrompt | None:
        prompt = await self.prompt(coach, number)
        if prompt is not None:
            await self._store.skip_prompt(coach, prompt.id)
            await self._guard.record(coach, Role.COACH.value, "prompts.skip", prompt.team,
                                     str(prompt.id))  # fmt: skip
        return prompt

    async def answer(
        self, coach: str, number: int | None, today: date, signature: str | None
    ) -> tuple[Answered, CoachPrompt | None, str]:
        """Send the coach's confirmed draft; the prompt and the text go back for the relay."""
        prompt = await self.prompt(coach, number)
        draft = await self._store.get_draft(coach)
        if prompt is None or draft is None or draft.prompt != prompt.id or not draft.text:
            return Answered.NOTHING, None, ""
        await self._store.clear_draft(coach)
        if draft.answer_to is not None:
            return await self._answer_question(coach, prompt, draft.answer_to, draft.text, today,
                                               signature)  # fmt: skip
        if not await self._store.answer_prompt(prompt.id, draft.text, today, coach, signature):
            return Answered.TAKEN, prompt, ""
        detail = f"{prompt.id}, signed" if signature else str(prompt.id)
        await self._guard.record(coach, Role.COACH.value, "prompts.answer", prompt.team, detail)
        return Answered.SENT, replace(prompt, answer_to=draft.answer_to), draft.text

    async def _answer_question(
        self, coach: str, prompt: CoachPrompt, key: str, text: str, today: date,
        signature: str | None,
    ) -> tuple[Answered, CoachPrompt | None, str]:  # fmt: skip
        """One question of the triangle: its own answer, relayed at once; the prompt stays
        open for the other questions and closes when the last one is answered."""
        part = await self._store.answer_question(prompt.id, key, text, today, coach, signature)
        if part is None:
            taken = key in await self._store.answered_questions(prompt.id)
            return (Answered.TAKEN if taken else Answered.CLOSED), prompt, ""
        if not await self.remaining(prompt.id):
            await self._store.close_prompt(prompt.id, today)
        detail = f"{prompt.id}:{key}, signed" if signature else f"{prompt.id}:{key}"
        await self._guard.record(coach, Role.COACH.value, "prompts.answer", prompt.team, detail)
        return Answered.SENT, part, text

    async def remaining(self, number: int) -> list[str]:
        """The questions of the triangle nobody answered yet on this prompt, in order."""
        answered = set(await self._store.answered_questions(number))
        return [key for key in COACH_PROMPTS if key not in answered]

    async def done(self, coach: str, number: int | None, today: date) -> bool:
        """A coach says the prompt has the answers it needs: it leaves every coach's queue.
        False when it was not open any more (or this person may not)."""
        prompt = await self.prompt(coach, number)
        if prompt is None or not await self._store.close_prompt(prompt.id, today):
            return False
        await self._guard.record(coach, Role.COACH.value, "prompts.done", prompt.team,
                                 str(prompt.id))  # fmt: skip
        return True

    async def asking_teams(self, supervisor: str) -> list[int]:
        """The teams whose coaches the person may ask; none is a refusal, audited."""
        teams = teams_for(await self._store.memberships(supervisor), Action.PROMPTS_SEND)
        if not teams:
            await self._guard.permit(supervisor, None, Action.PROMPTS_SEND)
        return teams

    async def ask(self, supervisor: str, team: int, question: str, lang: str,
                  today: date) -> Asked | None:  # fmt: skip
        """Put a supervisor's own question (scrubbed) to the team's coaches."""
        if not await self._guard.permit(supervisor, team, Action.PROMPTS_SEND):
            return None
        scrubbed = self._scrub(question.strip()[:1000], lang)
        number = await self._store.create_prompt(team, supervisor, None, {}, scrubbed, today)
        await self._guard.record(supervisor, Role.SUPERVISOR.value, "prompts.send", team,
                                 str(number))  # fmt: skip
        return Asked(team, number)
