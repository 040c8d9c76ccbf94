"""Belgian place names without a postcode: municipalities, deelgemeenten, Brussels
communes and city neighbourhoods, in Dutch, French and German, in any case.

A name that is also an everyday word ("Boom", "Spa", "Geel") counts only with a capital
in mid-sentence or right after a word such as "in", "naar", "à"; a postcode just before a
name joins the span ("1083 ganshoren").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from bot.privacy.lexicon import read_data

Found = tuple[int, int, str]
PART = re.compile(r"[^\W\d_]+")
ARTICLES = frozenset({"de", "la", "le", "les", "het", "den", "l"})
BEFORE = re.compile(
    r"(?i:\b(?:in|te|naar|uit|à|au|near|from|nach|vers|richting|op het|op den)\s+)$"
)
POSTCODE_BEFORE = re.compile(r"(?<![\d.,€$])\b(?:B-?)?[1-9]\d{3}\s+$")
SENTENCE_END = set('.!?:;("“«•\n')


def fold(word: str) -> str:
    """Lower case without accents: "Flénu" and "flenu" are the same place."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Gazetteer:
    names: frozenset[str]
    """Folded names, their parts joined by one space."""
    longest: dict[str, int]
    """First part of a name -> the most parts a name starting with it has."""
    ambiguous: frozenset[str]


@cache
def gazetteer() -> Gazetteer:
    names: set[str] = set()
    longest: dict[str, int] = {}
    for line in read_data("places.txt"):
        parts = [fold(p) for p in PART.findall(line)]
        if not parts:
            continue
        names.add(" ".join(parts))
        longest[parts[0]] = max(longest.get(parts[0], 0), len(parts))
    words = {fold(w) for line in read_data("place_words.txt") for w in line.split()}
    ambiguous = {n for n in names
                 if n in words or len(n) <= 3 or n.split(" ", 1)[0] in ARTICLES}  # fmt: skip
    return Gazetteer(frozenset(names), longest, frozenset(ambiguous))


def place_names(text: str) -> Iterator[Found]:
    """Spans of Belgian place names (with the postcode just before them, if any)."""
    places = gazetteer()
    parts = list(PART.finditer(text))
    folded = [fold(m.group()) for m in parts]
    i = 0
    while i < len(parts):
        most = places.longest.get(folded[i], 0)
        found = 0
        for size in range(min(most, len(parts) - i), 0, -1):
            if _joined(text, parts, i, size) and " ".join(folded[i : i + size]) in places.names:
                found = size
                break
        if not found:
            i += 1
            continue
        start, end = parts[i].start(), parts[i + found - 1].end()
        name = " ".join(folded[i : i + found])
        if name not in places.ambiguous or _clearly_a_place(text, start, end):
            postcode = POSTCODE_BEFORE.search(text, 0, start)
            yield (postcode.start() if postcode else start), end, "place"
        i += found


def _joined(text: str, parts: list[re.Match[str]], i: int, size: int) -> bool:
    """The parts of one name touch through a space, a hyphen or an apostrophe only."""
    return all(
        text[parts[j].end() : parts[j + 1].start()] in (" ", "-", "'", "’")
        for j in range(i, i + size - 1)
    )


def _clearly_a_place(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    if POSTCODE_BEFORE.search(text, 0, start):
        return True
    if BEFORE.search(before) and (end - start > 3 or text[start].isupper()):
        return True
    stripped = text[:start].rstrip()
    opens = not stripped or stripped[-1] in SENTENCE_END
    return text[start].isupper() and not opens
