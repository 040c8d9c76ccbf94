"""One dialogue for reports that span versions: the newest version of a family with the
questions, sections and signals that only older versions or variants have, appended.

Old entries keep their dialogue version (a v1 entry answered `presence_time`, which v2
no longer asks); an export of a period that holds both must keep that column rather
than drop it because the newest version lacks it. Never used to run a reflection."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from bot.dialogue.model import ANSWERABLE, Dialogue


def across_versions(current: Dialogue, dialogues: Iterable[Dialogue]) -> Dialogue:
    """`current`, then what other dialogues of its family add: the base dialogue's newer
    versions first, then variants; a step that migrated into a current one is not added."""
    family = current.family or current.id
    others = sorted((d for d in dialogues if (d.family or d.id) == family and d is not current),
                    key=lambda d: (d.family != d.id, -d.version, d.id))  # fmt: skip
    steps, sections, signals = list(current.steps), list(current.sections), list(current.signals)
    taken = {s.key for s in steps} | {old for s in steps for old in s.migrates_from}
    origins: dict[str, str] = {}
    for other in others:
        for step in other.steps:
            if step.kind in ANSWERABLE and step.key not in taken:
                taken.add(step.key)
                steps.append(replace(step, module=None, next=()))
                origins[step.key] = f"{other.id} v{other.version}"
        known = {s.key for s in sections}
        sections += [s for s in other.sections if s.key not in known]
        named = {s.key for s in signals}
        signals += [s for s in other.signals if s.key not in named]
    if not origins and len(signals) == len(current.signals):
        return current
    return replace(current, steps=tuple(steps), sections=tuple(sections),
                   signals=tuple(signals), origins=origins, _by_key={})  # fmt: skip
