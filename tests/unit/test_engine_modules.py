"""Core and modules on the fixture dialogue: offers, returns, the honest counter, one tap."""

from __future__ import annotations

import pytest

from bot.dialogue.engine import Engine, Outcome
from bot.dialogue.events import Back, Choose, Done, Edit, KeepText, Save, Skip, Toggle, TypeText
from bot.dialogue.registry import Compiled, DialogueRegistry
from bot.dialogue.replies import Reply, ReplyKind, Text
from bot.dialogue.session import Session
from bot.privacy.scrub import Scrubber


def step_of(outcome: Outcome) -> str:
    assert outcome.session is not None
    return outcome.session.current


def question(outcome: Outcome) -> Reply:
    return next(r for r in reversed(outcome.replies) if r.kind is ReplyKind.QUESTION)


def counter(outcome: Outcome) -> tuple[str, int, int]:
    head = question(outcome).body[0]
    assert head.msgid == "{part} {position}/{total}", head.msgid
    part = head.params["part"]
    assert isinstance(part, Text)
    return part.msgid, int(head.params["position"]), int(head.params["total"])  # type: ignore[arg-type]


def play(engine: Engine, outcome: Outcome, *events: object) -> Outcome:
    for event in events:
        assert outcome.session is not None
        outcome = engine.handle(outcome.session, event)  # type: ignore[arg-type]
    return outcome


def to_risks(engine: Engine) -> Outcome:
    return play(engine, engine.start("fixture", "en"), Choose("kind", "visit"))


def test_a_ticked_risk_offers_the_module_right_after_and_returns_to_the_core(
    fixture_engine: Engine,
) -> None:
    outcome = play(fixture_engine, to_risks(fixture_engine), Toggle("risks", "tone"), Done("risks"))
    assert step_of(outcome) == "repair_offer"
    assert question(outcome).body[0].msgid == "Going deeper: {part}"
    outcome = play(fixture_engine, outcome, Choose("repair_offer", "yes"))
    assert step_of(outcome) == "repair_state" and counter(outcome) == ("Repair", 1, 2)
    outcome = play(fixture_engine, outcome, Choose("repair_state", "repaired"))
    assert step_of(outcome) == "repair_ack" and counter(outcome) == ("Repair", 2, 2)
    outcome = play(fixture_engine, outcome, Choose("repair_ack", "yes"))
    assert step_of(outcome) == "score" and counter(outcome) == ("Core", 3, 4)


def test_declining_the_offer_goes_on_with_the_core(fixture_engine: Engine) -> None:
    outcome = play(
        fixture_engine,
        to_risks(fixture_engine),
        Toggle("risks", "waiting"),
        Done("risks"),
        Choose("repair_offer", "no"),
    )
    assert step_of(outcome) == "score"


def test_no_risk_no_offer(fixture_engine: Engine) -> None:
    outcome = play(fixture_engine, to_risks(fixture_engine), Skip("risks"))
    assert step_of(outcome) == "score"


def finish_core(engine: Engine, outcome: Outcome) -> Outcome:
    return play(engine, outcome, Choose("score", "4"), Skip("plan"))


def test_the_review_offers_the_modules_not_done_and_returns_to_the_review(
    fixture_engine: Engine,
) -> None:
    outcome = finish_core(fixture_engine, play(fixture_engine, to_risks(fixture_engine),
                                               Skip("risks")))  # fmt: skip
    assert step_of(outcome) == "review"
    events = [b.event for r in outcome.replies for row in r.buttons for b in row]
    assert Edit("review", "extra_q") in events
    assert Edit("review", "repair_state") not in events, "no risk: repair is not called for"
    outcome = play(fixture_engine, outcome, Edit("review", "extra_q"))
    assert step_of(outcome) == "extra_q" and counter(outcome) == ("Extra", 1, 3)
    outcome = play(fixture_engine, outcome, Choose("extra_q", "yes"), Choose("extra_scale", "2"),
                   Toggle("extra_pick", "one"), Done("extra_pick"))  # fmt: skip
    assert step_of(outcome) == "review"
    events = [b.event for r in outcome.replies for row in r.buttons for b in row]
    assert Edit("review", "extra_q") not in events, "a module done is not offered again"
    saved = play(fixture_engine, outcome, Save("review"))
    assert saved.entry is not None
    assert saved.entry.answers["extra_scale"] == 2


