"""The engine walked step by step: answers, navigation, invalid input, edit, save."""

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

QUICK = {"depth": "quick"}


def advance_to(engine: Engine, compiled: Compiled, key: str, wanted: dict | None = None) -> Session:
    """Answer with defaults until `key` is the current step."""
    outcome = engine.start("post_contact", "nl")
    for _ in range(200):
        assert outcome.session is not None
        if outcome.session.current == key and outcome.session.pending_text is None:
            return outcome.session
        for event in default_event(compiled, outcome.session, wanted or QUICK):
            outcome = engine.handle(outcome.session, event)
    raise AssertionError(f"never reached {key}")


def msgids(outcome: Outcome) -> list[str]:
    return [text.msgid for reply in outcome.replies for text in reply.body]


def test_start_asks_the_first_question_with_progress(engine: Engine, compiled: Compiled) -> None:
    outcome = engine.start("post_contact", "nl")
    assert outcome.session is not None and outcome.session.current == "depth"
    (reply,) = outcome.replies
    assert reply.kind is ReplyKind.QUESTION
    header = reply.body[0]
    assert header.params["position"] == 1
    assert header.params["total"] == compiled.progress.total
    assert [b.event for row in reply.buttons for b in row] == [
        Choose("depth", "quick"),
        Choose("depth", "deep"),
    ]


def test_quick_path_saves_entry_with_day_only_and_flags(engine: Engine, compiled: Compiled) -> None:
    wanted = {**QUICK, "share": "yes", "ask_coach": "no", "wellbeing": 4}
    outcome = complete(engine, compiled, wanted)
    entry = outcome.entry
    assert entry is not None and outcome.session is None
    assert entry.day == TODAY and entry.dialogue_id == "post_contact"
    assert entry.flags == {"shared": True, "coach_requested": False, "checkin_requested": False}
    assert "presence_pace" not in entry.answers, "depth questions are skipped in quick mode"
    assert set(entry.answers) <= {s.key for s in compiled.dialogue.steps}
    assert "review" not in entry.answers


def test_deep_path_asks_the_optional_depth(engine: Engine, compiled: Compiled) -> None:
    outcome = complete(engine, compiled, {"depth": "deep", "share": "no"})
    assert outcome.entry is not None
    for key in ("contact_planned", "presence_pace", "tension_organisation_client", "tension_why"):
        assert key in outcome.entry.answers


def test_low_score_opens_depth_even_in_quick_mode(engine: Engine, compiled: Compiled) -> None:
    outcome = complete(engine, compiled, {**QUICK, "presence_time": 1})
    assert outcome.entry is not None
    assert "presence_pace" in outcome.entry.answers
    assert "low_presence" in outcome.entry.signals


def test_second_blow_risk_asks_for_repair_and_signals(engine: Engine, compiled: Compiled) -> None:
    wanted = {**QUICK, "blow_risks": ("proof", "jargon"), "blow_repair": "not_repaired"}
    outcome = complete(engine, compiled, wanted)
    assert outcome.entry is not None
    assert outcome.entry.answers["blow_risks"] == ("proof", "jargon")
    assert "second_blow_unrepaired" in outcome.entry.signals
    repaired = complete(engine, compiled, {**wanted, "blow_repair": "repaired"})
    assert repaired.entry is not None
    assert "second_blow_unrepaired" not in repaired.entry.signals


def test_role_mismatch_asks_why(engine: Engine, compiled: Compiled) -> None:
    same = complete(engine, compiled, {**QUICK, "role_taken": "rescuer", "role_needed": "rescuer"})
    assert same.entry is not None and "role_mismatch" not in same.entry.answers
    differ = complete(
        engine, compiled, {**QUICK, "role_taken": "control", "role_needed": "companion"}
    )
    assert differ.entry is not None
    assert "role_mismatch" in differ.entry.answers
    assert "role_mismatch" in differ.entry.signals


