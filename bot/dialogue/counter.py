"""The honest counter ("Core 4/7", "Repair 2/2"): the questions on the path the answers
so far actually take through the current part (the core, or one module).

Position: the part's questions already on that path, plus one. Total: the position plus
the questions still ahead, following the dialogue's rules with the answers given so far
(an unanswered condition counts as it evaluates now). So the last question of a part
always reads n/n, and a total may grow or shrink after an answer that opens or closes a
branch: "as far as I know now" (#14). Offers are not counted: they name their module.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.dialogue.machine import RETURN
from bot.dialogue.model import Kind
from bot.dialogue.registry import Compiled


def walk_from(compiled: Compiled, key: str, known: Mapping[str, object]) -> list[str]:
    """The questions of `key`'s part from `key` on, as the rules take them with `known`;
    stops at the review (the core's end) or where a module returns."""
    dialogue, machine = compiled.dialogue, compiled.machine
    part = dialogue.step(key).module
    walked: list[str] = []
    while key != RETURN and key not in walked and dialogue.has_step(key):
        step = dialogue.step(key)
        if step.kind is Kind.REVIEW or step.module != part or dialogue.is_offer(key):
            break
        walked.append(key)
        following = machine.next_step(key, known)
        if following == key:  # no rule holds: the machine stays, so the walk ends here
            break
        key = following
    return walked


_WALKS: dict[tuple[object, ...], tuple[str, ...]] = {}
"""Walks from a part's first question, per (dialogue, version, first question, the
answers its rules read): render runs on every answer, most of them on the same walk."""
_READS: dict[tuple[str, int, str], tuple[str, ...] | None] = {}
_CACHED_WALKS = 4096


def _reads(compiled: Compiled, first: str) -> tuple[str, ...] | None:
    """The answers and facts the rules of `first`'s part read: all a walk depends on.
    None when a rule reads a typed answer: a walk keyed on it would keep the worker's
    text in this module's memory after the reflection ends, so it is not remembered."""
    dialogue = compiled.dialogue
    key = (dialogue.id, dialogue.version, first)
    if key not in _READS:
        part = dialogue.step(first).module
        read = {k for s in dialogue.segment(part) for r in s.next if r.when is not None
                for k in r.when.steps()}  # fmt: skip
        typed = any(dialogue.has_step(k) and dialogue.step(k).kind is Kind.TEXT for k in read)
        _READS[key] = None if typed else tuple(sorted(read))
    return _READS[key]


def walk_of_part(compiled: Compiled, first: str, known: Mapping[str, object]) -> tuple[str, ...]:
    """`walk_from` the part's first question, remembered per the answers it reads."""
    dialogue, reads = compiled.dialogue, _reads(compiled, first)
    if reads is None:
        return tuple(walk_from(compiled, first, known))
    read = tuple((k, k in known, known.get(k)) for k in reads)
    key = (dialogue.id, dialogue.version, first, read)
    walked = _WALKS.get(key)
    if walked is None:
        if len(_WALKS) >= _CACHED_WALKS:
            _WALKS.clear()
        walked = _WALKS[key] = tuple(walk_from(compiled, first, known))
    return walked


def part_start(compiled: Compiled, key: str) -> str:
    """The first question of `key`'s part: the dialogue's start, or the module's first."""
    module = compiled.dialogue.module_of(key)
    return compiled.dialogue.start if module is None else module.first


def counter(
    compiled: Compiled, key: str, known: Mapping[str, object], history: Sequence[str] = ()
) -> tuple[int, int]:
    """(position, total) of the question `key` with the answers `known`.

    When a condition reads a later answer, `key` may lie off the walk from the part's
    start; the position then counts the part's questions answered before it (`history`).
    """
    dialogue = compiled.dialogue
    walked = walk_of_part(compiled, part_start(compiled, key), known)
    if key in walked:
        return walked.index(key) + 1, len(walked)
    part = dialogue.step(key).module
    earlier = {k for k in history if k != key and dialogue.step(k).module == part
               and not dialogue.is_offer(k)}  # fmt: skip
    position = len(earlier) + 1
    return position, position + len(walk_from(compiled, key, known)) - 1