def test_a_declined_offer_is_offered_again_on_the_review(fixture_engine: Engine) -> None:
    outcome = play(fixture_engine, to_risks(fixture_engine), Toggle("risks", "waiting"),
                   Done("risks"), Choose("repair_offer", "no"))  # fmt: skip
    outcome = finish_core(fixture_engine, outcome)
    events = [b.event for r in outcome.replies for row in r.buttons for b in row]
    assert Edit("review", "repair_state") in events
    outcome = play(fixture_engine, outcome, Edit("review", "repair_state"),
                   Choose("repair_state", "not_repaired"), Skip("repair_ack"))  # fmt: skip
    assert step_of(outcome) == "review"
    saved = play(fixture_engine, outcome, Save("review"))
    assert saved.entry is not None
    assert saved.entry.signals == ("waiting_risk", "unrepaired")
    assert saved.entry.strengths == ()


def test_unticking_the_risk_drops_the_module_answers(fixture_engine: Engine) -> None:
    events = (
        Toggle("risks", "tone"), Done("risks"), Choose("repair_offer", "yes"),
        Choose("repair_state", "planned"), Skip("repair_note"), Skip("repair_ack"),
    )  # fmt: skip
    outcome = play(fixture_engine, to_risks(fixture_engine), *events)
    outcome = finish_core(fixture_engine, outcome)
    outcome = play(fixture_engine, outcome, Edit("review", "risks"), Toggle("risks", "none"),
                   Done("risks"))  # fmt: skip
    assert step_of(outcome) == "review"
    assert outcome.session is not None
    assert not {"repair_offer", "repair_state"} & set(outcome.session.answers)


def test_three_repair_states_only_not_repaired_signals(fixture_engine: Engine) -> None:
    found = {}
    for state in ("repaired", "planned", "not_repaired"):
        outcome = play(fixture_engine, to_risks(fixture_engine), Toggle("risks", "tone"),
                       Done("risks"), Choose("repair_offer", "yes"),
                       Choose("repair_state", state))  # fmt: skip
        while step_of(outcome) != "score":
            outcome = play(fixture_engine, outcome, Skip(step_of(outcome)))
        saved = play(fixture_engine, finish_core(fixture_engine, outcome), Save("review"))
        assert saved.entry is not None
        found[state] = (saved.entry.signals, saved.entry.strengths)
    assert found["repaired"] == ((), ("repair_done_or_planned",))
    assert found["planned"] == ((), ("repair_done_or_planned",))
    assert found["not_repaired"] == (("unrepaired",), ())


def test_the_counter_follows_the_path_the_answers_take(fixture_engine: Engine) -> None:
    outcome = to_risks(fixture_engine)
    assert counter(outcome) == ("Core", 2, 4), "'why' only follows a low score, not given yet"
    short = play(fixture_engine, outcome, Skip("risks"), Choose("score", "4"))
    assert counter(short) == ("Core", 4, 4), "no 'why': the last question reads 4/4"
    long = play(fixture_engine, outcome, Skip("risks"), Choose("score", "1"))
    assert counter(long) == ("Core", 4, 5) and step_of(long) == "why", "the branch grows it"
    assert counter(play(fixture_engine, long, Skip("why"))) == ("Core", 5, 5)
    back = play(fixture_engine, long, Back("why"))
    assert step_of(back) == "score" and counter(back) == ("Core", 3, 5), "as far as known now"
    closed = play(fixture_engine, back, Choose("score", "3"))
    assert step_of(closed) == "plan" and counter(closed) == ("Core", 4, 4), "closed again"


