"""Where the scrubber's time goes, per rule family, and what skipping families could gain.

For each recogniser of `bot.privacy.scrub.ORDER` and for the name rules: its CPU time per
sentence on the sentences where it finds something and on those where it finds nothing
(what a gate before it could save at most). Then the bound of any such gate: `find_spans`
run with, for each sentence, only the families that find something in it (an oracle no
real gate can beat), beside the full run, alternated in the same minutes. Its output is
the same by construction: a family that finds nothing claims nothing.

Sentences: the shared dev set, every pii-* corpus of tests/data but the frozen sets (never
opened here) and the bot's catalog sentences. Run with `python -m benchmarks.scrub_families`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import bot.privacy.scrub as scrub
from benchmarks.scrub import catalog_sentences
from bot.privacy.lazy_patterns import compile_all
from bot.privacy.lexicon import lexicon
from bot.privacy.names import names
from bot.privacy.tokens import has_digit
from tests.pii_corpus import DEV, from_jsonl, from_markup

ROOT = Path(__file__).resolve().parent.parent


def texts() -> list[str]:
    """The sentences to time (no frozen set: they are never opened)."""
    found = [s.text for s in from_jsonl(DEV)]
    for path in sorted((ROOT / "tests" / "data").glob("pii-*")):
        if "frozen" not in path.name:
            reader = from_jsonl if path.suffix == ".jsonl" else from_markup
            found += [s.text for s in reader(path)]
    return found + [s.text for s in catalog_sentences()]


def best(work: Callable[[], object], rounds: int = 5) -> float:
    """The least CPU time of `rounds` runs of `work`: the one least disturbed by others."""
    times = []
    for _ in range(rounds):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def runs_on(recogniser: scrub.Recogniser, text: str) -> bool:
    """Whether `find_spans` calls the recogniser on `text` (some need a digit)."""
    return has_digit(text) or recogniser in scrub.WITHOUT_DIGITS


@contextmanager
def restored() -> Iterator[None]:
    """The recognisers' order put back after a run that swaps it per sentence (a
    benchmark's device, never the bot's)."""
    order, without = scrub.ORDER, scrub.WITHOUT_DIGITS
    try:
        yield
    finally:
        scrub.ORDER, scrub.WITHOUT_DIGITS = order, without


def _over(recogniser: scrub.Recogniser, sentences: list[str]) -> Callable[[], object]:
    return lambda: [list(recogniser(text)) for text in sentences]


def main() -> None:
    sentences = texts()
    scrub.find_spans("Mevrouw Peeters, Kerkstraat 12, 2140 Borgerhout, 0470 12 34 56")
    compile_all()
    for text in sentences:
        scrub.find_spans(text)  # every per-word cache warm, as in a running bot
    count = len(sentences)
    total = best(lambda: [scrub.find_spans(t) for t in sentences])
    print(f"{count} sentences; find_spans {total / count * 1e6:.0f} µs per sentence\n")
    print("| family | finds something in | µs/sentence where it does | where it does not |")
    print("|---|---|---|---|")
    words = lexicon()
    name_time = best(lambda: [list(names(t, words, [])) for t in sentences])
    print(f"| names (always runs) | - | {name_time / count * 1e6:.1f} (all) | - |")
    fires: list[set[scrub.Recogniser]] = [set() for _ in sentences]
    for recogniser in scrub.ORDER:
        if recogniser is None:
            continue
        busy, idle = [], []
        for i, text in enumerate(sentences):
            if not runs_on(recogniser, text):
                continue
            if list(recogniser(text)):
                busy.append(text)
                fires[i].add(recogniser)
            else:
                idle.append(text)
        busy_time = best(_over(recogniser, busy))
        idle_time = best(_over(recogniser, idle))
        print(f"| {recogniser.__name__} | {len(busy)} | {busy_time / count * 1e6:.1f} | "
              f"{idle_time / count * 1e6:.1f} |")  # fmt: skip
    print(
        "\n(µs per sentence of the whole set: the rows add up to about find_spans's time; "
        "each family timed alone, so the shared per-text caches count in every row)"
    )
    plans = [
        tuple(r for r in (scrub.ORDER if has_digit(t) else scrub.WITHOUT_DIGITS)
              if r is None or r in fired)
        for t, fired in zip(sentences, fires, strict=True)
    ]  # fmt: skip
    full, oracle = [], []
    for _ in range(5):
        full.append(best(lambda: [scrub.find_spans(t) for t in sentences], 1))
        with restored():
            start = time.process_time()
            for text, plan in zip(sentences, plans, strict=True):
                scrub.ORDER = scrub.WITHOUT_DIGITS = plan
                scrub.find_spans(text)
            oracle.append(time.process_time() - start)
    print(f"\nevery family run: {count / min(full):,.0f} sentences/s; only the families that "
          f"find something (the bound of any gate): {count / min(oracle):,.0f} sentences/s "
          f"({min(full) / min(oracle):.2f}x, best of 5 alternated); families run per "
          f"sentence: {sum(map(len, plans)) / count:.1f} of {len(scrub.ORDER)}")  # fmt: skip


if __name__ == "__main__":
    main()
