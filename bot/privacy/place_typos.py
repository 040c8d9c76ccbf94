"""Belgian place names typed with one slip ("molenbeeck", "anderlcht", "vilvorde"), right
after a word that says a place follows ("woont in", "naar", "à"): a word of no language one
letter away from a municipality, deelgemeente or commune of six letters or more."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon, read_data
from bot.privacy.places import Found, fold, gazetteer

AFTER = lazy(
    r"(?i:\b(?:in|naar|uit|à|a|at|bij|vanuit|near|from|nach|vers|richting|to)\s+"
    r"([^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)*))"
)
"""The word right after a word that announces a place: "in anderlcht", "à molenbek"."""
GATE = frozenset(["in", "naar", "uit", "à", "a", "at", "bij", "vanuit", "near", "from", "nach",
                  "vers", "richting", "to"])  # fmt: skip
"""Not "te": before a verb ("te weten") more often than before a place. "a": "à" typed
without its accent on a phone ("elle habite a shaerbeek")."""
EDGES = ".,;:!?()\"'“”«»"
SHORTEST = 6
"""Shorter names are one slip from too many words and names ("gent", "mol", "ans")."""


@cache
def _slips() -> frozenset[str]:
    """Every Belgian place name of six letters or more that is no everyday word ("werken"),
    and each with one letter left out: a word equal to one of these, or to one with a letter
    of its own left out, is one letter added, left out, changed or swapped from the place."""
    found: set[str] = set()
    ambiguous = gazetteer().ambiguous
    for line in read_data("places.txt"):
        name = fold(line).replace(" - ", "-")
        if len(name) < SHORTEST or " " in name or name in ambiguous:
            continue
        found.add(name)
        found.update(name[:i] + name[i + 1 :] for i in range(len(name)))
    return frozenset(found)


def misspelt_places(text: str) -> Iterator[Found]:
    """Spans of Belgian places typed with one slip, after "in", "naar", "à" and the like."""
    lowered = text.lower().split()
    if GATE.isdisjoint(lowered):
        return  # most sentences: no word that announces a place
    for i in range(len(lowered) - 1):
        if lowered[i] in GATE and _slipped(lowered[i + 1].strip(EDGES)):
            word = fold(lowered[i + 1].strip(EDGES))
            for match in AFTER.finditer(text):  # where it stands: found once in a while
                if fold(match.group(1)) == word:
                    yield match.start(1), match.end(1), "place"
                    break


@lru_cache(maxsize=4096)  # decided once a word
def _slipped(word: str) -> bool:
    """A word of six letters or more, no word or name, one slip from a Belgian place."""
    if len(word) < SHORTEST or not word.replace("-", "").isalpha():
        return False  # too short to tell, or no word of letters
    typed, word, words = word, fold(word), lexicon()
    if word.replace("-", " ") in gazetteer().names or word in words.words or typed in words.words:
        return False  # spelt right, or a word with or without its accents ("à étaler")
    if word in words.first or word in words.last:
        return False
    slips = _slips()
    return word in slips or any(word[:j] + word[j + 1 :] in slips for j in range(len(word)))
