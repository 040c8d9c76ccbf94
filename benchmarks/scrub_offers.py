"""What the show-back's offers buy, per non-frozen set: recall once every offered word is
tapped, words offered per sentence, and the share of PII-free sentences offered anything.

The three figures together are the trade (#12, offers16): more offers catch more names that
no rule knows, but every button costs a tired worker a look, and a PII-free note with a
button cries wolf. Frozen sets are never read here (their figures are the integrator's).
`--misses` lists, for tuning sets only, the spans still missed after every tap and whether
any of their words was offered.

    python -m benchmarks.scrub_offers [--misses]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.scrub import _REVIEWER, after_taps
from tests import pii_corpus
from tests.pii_corpus import Sentence, from_jsonl, from_markup, score


def corpora() -> list[tuple[str, bool, list[Sentence]]]:
    """(file name, held out?, sentences) of every labelled set that is not frozen."""
    found = []
    for name, path in sorted(vars(pii_corpus).items()):
        if not name.isupper() or not isinstance(path, Path) or "FROZEN" in name:
            continue
        if "frozen" in path.name or not path.is_file():
            continue
        held = "HOLDOUT" in name or "holdout" in path.name
        read = from_jsonl if path.suffix == ".jsonl" else from_markup
        found.append((path.name, held, read(path)))
    return found


def figures(sentences: list[Sentence]) -> tuple[float, float, float, int, int]:
    """After-tap recall, offers per sentence, share of PII-free sentences offered anything,
    offers on PII-free sentences, PII-free sentences."""
    tapped = score(sentences, after_taps)
    offers = [len(_REVIEWER.review(s.text, "en").unsure) for s in sentences]
    clean = [n for s, n in zip(sentences, offers, strict=True) if not s.spans]
    asked = sum(1 for n in clean if n)
    share = asked / len(clean) if clean else 0.0
    return tapped.recall(), sum(offers) / len(sentences), share, sum(clean), len(clean)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="tuning sets' misses after taps")
    args = parser.parse_args(argv)
    print("| set | held out | after-tap recall | offers/sentence | PII-free offered |")
    print("|---|---|---|---|---|")
    sums = {True: [0.0, 0.0, 0, 0, 0], False: [0.0, 0.0, 0, 0, 0]}
    for name, held, sentences in corpora():
        recall, per, share, clean_offers, clean = figures(sentences)
        tapped = score(sentences, after_taps)
        total = sum(tapped.total.values())
        row = sums[held]
        row[0] += recall * total
        row[1] += per * len(sentences)
        row[2] += round(share * clean)
        row[3] += clean
        row[4] += total
        print(f"| {name} | {'yes' if held else 'no'} | {recall:.3f} | {per:.2f} | "
              f"{round(share * clean)}/{clean} ({clean_offers} offers) |")  # fmt: skip
        if args.misses and not held:
            for miss in tapped.misses:
                print(f"    missed: {miss}")
    for held, (recall_sum, _, asked, clean, total) in sums.items():
        print(f"{'held-out' if held else 'tuning'} sets: after-tap recall "
              f"{recall_sum / total:.3f}, PII-free offered {asked}/{clean}")  # fmt: skip


if __name__ == "__main__":
    main()
