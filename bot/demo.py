"""Synthetic teams and reflections for demos and benchmarks (`reflectbot demo-data`).

Answers follow the real dialogue's rules (walked on its machine) with plausible weights,
texts come from a short list of invented notes, days spread over the last 120 days.
Nothing here is real: no person, place or number.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bot.dialogue.model import AnswerValue, Kind, Step
from bot.dialogue.registry import Compiled
from bot.dialogue.session import EntryDraft
from bot.dialogue.signals import entry_flags, raised_signals
from bot.privacy.pseudonym import SecretKey
from bot.storage.port import Store
from bot.teams.model import Role
from bot.teams.service import Teams

NOTES = (
    "Ze hield het gesprek zelf in handen.",
    "Hij vertelde trots over zijn kinderen.",
    "Samen de brief gelezen, stap voor stap.",
    "Ze vond zelf een oplossing voor de opvang.",
    "Meer tijd nemen voor de vragen over de huur.",
    "Eerst luisteren, dan pas het formulier.",
    "Elle a trouvé du soutien chez une voisine.",
    "He laughed for the first time in weeks.",
)
POOL = 300
BATCH = 5000


@dataclass(frozen=True)
class DemoCounts:
    teams: int
    workers: int
    entries: int
    invites: dict[int, str]
    """A supervisor invite code per team, to try /team and /export."""


def _answer(step: Step, rng: random.Random) -> AnswerValue:
    if step.kind is Kind.SCALE:
        return rng.choices(range(step.scale_min, step.scale_max + 1), (1, 2, 4, 5, 3))[0]
    if step.kind is Kind.TEXT:
        return None if step.skippable and rng.random() < 0.3 else rng.choice(NOTES)
    if step.kind is Kind.MULTI:
        plain = [o.key for o in step.options if not o.exclusive]
        exclusive = [o.key for o in step.options if o.exclusive]
        if exclusive and rng.random() < 0.35:
            return (exclusive[0],)
        return tuple(sorted(rng.sample(plain, k=rng.choice((1, 1, 2))), key=plain.index))
    return rng.choice(step.options).key


SHARED = 0.6
"""The share of demo reflections their synthetic authors share for supervision."""


def walk(compiled: Compiled, rng: random.Random) -> dict[str, AnswerValue]:
    """One plausible reflection, following the dialogue's own branching."""
    dialogue, answers = compiled.dialogue, {}
    key = dialogue.start
    while dialogue.step(key).kind is not Kind.REVIEW:
        answers[key] = _answer(dialogue.step(key), rng)
        key = compiled.machine.next_step(key, answers)
    return answers


async def demo_data(store: Store, key: SecretKey, compiled: Compiled, teams: int,
                    workers: int, entries: int, seed: int = 7) -> DemoCounts:  # fmt: skip
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    dialogue, today = compiled.dialogue, date.today()
    pool = []
    for _ in range(POOL):
        answers = walk(compiled, rng)
        if dialogue.has_step("share") and "share" not in answers:
            # The walk covers the core; the share question sits in the closing the worker
            # reaches after the review. Without it no demo reflection reached supervision.
            answers["share"] = "yes" if rng.random() < SHARED else "no"
        pool.append((answers, raised_signals(dialogue, answers), entry_flags(dialogue, answers)))
    service, invites, written = Teams(store), {}, 0
    batch: list[tuple[str, EntryDraft]] = []
    for number in range(teams):
        team, codes = await service.create(f"Demoteam {number + 1}", "nl", None)
        invites[team.id] = codes[Role.SUPERVISOR]
        for worker in range(workers):
            pseudonym = key.pseudonym(f"demo:{team.id}:{worker}")
            await store.ensure_worker(pseudonym, key.version, "nl", today)
            await store.add_member(pseudonym, team.id, Role.WORKER, today)
            for _ in range(entries):
                answers, signals, flags = rng.choice(pool)
                day = today - timedelta(days=rng.randrange(120))
                batch.append((pseudonym, EntryDraft(dialogue.id, dialogue.version, day, "nl",
                                                    answers, signals, flags)))  # fmt: skip
                if len(batch) >= BATCH:
                    written += await store.add_entries(batch)
                    batch = []
    written += await store.add_entries(batch)
    return DemoCounts(teams, teams * workers, written, invites)
