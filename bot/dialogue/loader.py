"""YAML dialogue files to validated `Dialogue` values; the project's only yaml importer.

Every problem raises one `DialogueError` naming file, line and step, so a content
editor can fix the file without reading Python.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from bot.dialogue.conditions import All, Any_, Condition, Includes, Is, Not, parse_condition
from bot.dialogue.graph import check_graph
from bot.dialogue.model import (
    ANSWERABLE,
    WITH_OPTIONS,
    Dialogue,
    Kind,
    NextRule,
    Option,
    Section,
    Signal,
    Step,
)
from bot.errors import DialogueError
from bot.msgid import N_

LINE = "__line__"
YES_NO = (Option("yes", N_("Yes")), Option("no", N_("No")))
DEFAULT_LOW, DEFAULT_HIGH = N_("not at all"), N_("fully")
INFO_NEXT = (Option("next", N_("Next")),)


_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML was built with it (its wheels are): the same rules,
parsing about ten times faster, which is most of the bot's start-up after imports."""


class _LineLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """A safe loader that records the 1-based line of every mapping under LINE."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping: dict[Any, Any] = loader.construct_mapping(node, deep=True)
    mapping[LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def parse_yaml(text: str, source: str) -> dict[str, Any]:
    """Parse YAML text into plain data with LINE markers; used by the i18n extractor too."""
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "syntax error"
        raise DialogueError(source, line, None, f"not valid YAML ({problem})") from None
    if not isinstance(data, dict):
        raise DialogueError(
            source, 1, None, "a dialogue file must be a mapping with id, version, steps"
        )
    return data


def load_dialogue(path: Path, display: str | None = None) -> Dialogue:
    source = display or path.name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DialogueError(source, 1, None, f"cannot read file ({exc.strerror})") from None
    return build_dialogue(parse_yaml(text, source), source)


def build_dialogue(data: dict[str, Any], source: str) -> Dialogue:
    top = _Reader(source, data, None)
    sections = tuple(_section(source, item) for item in top.items("sections"))
    known_sections = {s.key for s in sections}
    if len(known_sections) != len(sections):
        top.fail("two sections share a key")
    steps: list[Step] = []
    seen: set[str] = set()
    for item in top.items("steps"):
        step = _step(source, item, known_sections)
        if step.key in seen:
            raise DialogueError(source, step.line, step.key, "duplicate step key")
        seen.add(step.key)
        steps.append(step)
    if not steps:
        top.fail("a dialogue needs at least one step")
    dialogue = Dialogue(
        id=top.text("id"),
        version=top.integer("version", minimum=1),
        title=top.text("title"),
        source=source,
        sections=sections,
        steps=tuple(steps),
        signals=tuple(_signal(source, item) for item in top.items("signals", required=False)),
        flags=tuple(_signal(source, item) for item in top.items("flags", required=False)),
    )
    _check_references(dialogue)
    check_graph(dialogue)
    return dialogue


class _Reader:
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


def _section(source: str, item: object) -> Section:
    reader = _Reader(source, item, None)
    reader.only("key", "title")
    return Section(reader.text("key"), reader.text("title"), reader.line)


def _step(source: str, item: object, sections: set[str]) -> Step:
    key = item.get("key") if isinstance(item, dict) else None
    reader = _Reader(source, item, key if isinstance(key, str) else None)
    reader.only(
        "key",
        "kind",
        "section",
        "text",
        "label",
        "options",
        "skippable",
        "next",
        "min",
        "max",
        "low",
        "high",
        "max_length",
    )
    key = reader.text("key")
    try:
        kind = Kind(reader.text("kind"))
    except ValueError:
        reader.fail(f"'kind' must be one of: {', '.join(k.value for k in Kind)}")
    section = reader.text("section")
    if section not in sections:
        reader.fail(f"unknown section '{section}'")
    text = reader.text("text")
    label = reader.text("label") if kind in ANSWERABLE else reader.text("label", default=text)
    options: tuple[Option, ...] = ()
    if kind in WITH_OPTIONS:
        options = tuple(_option(source, key, o) for o in reader.items("options", required=False))
        if not options:
            reader.fail(f"a {kind.value} step needs options")
        if len({o.key for o in options}) != len(options):
            reader.fail("two options share a key")
    elif "options" in reader.data:
        reader.fail(f"a {kind.value} step takes no options")
    elif kind is Kind.YESNO:
        options = YES_NO
    elif kind is Kind.INFO:
        options = INFO_NEXT
    rules = tuple(_rule(source, key, r) for r in reader.items("next", required=False))
    scale_min = reader.integer("min", default=1)
    scale_max = reader.integer("max", default=5)
    if kind is Kind.SCALE and scale_max <= scale_min:
        reader.fail("'max' must be above 'min'")
    return Step(
        key=key,
        kind=kind,
        section=section,
        text=text,
        label=label,
        line=reader.line,
        options=options,
        skippable=reader.flag("skippable"),
        next=rules,
        scale_min=scale_min,
        scale_max=scale_max,
        low=reader.text("low", DEFAULT_LOW) if kind is Kind.SCALE else "",
        high=reader.text("high", DEFAULT_HIGH) if kind is Kind.SCALE else "",
        max_length=reader.integer("max_length", default=800, minimum=1),
    )


def _option(source: str, step: str, item: object) -> Option:
    reader = _Reader(source, item, step)
    reader.only("key", "text", "exclusive")
    return Option(reader.text("key"), reader.text("text"), reader.flag("exclusive"))


def _rule(source: str, step: str, item: object) -> NextRule:
    reader = _Reader(source, item, step)
    reader.only("goto", "if")
    return NextRule(reader.text("goto"), reader.condition("if") if "if" in reader.data else None)


def _signal(source: str, item: object) -> Signal:
    reader = _Reader(source, item, None)
    reader.only("key", "label", "when")
    return Signal(reader.text("key"), reader.text("label"), reader.condition("when"), reader.line)


def _check_references(dialogue: Dialogue) -> None:
    """Every goto and every condition names a step that exists, with options it has."""
    for step in dialogue.steps:
        for rule in step.next:
            if not dialogue.has_step(rule.goto):
                raise DialogueError(
                    dialogue.source, step.line, step.key, f"unknown next target '{rule.goto}'"
                )
            if rule.when is not None:
                _check_condition(dialogue, rule.when, step.line, step.key)
    for signal in (*dialogue.signals, *dialogue.flags):
        _check_condition(dialogue, signal.when, signal.line, None)


def _check_condition(dialogue: Dialogue, condition: Condition, line: int, step: str | None) -> None:
    if isinstance(condition, All | Any_):
        for part in condition.parts:
            _check_condition(dialogue, part, line, step)
        return
    if isinstance(condition, Not):
        _check_condition(dialogue, condition.part, line, step)
        return
    for key in condition.steps():
        if not dialogue.has_step(key):
            raise DialogueError(
                dialogue.source, line, step, f"condition reads unknown step '{key}'"
            )
    if isinstance(condition, Is | Includes):
        target = dialogue.step(condition.step)
        valid = {o.key for o in target.options}
        missing = sorted(condition.values - valid)
        if missing:
            raise DialogueError(
                dialogue.source,
                line,
                step,
                f"step '{target.key}' has no option(s) {', '.join(missing)}",
            )
