"""Conditions typed with one slip on a phone ("diabetis", "depresie", "pregnent",
"zwangar"): a word of no list one letter away from a listed condition (one left out, one
too many, one changed, two swapped) is that condition. Only conditions of six letters or
more, and never a word of the lists ("bewerking", "zangeres", "expressive" are one slip from
a condition) nor a name. Slips that wordfreq's lists hold as words ("alzheimers",
"verslaaft") are listed in sensitive.txt instead."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

from bot.privacy.lexicon import lexicon
from bot.privacy.tokens import tokenise

Found = tuple[int, int, str]
SHORTEST = 6


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@cache
def _index(forms: frozenset[str]) -> tuple[frozenset[str], dict[str, str]]:
    """The conditions themselves, and each with one letter left out -> the condition."""
    words = frozenset(f for f in forms if len(f) >= SHORTEST and f.isalpha())
    shortened: dict[str, str] = {}
    for word in words:
        for variant in _deletions(word):
            shortened.setdefault(variant, word)
    return words, shortened


def misspelt_conditions(text: str, forms: frozenset[str]) -> Iterator[Found]:
    """Spans of words one slip away from a condition of `forms` (one-word health forms)."""
    known = lexicon()
    tokens, lowered = tokenise(text)  # the health phrases' own words: no second scan
    unknown = set(lowered).difference(known.words, forms)  # in C: most texts end here
    slips = {word for word in unknown if _slip(word, forms)}
    for match, word in zip(tokens, lowered, strict=True) if slips else ():
        if word in slips:
            yield match.start(), match.end(), "health"


@lru_cache(maxsize=4096)  # decided once a word, as the other per-word rules
def _slip(word: str, forms: frozenset[str]) -> bool:
    if len(word) < SHORTEST - 1 or not word.isalpha():
        return False
    known = lexicon()
    if known.is_word(word) or known.is_name(word):
        return False  # an ordinary word (a compound too) or a name: no slip
    words, shortened = _index(forms)  # built at the first unknown word, not at start-up
    return word in shortened or any(v in words or v in shortened for v in _deletions(word))
