"""YAML dialogue files to validated `Dialogue` values; the project's only yaml importer.

Every problem raises one `DialogueError` naming file, line and step, so a content
editor can fix the file without reading Python.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.dialogue.checks import check_references
from bot.dialogue.graph import check_graph
from bot.dialogue.model import (
    ANSWERABLE,
    WITH_OPTIONS,
    Dialogue,
    Kind,
    Module,
    NextRule,
    Option,
    Section,
    Signal,
    Step,
)
from bot.dialogue.parts import extend, parse_closing, parse_facts, parse_feed
from bot.dialogue.reader import LINE, Reader
from bot.dialogue.wording import titled_problem
from bot.errors import DialogueError
from bot.msgid import N_

YES_NO = (Option("yes", N_("Yes")), Option("no", N_("No")))
DEFAULT_LOW, DEFAULT_HIGH = N_("not at all"), N_("fully")
INFO_NEXT = (Option("next", N_("Next")),)
OFFER_OPTIONS = (Option("yes", N_("Yes, let's take a look")), Option("no", N_("Not now")))


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
    data = parse_yaml(text, source)
    if "extends" in data:
        data = extend(data, _base(path, source, data["extends"]), source)
    return build_dialogue(data, source)


def _base(path: Path, source: str, name: object) -> dict[str, Any]:
    """The dialogue a variant extends: a file beside it, itself no variant."""
    base = path.parent / f"{name}.yaml"
    if not isinstance(name, str) or not base.is_file():
        raise DialogueError(source, 1, None, f"extends {name!r}: no such dialogue file beside it")
    data = parse_yaml(base.read_text(encoding="utf-8"), str(base.name))
    if "extends" in data:
        raise DialogueError(source, 1, None, f"extends {name!r}, which is itself a variant")
    return data


def build_dialogue(data: dict[str, Any], source: str) -> Dialogue:
    top = Reader(source, data, None)
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
    modules: list[Module] = []
    for item in top.items("modules", required=False):
        module, module_steps = _module(source, item, known_sections)
        if module.key in {m.key for m in modules}:
            raise DialogueError(source, module.line, None, f"duplicate module '{module.key}'")
        for step in module_steps:
            if step.key in seen:
                raise DialogueError(source, step.line, step.key, "duplicate step key")
            seen.add(step.key)
        modules.append(module)
        steps.extend(module_steps)
    dialogue = Dialogue(
        id=top.text("id"),
        version=top.integer("version", minimum=1),
        title=top.text("title"),
        source=source,
        sections=sections,
        steps=tuple(steps),
        signals=tuple(_signal(source, item) for item in top.items("signals", required=False)),
        flags=tuple(_signal(source, item) for item in top.items("flags", required=False)),
        strengths=tuple(_signal(source, item) for item in top.items("strengths", required=False)),
        modules=tuple(modules),
        facts=parse_facts(top, seen),
        closing=parse_closing(source, top),
        family=str(data.get("extends") or data.get("id")),
    )
    check_references(dialogue)
    check_graph(dialogue)
    return dialogue


def _section(source: str, item: object) -> Section:
    reader = Reader(source, item, None)
    reader.only("key", "title")
    return Section(reader.text("key"), reader.text("title"), reader.line)


def _module(source: str, item: object, sections: set[str]) -> tuple[Module, list[Step]]:
    """A module and its steps: the synthesised offer step (when offered mid-way) first."""
    reader = Reader(source, item, None)
    reader.only(
        "key", "title", "button", "section", "offer", "at_end", "opens_with", "when", "steps"
    )
    key, title = reader.text("key"), reader.text("title")
    section = reader.text("section")
    if section not in sections:
        reader.fail(f"unknown section '{section}'")
    steps = [_step(source, s, sections, module=key, section=section) for s in reader.items("steps")]
    if not steps:
        reader.fail(f"module '{key}' needs at least one step")
    found: list[Step] = []
    offer_key, after, when = None, None, None
    if "offer" in reader.data:
        offer = Reader(source, reader.data["offer"], None, reader.line)
        offer.only("after", "when", "text")
        offer_key, after = f"{key}_offer", offer.text("after")
        when = offer.condition("when") if "when" in offer.data else None
        found.append(
            Step(
                offer_key,
                Kind.CHOICE,
                section,
                offer.text("text"),
                title,
                offer.line,
                OFFER_OPTIONS,
                module=key,
            )
        )
    module = Module(
        key=key,
        title=title,
        button=reader.text("button"),
        first=steps[0].key,
        offer=offer_key,
        after=after,
        when=when,
        at_end=reader.flag("at_end") if "at_end" in reader.data else True,
        line=reader.line,
        opens_with=reader.text("opens_with") if "opens_with" in reader.data else None,
        available=reader.condition("when") if "when" in reader.data else None,
    )
    return module, [*found, *steps]


def _step(
    source: str,
    item: object,
    sections: set[str],
    module: str | None = None,
    section: str | None = None,
) -> Step:
    key = item.get("key") if isinstance(item, dict) else None
    reader = Reader(source, item, key if isinstance(key, str) else None)
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
        "feeds",
        "migrates_from",
    )
    key = reader.text("key")
    try:
        kind = Kind(reader.text("kind"))
    except ValueError:
        reader.fail(f"'kind' must be one of: {', '.join(k.value for k in Kind)}")
    section = reader.text("section", section)
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
        module=module,
        feeds=tuple(parse_feed(reader, kind, f) for f in reader.items("feeds", required=False)),
        migrates_from=tuple(str(k) for k in reader.items("migrates_from", required=False)),
    )


def _option(source: str, step: str, item: object) -> Option:
    reader = Reader(source, item, step)
    reader.only("key", "text", "exclusive", "variant", "titled", "when")
    variant = reader.text("variant") if "variant" in reader.data else None
    when = reader.condition("when") if "when" in reader.data else None
    titled = reader.text("titled") if "titled" in reader.data else None
    problem = titled_problem(titled) if titled is not None else None
    if problem is not None:
        reader.fail(problem)
    return Option(reader.text("key"), reader.text("text"), reader.flag("exclusive"), variant,
                  titled, when)  # fmt: skip


def _rule(source: str, step: str, item: object) -> NextRule:
    reader = Reader(source, item, step)
    reader.only("goto", "if")
    return NextRule(reader.text("goto"), reader.condition("if") if "if" in reader.data else None)


def _signal(source: str, item: object) -> Signal:
    reader = Reader(source, item, None)
    reader.only("key", "label", "when")
    return Signal(reader.text("key"), reader.text("label"), reader.condition("when"), reader.line)
