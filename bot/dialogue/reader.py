"""Typed access to one mapping of a dialogue file, failing with file, line and step."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from bot.dialogue.conditions import Condition, parse_condition
from bot.errors import DialogueError

LINE = "__line__"
"""Key under which the YAML loader records the 1-based line of each mapping."""


class Reader:
    """Typed access to one YAML mapping, failing with file, line and step."""

    def __init__(self, source: str, data: object, step: str | None, line: int = 1) -> None:
        if not isinstance(data, dict):
            raise DialogueError(source, line, step, "expected a mapping here")
        self.source, self.data, self.step = source, data, step
        self.line = int(data.get(LINE, line))

    def fail(self, problem: str) -> None:
        raise DialogueError(self.source, self.line, self.step, problem)

    def text(self, name: str, default: str | None = None) -> str:
        value = self.data.get(name, default)
        if not isinstance(value, str) or not value.strip():
            self.fail(f"'{name}' must be a non-empty text")
        return str(value)

    def integer(self, name: str, default: int | None = None, minimum: int = 0) -> int:
        value = self.data.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.fail(f"'{name}' must be a whole number of at least {minimum}")
        return int(value)  # type: ignore[arg-type]

    def flag(self, name: str) -> bool:
        value = self.data.get(name, False)
        if not isinstance(value, bool):
            self.fail(f"'{name}' must be true or false")
        return bool(value)

    def items(self, name: str, required: bool = True) -> Iterator[Any]:
        value = self.data.get(name)
        if value is None and not required:
            return iter(())
        if not isinstance(value, list):
            self.fail(f"'{name}' must be a list")
        return iter(value)  # type: ignore[arg-type]

    def condition(self, name: str) -> Condition:
        try:
            return parse_condition(_without_lines(self.data.get(name)))
        except ValueError as exc:
            raise DialogueError(self.source, self.line, self.step, str(exc)) from None

    def only(self, *allowed: str) -> None:
        unknown = sorted(str(k) for k in self.data if k != LINE and k not in allowed)
        if unknown:
            self.fail(f"unknown field(s): {', '.join(unknown)}")


def _without_lines(data: object) -> object:
    """Condition data as written: drop the LINE markers the loader added."""
    if isinstance(data, dict):
        return {k: _without_lines(v) for k, v in data.items() if k != LINE}
    if isinstance(data, list):
        return [_without_lines(v) for v in data]
    return data
