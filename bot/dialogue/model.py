"""The dialogue as data: frozen values the loader builds and the engine walks.

Nothing here knows about YAML, Telegram, SQLite or babel. Texts are gettext msgids;
adapters translate them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeAlias

from bot.dialogue.conditions import Condition

AnswerValue: TypeAlias = str | int | tuple[str, ...] | None
"""An option key, a scale value, selected option keys, scrubbed text, or None (skipped)."""


class Kind(StrEnum):
    CHOICE = "choice"
    MULTI = "multi"
    SCALE = "scale"
    TEXT = "text"
    YESNO = "yesno"
    INFO = "info"
    REVIEW = "review"


ANSWERABLE = frozenset({Kind.CHOICE, Kind.MULTI, Kind.SCALE, Kind.TEXT, Kind.YESNO})
WITH_OPTIONS = frozenset({Kind.CHOICE, Kind.MULTI})


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    text: str
    exclusive: bool = False
    """In a multi step: choosing it clears the others (for example "none")."""


@dataclass(frozen=True, slots=True)
class NextRule:
    """Go to `goto` when `when` holds; a rule without condition always applies."""

    goto: str
    when: Condition | None = None


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    line: int = 1


@dataclass(frozen=True, slots=True)
class Step:
    key: str
    kind: Kind
    section: str
    text: str
    label: str
    """Short msgid naming the answer in the review and in exports."""
    line: int
    options: tuple[Option, ...] = ()
    skippable: bool = False
    next: tuple[NextRule, ...] = ()
    scale_min: int = 1
    scale_max: int = 5
    low: str = ""
    high: str = ""
    max_length: int = 800

    def option(self, key: str) -> Option | None:
        return next((o for o in self.options if o.key == key), None)


@dataclass(frozen=True, slots=True)
class Signal:
    """A reason for a supervisor's or coach's attention, never a judgement of the worker."""

    key: str
    label: str
    when: Condition
    line: int = 1


@dataclass(frozen=True, slots=True)
class Dialogue:
    id: str
    version: int
    title: str
    source: str
    sections: tuple[Section, ...]
    steps: tuple[Step, ...]
    signals: tuple[Signal, ...] = ()
    flags: tuple[Signal, ...] = ()
    """Entry flags (shared, coach requested, ...) declared like signals."""
    _by_key: dict[str, Step] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_key.update({s.key: s for s in self.steps})

    @property
    def start(self) -> str:
        return self.steps[0].key

    def step(self, key: str) -> Step:
        return self._by_key[key]

    def has_step(self, key: str) -> bool:
        return key in self._by_key

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    def default_next(self, key: str) -> str | None:
        """The step written after `key` in the file: where a step goes without rules."""
        index = self.steps.index(self._by_key[key])
        return self.steps[index + 1].key if index + 1 < len(self.steps) else None

    def targets(self, key: str) -> tuple[str, ...]:
        """Every step that can follow `key`, in rule order."""
        step = self._by_key[key]
        if step.kind is Kind.REVIEW:
            return ()
        found = [rule.goto for rule in step.next]
        if not step.next or step.next[-1].when is not None:
            fallback = self.default_next(key)
            if fallback is not None:
                found.append(fallback)
        return tuple(dict.fromkeys(found))
