"""The loader accepts good dialogues and names file, line and step for every broken one."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bot.dialogue.conditions import parse_condition
from bot.dialogue.loader import load_dialogue
from bot.dialogue.model import Kind
from bot.errors import DialogueError
from tests.conftest import ROOT

GOOD = """\
id: tiny
version: 2
title: Tiny
sections:
  - {key: main, title: Main}
steps:
  - key: kind
    section: main
    kind: choice
    text: Which?
    label: Which
    options:
      - {key: a, text: A}
      - {key: b, text: B}
    next:
      - {goto: why, if: {answer: kind, is: b}}
      - goto: score
  - key: why
    section: main
    kind: text
    text: Why?
    label: Why
    skippable: true
  - key: score
    section: main
    kind: scale
    text: How much?
    label: How much
  - key: review
    section: main
    kind: review
    text: Done?
signals:
  - key: low
    label: Low
    when: {answer: score, at_most: 2}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "tiny.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def broken(tmp_path: Path, old: str, new: str) -> DialogueError:
    assert old in GOOD
    with pytest.raises(DialogueError) as caught:
        load_dialogue(write(tmp_path, GOOD.replace(old, new, 1)))
    return caught.value


def test_the_good_dialogue_loads(tmp_path: Path) -> None:
    dialogue = load_dialogue(write(tmp_path, GOOD))
    assert dialogue.id == "tiny" and dialogue.version == 2
    assert [s.key for s in dialogue.steps] == ["kind", "why", "score", "review"]
    assert dialogue.step("score").kind is Kind.SCALE
    assert dialogue.step("score").low == "not at all"
    assert dialogue.step("kind").line == 7
    assert dialogue.targets("kind") == ("why", "score")


def test_post_contact_loads_with_a_core_and_modules() -> None:
    dialogue = load_dialogue(ROOT / "dialogues" / "post_contact.yaml")
    used = {s.section for s in dialogue.steps}
    assert used == {s.key for s in dialogue.sections}, "every section holds a question"
    assert dialogue.modules and all(dialogue.segment(m.key) for m in dialogue.modules)
    assert dialogue.step(dialogue.segment(None)[-1].key).kind is Kind.REVIEW


MODULES = """\
modules:
  - key: deeper
    title: Deeper
    button: Deeper (1 minute)
    section: main
    offer:
      after: kind
      when: {answer: kind, is: b}
      text: Go deeper?
    steps:
      - key: deep_one
        kind: yesno
        text: Deep?
        label: Deep
        skippable: true
signals:"""


def test_a_module_gets_an_offer_step_and_its_own_part(tmp_path: Path) -> None:
    dialogue = load_dialogue(write(tmp_path, GOOD.replace("signals:", MODULES)))
    (module,) = dialogue.modules
    assert module.offer == "deeper_offer" and module.first == "deep_one"
    assert dialogue.step("deep_one").module == "deeper"
    assert dialogue.step("deep_one").section == "main", "the module's section by default"
    assert [s.key for s in dialogue.segment("deeper")] == ["deep_one"]
    assert [o.key for o in dialogue.step("deeper_offer").options] == ["yes", "no"]


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("after: kind", "after: nowhere", "not a step of the core"),
        ("after: kind", "after: review", "the review offers modules itself"),
        ("when: {answer: kind, is: b}", "when: {answer: kind, is: c}", "has no option(s) c"),
        ("        skippable: true\nsignals", "        next: [{goto: why}]\nsignals",
         "another part of the dialogue"),
        ("      - goto: score\n", "      - goto: end\n", "unknown next target 'end'"),
    ],
)  # fmt: skip
def test_broken_modules_are_refused(tmp_path: Path, old: str, new: str, problem: str) -> None:
    text = GOOD.replace("signals:", MODULES)
    assert old in text
    text = text.replace(old, new, 1).replace("signals:\nsignals", "signals")
    with pytest.raises(DialogueError) as caught:
        load_dialogue(write(tmp_path, text))
    assert problem in caught.value.problem


