"""An option offered on a condition (#13): `when:` on an option, in the language of
`next` rules and module offers. On the fixture dialogue, "Three" of `extra_pick` is
offered only after "yes" to `extra_q`: otherwise it is neither a button nor selectable by
a stale or crafted press or by typing its label; the loader refuses a condition on a
missing step, option or fact."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.engine import Engine, Outcome
from bot.dialogue.events import Choose, Done, Edit, Skip, Toggle, TypeText
from bot.dialogue.loader import load_dialogue
from bot.dialogue.replies import ReplyKind
from bot.errors import DialogueError
from tests.unit.test_loader import GOOD, write
from tests.unit.test_wording import play


def at_pick(engine: Engine, more: str) -> Outcome:
    """The fixture's multi question `extra_pick`, after answering `more` to `extra_q`."""
    start = engine.start("fixture", "en")
    outcome = play(engine, start, Choose("kind", "visit"), Skip("risks"), Choose("score", "4"),
                   Skip("plan"), Edit("review", "extra_q"), Choose("extra_q", more),
                   Choose("extra_scale", "2"))  # fmt: skip
    assert outcome.session is not None and outcome.session.current == "extra_pick"
    return outcome


def offered(outcome: Outcome) -> list[str]:
    """The option keys the question shows as buttons."""
    question = next(r for r in outcome.replies if r.kind is ReplyKind.QUESTION)
    return [b.event.option for row in question.buttons for b in row
            if isinstance(b.event, Toggle)]  # fmt: skip


def test_an_option_is_shown_only_when_its_condition_holds(fixture_engine: Engine) -> None:
    assert offered(at_pick(fixture_engine, "yes")) == ["one", "two", "supervisor", "three"]
    assert offered(at_pick(fixture_engine, "no")) == ["one", "two", "supervisor"]


def test_a_hidden_option_cannot_be_pressed_or_typed(fixture_engine: Engine) -> None:
    pressed = play(fixture_engine, at_pick(fixture_engine, "no"), Toggle("extra_pick", "three"))
    assert pressed.session is not None and pressed.session.selection == ()
    assert pressed.replies[0].body[0].msgid == "Please choose one of the options."
    typed = play(fixture_engine, at_pick(fixture_engine, "no"), TypeText("three"))
    assert typed.session is not None and typed.session.selection == ()
    assert typed.replies[0].body[0].msgid == "This question is answered with the buttons under it."
    shown = play(fixture_engine, at_pick(fixture_engine, "yes"), TypeText("Three"))
    assert shown.session is not None and shown.session.selection == ("three",)
    done = play(fixture_engine, shown, Done("extra_pick"))
    assert done.session is not None and done.session.answers["extra_pick"] == ("three",)


def test_a_hidden_choice_is_refused_and_a_shown_one_recorded(tmp_path: Path) -> None:
    """A choice step, on a fact: as "A coach of my team" only for a worker in a team."""
    text = GOOD.replace("sections:", "facts: [in_team]\nsections:").replace(
        "{key: b, text: B}", '{key: b, text: B, when: {answer: in_team, is: "yes"}}'
    )
    step = load_dialogue(write(tmp_path, text)).step("kind")
    assert [o.key for o in step.offered({"in_team": "no"})] == ["a"]
    assert [o.key for o in step.offered({"in_team": "yes"})] == ["a", "b"]
    assert step.option("b", {"in_team": "no"}) is None
    assert step.option("b") is not None, "without facts: every option, for reading answers"
    assert step.option_labelled("B", lambda o: (o.text,), {"in_team": "no"}) is None
    assert step.option_labelled("b", lambda o: (o.text,), {"in_team": "yes"}) == "b"


@pytest.mark.parametrize(
    ("when", "problem"),
    [
        ("{answer: nowhere, is: a}", "condition reads unknown step 'nowhere'"),
        ("{answer: score, is: c}", "has no option(s) c"),
        ("{answer: in_team, is: maybe}", "a fact is either 'yes' or 'no'"),
        ('{answer: in_teams, is: "yes"}', "condition reads unknown step 'in_teams'"),
        ("{answer: kind, is: a}", "offered on a condition that reads its own step"),
        ("{answer: score, equals: 2}", "unknown condition word"),
    ],
)
def test_the_loader_refuses_an_option_condition_on_what_does_not_exist(
    tmp_path: Path, when: str, problem: str
) -> None:
    text = GOOD.replace("sections:", "facts: [in_team]\nsections:").replace(
        "{key: b, text: B}", f"{{key: b, text: B, when: {when}}}"
    )
    with pytest.raises(DialogueError) as caught:
        load_dialogue(write(tmp_path, text))
    assert problem in caught.value.problem
    assert caught.value.step == "kind"


def test_a_label_typed_with_a_phone_s_apostrophe_is_the_same_tap(tmp_path: Path) -> None:
    """A phone types "d’accord" (smart punctuation) for the button "d'accord", and the
    reverse: the apostrophe's shape, like case and spacing, does not make another answer."""
    text = GOOD.replace("{key: b, text: B}", "{key: b, text: \"D'accord, c'est ça\"}")
    step = load_dialogue(write(tmp_path, text)).step("kind")
    shown = lambda o: (o.text,)  # noqa: E731
    for typed in ("d’accord, c’est ça", "D'accord,  c'est ÇA", "d‘accord, cʼest ça"):
        assert step.option_labelled(typed, shown, {}) == "b", typed
    assert step.option_labelled("daccord, cest ça", shown, {}) is None
    curly = GOOD.replace("{key: b, text: B}", '{key: b, text: "Zo’n dag"}')
    curly_step = load_dialogue(write(tmp_path, curly)).step("kind")
    assert curly_step.option_labelled("zo'n dag", shown, {}) == "b"
