"""The honest counter on the small fixture dialogue, on every path through it: each part
(the core, or one module) counts 1, 2, ... n along the questions actually asked, and its
last question reads n/n (#14: the real core's last question read "9/10")."""

from __future__ import annotations

from itertools import product
from pathlib import Path

import pytest

from bot.dialogue.counter import _WALKS, counter, walk_from, walk_of_part
from bot.dialogue.engine import Engine
from bot.dialogue.registry import Compiled, DialogueRegistry
from tests.conftest import FIXTURE_DIALOGUES
from tests.walker import Walk, walk_core, walk_module

RISKS = [("tone",), ("none",), "skip"]
OFFER = ["yes", "no"]
STATE = ["repaired", "planned", "not_repaired", "skip"]
SCORE = [1, 2, 3, "skip"]


def assert_counts_up_to_n_of_n(walk: Walk) -> None:
    for part in {name for name, _, _ in walk.counters}:
        mine = [(p, t) for name, p, t in walk.counters if name == part]
        assert [p for p, _ in mine] == list(range(1, len(mine) + 1)), (part, mine)
        assert mine[-1][0] == mine[-1][1], f"{part}: the last question reads n/n, {mine}"


@pytest.mark.parametrize(("risks", "offer", "state", "score"),
                         list(product(RISKS, OFFER, STATE, SCORE)))  # fmt: skip
def test_every_part_ends_on_n_of_n_on_every_path(
    fixture_engine: Engine, fixture_compiled: Compiled,
    risks: object, offer: str, state: str, score: object,
) -> None:  # fmt: skip
    wanted = {"risks": risks, "repair_offer": offer, "repair_state": state, "score": score,
              "repair_note": "skip", "why": "skip"}  # fmt: skip
    core = walk_core(fixture_engine, fixture_compiled, {}, wanted)
    assert_counts_up_to_n_of_n(core)
    asked_core = [k for k in core.screens if fixture_compiled.dialogue.step(k).module is None]
    assert [t for name, _, t in core.counters if name == "Core"][-1] == len(asked_core)
    if offer == "yes" and risks == ("tone",):
        assert any(name == "Repair" for name, _, _ in core.counters), "the module was walked"
    assert core.outcome is not None
    extra = walk_module(fixture_engine, fixture_compiled, core.outcome, "extra_q")
    assert_counts_up_to_n_of_n(extra)
    assert extra.counters[-1] == ("Extra", 3, 3)


def test_an_unanswered_condition_counts_as_it_evaluates_now(fixture_compiled: Compiled) -> None:
    assert walk_from(fixture_compiled, "kind", {}) == ["kind", "risks", "score", "plan"]
    assert counter(fixture_compiled, "score", {}) == (3, 4)
    assert counter(fixture_compiled, "score", {"score": 2}) == (3, 5), "a low score opens 'why'"
    assert counter(fixture_compiled, "repair_state", {}) == (1, 2)
    assert counter(fixture_compiled, "repair_state", {"repair_state": "planned"}) == (1, 3)


def test_a_question_off_the_walk_counts_what_was_answered_before_it(
    fixture_compiled: Compiled,
) -> None:
    """'why' after a low score, then the score changed: the walk no longer passes 'why'."""
    history = ["kind", "risks", "score"]
    assert counter(fixture_compiled, "why", {"score": 4}, history) == (4, 5)


def test_the_remembered_walk_is_the_walk_for_the_answers_it_reads(
    compiled: Compiled, fixture_compiled: Compiled
) -> None:
    """The cache keys on every answer the part's rules read: a changed one is a new walk."""
    low, fine = {"score": 1, "kind": "visit"}, {"score": 4, "kind": "visit"}
    for known in (low, fine, {}, {"score": None}):
        assert walk_of_part(fixture_compiled, "kind", known) == tuple(
            walk_from(fixture_compiled, "kind", known)
        )
    assert "why" in walk_of_part(fixture_compiled, "kind", low)
    assert "why" not in walk_of_part(fixture_compiled, "kind", fine)
    first = compiled.dialogue.start
    for in_team in ("yes", "no"):
        known = {"in_team": in_team}
        assert walk_of_part(compiled, first, known) == tuple(walk_from(compiled, first, known))


def test_a_walk_whose_rules_read_a_typed_answer_is_not_remembered(tmp_path: Path) -> None:
    """A rule on a text step would key the cache on what the worker typed: that text must
    not stay in the module's memory after the reflection (closing6), so such walks are
    computed each time, and still right."""
    source = (FIXTURE_DIALOGUES / "fixture.yaml").read_text(encoding="utf-8")
    rule = "          - {goto: repair_note, if: {answer: repair_state, is: planned}}\n"
    assert rule in source
    typed_rule = "          - {goto: repair_ack, if: {answer: why, answered: true}}\n"
    source = source.replace(rule, typed_rule + rule).replace("id: fixture\n", "id: typed\n")
    (tmp_path / "typed.yaml").write_text(source, encoding="utf-8")
    compiled = DialogueRegistry.from_dir(tmp_path).latest("typed")
    first = compiled.dialogue.step("repair_state").module
    assert first is not None
    start = compiled.dialogue.module(first).first
    text = "Invented: Mevrouw Zyxa Qorvet, Kioskstraat 12"
    for known in ({"why": text, "repair_state": "planned"}, {"repair_state": "planned"}):
        assert walk_of_part(compiled, start, known) == tuple(walk_from(compiled, start, known))
    assert "repair_note" not in walk_of_part(
        compiled, start, {"why": text, "repair_state": "planned"}
    )
    assert not any(text in repr(key) for key in _WALKS), "typed text kept in the walk cache"