def test_a_module_branch_grows_its_own_counter(fixture_engine: Engine) -> None:
    outcome = play(fixture_engine, to_risks(fixture_engine), Toggle("risks", "tone"),
                   Done("risks"), Choose("repair_offer", "yes"))  # fmt: skip
    assert counter(outcome) == ("Repair", 1, 2)
    planned = play(fixture_engine, outcome, Choose("repair_state", "planned"))
    assert step_of(planned) == "repair_note" and counter(planned) == ("Repair", 2, 3)
    last = play(fixture_engine, planned, Skip("repair_note"))
    assert step_of(last) == "repair_ack" and counter(last) == ("Repair", 3, 3)
    resumed = play(fixture_engine, last, Skip("repair_ack"))
    assert step_of(resumed) == "score" and counter(resumed) == ("Core", 3, 4), "core resumes"


def test_typing_an_options_exact_label_selects_it(fixture_engine: Engine) -> None:
    outcome = fixture_engine.start("fixture", "en")
    outcome = play(fixture_engine, outcome, TypeText("  home   VISIT "))
    assert outcome.session is not None and outcome.session.answers["kind"] == "visit"
    outcome = play(fixture_engine, outcome, TypeText("Tone of voice"))
    assert outcome.session is not None and outcome.session.selection == ("tone",)
    wrong = play(fixture_engine, outcome, TypeText("tone"))
    assert not wrong.changed, "only the exact label selects"


def test_typing_a_translated_label_selects_it(
    fixture_compiled: Compiled, scrubber: Scrubber
) -> None:
    labels = {"Home visit": "Huisbezoek"}
    engine = Engine(DialogueRegistry([fixture_compiled.dialogue]), scrubber,
                    translate=lambda lang, msgid: labels.get(msgid, msgid))  # fmt: skip
    outcome = play(engine, engine.start("fixture", "nl"), TypeText("huisbezoek"))
    assert outcome.session is not None and outcome.session.answers["kind"] == "visit"


def test_a_multi_without_skip_never_says_or_skip(fixture_engine: Engine) -> None:
    outcome = fixture_engine.start("fixture", "en")
    skippable = play(fixture_engine, outcome, Choose("kind", "visit"), Done("risks"))
    assert skippable.replies[0].body[0].msgid == "Tick at least one option, or skip this question."


def test_back_from_a_module_to_the_core_forgets_the_return_point(fixture_engine: Engine) -> None:
    outcome = play(fixture_engine, to_risks(fixture_engine), Toggle("risks", "tone"),
                   Done("risks"), Choose("repair_offer", "yes"))  # fmt: skip
    assert outcome.session is not None and outcome.session.back_to == "score"
    outcome = play(fixture_engine, outcome, Back("repair_state"), Back("repair_offer"))
    assert step_of(outcome) == "risks"
    assert outcome.session is not None and outcome.session.back_to is None
    assert Session.from_json(outcome.session.to_json()) == outcome.session


def test_the_next_reflection_opens_with_last_times_plan(fixture_engine: Engine) -> None:
    outcome = fixture_engine.start("fixture", "en", previous={"plan": "Listen first", "kind": "x"})
    assert step_of(outcome) == "again_tried" and counter(outcome) == ("Follow-up", 1, 1)
    asked = question(outcome).body[1]
    assert asked.params == {"previous": "Listen first"}
    outcome = play(fixture_engine, outcome, Choose("again_tried", "not_yet"))
    record = next(r for r in outcome.replies if r.kind is ReplyKind.ANSWERED)
    assert record.body[0].params == {"previous": "Listen first"}, "the ✓ line quotes it too"
    assert step_of(outcome) == "kind" and counter(outcome) == ("Core", 1, 4)
    outcome = play(fixture_engine, outcome, Choose("kind", "visit"), Skip("risks"),
                   Choose("score", "4"), Skip("plan"), Save("review"))  # fmt: skip
    assert outcome.entry is not None
    assert outcome.entry.answers["again_tried"] == "not_yet", "stored with the new entry"


