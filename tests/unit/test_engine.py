"""The engine walked step by step on the fixture dialogue: answers, navigation, invalid
input, edit, save. The real dialogues are tested by their properties elsewhere."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.dialogue.engine import Engine, Outcome
from bot.dialogue.events import (
    Back,
    Choose,
    Discard,
    Done,
    Edit,
    EditSection,
    KeepText,
    Resume,
    Retype,
    Save,
    ShowReview,
    Skip,
    Toggle,
    TypeText,
)
from bot.dialogue.registry import Compiled, DialogueRegistry
from bot.dialogue.replies import ReplyKind, Text
from bot.dialogue.session import Session
from bot.privacy.scrub import Scrubber
from tests.conftest import TODAY
from tests.walk import complete, default_event

PLAIN = {"risks": ("none",), "score": 4}


def advance_to(engine: Engine, compiled: Compiled, key: str, wanted: dict | None = None) -> Session:
    """Answer with defaults until `key` is the current step."""
    outcome = engine.start("fixture", "nl")
    for _ in range(200):
        assert outcome.session is not None
        if outcome.session.current == key and outcome.session.pending_text is None:
            return outcome.session
        for event in default_event(compiled, outcome.session, PLAIN if wanted is None else wanted):
            outcome = engine.handle(outcome.session, event)
    raise AssertionError(f"never reached {key}")


def msgids(outcome: Outcome) -> list[str]:
    return [text.msgid for reply in outcome.replies for text in reply.body]


def test_start_asks_the_first_question_with_progress(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    outcome = fixture_engine.start("fixture", "nl")
    assert outcome.session is not None and outcome.session.current == "kind"
    (reply,) = outcome.replies
    assert reply.kind is ReplyKind.QUESTION
    header = reply.body[0]
    assert header.params["position"] == 1
    assert header.params["total"] == 4, "kind, risks, score, plan: 'why' needs a low score"
    assert [b.event for row in reply.buttons for b in row] == [
        Choose("kind", "visit"),
        Choose("kind", "office"),
    ]


def test_a_walk_saves_an_entry_with_day_only_and_flags(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    outcome = complete(fixture_engine, fixture_compiled, {**PLAIN, "kind": "visit"})
    entry = outcome.entry
    assert entry is not None and outcome.session is None
    assert entry.day == TODAY and entry.dialogue_id == "fixture"
    assert entry.flags == {"shared": True}
    assert "why" not in entry.answers, "a branch not taken is not asked"
    assert set(entry.answers) <= {s.key for s in fixture_compiled.dialogue.steps}
    assert "review" not in entry.answers


def test_a_low_score_opens_its_follow_up(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    outcome = complete(fixture_engine, fixture_compiled, {**PLAIN, "score": 1})
    assert outcome.entry is not None and "why" in outcome.entry.answers


def test_every_question_shows_progress_that_never_goes_back(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    seen: list[Text] = []

    def hook(outcome: Outcome) -> None:
        seen.extend(
            r.body[0]
            for r in outcome.replies
            if r.kind is ReplyKind.QUESTION and not r.refresh and r.step != "review"
        )

    complete(fixture_engine, fixture_compiled, {**PLAIN, "score": 1}, hook=hook)
    assert seen and all("{position}/{total}" in text.msgid for text in seen)
    positions = [int(text.params["position"]) for text in seen]  # type: ignore[arg-type]
    assert positions == sorted(positions), "progress never goes backwards on a straight walk"
    assert positions[-1] == fixture_compiled.progress.total


def test_scale_rejects_out_of_range_and_keeps_the_question(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "score")
    for bad in ("0", "6", "x", "99999"):
        outcome = fixture_engine.handle(session, Choose("score", bad))
        assert outcome.session is not None and outcome.session.current == "score"
        assert outcome.replies[0].kind is ReplyKind.NOTICE
        assert outcome.replies[-1].step == "score"
        assert not outcome.changed
    typed = fixture_engine.handle(session, TypeText(" 4 "))
    assert typed.session is not None and typed.session.answers["score"] == 4


def test_text_where_a_choice_is_expected_is_explained(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "kind")
    outcome = fixture_engine.handle(session, TypeText("een bezoek"))
    assert outcome.session == session
    assert msgids(outcome)[0] == "This question is answered with the buttons under it."
    assert fixture_engine.handle(session, Choose("kind", "nonsense")).session == session


def test_free_text_is_scrubbed_and_confirmed_before_it_is_kept(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "plan")
    typed = fixture_engine.handle(
        session, TypeText("Mevrouw Peeters belde zelf naar 0470 12 34 56.")
    )
    assert typed.session is not None
    assert typed.session.pending_text == "Mevrouw [naam] belde zelf naar [telefoon]."
    assert "plan" not in typed.session.answers
    assert typed.replies[0].kind is ReplyKind.CONFIRM
    retyped = fixture_engine.handle(typed.session, Retype("plan"))
    assert retyped.session is not None and retyped.session.pending_text is None
    again = fixture_engine.handle(retyped.session, TypeText("Mevrouw Peeters is heel vindingrijk."))
    assert again.session is not None
    kept = fixture_engine.handle(again.session, KeepText("plan"))
    assert kept.session is not None
    assert kept.session.answers["plan"] == "Mevrouw [naam] is heel vindingrijk."
    assert kept.session.current == "review"


@pytest.mark.parametrize("text", ["", "   ", "!!!", "🙂🙂"])
def test_empty_text_is_refused(
    fixture_engine: Engine, fixture_compiled: Compiled, text: str
) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "plan")
    outcome = fixture_engine.handle(session, TypeText(text))
    assert outcome.session == session
    assert msgids(outcome)[0] == "That answer looks empty. Type a few words, or skip."


def test_too_long_text_is_refused_without_losing_anything(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "plan")
    outcome = fixture_engine.handle(session, TypeText("woord " * 500))
    assert outcome.session == session
    assert outcome.replies[0].body[0].params["max"] == 800


def test_keep_without_text_and_done_without_selection(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    text_step = advance_to(fixture_engine, fixture_compiled, "plan")
    assert fixture_engine.handle(text_step, KeepText("plan")).session == text_step
    multi = advance_to(fixture_engine, fixture_compiled, "risks")
    outcome = fixture_engine.handle(multi, Done("risks"))
    assert outcome.session == multi
    assert msgids(outcome)[0] == "Tick at least one option, or skip this question."
    review = advance_to(fixture_engine, fixture_compiled, "review")
    strict = fixture_engine.handle(review, Edit("review", "extra_q"))
    assert strict.session is not None
    at_pick = fixture_engine.handle(
        fixture_engine.handle(strict.session, Skip("extra_q")).session,  # type: ignore[arg-type]
        Skip("extra_scale"),
    )
    assert at_pick.session is not None and at_pick.session.current == "extra_pick"
    refused = fixture_engine.handle(at_pick.session, Done("extra_pick"))
    assert msgids(refused)[0] == "Tick at least one option.", "no skip button, no 'or skip'"


def test_exclusive_option_clears_the_others(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "risks")
    for key in ("waiting", "tone"):
        outcome = fixture_engine.handle(session, Toggle("risks", key))
        assert outcome.session is not None
        session = outcome.session
    assert session.selection == ("waiting", "tone")
    session = fixture_engine.handle(session, Toggle("risks", "none")).session  # type: ignore[assignment]
    assert session.selection == ("none",)
    session = fixture_engine.handle(session, Toggle("risks", "tone")).session  # type: ignore[assignment]
    assert session.selection == ("tone",)
    session = fixture_engine.handle(session, Toggle("risks", "tone")).session  # type: ignore[assignment]
    assert session.selection == ()
    refresh = fixture_engine.handle(session, Toggle("risks", "waiting"))
    assert refresh.replies[-1].refresh


def test_skip_only_where_allowed(fixture_engine: Engine, fixture_compiled: Compiled) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "kind")
    refused = fixture_engine.handle(session, Skip("kind"))
    assert refused.session == session
    assert msgids(refused)[0] == "This question cannot be skipped."
    text = advance_to(fixture_engine, fixture_compiled, "plan")
    skipped = fixture_engine.handle(text, Skip("plan"))
    assert skipped.session is not None
    assert skipped.session.answers["plan"] is None


def test_back_returns_to_the_previous_answered_step(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "score")
    back = fixture_engine.handle(session, Back("score"))
    assert back.session is not None and back.session.current == "risks"
    assert back.session.selection == back.session.answers["risks"], "earlier ticks preset"
    first = advance_to(fixture_engine, fixture_compiled, "kind")
    refused = fixture_engine.handle(first, Back("kind"))
    assert refused.session == first
    assert msgids(refused)[0] == "This is the first question."


def test_back_skips_steps_not_answered_on_this_path(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    """Back from `plan` goes to `score`: `why` was not asked on this path."""
    session = advance_to(fixture_engine, fixture_compiled, "plan")
    back = fixture_engine.handle(session, Back("plan"))
    assert back.session is not None and back.session.current == "score"


def test_stale_button_is_closed_and_changes_nothing(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "score")
    old = fixture_engine.handle(session, Choose("kind", "office"))
    assert old.session == session and not old.changed
    assert msgids(old)[0] == "That question is closed. Here is where you are now."
    assert session.answers["kind"] != "office"


def test_review_lists_sections_with_edit_buttons_then_save(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "review")
    outcome = fixture_engine.handle(session, Resume())
    reviews = [r for r in outcome.replies if r.kind is ReplyKind.REVIEW]
    assert [r.body[0].msgid for r in reviews] == ["Main", "Risk"]
    assert all(isinstance(r.buttons[0][0].event, EditSection) for r in reviews)
    events = [b.event for b in outcome.replies[-1].buttons[-1]]
    assert events == [Save("review"), Discard("review")]


def test_edit_reasks_only_what_depends_on_the_answer(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "review")
    section = fixture_engine.handle(session, EditSection("review", "main"))
    edit_events = [row[0].event for row in section.replies[0].buttons]
    assert Edit("review", "score") in edit_events
    editing = fixture_engine.handle(session, Edit("review", "score")).session
    assert editing is not None and editing.current == "score" and editing.editing
    changed = fixture_engine.handle(editing, Choose("score", "1")).session
    assert changed is not None and changed.current == "why", "the new follow-up"
    typed = fixture_engine.handle(changed, TypeText("Er was geen tijd voor meer.")).session
    assert typed is not None
    kept = fixture_engine.handle(typed, KeepText("why")).session
    assert kept is not None and kept.current == "review", "nothing else asked again"
    assert kept.answers["score"] == 1
    again = fixture_engine.handle(kept, Edit("review", "score")).session
    assert again is not None
    back = fixture_engine.handle(again, Choose("score", "5")).session
    assert back is not None and back.current == "review"
    assert "why" not in back.answers, "a follow-up that no longer applies is dropped"


def test_edit_is_only_possible_from_the_review(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "score")
    outcome = fixture_engine.handle(session, Edit("score", "kind"))
    assert outcome.session == session
    review = advance_to(fixture_engine, fixture_compiled, "review")
    assert fixture_engine.handle(review, Edit("review", "not_a_step")).session == review
    assert fixture_engine.handle(review, EditSection("review", "nowhere")).session == review


def test_discard_asks_first_then_deletes(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "review")
    ask = fixture_engine.handle(session, Discard("review"))
    assert ask.session == session and ask.replies[0].kind is ReplyKind.CONFIRM
    stay = fixture_engine.handle(session, ShowReview("review"))
    assert stay.session == session
    gone = fixture_engine.handle(session, Discard("review", confirmed=True))
    assert gone.session is None and gone.entry is None


def test_save_only_at_the_review(fixture_engine: Engine, fixture_compiled: Compiled) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "score")
    outcome = fixture_engine.handle(session, Save("score"))
    assert outcome.entry is None and outcome.session == session


def test_handle_never_mutates_the_given_session(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "score")
    snapshot = session.to_json()
    fixture_engine.handle(session, Choose("score", "2"))
    assert session.to_json() == snapshot


def test_session_round_trips_through_json(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "review", {"risks": ("tone",)})
    assert session.back_to is None and "repair_state" in session.answers
    assert Session.from_json(session.to_json()) == session


def test_an_older_dialogue_version_is_upgraded_keeping_answers(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = advance_to(fixture_engine, fixture_compiled, "score")
    orphan = replace(session, version=0, answers={**session.answers, "gone_step": "x"})
    outcome = fixture_engine.handle(orphan, Resume())
    assert outcome.session is not None
    assert outcome.session.version == fixture_compiled.dialogue.version
    assert outcome.session.current == "score"
    assert "gone_step" not in outcome.session.answers
    assert msgids(outcome)[0].startswith("The questions were updated")


def test_an_archived_version_keeps_working(fixture_compiled: Compiled, scrubber: Scrubber) -> None:
    newer = replace(fixture_compiled.dialogue, version=fixture_compiled.dialogue.version + 1)
    registry = DialogueRegistry([fixture_compiled.dialogue, newer])
    engine = Engine(registry, scrubber, today=lambda: TODAY)
    session = engine.start("fixture", "nl").session
    assert session is not None and session.version == newer.version
    old_session = replace(session, version=fixture_compiled.dialogue.version)
    outcome = engine.handle(old_session, Choose("kind", "office"))
    assert outcome.session is not None
    assert outcome.session.version == fixture_compiled.dialogue.version, "finishes on its own"


def test_facts_steer_the_walk_and_are_never_stored(
    fixture_compiled: Compiled, registry: DialogueRegistry, engine: Engine
) -> None:
    alone = engine.start("post_contact", "nl", {"in_team": "no", "unknown": "x"})
    assert alone.session is not None and alone.session.facts == {"in_team": "no"}
    compiled = registry.latest("post_contact")
    saved = complete(engine, compiled, {}, start_facts={"in_team": "no"})
    assert saved.entry is not None
    assert "share" not in saved.entry.answers and "in_team" not in saved.entry.answers
