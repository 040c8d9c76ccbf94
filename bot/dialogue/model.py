"""The dialogue as data: frozen values the loader builds and the engine walks.

Nothing here knows about YAML, Telegram, SQLite or babel. Texts are gettext msgids;
adapters translate them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
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
    variant: str | None = None
    """Choosing it continues in this variant dialogue (same core, its own modules)."""
    titled: str | None = None
    """The label when the worker's team set its own word for its supervisors (/title): a
    msgid with {title}, so "To my supervisor" reads "To my leidinggevenden" (#13)."""
    when: Condition | None = None
    """Offered only when this holds on the facts and earlier answers ("A coach of my team"
    only in a team): otherwise neither shown nor selectable, by button or typing."""


@dataclass(frozen=True, slots=True)
class NextRule:
    """Go to `goto` when `when` holds; a rule without condition always applies."""

    goto: str
    when: Condition | None = None


END = "end"
"""A module step's `goto: end`: the module is over, the walk returns where it came from."""
REPORTS = ("summary", "vignette", "coach", "agenda", "chart")
"""What a question can feed besides the export (every answered question is an export
column and a codebook row): the team summary tally, the coach vignette (structured
answers), the coach's view of a typed answer (`coach`: scrubbed free text the worker
agrees to show when asking a coach), a section of the supervision agenda's case card,
the worker's own chart."""
AGENDA_SECTIONS = ("facts", "analysis", "bright_spots", "advice", "structural")


@dataclass(frozen=True, slots=True)
class Feed:
    """One report declaration of a step: `feeds: [summary, {agenda: analysis}]`."""

    report: str
    section: str | None = None
    """The agenda section, for `agenda`."""
    pair_with: str | None = None
    """For `summary`: tally this answer paired with another step's ("taken → needed")."""
    title: str | None = None
    """For `summary`: the section's title (a msgid); the step's label when absent."""
    answered: bool = False
    """For `summary`: count only whether it was answered (`tally: answered`), not which."""


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
    module: str | None = None
    """The deepening module this step belongs to; None for the core."""
    feeds: tuple[Feed, ...] = ()
    """The reports this answer feeds, declared in the dialogue (bot.reports.declarations)."""
    migrates_from: tuple[str, ...] = ()
    """Keys this step had in earlier versions: reports read old entries through them."""

    def option(self, key: str, known: Mapping[str, object] | None = None) -> Option | None:
        """The option `key`; with `known` (facts and answers), only if it is offered."""
        options = self.options if known is None else self.offered(known)
        return next((o for o in options if o.key == key), None)

    def offered(self, known: Mapping[str, object]) -> tuple[Option, ...]:
        """The options shown now: those without `when`, or whose `when` holds."""
        return tuple(o for o in self.options if o.when is None or o.when.matches(known))

    def option_labelled(
        self, typed: str, shown: Callable[[Option], Iterable[str]], known: Mapping[str, object]
    ) -> str | None:
        """The offered option whose label, as `shown` to the worker, was typed exactly (case,
        spacing and the apostrophe's shape aside: a phone types "d’accord" for "d'accord"):
        typing a button's text is the same tap."""
        wanted = _comparable(typed)
        for option in self.offered(known):
            if wanted and wanted in {_comparable(t) for t in shown(option)}:
                return option.key
        return None


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


def _comparable(label: str) -> str:
    return " ".join(label.translate(_APOSTROPHES).split()).casefold()


@dataclass(frozen=True, slots=True)
class Signal:
    """A reason for a supervisor's or coach's attention, never a judgement of the worker."""

    key: str
    label: str
    when: Condition
    line: int = 1


@dataclass(frozen=True, slots=True)
class Module:
    """Deepening questions the worker chooses: offered after `after` when `when` holds
    (through its offer step), and on the review screen when `at_end`."""

    key: str
    title: str
    """Short msgid for the counter, such as "Repair" in "Repair 2/4"."""
    button: str
    """The review screen's button text, such as "Repair (2 minutes)"."""
    first: str
    """The module's first question."""
    offer: str | None = None
    """Key of the synthesised offer step asked after `after`, or None."""
    after: str | None = None
    when: Condition | None = None
    at_end: bool = True
    line: int = 1
    available: Condition | None = None
    """When the module can be offered at all (`when` at module level, such as in a team)."""
    opens_with: str | None = None
    """A step key: the module opens the next reflection when the previous one answered
    it, quoting that answer as {previous} (the follow-up of "one thing to try")."""

    def called_for(self, answers: Mapping[str, object]) -> bool:
        """Whether the answers so far call for this module (always, without conditions)."""
        return all(c is None or c.matches(answers) for c in (self.available, self.when))


@dataclass(frozen=True, slots=True)
class Closing:
    """What the saved notice reflects back, and when it adds the support contacts."""

    reflect_back: tuple[str, ...] = ()
    """Steps whose answers the closing repeats in the worker's own words."""
    low_when: Condition | None = None
    """When the worker is low: the closing then lists the configured support contacts."""
    notes: tuple[tuple[Condition, str], ...] = ()
    """(when, msgid): a plain word the closing adds when its condition holds, such as why
    a request could not be passed on (the worker is in no team)."""


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
    strengths: tuple[Signal, ...] = ()
    """What the worker did well (mistake acknowledged, strength said aloud, ...)."""
    modules: tuple[Module, ...] = ()
    closing: Closing = field(default_factory=Closing)
    family: str = ""
    """The dialogue whose core this one shares (`extends`), or its own id."""
    facts: tuple[str, ...] = ()
    """Things the adapter knows before the first question ("in_team": "yes" or "no"),
    read by conditions like answers and never stored with the entry."""
    origins: Mapping[str, str] = field(default_factory=dict, compare=False)
    """Only in a dialogue merged for reports (`bot.dialogue.merged`): the steps another
    version or variant brought, with where they come from ("post_contact v1")."""
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

    def module(self, key: str) -> Module:
        return next(m for m in self.modules if m.key == key)

    def module_of(self, step_key: str) -> Module | None:
        """The module a step belongs to (its offer step included), or None for the core."""
        name = self._by_key[step_key].module
        return self.module(name) if name is not None else None

    def segment(self, module: str | None) -> tuple[Step, ...]:
        """The core's steps (None) or one module's questions, offer left out, in file order."""
        return tuple(s for s in self.steps if s.module == module and not self.is_offer(s.key))

    def is_offer(self, key: str) -> bool:
        return any(m.offer == key for m in self.modules)

    def default_next(self, key: str) -> str | None:
        """The step written after `key` in its own part (core or module): where a step goes
        without rules. None at the end of a module: the walk returns where it came from."""
        step = self._by_key[key]
        part = self.segment(step.module)
        if step not in part:
            return None
        index = part.index(step)
        return part[index + 1].key if index + 1 < len(part) else None

    def targets(self, key: str) -> tuple[str, ...]:
        """Every step that can follow `key`, in rule order."""
        step = self._by_key[key]
        if step.kind is Kind.REVIEW or self.is_offer(key):
            return ()
        found = [rule.goto for rule in step.next if rule.goto != END]
        if not step.next or step.next[-1].when is not None:
            fallback = self.default_next(key)
            if fallback is not None:
                found.append(fallback)
        return tuple(dict.fromkeys(found))
