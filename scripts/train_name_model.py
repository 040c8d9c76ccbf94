"""Train the learned name model (bot/privacy/name_model.py) and write its weights.

Training data: every labelled sentence of the project that is no held-out and no frozen set
(tests/pii_corpus.py: the shared dev set, the tuning sets, every pii-dev-* set, the phone-style
tuning set, scrubnames3). Each word the model may judge is one example: inside a PERSON span
or not (words inside another labelled span are left out: hiding them is no harm). Words the
rules masked are examples too, with their own span opened, so that the model learns what names
look like from thousands of names and not only from the few the rules miss.

The threshold is chosen by k-fold cross-validation on the words the rules left: each fold's
model scores sentences it never saw, and the lowest threshold that keeps the words it would
add within budget (PII-free sentences touched, ordinary words) is kept. Words at or above it
are offered to the worker in the show-back, never masked (bot/privacy/name_model.py says
why). Needs scikit-learn (the `dev` extra), never a runtime dependency. Deterministic: the
same data gives the same file.

    python -m scripts.train_name_model            # write bot/privacy/data/name_model.tsv
    python -m scripts.train_name_model --curve    # print the cross-validated curve too
    python -m scripts.train_name_model --check    # fail if the shipped file differs
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from bot.privacy.lexicon import lexicon
from bot.privacy.name_model import MASK, TOKEN, candidate, features, units
from bot.privacy.scrub import find_spans
from tests import pii_corpus
from tests.pii_corpus import Sentence, from_jsonl, from_markup

OUT = Path(__file__).resolve().parent.parent / "bot" / "privacy" / "data" / "name_model.tsv"
C = 1.0
"""Inverse regularisation strength (liblinear, L2): chosen by the same cross-validation."""
FOLDS = 5
ALARM_BUDGET = 0.02
"""At most this share of PII-free sentences with a new offer (one in 50)."""
WORD_BUDGET = 0.003
"""At most this share of the ordinary words the rules left offered."""
THRESHOLDS = [x / 4 for x in range(-4, 25)]


def training_paths() -> list[Path]:
    """Every readable labelled set that is no held-out and no frozen one."""
    paths = []
    for name, path in sorted(vars(pii_corpus).items()):
        if not name.isupper() or not isinstance(path, Path) or not path.is_file():
            continue
        if "FROZEN" in name or "HOLDOUT" in name or "holdout" in path.name:
            continue
        if path.suffix in (".txt", ".jsonl"):
            paths.append(path)
    return paths


def training_sentences() -> list[Sentence]:
    found: list[Sentence] = []
    for path in training_paths():
        found += from_jsonl(path) if path.suffix == ".jsonl" else from_markup(path)
    return found


@dataclass(frozen=True)
class Example:
    sentence: int
    features: list[str]
    name: bool
    left: bool
    """The rules left this word: the model judges only such words at run time."""
    clean: bool
    """The sentence holds no labelled span."""


def examples(sentences: list[Sentence]) -> list[Example]:
    lex = lexicon()
    found: list[Example] = []
    for number, sentence in enumerate(sentences):
        text = sentence.text
        rules = [(s.start, s.end) for s in find_spans(text)]
        row = units(text, rules)
        for i, unit in enumerate(row):
            if candidate(unit.word):
                label = _label(sentence, unit.start, unit.end)
                if label is not None:
                    found.append(Example(number, features(row, i, lex), label, True,
                                         not sentence.spans))  # fmt: skip
        for start, end in rules:  # the words the rules masked, their own span opened
            for match in TOKEN.finditer(text, start, end):
                a, b = match.span()
                if not candidate(match.group()):
                    continue
                opened = [s for s in rules if s != (start, end)]
                opened += [(x, y) for x, y in ((start, a), (b, end)) if text[x:y].strip()]
                row = units(text, opened)
                index = next((k for k, u in enumerate(row) if u.start == a), None)
                label = _label(sentence, a, b)
                if index is not None and row[index].word != MASK and label is not None:
                    found.append(Example(number, features(row, index, lex), label, False,
                                         not sentence.spans))  # fmt: skip
    return found


def _label(sentence: Sentence, start: int, end: int) -> bool | None:
    for s, e, label in sentence.spans:
        if s < end and start < e:
            return True if label == "PERSON" else None
    return False


def fit(train: list[Example]) -> tuple[float, dict[str, float]]:
    vectoriser = DictVectorizer(sort=True)
    matrix = vectoriser.fit_transform([dict.fromkeys(e.features, 1) for e in train]).tocsr()
    matrix.indices = matrix.indices.astype("int32")  # liblinear takes 32-bit indices only
    matrix.indptr = matrix.indptr.astype("int32")
    model = LogisticRegression(solver="liblinear", C=C, random_state=0, max_iter=1000)
    model.fit(matrix, [e.name for e in train])
    names = vectoriser.get_feature_names_out()
    weights = {str(f): round(float(w), 2) for f, w in zip(names, model.coef_[0], strict=True)}
    return round(float(model.intercept_[0]), 2), {f: w for f, w in weights.items() if w}


def score(bias: float, weights: dict[str, float], example: Example) -> float:
    return bias + sum(weights.get(f, 0.0) for f in example.features)


def curve(sentences: list[Sentence], found: list[Example]) -> list[tuple[float, int, int, int]]:
    """Per threshold: the words the rules left that score as high or higher: names, ordinary
    words, and PII-free sentences holding one."""
    scored: list[tuple[Example, float]] = []
    for fold in range(FOLDS):
        bias, weights = fit([e for e in found if e.sentence % FOLDS != fold])
        scored += [(e, score(bias, weights, e)) for e in found
                   if e.sentence % FOLDS == fold and e.left]  # fmt: skip
    rows = []
    for threshold in THRESHOLDS:
        hit = [e for e, s in scored if s >= threshold]
        alarms = {e.sentence for e in hit if e.clean}
        rows.append((threshold, sum(e.name for e in hit), sum(not e.name for e in hit),
                     len(alarms)))  # fmt: skip
    return rows


def build(show: bool) -> str:
    sentences = training_sentences()
    found = examples(sentences)
    clean = sum(1 for s in sentences if not s.spans)
    words = sum(1 for e in found if e.left and not e.name)
    missed = sum(1 for e in found if e.left and e.name)
    rows = curve(sentences, found)
    threshold = next(t for t, _, lost, alarms in rows
                     if lost <= WORD_BUDGET * words and alarms <= ALARM_BUDGET * clean)  # fmt: skip
    if show:
        print(f"{len(sentences)} sentences ({clean} PII-free), {len(found)} examples; the rules "
              f"left {missed} name words and {words} other words")  # fmt: skip
        for t, gained, lost, alarms in rows:
            mark = " <- chosen" if t == threshold else ""
            print(f"threshold {t:5.2f}: names {gained}/{missed}, ordinary words {lost}, "
                  f"PII-free sentences {alarms}/{clean}{mark}")  # fmt: skip
    bias, weights = fit(found)
    lines = [f"__bias__\t{bias}", f"__ask__\t{threshold}"]
    lines += [f"{f}\t{w}" for f, w in sorted(weights.items())]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--curve", action="store_true", help="print the cross-validated curve")
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    args = parser.parse_args(argv)
    made = build(args.curve)
    if args.check:
        same = OUT.read_text(encoding="utf-8") == made
        print("name_model.tsv is up to date" if same else "name_model.tsv differs: retrain")
        return 0 if same else 1
    OUT.write_text(made, encoding="utf-8")
    print(f"wrote {OUT} ({made.count(chr(10)) - 2} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