def test_low_wellbeing_offers_a_checkin_and_never_forces_it(
    engine: Engine, compiled: Compiled
) -> None:
    session = advance_to(engine, compiled, "checkin", {**QUICK, "wellbeing": 1})
    outcome = engine.handle(session, Skip("checkin"))
    assert outcome.session is not None and outcome.session.current == "share"
    fine = complete(engine, compiled, {**QUICK, "wellbeing": 5})
    assert fine.entry is not None and "checkin" not in fine.entry.answers


def test_every_question_shows_progress(engine: Engine, compiled: Compiled) -> None:
    seen: list[Text] = []

    def hook(outcome: Outcome) -> None:
        seen.extend(
            r.body[0] for r in outcome.replies if r.kind is ReplyKind.QUESTION and not r.refresh
        )

    complete(engine, compiled, {"depth": "deep"}, hook=hook)
    assert seen and all("{position}/{total}" in text.msgid for text in seen)
    positions = [int(text.params["position"]) for text in seen]  # type: ignore[arg-type]
    assert positions == sorted(positions), "progress never goes backwards on a straight walk"
    assert positions[-1] == compiled.progress.total


def test_scale_rejects_out_of_range_and_keeps_the_question(
    engine: Engine, compiled: Compiled
) -> None:
    session = advance_to(engine, compiled, "presence_time")
    for bad in ("0", "6", "x", "99999"):
        outcome = engine.handle(session, Choose("presence_time", bad))
        assert outcome.session is not None and outcome.session.current == "presence_time"
        assert outcome.replies[0].kind is ReplyKind.NOTICE
        assert outcome.replies[-1].step == "presence_time"
        assert not outcome.changed
    typed = engine.handle(session, TypeText(" 4 "))
    assert typed.session is not None and typed.session.answers["presence_time"] == 4


def test_text_where_a_choice_is_expected_is_explained(engine: Engine, compiled: Compiled) -> None:
    session = advance_to(engine, compiled, "contact_kind")
    outcome = engine.handle(session, TypeText("huisbezoek"))
    assert outcome.session == session
    assert msgids(outcome)[0] == "This question is answered with the buttons under it."
    assert engine.handle(session, Choose("contact_kind", "nonsense")).session == session


def test_free_text_is_scrubbed_and_confirmed_before_it_is_kept(
    engine: Engine, compiled: Compiled
) -> None:
    session = advance_to(engine, compiled, "strength_seen")
    typed = engine.handle(session, TypeText("Mevrouw Peeters belde zelf naar 0470 12 34 56."))
    assert typed.session is not None
    assert typed.session.pending_text == "Mevrouw [naam] belde zelf naar [telefoon]."
    assert "strength_seen" not in typed.session.answers
    assert typed.replies[0].kind is ReplyKind.CONFIRM
    retyped = engine.handle(typed.session, Retype("strength_seen"))
    assert retyped.session is not None and retyped.session.pending_text is None
    again = engine.handle(retyped.session, TypeText("Mevrouw Peeters is heel vindingrijk."))
    assert again.session is not None
    kept = engine.handle(again.session, KeepText("strength_seen"))
    assert kept.session is not None
    assert kept.session.answers["strength_seen"] == "Mevrouw [naam] is heel vindingrijk."
    assert kept.session.current == "strength_named"


@pytest.mark.parametrize("text", ["", "   ", "!!!", "🙂🙂"])
def test_empty_text_is_refused(engine: Engine, compiled: Compiled, text: str) -> None:
    session = advance_to(engine, compiled, "strength_seen")
    outcome = engine.handle(session, TypeText(text))
    assert outcome.session == session
    assert msgids(outcome)[0] == "That answer looks empty. Type a few words, or skip."


def test_too_long_text_is_refused_without_losing_anything(
    engine: Engine, compiled: Compiled
) -> None:
    session = advance_to(engine, compiled, "strength_seen")
    outcome = engine.handle(session, TypeText("woord " * 500))
    assert outcome.session == session
    assert outcome.replies[0].body[0].params["max"] == 800


