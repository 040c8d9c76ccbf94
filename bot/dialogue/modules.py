"""Walking into and out of deepening modules: the offer, the questions, the way back.

A module is entered through its offer (right after the core answer that calls for it)
or from the review; when its last question is answered the walk returns where it was.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.dialogue.machine import RETURN
from bot.dialogue.model import AnswerValue, Step
from bot.dialogue.registry import Compiled, DialogueRegistry
from bot.dialogue.session import Session


def following(compiled: Compiled, session: Session, key: str) -> str:
    """The step after `key`: into or out of a module, or along the rules."""
    dialogue = compiled.dialogue
    module = dialogue.module_of(key)
    if module is not None and module.offer == key:
        if session.answers.get(key) == "yes":
            return module.first
        return leave(compiled, session)
    nxt = compiled.machine.next_step(key, session.known())
    if nxt == RETURN:
        return leave(compiled, session)
    offer = offer_after(compiled, session, key) if module is None else None
    if offer is not None:
        session.back_to = nxt
        return offer
    return nxt


def leave(compiled: Compiled, session: Session) -> str:
    """Back to where a module was entered: the core's next question, or the review."""
    target = session.back_to or compiled.progress.review
    session.back_to = None
    return target


def offer_after(compiled: Compiled, session: Session, key: str) -> str | None:
    """The offer of a module that this core answer calls for, when not answered yet."""
    for module in compiled.dialogue.modules:
        offer = module.offer
        waiting = offer is not None and offer not in session.answers
        if module.after == key and waiting and module.called_for(session.known()):
            return offer
    return None


def open_modules(compiled: Compiled, session: Session) -> tuple[str, ...]:
    """First questions of the modules the review may still offer: called for, not done."""
    found = []
    for module in compiled.dialogue.modules:
        accepted = module.offer is not None and session.answers.get(module.offer) == "yes"
        done = module.first in session.answers or accepted
        if module.at_end and not done and module.called_for(session.known()):
            found.append(module.first)
    return tuple(found)


def follow_up(compiled: Compiled, session: Session, previous: Mapping[str, AnswerValue]) -> None:
    """Open with the follow-up module when the last reflection answered what it quotes."""
    dialogue = compiled.dialogue
    opening = next((m for m in dialogue.modules if m.opens_with), None)
    quoted = previous.get(opening.opens_with or "") if opening else None
    if opening is not None and isinstance(quoted, str) and quoted.strip():
        session.current, session.back_to, session.previous = (
            opening.first, dialogue.start, quoted,
        )  # fmt: skip


def into_variant(
    registry: DialogueRegistry, compiled: Compiled, session: Session, step: Step,
    value: AnswerValue,
) -> Compiled:  # fmt: skip
    """An option with a `variant` (a group session, a client meeting) continues the walk in
    that dialogue, keeping every answer (the core is shared); another option of the same
    question returns to the family's own dialogue."""
    if not any(o.variant for o in step.options):
        return compiled
    option = step.option(value) if isinstance(value, str) else None
    target = option.variant if option and option.variant else compiled.dialogue.family
    if target == session.dialogue_id:
        return compiled
    chosen = registry.latest(target)
    session.dialogue_id, session.version = chosen.dialogue.id, chosen.dialogue.version
    return chosen
