"""Drive the engine like a worker would: pick a sensible answer for whatever is asked."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from bot.dialogue.engine import Engine, Outcome
from bot.dialogue.events import Choose, Done, Event, KeepText, Save, Toggle, TypeText
from bot.dialogue.model import Kind
from bot.dialogue.registry import Compiled
from bot.dialogue.session import Session

Answer = str | int | tuple[str, ...]


def default_event(
    compiled: Compiled, session: Session, wanted: Mapping[str, Answer]
) -> list[Event]:
    """The events that answer the current step: `wanted` where given, else a plain answer."""
    step = compiled.dialogue.step(session.current)
    if session.pending_text is not None:
        return [KeepText(step.key)]
    value = wanted.get(step.key)
    if step.kind is Kind.REVIEW:
        return [Save(step.key)]
    if step.kind is Kind.MULTI:
        chosen = value if isinstance(value, tuple) else (step.options[0].key,)
        return [
            *(Toggle(step.key, k) for k in chosen if k not in session.selection),
            Done(step.key),
        ]
    if step.kind is Kind.SCALE:
        return [Choose(step.key, str(value if value is not None else 3))]
    if step.kind is Kind.TEXT:
        return [TypeText(str(value) if value is not None else "Een korte notitie.")]
    return [Choose(step.key, str(value) if value is not None else step.options[0].key)]


def complete(
    engine: Engine,
    compiled: Compiled,
    wanted: Mapping[str, Answer],
    lang: str = "nl",
    hook: Callable[[Outcome], None] | None = None,
    limit: int = 400,
    start_facts: Mapping[str, str] | None = None,
) -> Outcome:
    """Start and answer until saved; returns the final outcome (with the entry)."""
    outcome = engine.start(compiled.dialogue.id, lang, start_facts)
    for _ in range(limit):
        assert outcome.session is not None
        for event in default_event(compiled, outcome.session, wanted):
            assert outcome.session is not None
            outcome = engine.handle(outcome.session, event)
            if hook:
                hook(outcome)
        if outcome.session is None:
            return outcome
    raise AssertionError("the reflection did not end")
