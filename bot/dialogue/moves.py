"""Where an event leaves the worker: the engine's outcome and the moves every handler ends in.

Split from `engine` so the engine keeps deciding *what* an event means, while this module
says how the session moves (enter a step, go back, show the step again) and what is shown.
Pure, like the engine: no I/O, no Telegram, no babel.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.dialogue import render
from bot.dialogue.model import ANSWERABLE, Kind
from bot.dialogue.registry import Compiled
from bot.dialogue.replies import N_, Reply
from bot.dialogue.session import EntryDraft, Session
from bot.dialogue.showback import release


@dataclass(frozen=True, slots=True)
class Outcome:
    session: Session | None
    """The session to store, or None when it ended (saved or discarded)."""
    replies: tuple[Reply, ...]
    entry: EntryDraft | None = None
    changed: bool = True
    """False when nothing needs storing (a stale button, a repeated question)."""


def show(compiled: Compiled, session: Session) -> tuple[Reply, ...]:
    """The current step as the worker sees it: one question, or the overview's parts."""
    if compiled.dialogue.step(session.current).kind is Kind.REVIEW:
        return tuple(render.review(compiled, session))
    return (render.question(compiled, session),)


def again(compiled: Compiled, session: Session, msgid: str, **params: int) -> Outcome:
    """Explain what was wrong and ask the same question again; nothing changes."""
    return Outcome(
        session, (render.notice(msgid, **params), *show(compiled, session)), changed=False
    )


def enter(compiled: Compiled, session: Session) -> None:
    """Prepare the current step: preset toggles, and on the review prune stale answers."""
    step = compiled.dialogue.step(session.current)
    release(session)
    previous = session.answers.get(step.key)
    session.selection = previous if isinstance(previous, tuple) else ()
    if step.kind is Kind.REVIEW:
        session.editing = False
        on_path = set(compiled.machine.path(session.known()))
        session.answers = {k: v for k, v in session.answers.items() if k in on_path}
        session.history = [k for k in session.history if k in on_path]


def back(compiled: Compiled, session: Session) -> Outcome:
    """One step back along the worker's own path (not the dialogue's order)."""
    if not session.history:
        return again(compiled, session, N_("This is the first question."))
    session.current = session.history.pop()
    session.editing = False
    if compiled.dialogue.step(session.current).module is None:
        session.back_to = None
    enter(compiled, session)
    return Outcome(session, (render.question(compiled, session),))


def as_int(value: str) -> int | None:
    """A scale answer: a short run of ASCII digits (a typed "٣" or "1e9" is not a number)."""
    return int(value) if value.isascii() and value.isdigit() and len(value) < 4 else None


def answerable(compiled: Compiled, key: str) -> bool:
    return compiled.dialogue.step(key).kind in ANSWERABLE


def copied(session: Session) -> Session:
    """A copy the engine may change: the caller's session stays as it was."""
    return session.copy()