def test_keep_without_text_and_done_without_selection(engine: Engine, compiled: Compiled) -> None:
    text_step = advance_to(engine, compiled, "strength_seen")
    assert engine.handle(text_step, KeepText("strength_seen")).session == text_step
    multi = advance_to(engine, compiled, "feelings")
    outcome = engine.handle(multi, Done("feelings"))
    assert outcome.session == multi
    assert msgids(outcome)[0] == "Tick at least one option, or skip this question."


def test_exclusive_option_clears_the_others(engine: Engine, compiled: Compiled) -> None:
    session = advance_to(engine, compiled, "blow_risks")
    for key in ("waiting", "tone"):
        outcome = engine.handle(session, Toggle("blow_risks", key))
        assert outcome.session is not None
        session = outcome.session
    assert session.selection == ("waiting", "tone")
    session = engine.handle(session, Toggle("blow_risks", "none")).session  # type: ignore[assignment]
    assert session.selection == ("none",)
    session = engine.handle(session, Toggle("blow_risks", "jargon")).session  # type: ignore[assignment]
    assert session.selection == ("jargon",)
    session = engine.handle(session, Toggle("blow_risks", "jargon")).session  # type: ignore[assignment]
    assert session.selection == ()
    refresh = engine.handle(session, Toggle("blow_risks", "proof"))
    assert refresh.replies[-1].refresh


def test_skip_only_where_allowed(engine: Engine, compiled: Compiled) -> None:
    session = advance_to(engine, compiled, "contact_kind")
    refused = engine.handle(session, Skip("contact_kind"))
    assert refused.session == session
    assert msgids(refused)[0] == "This question cannot be skipped."
    text = advance_to(engine, compiled, "strength_seen")
    skipped = engine.handle(text, Skip("strength_seen"))
    assert skipped.session is not None
    assert skipped.session.answers["strength_seen"] is None


def test_back_returns_to_the_previous_answered_step(engine: Engine, compiled: Compiled) -> None:
    session = advance_to(engine, compiled, "presence_time")
    back = engine.handle(session, Back("presence_time"))
    assert back.session is not None and back.session.current == "feelings"
    assert back.session.selection == back.session.answers["feelings"], "earlier ticks preset"
    first = advance_to(engine, compiled, "depth")
    refused = engine.handle(first, Back("depth"))
    assert refused.session == first
    assert msgids(refused)[0] == "This is the first question."


def test_back_skips_steps_not_answered_on_this_path(engine: Engine, compiled: Compiled) -> None:
    """In quick mode, back from equality goes to presence_topics, not to the skipped depth."""
    session = advance_to(engine, compiled, "equality_stance")
    back = engine.handle(session, Back("equality_stance"))
    assert back.session is not None and back.session.current == "presence_topics"


def test_stale_button_is_closed_and_changes_nothing(engine: Engine, compiled: Compiled) -> None:
    session = advance_to(engine, compiled, "presence_topics")
    old = engine.handle(session, Choose("contact_kind", "phone"))
    assert old.session == session and not old.changed
    assert msgids(old)[0] == "That question is closed. Here is where you are now."
    assert session.answers["contact_kind"] != "phone"


def review_session(engine: Engine, compiled: Compiled, wanted: dict) -> Session:
    return advance_to(engine, compiled, "review", wanted)


def test_review_lists_sections_with_edit_buttons_then_save(
    engine: Engine, compiled: Compiled
) -> None:
    session = review_session(engine, compiled, QUICK)
    outcome = engine.handle(session, Resume())
    reviews = [r for r in outcome.replies if r.kind is ReplyKind.REVIEW]
    assert len(reviews) >= 8
    assert all(isinstance(r.buttons[0][0].event, EditSection) for r in reviews)
    events = [b.event for b in outcome.replies[-1].buttons[0]]
    assert events == [Save("review"), Discard("review")]


