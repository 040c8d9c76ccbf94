"""Walk a dialogue's core and each module like a worker in a hurry, and measure it.

Used by the property tests of the real dialogues (engine level) and by the end-to-end
walks in the console and on Telegram. A screen is one question shown; a typed answer is
a text step answered; taps are the events a worker sends for one answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.dialogue.engine import Engine, Outcome
from bot.dialogue.events import Choose, Done, Edit, Event, KeepText, Skip, Toggle, TypeText
from bot.dialogue.model import Kind
from bot.dialogue.registry import Compiled
from bot.dialogue.replies import ReplyKind

PLAIN_TEXT = "Ik probeer volgende keer eerst te luisteren."
"""A typed answer with nothing for the scrubber to replace."""


@dataclass
class Walk:
    """What a walk through one part (the core, or one module) showed."""

    screens: list[str] = field(default_factory=list)
    """Step keys of the questions shown, offers included, in order."""
    typed: int = 0
    counters: list[tuple[str, int, int]] = field(default_factory=list)
    """(part msgid, position, total) of every question shown."""
    taps: dict[str, int] = field(default_factory=dict)
    """Events sent per answered step."""
    outcome: Outcome | None = None


def _record(walk: Walk, outcome: Outcome, review: str) -> None:
    for reply in outcome.replies:
        if reply.kind not in (ReplyKind.QUESTION, ReplyKind.CONFIRM) or reply.refresh:
            continue
        if reply.step in (None, review) or reply.kind is ReplyKind.CONFIRM:
            continue
        head = reply.body[0]
        if head.msgid == "{part} {position}/{total}":
            part = head.params["part"]
            name = part.msgid if hasattr(part, "msgid") else str(part)
            walk.counters.append((name, int(head.params["position"]), int(head.params["total"])))  # type: ignore[arg-type]
        if not walk.screens or walk.screens[-1] != reply.step:
            walk.screens.append(reply.step)


def answer_events(
    compiled: Compiled, outcome: Outcome, wanted: Mapping[str, object]
) -> list[Event]:
    """One answer to the current question: `wanted` where given, else the longest way on
    (the first option, a low scale value, a plain text); offers are declined unless wanted."""
    assert outcome.session is not None
    step = compiled.dialogue.step(outcome.session.current)
    value = wanted.get(step.key)
    if value == "skip":
        return [Skip(step.key)]
    if compiled.dialogue.is_offer(step.key):
        return [Choose(step.key, str(value or "no"))]
    if step.kind is Kind.MULTI:
        chosen = value if isinstance(value, tuple) else (step.options[0].key,)
        return [*(Toggle(step.key, k) for k in chosen), Done(step.key)]
    if step.kind is Kind.SCALE:
        return [Choose(step.key, str(value if value is not None else step.scale_min))]
    if step.kind is Kind.TEXT:
        return [TypeText(str(value or PLAIN_TEXT))]
    return [Choose(step.key, str(value) if value is not None else step.options[0].key)]


def walk_part(
    engine: Engine, compiled: Compiled, outcome: Outcome, wanted: Mapping[str, object],
    until: str,
) -> Walk:  # fmt: skip
    """Answer from `outcome` until the current step is `until` (such as the review)."""
    walk = Walk()
    _record(walk, outcome, compiled.progress.review)
    for _ in range(200):
        assert outcome.session is not None
        if outcome.session.current == until and outcome.session.pending_text is None:
            walk.outcome = outcome
            return walk
        key = outcome.session.current
        events = answer_events(compiled, outcome, wanted)
        if compiled.dialogue.step(key).kind is Kind.TEXT:
            walk.typed += 1
        for event in events:
            outcome = engine.handle(outcome.session, event)
            assert outcome.session is not None
            walk.taps[key] = walk.taps.get(key, 0) + 1
            _record(walk, outcome, compiled.progress.review)
        if outcome.session.pending_text is not None:  # the show-back of a typed answer
            outcome = engine.handle(outcome.session, KeepText(key))
            walk.taps[key] += 1
            _record(walk, outcome, compiled.progress.review)
    raise AssertionError(f"never reached {until}")


def into_this_variant(compiled: Compiled) -> dict[str, object]:
    """The answer that leads into this dialogue when it is a variant ("A group session")."""
    return {step.key: option.key for step in compiled.dialogue.steps for option in step.options
            if option.variant == compiled.dialogue.id}  # fmt: skip


def walk_core(
    engine: Engine, compiled: Compiled, facts: Mapping[str, str], wanted: Mapping[str, object]
) -> Walk:
    wanted = {**into_this_variant(compiled), **wanted}
    review = compiled.progress.review
    start = engine.start(compiled.dialogue.id, "nl", facts)
    return walk_part(engine, compiled, start, wanted, review)


def walk_module(engine: Engine, compiled: Compiled, at_review: Outcome, first: str) -> Walk:
    """Open a module from the review and answer it the longest way back to the review."""
    assert at_review.session is not None
    opened = engine.handle(at_review.session, Edit(compiled.progress.review, first))
    return walk_part(engine, compiled, opened, {}, compiled.progress.review)


def longest_core_answers(compiled: Compiled) -> dict[str, object]:
    """Answers that call for every module offered mid-way, so the offers are shown too."""
    wanted: dict[str, object] = {}
    for module in compiled.dialogue.modules:
        if module.after is not None:
            wanted[module.offer or ""] = "no"
    return wanted