def test_facts_are_yes_or_no_and_not_step_keys(tmp_path: Path) -> None:
    with_fact = GOOD.replace("sections:", "facts: [in_team]\nsections:").replace(
        "{answer: kind, is: b}", '{answer: in_team, is: "yes"}'
    )
    assert load_dialogue(write(tmp_path, with_fact)).facts == ("in_team",)
    with pytest.raises(DialogueError, match="either 'yes' or 'no'"):
        load_dialogue(write(tmp_path, with_fact.replace('is: "yes"}', "is: maybe}")))
    with pytest.raises(DialogueError, match="not a step key"):
        load_dialogue(write(tmp_path, GOOD.replace("sections:", "facts: [kind]\nsections:")))


@pytest.mark.parametrize(
    ("old", "new", "line", "step", "problem"),
    [
        ("goto: score", "goto: nowhere", 7, "kind", "unknown next target 'nowhere'"),
        ("key: why", "key: kind", 18, "kind", "duplicate step key"),
        (
            "    options:\n      - {key: a, text: A}\n      - {key: b, text: B}\n",
            "",
            7,
            "kind",
            "needs options",
        ),
        ("is: b}", "is: c}", 7, "kind", "has no option(s) c"),
        ("section: main\n    kind: text", "section: side\n    kind: text", 18, "why", "section"),
        ("kind: scale", "kind: slider", 24, "score", "'kind' must be one of"),
        ("label: Why\n", "label: Why\n    colour: red\n", 18, "why", "unknown field(s): colour"),
        (
            "{goto: why, if: {answer: kind, is: b}}",
            "{goto: why, if: {answer: kind, eq: b}}",
            16,
            "kind",
            "unknown condition word",
        ),
        ("version: 2", "version: zero", 1, None, "'version' must be a whole number"),
    ],
)
def test_broken_dialogues_name_file_line_and_step(
    tmp_path: Path, old: str, new: str, line: int, step: str | None, problem: str
) -> None:
    error = broken(tmp_path, old, new)
    assert error.source == "tiny.yaml"
    assert (error.line, error.step) == (line, step)
    assert problem in error.problem
    assert str(error).startswith(f"tiny.yaml:{line}:")


def test_unreachable_step(tmp_path: Path) -> None:
    error = broken(tmp_path, "      - {goto: why, if: {answer: kind, is: b}}\n", "")
    assert (error.step, error.line) == ("why", 17)
    assert "unreachable" in error.problem


def test_dead_end(tmp_path: Path) -> None:
    error = broken(
        tmp_path,
        "  - key: review\n    section: main\n    kind: review\n    text: Done?\n",
        "",
    )
    assert "exactly one review step" in error.problem


def test_dead_end_after_the_review(tmp_path: Path) -> None:
    text = GOOD.replace(
        "signals:",
        "  - key: after\n    section: main\n    kind: yesno\n    text: After?\n"
        "    label: After\nsignals:",
    ).replace(
        "      - goto: score",
        "      - {goto: after, if: {answer: kind, is: a}}\n      - goto: score",
    )
    with pytest.raises(DialogueError) as caught:
        load_dialogue(write(tmp_path, text))
    assert caught.value.step == "after" and "dead end" in caught.value.problem


def test_backward_jump_is_refused(tmp_path: Path) -> None:
    error = broken(
        tmp_path, "    label: How much\n", "    label: How much\n    next: [{goto: kind}]\n"
    )
    assert error.step == "score" and "jumps back" in error.problem


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    error = broken(tmp_path, "title: Tiny", "title: [Tiny")
    assert error.line >= 3 and "not valid YAML" in error.problem


def test_signal_condition_must_name_real_steps(tmp_path: Path) -> None:
    error = broken(tmp_path, "{answer: score, at_most: 2}", "{answer: scor, at_most: 2}")
    assert error.line == 34 and "unknown step 'scor'" in error.problem


