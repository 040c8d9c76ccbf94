"""The shape of a dialogue: structural checks, the core path for progress, Mermaid.

Rules may only jump forward, so every walk ends, and the steps that lie on every
path to the review (its dominators) form the core the progress marker counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from bot.dialogue.model import Dialogue, Kind
from bot.errors import DialogueError


def check_graph(dialogue: Dialogue) -> None:
    """Raise on a backward jump, a dead end, an unreachable step or a missing review."""
    order = {s.key: i for i, s in enumerate(dialogue.steps)}
    reviews = [s for s in dialogue.steps if s.kind is Kind.REVIEW]
    if len(reviews) != 1:
        where = reviews[1] if reviews else dialogue.steps[-1]
        raise DialogueError(
            dialogue.source, where.line, where.key, "a dialogue needs exactly one review step"
        )
    for step in dialogue.steps:
        for target in dialogue.targets(step.key):
            if order[target] <= order[step.key]:
                raise DialogueError(
                    dialogue.source,
                    step.line,
                    step.key,
                    f"next rule jumps back to '{target}': rules only go forward",
                )
        if step.kind is not Kind.REVIEW and not dialogue.targets(step.key):
            raise DialogueError(
                dialogue.source, step.line, step.key, "dead end: no next step and not the review"
            )
    reached = _reachable(dialogue)
    for step in dialogue.steps:
        if step.key not in reached:
            raise DialogueError(
                dialogue.source,
                step.line,
                step.key,
                "unreachable: no path from the first step leads here",
            )


def _reachable(dialogue: Dialogue) -> set[str]:
    seen, todo = {dialogue.start}, [dialogue.start]
    while todo:
        for target in dialogue.targets(todo.pop()):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


@dataclass(frozen=True)
class Progress:
    """Position markers like "4/15": core steps count, optional depth keeps its place."""

    dialogue: Dialogue

    @cached_property
    def _dominators(self) -> dict[str, frozenset[str]]:
        preds: dict[str, list[str]] = {s.key: [] for s in self.dialogue.steps}
        for step in self.dialogue.steps:
            for target in self.dialogue.targets(step.key):
                preds[target].append(step.key)
        dom: dict[str, frozenset[str]] = {}
        for step in self.dialogue.steps:  # file order is a topological order
            before = [dom[p] for p in preds[step.key] if p in dom]
            common = frozenset.intersection(*before) if before else frozenset()
            dom[step.key] = common | {step.key}
        return dom

    @cached_property
    def review(self) -> str:
        return next(s.key for s in self.dialogue.steps if s.kind is Kind.REVIEW)

    @cached_property
    def core(self) -> frozenset[str]:
        return self._dominators[self.review]

    @property
    def total(self) -> int:
        return len(self.core)

    def position(self, key: str) -> int:
        return len(self._dominators[key] & self.core)

    def is_core(self, key: str) -> bool:
        return key in self.core


def mermaid(dialogue: Dialogue) -> str:
    """A Mermaid flowchart of every step and rule; conditional edges are dashed."""
    lines = [f"%% {dialogue.id} version {dialogue.version}: generated, do not edit", "flowchart TD"]
    progress = Progress(dialogue)
    for step in dialogue.steps:
        shape = ("([", "])") if step.kind is Kind.REVIEW else ("[", "]")
        if not progress.is_core(step.key):
            shape = ("{{", "}}")
        lines.append(f'    {step.key}{shape[0]}"{step.key}<br/><i>{step.kind.value}</i>"{shape[1]}')
    for step in dialogue.steps:
        conditional = {r.goto for r in step.next if r.when is not None}
        for target in dialogue.targets(step.key):
            arrow = "-.->" if target in conditional else "-->"
            lines.append(f"    {step.key} {arrow} {target}")
    lines.append(f"    {progress.review} --> saved((saved))")
    return "\n".join(lines) + "\n"