def test_no_plan_last_time_no_follow_up(fixture_engine: Engine) -> None:
    for previous in (None, {}, {"plan": None}, {"plan": "  "}):
        outcome = fixture_engine.start("fixture", "en", previous=previous)
        assert step_of(outcome) == "kind"


def closing_of(engine: Engine, score: str, plan: str | None) -> list[Text]:
    outcome = play(engine, to_risks(engine), Skip("risks"), Choose("score", score))
    if step_of(outcome) == "why":
        outcome = play(engine, outcome, Skip("why"))
    if plan is None:
        outcome = play(engine, outcome, Skip("plan"))
    else:
        outcome = play(engine, outcome, TypeText(plan))
        if outcome.session is not None and outcome.session.pending_text is not None:
            outcome = play(engine, outcome, KeepText("plan"))
    saved = play(engine, outcome, Save("review"))
    assert saved.entry is not None
    (reply,) = saved.replies
    return list(reply.body)


def test_the_closing_reflects_back_the_workers_own_words(fixture_engine: Engine) -> None:
    body = closing_of(fixture_engine, "4", "Eerst luisteren.")
    assert [t.msgid for t in body] == [
        "Saved. Thank you for taking the time to reflect.",
        "What you take with you:",
        "{label}: {answer}",
    ]
    assert body[2].params["answer"] == "Eerst luisteren."
    quiet = closing_of(fixture_engine, "4", None)
    assert [t.msgid for t in quiet] == ["Saved. Thank you for taking the time to reflect."]


def test_a_low_worker_is_shown_the_configured_support(
    fixture_compiled: Compiled, fixture_engine: Engine, scrubber: Scrubber
) -> None:
    body = closing_of(fixture_engine, "1", None)
    assert body[-1].msgid.startswith("No support contacts are set up in this bot yet")
    configured = Engine(
        DialogueRegistry([fixture_compiled.dialogue]), scrubber,
        support=("Vertrouwenspersoon: 02 555 01 23", "Tele-Onthaal: 106"),
    )  # fmt: skip
    body = closing_of(configured, "1", None)
    assert body[-1].params["contacts"] == "Vertrouwenspersoon: 02 555 01 23\nTele-Onthaal: 106"
    assert body[-2].msgid.startswith("You noted that you feel low")


def test_support_lines_come_from_configuration() -> None:
    from bot.config import load_settings
    from bot.errors import ConfigError

    env = {"REFLECTBOT_SUPPORT_CONTACTS": "Vertrouwenspersoon: 02 555 01 23 ; ",
           "REFLECTBOT_HELP_LINES": "Tele-Onthaal: 106;Zelfmoordlijn: 1813"}  # fmt: skip
    settings = load_settings(env, dotenv=None)
    assert settings.support_contacts == ("Vertrouwenspersoon: 02 555 01 23",)
    assert settings.help_lines == ("Tele-Onthaal: 106", "Zelfmoordlijn: 1813")
    assert load_settings({}, dotenv=None).support_contacts == ()
    with pytest.raises(ConfigError, match="at most 10 lines"):
        load_settings({"REFLECTBOT_HELP_LINES": "x" * 201}, dotenv=None)


def test_a_closing_note_is_added_only_when_its_condition_holds(fixture_engine: Engine) -> None:
    outcome = play(fixture_engine, to_risks(fixture_engine), Toggle("risks", "tone"),
                   Done("risks"), Choose("repair_offer", "no"), Choose("score", "4"),
                   Skip("plan"), Save("review"))  # fmt: skip
    (reply,) = outcome.replies
    assert reply.body[-1].msgid == "You noted the tone."
    assert "You noted the tone." not in [t.msgid for t in closing_of(fixture_engine, "4", None)]
