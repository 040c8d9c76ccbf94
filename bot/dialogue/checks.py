"""Cross-references inside a dialogue: every goto, condition and module names what exists.

A reference to a missing step or option is refused when the file loads, so a renamed
step can never silently empty a rule, a signal or a module offer.
"""

from __future__ import annotations

from bot.dialogue.conditions import All, Any_, Condition, Includes, Is, Not
from bot.dialogue.model import END, Dialogue, Kind, Step
from bot.errors import DialogueError


def check_references(dialogue: Dialogue) -> None:
    """Every goto and every condition names a step that exists, with options it has."""
    for step in dialogue.steps:
        _check_options(dialogue, step)
        for rule in step.next:
            if rule.goto == END and step.module is not None:
                if rule.when is not None:
                    _check_condition(dialogue, rule.when, step.line, step.key)
                continue
            if not dialogue.has_step(rule.goto):
                raise DialogueError(
                    dialogue.source, step.line, step.key, f"unknown next target '{rule.goto}'"
                )
            if dialogue.step(rule.goto).module != step.module:
                raise DialogueError(
                    dialogue.source,
                    step.line,
                    step.key,
                    f"next target '{rule.goto}' lies in another part of the dialogue: "
                    "modules are entered through their offer or the review",
                )
            if rule.when is not None:
                _check_condition(dialogue, rule.when, step.line, step.key)
    _check_declarations(dialogue)
    for signal in (*dialogue.signals, *dialogue.flags, *dialogue.strengths):
        _check_condition(dialogue, signal.when, signal.line, None)
    for key in (*dialogue.closing.reflect_back,
                *(m.opens_with for m in dialogue.modules if m.opens_with)):  # fmt: skip
        if not dialogue.has_step(key):
            raise DialogueError(
                dialogue.source, 1, None, f"closing or follow-up reads unknown step '{key}'"
            )
    if dialogue.closing.low_when is not None:
        _check_condition(dialogue, dialogue.closing.low_when, 1, None)
    for when, _ in dialogue.closing.notes:
        _check_condition(dialogue, when, 1, None)
    for module in dialogue.modules:
        if module.after is not None:
            if not dialogue.has_step(module.after) or dialogue.step(module.after).module:
                raise DialogueError(
                    dialogue.source, module.line, None,
                    f"module '{module.key}' is offered after '{module.after}', "
                    "which is not a step of the core",
                )  # fmt: skip
            if dialogue.step(module.after).kind is Kind.REVIEW:
                raise DialogueError(
                    dialogue.source, module.line, None,
                    f"module '{module.key}': the review offers modules itself (at_end)",
                )  # fmt: skip
        for condition in (module.when, module.available):
            if condition is not None:
                _check_condition(dialogue, condition, module.line, None)


def _check_options(dialogue: Dialogue, step: Step) -> None:
    """An option's `when` reads facts or other steps that exist, never its own answer."""
    for option in step.options:
        if option.when is None:
            continue
        if step.key in option.when.steps():
            raise DialogueError(
                dialogue.source, step.line, step.key,
                f"option '{option.key}' is offered on a condition that reads its own step",
            )  # fmt: skip
        _check_condition(dialogue, option.when, step.line, step.key)


def _check_declarations(dialogue: Dialogue) -> None:
    """Report declarations name steps that exist; a renamed step names only old keys."""
    for step in dialogue.steps:
        problems = [
            f"report declaration pairs with unknown step '{feed.pair_with}'"
            for feed in step.feeds
            if feed.pair_with is not None and not dialogue.has_step(feed.pair_with)
        ]
        problems += [
            f"migrates_from '{old}', which is still a step"
            for old in step.migrates_from
            if dialogue.has_step(old)
        ]
        if problems:
            raise DialogueError(dialogue.source, step.line, step.key, problems[0])


def _check_condition(dialogue: Dialogue, condition: Condition, line: int, step: str | None) -> None:
    if isinstance(condition, All | Any_):
        for part in condition.parts:
            _check_condition(dialogue, part, line, step)
        return
    if isinstance(condition, Not):
        _check_condition(dialogue, condition.part, line, step)
        return
    if condition.steps() <= set(dialogue.facts):
        if isinstance(condition, Is) and not condition.values <= {"yes", "no"}:
            raise DialogueError(dialogue.source, line, step, "a fact is either 'yes' or 'no'")
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