def test_missing_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DialogueError, match="cannot read file"):
        load_dialogue(tmp_path / "absent.yaml")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ("just text", "must be a mapping"),
        ({"any": []}, "non-empty list"),
        ({"is": "a"}, "needs 'answer"),
        ({"answer": "x", "is": "a", "in": ["b"]}, "exactly one"),
        ({"answer": "x", "at_least": "two"}, "whole number"),
        ({"answer": "x", "answered": "yes"}, "true or false"),
        ({"answer": "x", "is": None}, "option key"),
        ({"answer": "x", "in": []}, "at least one"),
    ],
)
def test_condition_errors_say_what_is_wrong(data: object, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_condition(data)


def test_conditions_match_answers() -> None:
    answers = {"a": "x", "m": ("p", "q"), "n": 2, "t": None, "u": "y"}
    assert parse_condition({"answer": "a", "is": "x"}).matches(answers)
    assert parse_condition({"answer": "a", "in": ["z", "x"]}).matches(answers)
    assert parse_condition({"answer": "m", "includes": ["q"]}).matches(answers)
    assert not parse_condition({"answer": "a", "includes": ["x"]}).matches(answers)
    assert parse_condition({"answer": "n", "at_least": 1, "at_most": 2}).matches(answers)
    assert not parse_condition({"answer": "a", "at_most": 2}).matches(answers)
    assert parse_condition({"answer": "t", "answered": False}).matches(answers)
    assert parse_condition({"answer": "zz", "answered": False}).matches(answers)
    assert parse_condition({"answer": "a", "differs_from": "u"}).matches(answers)
    assert not parse_condition({"answer": "a", "differs_from": "t"}).matches(answers)
    both = parse_condition(
        {"all": [{"answer": "a", "is": "x"}, {"not": {"answer": "n", "at_least": 3}}]}
    )
    assert both.matches(answers) and both.steps() == {"a", "n"}
    assert not parse_condition({"any": [{"answer": "a", "is": "q"}]}).matches(answers)


def test_libyaml_parses_when_pyyaml_has_it() -> None:
    """The pure-Python parser was most of the start-up after imports."""
    import yaml

    from bot.dialogue import loader

    assert yaml.__with_libyaml__, "PyYAML's wheels bundle libyaml"
    assert issubclass(loader._LineLoader, yaml.CSafeLoader)


def test_a_variant_shares_its_bases_core(tmp_path: Path) -> None:
    (tmp_path / "tiny.yaml").write_text(GOOD, encoding="utf-8")
    variant = tmp_path / "tiny_group.yaml"
    variant.write_text(
        "id: tiny_group\nversion: 1\ntitle: Tiny group\nextends: tiny\n"
        "override:\n  - {key: why, section: main, kind: text, text: 'Why, for the group?',"
        " label: Why, skippable: true}\n",
        encoding="utf-8",
    )
    dialogue = load_dialogue(variant)
    assert dialogue.id == "tiny_group" and dialogue.family == "tiny"
    assert [s.key for s in dialogue.steps] == ["kind", "why", "score", "review"]
    assert dialogue.step("why").text == "Why, for the group?"
    variant.write_text(variant.read_text().replace("key: why", "key: whyy"), encoding="utf-8")
    with pytest.raises(DialogueError, match="override of step"):
        load_dialogue(variant)
    variant.write_text("id: x\nversion: 1\ntitle: X\nextends: nothing\n", encoding="utf-8")
    with pytest.raises(DialogueError, match="no such dialogue file"):
        load_dialogue(variant)
    variant.write_text("id: x\nversion: 1\ntitle: X\nextends: tiny\nsteps: []\n", encoding="utf-8")
    with pytest.raises(DialogueError, match="a variant takes no field"):
        load_dialogue(variant)


def test_an_option_must_lead_to_a_dialogue_that_exists(tmp_path: Path) -> None:
    from bot.dialogue.registry import DialogueRegistry

    path = write(tmp_path, GOOD.replace("- {key: a, text: A}", "- {key: a, text: A, variant: z}"))
    with pytest.raises(DialogueError, match="leads to variant 'z'"):
        DialogueRegistry([load_dialogue(path)])


def test_a_closing_note_reads_only_what_exists(tmp_path: Path) -> None:
    note = "closing:\n  notes:\n    - {when: {answer: kind, is: b}, text: A note.}\nsignals:"
    loaded = load_dialogue(write(tmp_path, GOOD.replace("signals:", note)))
    assert [text for _, text in loaded.closing.notes] == ["A note."]
    with pytest.raises(DialogueError, match="has no option"):
        load_dialogue(write(tmp_path, GOOD.replace("signals:", note.replace("is: b", "is: z"))))
    with pytest.raises(DialogueError, match="unknown step 'nowhere'"):
        load_dialogue(write(tmp_path, GOOD.replace("signals:", note.replace("kind", "nowhere"))))
