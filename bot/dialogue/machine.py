"""The dialogue as a `transitions` state machine; the project's only transitions importer.

One machine is built per dialogue version and shared by every session: a session is
handed to it as a throw-away cursor, so nothing is bound to or kept on the machine.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from transitions import Machine

from bot.dialogue.conditions import Condition
from bot.dialogue.model import END, Dialogue, Kind

SAVED = "__saved__"
DISCARDED = "__discarded__"
RETURN = "__return__"
"""Where a module's last question leads: back to where the module was entered."""


@dataclass(slots=True)
class _Cursor:
    """What the machine moves: a state name and the answers its conditions read."""

    state: str
    answers: Mapping[str, object]


def _holds(condition: Condition) -> Callable[[Any], bool]:
    def check(event: Any) -> bool:
        return condition.matches(event.model.answers)

    return check


class StepMachine:
    def __init__(self, dialogue: Dialogue) -> None:
        self.dialogue = dialogue
        self._machine = Machine(
            model=None,
            states=[s.key for s in dialogue.steps] + [SAVED, DISCARDED, RETURN],
            initial=dialogue.start,
            auto_transitions=False,
            send_event=True,
        )
        self._rules: dict[str, list[tuple[Condition | None, str]]] = {}
        """Each step's `advance` transitions in the machine's order, (condition, target):
        what `next_step` walks instead of firing the event (#14: the event's machinery was
        most of the engine's time per answer, and a walk through the review's whole path)."""
        for step in dialogue.steps:
            if step.kind is Kind.REVIEW:
                self._machine.add_transition("save", step.key, SAVED)
                continue
            if dialogue.is_offer(step.key):
                continue  # the engine answers an offer: into the module, or back
            for rule in step.next:
                target = RETURN if rule.goto == END else rule.goto
                self._advance_to(step.key, target, rule.when)
            if not step.next or step.next[-1].when is not None:
                self._advance_to(step.key, dialogue.default_next(step.key) or RETURN, None)
        self._machine.add_transition("discard", "*", DISCARDED)
        self._advance = self._machine.events["advance"]

    def _advance_to(self, source: str, target: str, when: Condition | None) -> None:
        conditions: list[Any] = [_holds(when)] if when is not None else []
        self._machine.add_transition("advance", source, target, conditions=conditions)
        self._rules.setdefault(source, []).append((when, target))

    def next_step(self, state: str, answers: Mapping[str, object]) -> str:
        """Where the dialogue goes after `state`, given the answers so far: the target of
        the first `advance` transition whose condition holds, as the machine would fire
        it (no callbacks are bound; `tests/unit/test_machine_table.py` compares the two)."""
        rules = self._rules.get(state)
        if rules is None:  # no `advance` from here: the machine says why (MachineError)
            return self.fired(state, answers)
        for when, target in rules:
            if when is None or when.matches(answers):
                return target
        return state  # as the machine: no condition held, the state stays

    def fired(self, state: str, answers: Mapping[str, object]) -> str:
        """Where `transitions` itself takes the cursor: the reference for `next_step`."""
        cursor = _Cursor(state, answers)
        self._advance.trigger(cursor)
        return cursor.state

    def can_save(self, state: str) -> bool:
        """Only the review step has a `save` transition."""
        return bool(self._machine.get_transitions("save", source=state))

    def path(self, answers: Mapping[str, object]) -> list[str]:
        """Every step the dialogue visits from the start with these answers, review last.

        A module counts as visited when its offer was answered (mid-way) or its first
        question was (chosen on the review); its questions come where it was entered.
        """
        key, visited = self.dialogue.start, []
        for module in self.dialogue.modules:
            if module.opens_with and module.first in answers:
                visited += self.module_path(module.first, answers)
        while True:
            visited.append(key)
            if self.dialogue.step(key).kind is Kind.REVIEW:
                break
            visited += self._offered_after(key, answers)
            key = self.next_step(key, answers)
        for module in self.dialogue.modules:
            chosen_at_end = module.at_end and module.first in answers
            accepted = module.offer is not None and answers.get(module.offer) == "yes"
            if chosen_at_end and not accepted and module.called_for(answers):
                visited[-1:-1] = self.module_path(module.first, answers)
        return visited

    def module_path(self, first: str, answers: Mapping[str, object]) -> list[str]:
        key, visited = first, []
        while key != RETURN:
            visited.append(key)
            key = self.next_step(key, answers)
        return visited

    def _offered_after(self, key: str, answers: Mapping[str, object]) -> list[str]:
        found: list[str] = []
        for module in self.dialogue.modules:
            if (
                module.after == key
                and module.offer is not None
                and module.offer in answers
                and module.called_for(answers)
            ):
                found.append(module.offer)
                if answers[module.offer] == "yes":
                    found += self.module_path(module.first, answers)
        return found
