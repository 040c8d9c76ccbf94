"""Declarative conditions on answers, used by `next` rules, signals and entry flags.

A closed set of comparisons parsed from plain data: dialogue files never carry code,
so nothing is ever `eval`-ed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

Answers = Mapping[str, object]


class Condition(Protocol):
    def matches(self, answers: Answers) -> bool: ...

    def steps(self) -> frozenset[str]:
        """The step keys this condition reads: what an answer depends on."""
        ...


@dataclass(frozen=True, slots=True)
class Is:
    step: str
    values: frozenset[str]

    def matches(self, answers: Answers) -> bool:
        return answers.get(self.step) in self.values

    def steps(self) -> frozenset[str]:
        return frozenset({self.step})


@dataclass(frozen=True, slots=True)
class Includes:
    """A multi answer holds at least one of `values`."""

    step: str
    values: frozenset[str]

    def matches(self, answers: Answers) -> bool:
        chosen = answers.get(self.step)
        return isinstance(chosen, tuple) and not self.values.isdisjoint(chosen)

    def steps(self) -> frozenset[str]:
        return frozenset({self.step})


@dataclass(frozen=True, slots=True)
class InRange:
    step: str
    at_least: int | None = None
    at_most: int | None = None

    def matches(self, answers: Answers) -> bool:
        value = answers.get(self.step)
        if not isinstance(value, int) or isinstance(value, bool):
            return False
        if self.at_least is not None and value < self.at_least:
            return False
        return self.at_most is None or value <= self.at_most

    def steps(self) -> frozenset[str]:
        return frozenset({self.step})


@dataclass(frozen=True, slots=True)
class Answered:
    """The step was answered (True) or skipped or never reached (False)."""

    step: str
    expected: bool

    def matches(self, answers: Answers) -> bool:
        return (answers.get(self.step) is not None) is self.expected

    def steps(self) -> frozenset[str]:
        return frozenset({self.step})


@dataclass(frozen=True, slots=True)
class DiffersFrom:
    """Both steps answered, with different answers (role taken versus role needed)."""

    step: str
    other: str

    def matches(self, answers: Answers) -> bool:
        mine, theirs = answers.get(self.step), answers.get(self.other)
        return mine is not None and theirs is not None and mine != theirs

    def steps(self) -> frozenset[str]:
        return frozenset({self.step, self.other})


@dataclass(frozen=True, slots=True)
class All:
    parts: tuple[Condition, ...]

    def matches(self, answers: Answers) -> bool:
        return all(p.matches(answers) for p in self.parts)

    def steps(self) -> frozenset[str]:
        return frozenset().union(*(p.steps() for p in self.parts))


@dataclass(frozen=True, slots=True)
class Any_:
    parts: tuple[Condition, ...]

    def matches(self, answers: Answers) -> bool:
        return any(p.matches(answers) for p in self.parts)

    def steps(self) -> frozenset[str]:
        return frozenset().union(*(p.steps() for p in self.parts))


@dataclass(frozen=True, slots=True)
class Not:
    part: Condition

    def matches(self, answers: Answers) -> bool:
        return not self.part.matches(answers)

    def steps(self) -> frozenset[str]:
        return self.part.steps()


_COMPARISONS = ("is", "in", "includes", "at_least", "at_most", "answered", "differs_from")


def parse_condition(data: object) -> Condition:
    """Build a condition from YAML data; ValueError says what is wrong, in words."""
    if not isinstance(data, dict) or not data:
        raise ValueError("a condition must be a mapping such as {answer: KEY, is: OPTION}")
    if len(data) == 1 and next(iter(data)) in ("all", "any"):
        ((word, items),) = data.items()
        if not isinstance(items, list) or not items:
            raise ValueError(f"'{word}' needs a non-empty list of conditions")
        parts = tuple(parse_condition(item) for item in items)
        return All(parts) if word == "all" else Any_(parts)
    if len(data) == 1 and "not" in data:
        return Not(parse_condition(data["not"]))
    step = data.get("answer")
    if not isinstance(step, str):
        raise ValueError("a condition needs 'answer: STEP_KEY' (or all/any/not)")
    unknown = set(data) - {"answer", *_COMPARISONS}
    if unknown:
        raise ValueError(f"unknown condition word(s): {', '.join(sorted(map(str, unknown)))}")
    present = [word for word in _COMPARISONS if word in data]
    if len(present) != 1 and set(present) != {"at_least", "at_most"}:
        raise ValueError(f"a condition on '{step}' needs exactly one of: {', '.join(_COMPARISONS)}")
    return _comparison(step, data)


def _comparison(step: str, data: dict[object, object]) -> Condition:
    if "is" in data:
        return Is(step, frozenset({_text(data["is"])}))
    if "in" in data:
        return Is(step, _texts(data["in"]))
    if "includes" in data:
        return Includes(step, _texts(data["includes"]))
    if "answered" in data:
        if not isinstance(data["answered"], bool):
            raise ValueError("'answered' takes true or false")
        return Answered(step, data["answered"])
    if "differs_from" in data:
        return DiffersFrom(step, _text(data["differs_from"]))
    return InRange(step, _int_or_none(data.get("at_least")), _int_or_none(data.get("at_most")))


def _text(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f"expected an option key, got {value!r}")
    return str(value)


def _texts(value: object) -> frozenset[str]:
    items = value if isinstance(value, list) else [value]
    if not items:
        raise ValueError("expected at least one option key")
    return frozenset(_text(v) for v in items)


def _int_or_none(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected a whole number, got {value!r}")
    return value
