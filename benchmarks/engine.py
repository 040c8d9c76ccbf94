"""Engine benchmark: time per answered step and per reflection, memory per session.

Each figure stands beside a baseline measured in the same run (a bare dict-walk of the
same dialogue), because machines are noisy. Run with `make bench` or
`python -m benchmarks.engine [--rounds N]`. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.record import emit
from bot.app import build_core
from bot.dialogue.engine import Engine
from bot.dialogue.events import Event
from bot.dialogue.model import Kind
from bot.dialogue.registry import Compiled, DialogueRegistry
from bot.dialogue.session import Session
from bot.identities import Identities
from bot.privacy.pseudonym import Keyring, SecretKey
from bot.reflections import Reflections
from bot.storage.sqlite import SqliteStore
from tests.walk import default_event

WANTED: dict[str, str | int | tuple[str, ...]] = {
    "depth": "deep",
    "blow_risks": ("proof",),
    "role_taken": "control",
    "wellbeing": 2,
}
TEXT = "Ze vertelde over haar buurt en haar kinderen; ik luisterde vooral."


def script(compiled: Compiled, engine: Engine) -> list[list[Event]]:
    """The events of one deep reflection, grouped per answered step (found by walking once)."""
    wanted = {**WANTED, "strength_seen": TEXT}
    outcome = engine.start("post_contact", "nl")
    steps: list[list[Event]] = []
    while outcome.session is not None:
        events = default_event(compiled, outcome.session, wanted)
        steps.append(events)
        for event in events:
            assert outcome.session is not None
            outcome = engine.handle(outcome.session, event)
    return steps


def engine_only(engine: Engine, steps: list[list[Event]]) -> tuple[list[float], float]:
    """Seconds per answered step, and for the whole reflection."""
    per_step = []
    begin = time.perf_counter()
    outcome = engine.start("post_contact", "nl")
    for events in steps:
        started = time.perf_counter()
        for event in events:
            assert outcome.session is not None
            outcome = engine.handle(outcome.session, event)
        per_step.append(time.perf_counter() - started)
    assert outcome.entry is not None
    return per_step, time.perf_counter() - begin


def dict_walk(compiled: Compiled) -> tuple[list[float], float]:
    """The baseline: look each step up in a dict, store a value, follow the file order."""
    steps = {s.key: s for s in compiled.dialogue.steps}
    order = [s.key for s in compiled.dialogue.steps]
    per_step = []
    begin = time.perf_counter()
    answers: dict[str, object] = {}
    for index, key in enumerate(order):
        started = time.perf_counter()
        step = steps[key]
        answers[key] = step.options[0].key if step.options else 3
        _ = order[index + 1] if index + 1 < len(order) else None
        per_step.append(time.perf_counter() - started)
    return per_step, time.perf_counter() - begin


async def with_sqlite(
    engine: Engine, registry: DialogueRegistry, steps: list[list[Event]], rounds: int
) -> list[float]:
    """Seconds per answered step including load, engine and the SQLite commit."""
    per_step: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        keys = Keyring((SecretKey(1, bytes(32)),))
        store = await SqliteStore.open(Path(folder), keys)
        service = Reflections(store, engine, registry, Identities(store, keys))
        for round_ in range(rounds):
            worker = await service.worker(f"bench:{round_}", "nl")
            await service.begin(worker, "nl")
            for events in steps:
                started = time.perf_counter()
                for event in events:
                    await service.handle(worker, event)
                per_step.append(time.perf_counter() - started)
        await store.close()
    return per_step


def session_memory(
    engine: Engine, compiled: Compiled, steps: list[list[Event]], count: int
) -> tuple[float, int]:
    """Bytes of Python memory per in-progress session at the review, and its JSON size."""
    outcome = engine.start("post_contact", "nl")
    for events in steps[:-1]:
        for event in events:
            assert outcome.session is not None
            outcome = engine.handle(outcome.session, event)
    assert outcome.session is not None and outcome.session.current == "review"
    raw = outcome.session.to_json()
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    kept = [Session.from_json(raw) for _ in range(count)]
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    grown = sum(s.size_diff for s in after.compare_to(before, "filename"))
    assert len(kept) == count
    return grown / count, len(raw.encode())


def median_us(values: list[float]) -> float:
    return statistics.median(values) * 1e6


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args(argv)
    registry, _translator, scrubber = build_core()
    engine = Engine(registry, scrubber, today=lambda: date(2026, 11, 21))
    compiled = registry.latest("post_contact")
    steps = script(compiled, engine)
    answerable = sum(1 for s in compiled.dialogue.steps if s.kind is not Kind.REVIEW)

    engine_steps: list[float] = []
    engine_totals: list[float] = []
    base_steps: list[float] = []
    base_totals: list[float] = []
    for _ in range(args.rounds):
        per_step, total = engine_only(engine, steps)
        engine_steps += per_step
        engine_totals.append(total)
        per_step, total = dict_walk(compiled)
        base_steps += per_step
        base_totals.append(total)
    sqlite_steps = asyncio.run(with_sqlite(engine, registry, steps, max(3, args.rounds // 5)))
    memory, json_size = session_memory(engine, compiled, steps, 1000)

    def row(name: str, value: float, unit: str, base: float, target: str) -> str:
        return (
            f"| {name} | {value:.1f} {unit} | {base:.2f} {unit} | {value / base:.0f}x | {target} |"
        )

    print(
        f"post_contact: {len(steps)} interactions (presses or texts) on the deep path "
        f"({answerable} steps in the file), {args.rounds} rounds"
    )
    print("| figure | reflectbot | baseline (dict-walk) | ratio | target |")
    print("|---|---|---|---|---|")
    print(
        row(
            "median per step, engine only",
            median_us(engine_steps),
            "µs",
            median_us(base_steps),
            "< 200 µs",
        )
    )
    print(
        row(
            "median per step, with SQLite commit",
            median_us(sqlite_steps),
            "µs",
            median_us(base_steps),
            "< 1000 µs",
        )
    )
    print(
        row(
            "median per reflection, engine only",
            statistics.median(engine_totals) * 1e3,
            "ms",
            statistics.median(base_totals) * 1e3,
            "-",
        )
    )
    print(
        f"| memory per in-progress session (at the review) | {memory / 1024:.1f} KB | - | - "
        f"| < 20 KB |"
    )
    print(f"| stored session JSON (at the review) | {json_size / 1024:.1f} KB | - | - | - |")
    check: list[tuple[str, Callable[[], bool]]] = [
        ("engine step under 0.2 ms", lambda: median_us(engine_steps) < 200),
        ("SQLite step under 1 ms", lambda: median_us(sqlite_steps) < 1000),
        ("session under 20 KB", lambda: memory < 20 * 1024),
    ]
    for name, passed in check:
        print(f"{'ok  ' if passed() else 'MISS'} {name}")
    emit("engine", step_us=median_us(engine_steps), sqlite_step_us=median_us(sqlite_steps),
         baseline_step_us=median_us(base_steps), session_kb=memory / 1024)  # fmt: skip


if __name__ == "__main__":
    main()
