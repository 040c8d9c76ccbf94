"""The shape of a dialogue: structural checks, the longest walk per part, Mermaid.

Rules may only jump forward inside the core or inside one module, so every walk ends.
`Progress` measures each part (the core, or one module) along its longest path: the bound
the property tests hold a dialogue to. The counter a worker sees follows the path their
answers actually take instead (`bot.dialogue.counter`).
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
        ends_a_module = step.module is not None
        if step.kind is not Kind.REVIEW and not ends_a_module and not dialogue.targets(step.key):
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
    starts = [dialogue.start, *(m.first for m in dialogue.modules)]
    starts += [m.offer for m in dialogue.modules if m.offer is not None]
    seen, todo = set(starts), list(starts)
    while todo:
        for target in dialogue.targets(todo.pop()):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


@dataclass(frozen=True)
class Progress:
    """The longest walk through each part of the dialogue, and where the review is."""

    dialogue: Dialogue

    @cached_property
    def _depth(self) -> dict[str, int]:
        """Longest number of questions from the start of a step's part to the step."""
        depth: dict[str, int] = {}
        for step in self.dialogue.steps:  # file order is a topological order per part
            if self.dialogue.is_offer(step.key) or step.kind is Kind.REVIEW:
                continue
            depth.setdefault(step.key, 1)
            for target in self.dialogue.targets(step.key):
                if self.dialogue.step(target).kind is not Kind.REVIEW:
                    depth[target] = max(depth.get(target, 1), depth[step.key] + 1)
        return depth

    @cached_property
    def review(self) -> str:
        return next(s.key for s in self.dialogue.steps if s.kind is Kind.REVIEW)

    @cached_property
    def _totals(self) -> dict[str | None, int]:
        """Every part's total, counted once: a counter is shown on every question."""
        totals: dict[str | None, int] = {}
        for step in self.dialogue.steps:
            if step.key in self._depth and not self.dialogue.is_offer(step.key):
                totals[step.module] = max(totals.get(step.module, 0), self._depth[step.key])
        return totals

    def part_total(self, module: str | None) -> int:
        """Questions on the longest walk through the core (None) or one module."""
        return self._totals.get(module, 0)

    @property
    def total(self) -> int:
        return self.part_total(None)

    def position(self, key: str) -> int:
        """The counter's number for a question; the review stands after the whole core."""
        if key == self.review:
            return self.total
        return self._depth.get(key, 0)

    def total_for(self, key: str) -> int:
        return self.part_total(self.dialogue.step(key).module)

    def is_core(self, key: str) -> bool:
        return self.dialogue.step(key).module is None


def mermaid(dialogue: Dialogue) -> str:
    """A Mermaid flowchart of every step and rule; conditional edges are dashed."""
    lines = [f"%% {dialogue.id} version {dialogue.version}: generated, do not edit", "flowchart TD"]
    progress = Progress(dialogue)
    for step in dialogue.steps:
        shape = ("([", "])") if step.kind is Kind.REVIEW else ("[", "]")
        if not progress.is_core(step.key):
            shape = ("{{", "}}")
        lines.append(f'    {step.key}{shape[0]}"{step.key}<br/><i>{step.kind.value}</i>"{shape[1]}')
    for module in dialogue.modules:
        entry = module.offer or module.first
        if module.after is not None:
            lines.append(f"    {module.after} -.-> {entry}")
        if module.offer is not None:
            lines.append(f"    {module.offer} -.-> {module.first}")
        if module.at_end:
            lines.append(f"    {progress.review} -.-> {module.first}")
        if module.opens_with:
            lines.append(f"    {module.first} -.-> {dialogue.start}")
    for step in dialogue.steps:
        conditional = {r.goto for r in step.next if r.when is not None}
        for target in dialogue.targets(step.key):
            arrow = "-.->" if target in conditional else "-->"
            lines.append(f"    {step.key} {arrow} {target}")
    lines.append(f"    {progress.review} --> saved((saved))")
    return "\n".join(lines) + "\n"
