"""A learned second opinion on person names: a logistic regression over many weak cues
(name and word lists, shape, neighbouring words, what the rules masked around a word).

Trained by scripts/train_name_model.py on the project's own invented, labelled sentences
(never a held-out or frozen set); the weights ship in data/name_model.tsv, so the scrubber
needs no machine-learning library at run time: a score is a sum of dictionary lookups.
It looks only at words the rules left, and it does not mask: masking at the threshold
cross-validation allowed gained no name on any held-out set and raised false alarms
(docs/privacy.md), so the words it scores high are offered to the worker for one tap."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.privacy.gazetteer import fold, gazetteer
from bot.privacy.lexicon import Lexicon, cues, lexicon, read_data
from bot.privacy.name_cues import frequent

TOKEN = re.compile(r"[^\W\d_]\w*+(?:['’-]+\w++)*+")
"""`names.TOKEN`: a letter, then word characters joined by apostrophes and hyphens."""
DIGIT = re.compile(r"\d")
ENDS = frozenset('.!?:;\n"“«•(')
MASK = "<M>"
"""A unit the rules (or a label already in the text) hide: its words are never features, so
that a second scrub, which sees a label there, computes the same features."""
_FUNCTION = (
    "de het een en of in op van voor met naar bij aan uit om te is was zijn ben heeft had "
    "ik je jij hij zij ze we wij u hem haar hun ons die dat dit deze wie wat niet geen ook "
    "maar dan als nog al er zo nu wel toen want omdat dus door over tot le la les un une des "
    "du et ou à au aux dans sur pour par avec chez en il elle ils elles on nous vous je tu "
    "me te se lui leur mon ma mes son sa ses ce cette ces qui que quoi ne pas plus est a "
    "the a an and or of to in on at for with by from is was are were be been has have had "
    "he she they we you i him her them his their our my your it its this that these not "
    "but so as if then than no yes "
    "will would shall can could may might must should do does did zal zou kan kon moet mag "
    "wil wou wordt werd peut doit va vont sont ont fait"  # auxiliaries: "[name] will come"
)
FUNCTION = frozenset(_FUNCTION.split())
"""Words that are never a name on their own: not scored at all."""


@dataclass(frozen=True, slots=True)
class Unit:
    """A word left in the text, or one masked span (`word` is MASK)."""

    start: int
    end: int
    word: str
    opens: bool
    """Nothing before it but a sentence's end or the start of the text."""
    tail: str = ""
    """What stands between it and the next unit: "d" a digit, "(" a bracket, "," a comma."""


def units(text: str, masked: Sequence[tuple[int, int]]) -> list[Unit]:
    """The text as a row of free words and masked spans, in order (spans: sorted, disjoint)."""
    found: list[Unit] = []
    spans = sorted(masked)
    k, position = 0, 0
    for match in TOKEN.finditer(text):
        start, end = match.span()
        while k < len(spans) and spans[k][0] < end:
            s, e = spans[k]
            found.append(Unit(s, e, MASK, _opens(text, position, s)))
            position = max(position, e)
            k += 1
        if start < position:
            continue  # inside (or overlapping) a masked span
        found.append(Unit(start, end, match.group(), _opens(text, position, start)))
        position = end
    found.extend(Unit(s, e, MASK, _opens(text, position, s)) for s, e in spans[k:])
    if not found:
        return found
    ends = [u.start for u in found[1:]] + [len(text)]
    return [
        u
        if end == u.end or (end == u.end + 1 and text[u.end] == " ")
        else _tailed(u, text[u.end : end])
        for u, end in zip(found, ends, strict=True)
    ]


def _tailed(unit: Unit, gap: str) -> Unit:
    if DIGIT.search(gap):
        tail = "d"
    elif "(" in gap:
        tail = "("
    elif "," in gap:
        tail = ","
    else:
        return unit
    return Unit(unit.start, unit.end, unit.word, unit.opens, tail)


def _opens(text: str, after: int, start: int) -> bool:
    return (after == 0 and not text[:start].strip()) or not ENDS.isdisjoint(text[after:start])


@lru_cache(maxsize=16384)
def candidate(word: str) -> bool:
    """A word the model may judge: letters (joined by ' or -), two or more, no function word."""
    return (
        word != MASK
        and len(word) >= 2
        and word.replace("-", "").replace("'", "").replace("’", "").isalpha()
        and word.lower() not in FUNCTION
    )


def shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "XX"
    return (
        ("Xx" if word[0].isupper() else "x")
        + ("-" if "-" in word else "")
        + ("'" if "'" in word or "’" in word else "")
    )


@lru_cache(maxsize=16384)
def word_features(word: str, lex: Lexicon) -> tuple[str, ...]:
    """What the word alone says (decided once a word)."""
    low = word.lower()
    form = shape(word)
    found = [f"w={low}", f"shape={form}", f"s2={low[-2:]}", f"s3={low[-3:]}"]
    lists = [
        ("first", low in lex.first),
        ("last", low in lex.last),
        ("wordname", low in lex.word_names),
        ("homograph", low in lex.homographs),
        ("word", low in lex.words),
        ("compound", low not in lex.words and lex.is_word(low)),
        ("common", low in frequent()),
        ("town", fold(low) in gazetteer().names),
    ]
    held = [name for name, yes in lists if yes]
    found += [f"in={name}" for name in held] + [f"{form}&{name}" for name in held]
    found.append("lists=" + "+".join(held))
    return tuple(found)


