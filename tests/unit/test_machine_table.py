"""`StepMachine.next_step` walks the machine's own `advance` rules instead of firing the
event (#14, performance): for every dialogue and thousands of drawn answers it must go
where `transitions` itself goes."""

from __future__ import annotations

import random

import pytest
from transitions import MachineError

from bot.dialogue.machine import StepMachine
from bot.dialogue.model import Dialogue, Kind, Step
from bot.dialogue.registry import DialogueRegistry
from tests.conftest import FIXTURE_DIALOGUES

DRAWS = 300


def _value(step: Step, rng: random.Random) -> object:
    keys = [o.key for o in step.options]
    if step.kind is Kind.SCALE:
        return rng.randint(step.scale_min, step.scale_max)
    if step.kind is Kind.MULTI:
        return tuple(k for k in keys if rng.random() < 0.4)
    if keys:
        return rng.choice(keys)
    return "typed words"


def _answers(dialogue: Dialogue, rng: random.Random) -> dict[str, object]:
    drawn: dict[str, object] = {f: rng.choice(["yes", "no"]) for f in dialogue.facts}
    for step in dialogue.steps:
        roll = rng.random()
        if roll < 0.25:
            continue  # not visited
        drawn[step.key] = None if roll < 0.35 else _value(step, rng)  # None: skipped
    return drawn


def _machines(registry: DialogueRegistry) -> list[StepMachine]:
    fixture = DialogueRegistry.from_dir(FIXTURE_DIALOGUES)
    found = [r.get(d.id, d.version) for r in (registry, fixture) for d in r.dialogues()]
    return [c.machine for c in found if c is not None]


def test_next_step_goes_where_the_machine_fires(registry: DialogueRegistry) -> None:
    rng, compared = random.Random(14), 0
    for machine in _machines(registry):
        steps = [s.key for s in machine.dialogue.steps if s.key in machine._rules]
        for _ in range(DRAWS):
            answers = _answers(machine.dialogue, rng)
            for key in steps:
                assert machine.next_step(key, answers) == machine.fired(key, answers), key
                compared += 1
    assert compared > 10_000


def test_a_step_without_advance_is_refused_as_before(registry: DialogueRegistry) -> None:
    """The review has no `advance`: both ways raise the machine's own error."""
    for machine in _machines(registry):
        review = next(s.key for s in machine.dialogue.steps if s.kind is Kind.REVIEW)
        with pytest.raises(MachineError):
            machine.fired(review, {})
        with pytest.raises(MachineError):
            machine.next_step(review, {})
