"""What each question feeds, read from the dialogue's own declarations (`feeds:`).

Reports ask here instead of naming step keys, so renaming or adding a question changes
the reports with the dialogue, and `dialogue check` refuses a declaration that names a
step that is gone. Answers of older entries are read through `migrates_from`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from bot.dialogue.loader import load_dialogue
from bot.dialogue.model import AnswerValue, Dialogue, Kind, Step
from bot.msgid import N_
from bot.resources import data_path

PAIR = "+"
SUMMARY_MODES = {
    Kind.CHOICE: "value",
    Kind.YESNO: "value",
    Kind.SCALE: "value",
    Kind.MULTI: "multi",
    Kind.TEXT: "answered",
}
"""How an answer becomes summary cells (see bot.teams.cells): by the kind of question."""


def fed(dialogue: Dialogue, report: str, section: str | None = None) -> tuple[Step, ...]:
    """The steps that feed `report` (and, for the agenda, that section), in file order."""
    return tuple(
        step
        for step in dialogue.steps
        if any(f.report == report and (section is None or f.section == section)
               for f in step.feeds)
    )  # fmt: skip


def keys(dialogue: Dialogue, report: str, section: str | None = None) -> tuple[str, ...]:
    return tuple(step.key for step in fed(dialogue, report, section))


def summary_fields(dialogue: Dialogue) -> dict[str, str]:
    """Team summary fields and their modes: a step key, or "a+b" for a pair."""
    return {f.field: f.mode for f in summary_definition([dialogue]) if f != SIGNALS}


@dataclass(frozen=True, slots=True)
class SummaryField:
    """One section of the team summary, as the dialogues declare it."""

    field: str
    """A step key, "a+b" for a pair, or "signals"."""
    mode: str
    """How an answer becomes cells (see bot.teams.cells): value, multi, answered, pair."""
    title: str
    """A msgid: the declaration's `title`, else the step's label."""


SIGNALS = SummaryField("signals", "signals", N_("Points for supervision"))
"""The last section: the points for supervision every dialogue declares as `signals`."""


def summary_definition(dialogues: Iterable[Dialogue]) -> tuple[SummaryField, ...]:
    """Every summary field any of the dialogues declares, the newest base dialogue's first
    (in its file order), then the fields only variants or older versions declare, so old
    entries keep the sections they fed; then the points for supervision."""
    ordered = sorted(dialogues, key=lambda d: (d.family != d.id, -d.version, d.id))
    found: dict[str, SummaryField] = {}
    for dialogue in ordered:
        for step in fed(dialogue, "summary"):
            feed = next(f for f in step.feeds if f.report == "summary")
            if feed.pair_with is not None:
                field, mode = f"{feed.pair_with}{PAIR}{step.key}", "pair"
            else:
                field = step.key
                mode = "answered" if feed.answered else SUMMARY_MODES[step.kind]
            found.setdefault(field, SummaryField(field, mode, feed.title or step.label))
    return (*found.values(), SIGNALS)


@cache
def shipped_summary() -> tuple[SummaryField, ...]:
    """The summary the shipped dialogues declare (current and archived versions): what the
    stores count and the reports show. A declaration added in YAML shows up here."""
    folder = data_path("dialogues")
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("archive/*.yaml"))
    return summary_definition(load_dialogue(f, str(f.relative_to(folder.parent))) for f in files)


def answer(dialogue: Dialogue, answers: Mapping[str, AnswerValue], key: str) -> AnswerValue:
    """An entry's answer to `key`, also when it was saved under an older key."""
    if key in answers:
        return answers[key]
    step = dialogue.step(key) if dialogue.has_step(key) else None
    for old in step.migrates_from if step is not None else ():
        if old in answers:
            return answers[old]
    return None