def _neighbour(unit: Unit | None, side: str, lex: Lexicon) -> tuple[str, ...]:
    return _neighbour_word(unit.word if unit else None, side, lex)


@lru_cache(maxsize=16384)
def _neighbour_word(word: str | None, side: str, lex: Lexicon) -> tuple[str, ...]:
    """What a neighbour says (decided once a word and side)."""
    if word is None:
        return (f"{side}=<edge>",)
    if word == MASK:
        return (f"{side}={MASK}",)
    low = word.lower()
    found = [f"{side}={low}", *(f"{side}cue={cue}" for cue in _cue_kinds(low))]
    if word[0].isupper():
        found.append(f"{side}cap")
    if low in lex.first or low in lex.last:
        found.append(f"{side}name")
    return tuple(found)


@cache
def _cues() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple(sorted(cues().items()))


@lru_cache(maxsize=16384)
def _cue_kinds(word: str) -> tuple[str, ...]:
    """The sections of cues.txt that hold the word: titles, relations, verbs, ..."""
    return tuple(name for name, words in _cues() if word in words)


def features(row: Sequence[Unit], i: int, lex: Lexicon) -> list[str]:
    """Every feature of `row[i]` (pure: the same row gives the same features)."""
    alone = word_features(row[i].word, lex)
    before = _neighbour(row[i - 1] if i > 0 else None, "p", lex)
    after = _neighbour(row[i + 1] if i + 1 < len(row) else None, "n", lex)
    return [*alone, *before, *after, *_around(row, i, alone[-1], before[0], after[0])]


def _around(row: Sequence[Unit], i: int, kind: str, before: str, after: str) -> list[str]:
    """The features that join the word with its neighbours (not cached: the rest is)."""
    unit = row[i]
    previous = row[i - 1] if i > 0 else None
    found = [f"{kind}&{before}", f"{kind}&{after}"]  # "lists=first+word&p=met"
    if unit.tail:
        found.append(f"tail={unit.tail}")
    if previous is not None and previous.tail:
        found.append(f"ptail={previous.tail}")
    if unit.opens:
        found += ["opens", f"opens&{shape(unit.word)}"]
    elif previous is not None and previous.opens and previous.word != MASK:
        found.append("second")
    two = row[i - 2].word.lower() if i > 1 else "<edge>"
    found.append(f"pp={two}|{previous.word.lower() if previous else '<edge>'}")
    return found


@dataclass(frozen=True, eq=False)  # hashed by identity: a key of the per-word caches
class Model:
    bias: float
    threshold: float
    """At or above it a word is offered to the worker (never masked: see the docstring)."""
    weights: dict[str, float]

    def score(self, row: Sequence[Unit], i: int, lex: Lexicon) -> float:
        """The bias plus the weights of `features(row, i)`, the parts of one word and of
        one neighbour summed once (a test checks both ways agree)."""
        word = row[i].word
        previous = row[i - 1].word if i > 0 else None
        following = row[i + 1].word if i + 1 < len(row) else None
        before = _neighbour_word(previous, "p", lex)
        after = _neighbour_word(following, "n", lex)
        get = self.weights.get
        around = _around(row, i, word_features(word, lex)[-1], before[0], after[0])
        return (
            _word_score(self, word, lex)
            + _side_score(self, previous, "p", lex)
            + _side_score(self, following, "n", lex)
            + sum(get(f, 0.0) for f in around)
        )


@lru_cache(maxsize=16384)
def _word_score(model: Model, word: str, lex: Lexicon) -> float:
    return model.bias + sum(model.weights.get(f, 0.0) for f in word_features(word, lex))


@lru_cache(maxsize=16384)
def _side_score(model: Model, word: str | None, side: str, lex: Lexicon) -> float:
    return sum(model.weights.get(f, 0.0) for f in _neighbour_word(word, side, lex))


def parse(lines: Iterable[str]) -> Model:
    """name_model.tsv: "feature<TAB>weight" lines; __bias__ and __ask__ among them."""
    weights: dict[str, float] = {}
    for line in lines:
        feature, _, value = line.rpartition("\t")
        weights[feature] = float(value)
    bias = weights.pop("__bias__", 0.0)
    threshold = weights.pop("__ask__", float("inf"))
    return Model(bias, threshold, weights)


@cache
def model() -> Model:
    return parse(read_data("name_model.tsv"))


def offered_names(
    text: str, labels: Sequence[tuple[int, int]], kept: bytearray
) -> list[tuple[int, str]]:
    """Words of a scrubbed `text` the model reads as names, as (start, word), for the
    show-back to offer; `labels`: the labels in it, `kept`: 1 at each character of a label,
    keep.txt's phrase or phrase already offered (`unsure.unsure_words`' map: never again)."""
    lex, judge = lexicon(), model()
    row = units(text, sorted(labels))
    return [
        (unit.start, unit.word)
        for i, unit in enumerate(row)
        if candidate(unit.word)
        and kept.find(1, unit.start, unit.end) < 0
        and not (i and row[i - 1].word.lower() in ARTICLES and unit.word.islower())
        and judge.score(row, i, lex) >= judge.threshold
    ]


ARTICLES = frozenset(["the", "a", "an"])
"""An English article before a lower-case word makes it a word ("went to the barber"),
whatever the model's weights learned from the latest sets; "de bakker" may be a surname."""
