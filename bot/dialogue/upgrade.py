"""Carry a session over to a newer dialogue version when its own version is gone."""

from __future__ import annotations

from bot.dialogue.model import AnswerValue, Kind, Step
from bot.dialogue.registry import Compiled
from bot.dialogue.session import Session


def still_valid(step: Step, value: AnswerValue) -> bool:
    """Whether an answer given to an older version still fits this step."""
    if value is None:
        return step.skippable
    keys = {o.key for o in step.options}
    if step.kind is Kind.MULTI:
        return isinstance(value, tuple) and bool(value) and set(value) <= keys
    if step.kind is Kind.SCALE:
        return isinstance(value, int) and step.scale_min <= value <= step.scale_max
    if step.kind is Kind.TEXT:
        return isinstance(value, str)
    return isinstance(value, str) and value in keys


def upgrade_session(compiled: Compiled, session: Session) -> None:
    """Keep the answers that still fit, then continue at the first unanswered step."""
    dialogue = compiled.dialogue
    kept = {
        k: v
        for k, v in session.answers.items()
        if dialogue.has_step(k) and still_valid(dialogue.step(k), v)
    }
    path = compiled.machine.path({**session.facts, **kept})
    session.version = dialogue.version
    session.answers = {k: v for k, v in kept.items() if k in path}
    session.history = [k for k in path if k in session.answers]
    session.current = next(k for k in path if k not in session.answers)
    session.editing, session.selection, session.pending_text = False, (), None
