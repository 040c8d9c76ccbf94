"""What each question feeds, read from the dialogue's own declarations (`feeds:`).

Reports ask here instead of naming step keys, so renaming or adding a question changes
the reports with the dialogue, and `dialogue check` refuses a declaration that names a
step that is gone. Answers of older entries are read through `migrates_from`.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.dialogue.model import AnswerValue, Dialogue, Kind, Step

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
    fields: dict[str, str] = {}
    for step in fed(dialogue, "summary"):
        feed = next(f for f in step.feeds if f.report == "summary")
        if feed.pair_with is not None:
            fields[f"{feed.pair_with}{PAIR}{step.key}"] = "pair"
        else:
            fields[step.key] = SUMMARY_MODES[step.kind]
    return fields


def answer(dialogue: Dialogue, answers: Mapping[str, AnswerValue], key: str) -> AnswerValue:
    """An entry's answer to `key`, also when it was saved under an older key."""
    if key in answers:
        return answers[key]
    step = dialogue.step(key) if dialogue.has_step(key) else None
    for old in step.migrates_from if step is not None else ():
        if old in answers:
            return answers[old]
    return None