def test_edit_reasks_only_what_depends_on_the_answer(engine: Engine, compiled: Compiled) -> None:
    wanted = {**QUICK, "role_taken": "rescuer", "role_needed": "rescuer"}
    session = review_session(engine, compiled, wanted)
    section = engine.handle(session, EditSection("review", "role"))
    edit_events = [row[0].event for row in section.replies[0].buttons]
    assert Edit("review", "role_needed") in edit_events
    editing = engine.handle(session, Edit("review", "role_needed")).session
    assert editing is not None and editing.current == "role_needed" and editing.editing
    changed = engine.handle(editing, Choose("role_needed", "companion")).session
    assert changed is not None and changed.current == "role_mismatch", "the new follow-up"
    typed = engine.handle(changed, TypeText("Er was geen tijd voor meer.")).session
    assert typed is not None
    kept = engine.handle(typed, KeepText("role_mismatch")).session
    assert kept is not None and kept.current == "review", "nothing else asked again"
    assert kept.answers["role_needed"] == "companion"
    # and changing it back drops the follow-up that no longer applies
    again = engine.handle(kept, Edit("review", "role_needed")).session
    assert again is not None
    back = engine.handle(again, Choose("role_needed", "rescuer")).session
    assert back is not None and back.current == "review"
    assert "role_mismatch" not in back.answers


def test_edit_is_only_possible_from_the_review(engine: Engine, compiled: Compiled) -> None:
    session = advance_to(engine, compiled, "presence_time")
    outcome = engine.handle(session, Edit("presence_time", "depth"))
    assert outcome.session == session
    review = review_session(engine, compiled, QUICK)
    assert engine.handle(review, Edit("review", "not_a_step")).session == review
    assert engine.handle(review, EditSection("review", "nowhere")).session == review


def test_discard_asks_first_then_deletes(engine: Engine, compiled: Compiled) -> None:
    session = review_session(engine, compiled, QUICK)
    ask = engine.handle(session, Discard("review"))
    assert ask.session == session and ask.replies[0].kind is ReplyKind.CONFIRM
    stay = engine.handle(session, ShowReview("review"))
    assert stay.session == session
    gone = engine.handle(session, Discard("review", confirmed=True))
    assert gone.session is None and gone.entry is None


def test_save_only_at_the_review(engine: Engine, compiled: Compiled) -> None:
    session = advance_to(engine, compiled, "presence_time")
    outcome = engine.handle(session, Save("presence_time"))
    assert outcome.entry is None and outcome.session == session


def test_handle_never_mutates_the_given_session(engine: Engine, compiled: Compiled) -> None:
    session = advance_to(engine, compiled, "presence_time")
    snapshot = session.to_json()
    engine.handle(session, Choose("presence_time", "2"))
    assert session.to_json() == snapshot


def test_session_round_trips_through_json(engine: Engine, compiled: Compiled) -> None:
    session = advance_to(engine, compiled, "review", {"depth": "deep"})
    assert Session.from_json(session.to_json()) == session


def test_an_older_dialogue_version_is_upgraded_keeping_answers(
    registry: DialogueRegistry, engine: Engine, compiled: Compiled
) -> None:
    session = advance_to(engine, compiled, "presence_topics")
    orphan = replace(session, version=0, answers={**session.answers, "gone_step": "x"})
    outcome = engine.handle(orphan, Resume())
    assert outcome.session is not None
    assert outcome.session.version == compiled.dialogue.version
    assert outcome.session.current == "presence_topics"
    assert "gone_step" not in outcome.session.answers
    assert msgids(outcome)[0].startswith("The questions were updated")


def test_an_archived_version_keeps_working(
    compiled: Compiled, scrubber: Scrubber, tmp_path: object
) -> None:
    newer = replace(compiled.dialogue, version=compiled.dialogue.version + 1)
    registry = DialogueRegistry([compiled.dialogue, newer])
    engine = Engine(registry, scrubber, today=lambda: TODAY)
    session = engine.start("post_contact", "nl").session
    assert session is not None and session.version == newer.version
    old_session = replace(session, version=compiled.dialogue.version)
    outcome = engine.handle(old_session, Choose("depth", "quick"))
    assert outcome.session is not None
    assert outcome.session.version == compiled.dialogue.version, "finishes on its own version"
