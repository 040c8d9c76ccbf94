"""Good practice for the supervision agenda: shared reflections with a bright spot and
strengths become "what worked here" cards, shown before the cases (#15, the trainer's
review: a session also learns from what went well, not only from what went wrong).

A session holds a few of them: the richest `SHOWN` become cards, the other bright spots
stay one line each, so nothing a worker shared is dropped and the agenda stays short."""

from __future__ import annotations

from dataclasses import dataclass

from bot.dialogue.model import Dialogue
from bot.msgid import N_
from bot.storage.port import StoredEntry

SHOWN = 3
FACTS = ("contact_kind",)
SEEN = ("strength_seen",)
SPOT = "bright_spot"
WELL = ("bright_spot", "insight")
GOOD_PRACTICE = N_("Good practice: what worked here")
WORKED = N_("What worked here")
STRENGTHS_SHOWN = N_("Strengths shown")
ROUND = N_("What made this work, and what can the team take from it for other contacts?")
MORE_SPOTS = N_("Other bright spots")


@dataclass(frozen=True, slots=True)
class GoodPractice:
    entry: StoredEntry
    strengths: tuple[str, ...]
    """The labels (msgids) of the dialogue's strengths this reflection shows."""

    @property
    def weight(self) -> int:
        seen = self.entry.answers.get("strength_seen")
        return len(self.strengths) + (len(seen) if isinstance(seen, tuple) else 0)


def good_practice(dialogue: Dialogue, entry: StoredEntry) -> GoodPractice | None:
    """A card when the reflection names what went well and shows a strength: one the
    dialogue declares (`strengths:`) or one the worker saw in the person."""
    spot = entry.answers.get(SPOT)
    if not isinstance(spot, str) or not spot.strip():
        return None
    strengths = tuple(s.label for s in dialogue.strengths if s.when.matches(entry.answers))
    found = GoodPractice(entry, strengths)
    return found if found.weight > 0 else None


def pick(found: list[GoodPractice]) -> list[GoodPractice]:
    """The richest first (most strengths), then the earliest; at most `SHOWN`."""
    return sorted(found, key=lambda g: (-g.weight, g.entry.day, g.entry.id))[:SHOWN]
