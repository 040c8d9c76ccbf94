"""Random walks through post_contact: any mix of valid and invalid input never breaks it.

Each walk feeds random events, then finishes like a worker would, and must end in a
saved entry or a clean discard, never an exception, with a session that survives JSON.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.dialogue.engine import Engine
from bot.dialogue.events import (
    Back,
    Choose,
    Discard,
    Done,
    Edit,
    EditSection,
    Event,
    KeepText,
    MaskWord,
    Resume,
    Retype,
    Save,
    ShowReview,
    Skip,
    Toggle,
    TypeText,
)
from bot.dialogue.model import Kind
from bot.dialogue.registry import Compiled
from bot.dialogue.session import Session
from tests.walk import default_event

STEP_KEYS = [
    "depth",
    "contact_kind",
    "feelings",
    "presence_time",
    "blow_risks",
    "role_needed",
    "strength_seen",
    "review",
    "nope",
]
VALUES = ["quick", "deep", "home_visit", "none", "proof", "1", "3", "5", "0", "yes", "no", "x"]


def events() -> st.SearchStrategy[Event]:
    """Events that are often valid for the current step ("current") and often not."""
    step = st.sampled_from([*STEP_KEYS, "current", "current", "current"])
    value = st.sampled_from(VALUES)
    text = st.text(max_size=900)
    return st.one_of(
        st.builds(Choose, step, value),
        st.builds(Toggle, step, value),
        st.builds(Done, step),
        st.builds(TypeText, text),
        st.builds(KeepText, step),
        st.builds(Retype, step),
        st.builds(MaskWord, step, st.integers(0, 3), st.text("0123456789abcdef", max_size=6)),
        st.builds(MaskWord.offering, step, st.integers(0, 3), st.sampled_from(["zorbek", "97"])),
        st.builds(Back, step),
        st.builds(Skip, step),
        st.builds(EditSection, step, st.sampled_from(["role", "presence", "nowhere"])),
        st.builds(Edit, step, st.sampled_from(STEP_KEYS)),
        st.builds(ShowReview, step),
        st.builds(Save, step),
        st.builds(Discard, step, st.booleans()),
        st.just(Resume()),
    )


def aim(event: Event, session: Session) -> Event:
    """Point events at the current step where the strategy said "current"."""
    if getattr(event, "step", None) == "current":
        return replace(event, step=session.current)  # type: ignore[type-var]
    return event


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(events(), max_size=60), st.sampled_from(["quick", "deep"]))
def test_random_input_always_ends_saved_or_discarded(
    engine: Engine, compiled: Compiled, noise: list[Event], depth: str
) -> None:
    outcome = engine.start("post_contact", "fr")
    for event in noise:
        assert outcome.session is not None
        session = outcome.session
        outcome = engine.handle(session, aim(event, session))
        assert outcome.replies, "every event gets an answer"
        if outcome.session is None:
            assert outcome.entry is not None or isinstance(event, Discard)
            return
        assert Session.from_json(outcome.session.to_json()) == outcome.session
        assert compiled.dialogue.has_step(outcome.session.current)
    for _ in range(300):
        assert outcome.session is not None
        for event in default_event(compiled, outcome.session, {"depth": depth}):
            assert outcome.session is not None
            outcome = engine.handle(outcome.session, event)
        if outcome.session is None:
            entry = outcome.entry
            assert entry is not None
            on_path = set(compiled.machine.path(entry.answers))
            assert set(entry.answers) <= on_path, "no stale answers off the final path"
            for key, value in entry.answers.items():
                step = compiled.dialogue.step(key)
                assert value is not None or step.skippable
                if step.kind is Kind.SCALE and value is not None:
                    assert step.scale_min <= int(value) <= step.scale_max  # type: ignore[arg-type]
            return
    raise AssertionError("the walk never ended")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=800))
def test_any_text_is_kept_scrubbed_or_refused(
    engine: Engine, compiled: Compiled, text: str
) -> None:
    outcome = engine.start("post_contact", "en")
    while outcome.session is not None and outcome.session.current != "strength_seen":
        for event in default_event(compiled, outcome.session, {"depth": "quick"}):
            outcome = engine.handle(outcome.session, event)  # type: ignore[arg-type]
    assert outcome.session is not None
    typed = engine.handle(outcome.session, TypeText(text))
    assert typed.session is not None
    kept = typed.session.answers.get("strength_seen")
    if typed.session.pending_text is not None:
        assert typed.session.pending_text.strip() == typed.session.pending_text
        assert typed.replies[-1].kind.value == "confirm"
    elif isinstance(kept, str):  # nothing replaced, nothing doubted: kept without a question
        assert kept == text.strip() and typed.replies[0].kind.value == "answered"
    else:
        assert not typed.changed and typed.replies[0].kind.value == "notice"
