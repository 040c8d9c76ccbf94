"""Teams and who belongs to them, as values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum


class Role(StrEnum):
    WORKER = "worker"
    COACH = "coach"
    SUPERVISOR = "supervisor"


@dataclass(frozen=True, slots=True)
class Team:
    id: int
    name: str
    lang: str
    k_min: int
    """Team figures are shown only when at least this many workers contributed."""
    retention_months: int
    created: date
    supervisor_title: str = ""
    """What the team calls its supervisors when the bot names them to a worker; empty:
    the default "supervisors" wording."""


@dataclass(frozen=True, slots=True)
class Membership:
    team: int
    role: Role


@dataclass(frozen=True, slots=True)
class Invite:
    team: int
    role: Role
    expires_at: datetime
    revoked: bool


@dataclass(frozen=True, slots=True)
class Tally:
    """How many entries gave `value`, and from how many distinct workers."""

    value: str | None
    entries: int
    workers: int


@dataclass(frozen=True, slots=True)
class AuditRow:
    at: datetime
    actor: str
    role: str
    action: str
    team: int | None
    detail: str


def week_of(day: date) -> date:
    """The Monday of the ISO week of `day`: all a coach prompt keeps of when."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class CoachPrompt:
    id: int
    team: int
    asker: str | None
    """Who gets the answer back (the worker who asked, or a supervisor); never shown."""
    entry_day: date | None
    """The Monday of the reflection's week (coaches are shown the week, so only it is
    kept); None: a supervisor's own question."""
    vignette: dict[str, object]
    """Structured answers by step key, the typed answers the dialogue declares `coach`
    (scrubbed), and the entry's "signals" and "strengths"."""
    question: str
    answer: str | None
    created: date
    signature: str | None = None
    """The name the coach chose to sign with; None: the answer stays anonymous."""
    answer_to: str | None = None
    """The key of the triangle's question the coach answered; None: one free answer."""
    entry: int | None = None
    """The reflection the prompt came from (None: a supervisor's question, or erased)."""
    replied: bool = False
    """Whoever asked replied to the answer (once)."""
    part_of: int | None = None
    """For the answer to one question of the triangle: the prompt it answers (#15)."""


@dataclass(frozen=True, slots=True)
class CoachDraft:
    """What someone is writing about a prompt: a coach's answer (to `answer_to`, or free),
    or the asker's one reply to the answer; `text` is None until typed (then scrubbed)."""

    prompt: int
    text: str | None
    answer_to: str | None = None


FOLLOW_UP_TARGETS = ("management", "local_policy", "network")


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A structural signal the supervisor passed on: to whom, on which day (#15)."""

    team: int
    field: str
    """The question: "structural_barriers" (macro) or "org_obstacles" (meso)."""
    value: str
    """The option key, for example "housing"."""
    passed_to: str
    """One of FOLLOW_UP_TARGETS."""
    day: date
