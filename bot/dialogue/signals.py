"""Supervision signals and entry flags, declared in the dialogue and evaluated on answers."""

from __future__ import annotations

from collections.abc import Mapping

from bot.dialogue.model import AnswerValue, Dialogue


def raised_signals(dialogue: Dialogue, answers: Mapping[str, AnswerValue]) -> tuple[str, ...]:
    """Keys of the signals whose condition holds, in the order the dialogue declares them."""
    return tuple(s.key for s in dialogue.signals if s.when.matches(answers))


def entry_flags(dialogue: Dialogue, answers: Mapping[str, AnswerValue]) -> dict[str, bool]:
    """Every declared flag with its value (shared for supervision, coach asked, ...)."""
    return {f.key: f.when.matches(answers) for f in dialogue.flags}


def raised_strengths(dialogue: Dialogue, answers: Mapping[str, AnswerValue]) -> tuple[str, ...]:
    """Keys of the worker's strengths shown by these answers, in declared order."""
    return tuple(s.key for s in dialogue.strengths if s.when.matches(answers))
