"""How often a walk with planted names needs a tap: reflections through the real engine
whose typed answers each carry one person's name, in nl, fr and en, capitalised or not.

Per typed answer the name is either replaced by the scrubber (no tap), offered as a
doubtful word (one tap hides it), or neither (missed: only the worker's own reading
catches it). Names and sentences are written for this benchmark, not taken from any
evaluation set. Run with `python -m benchmarks.scrub_taps`.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from bot.app import build_core
from bot.dialogue.engine import Engine, Outcome
from bot.dialogue.model import Kind
from bot.dialogue.replies import ReplyKind
from bot.dialogue.session import Session
from tests.walk import complete

NAMES = [
    "Yasmina", "Bilal", "Oumar Sow", "Thi Lan", "Agnieszka", "Dragan", "Souleymane",
    "Efua", "Jolien", "Wouter", "Mehmet Kaya", "Nour", "Ravi", "Ionela", "Kofi Mensah",
    "Samia Haddad", "Tshibanda", "Lutgart", "Hamza", "Gabriela", "Ousmane", "Ilse",
    "Fiston", "Ayaan", "Natalia", "Zeynep", "Mariama Bah", "Jef", "Brecht", "Honorine",
    "Patience", "Memory", "Goodness", "Shukri", "Mirela", "Sven", "Lotte", "Dieudonné",
    "Ewa Nowak", "Karim", "Chantal", "Ibrahima", "Fatoumata", "Rukiya", "Tamara",
]  # fmt: skip
ANSWERED = ReplyKind.ANSWERED
TEMPLATES = {
    "nl": ["gesprek met {n} over de huur", "{n} belde me terug na de middag",
           "haar zoon {n} zit weer thuis", "ik heb {n} doorverwezen naar de dienst",
           "met {n} en haar broer gepraat over school", "vandaag ging {n} mee naar de bank"],
    "fr": ["visite chez {n} ce matin", "{n} m'a rappelée vers midi",
           "sa fille {n} ne dort plus", "j'ai accompagné {n} au guichet",
           "on a parlé avec {n} de la facture"],
    "en": ["talked with {n} about the rent", "{n} called back after lunch",
           "her son {n} stays home again", "I went with {n} to the bank",
           "we discussed the bills with {n} and her sister"],
}  # fmt: skip


@dataclass
class Walk:
    """Watches one walk: the fate of each planted name, counted once per typed answer."""

    planted: dict[str, str]
    counts: Counter[str]
    seen: set[str] = field(default_factory=set)

    def __call__(self, outcome: Outcome) -> None:
        session = outcome.session
        if session is not None and session.pending_text is not None:
            self.seen.add(session.current)
            self.counts[_fate(session, self.planted[session.current])] += 1
        elif session is not None and outcome.replies and outcome.replies[0].kind is ANSWERED:
            step = outcome.replies[0].step or ""
            if step in self.planted and step not in self.seen:
                self.seen.add(step)
                kept = str(session.answers.get(step, ""))
                self.counts["missed" if self.planted[step] in kept else "masked"] += 1


def walks(count: int = 200, seed: int = 12) -> Counter[str]:
    """Counts of typed answers masked, needing a tap, or missed; and walks needing a tap."""
    registry, _, scrubber = build_core()
    engine = Engine(registry, scrubber, today=lambda: date(2026, 11, 21))
    compiled = registry.latest("post_contact")
    text_steps = [s.key for s in compiled.dialogue.steps if s.kind is Kind.TEXT]
    chance = random.Random(seed)
    counts: Counter[str] = Counter()
    for _ in range(count):
        lang = chance.choice(sorted(TEMPLATES))
        planted: dict[str, str] = {}
        wanted: dict[str, str | int | tuple[str, ...]] = {"depth": "deep"}
        for key in text_steps:
            name = chance.choice(NAMES)
            name = name.lower() if chance.random() < 0.4 else name
            planted[key] = name
            wanted[key] = chance.choice(TEMPLATES[lang]).format(n=name)
        tapped_before = counts["tap"]
        complete(engine, compiled, wanted, lang=lang, hook=Walk(planted, counts))
        counts["walks"] += 1
        counts["walks_with_tap"] += counts["tap"] > tapped_before
    return counts


def _fate(session: Session, name: str) -> str:
    text = session.pending_text or ""
    if not any(part in text for part in name.split()):
        return "masked"
    offered = {w.lower() for w in session.pending_unsure}
    hidden = all(part.lower() in offered for part in name.split() if part in text)
    return "tap" if hidden else "missed"


def main() -> None:
    counts = walks()
    answers = counts["masked"] + counts["tap"] + counts["missed"]
    print(f"{counts['walks']} walks, {answers} typed answers with a planted name:")
    for fate in ("masked", "tap", "missed"):
        print(f"  {fate}: {counts[fate]} ({counts[fate] / answers:.1%})")
    print(f"walks that needed at least one tap: {counts['walks_with_tap'] / counts['walks']:.1%}")


if __name__ == "__main__":
    main()
