"""Conditions typed with one slip on a phone ("diabetis", "depresie", "pregnent",
"zwangar"): a word of no list one letter away from a listed condition (one left out, one
too many, one changed, two swapped) is that condition. Only conditions of six letters or
more, and never a word of the lists ("bewerking", "zangeres", "expressive" are one slip from
a condition) nor a name. Slips that wordfreq's lists hold as words ("alzheimers",
"verslaaft") are listed in sensitive.txt instead. Prison words the same way ("gevangennis",
"prsion", "prisonn"; scrubcats9), where only a strict compound counts as a word: the lists'
loose compound test takes "prisonn" for one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from bot.privacy.compounds import strict_compound
from bot.privacy.lexicon import lexicon
from bot.privacy.tokens import tokenise

Found = tuple[int, int, str]
SHORTEST = 6
TRIPLED = re.compile(r"(\w)\1\1")


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


def misspelt_conditions(
    text: str, forms: frozenset[str], detention: frozenset[str] = frozenset()
) -> Iterator[Found]:
    """Spans of words one slip away from a condition of `forms` (one-word health forms) or
    a prison word of `detention` ("gevangennis", "prsion": scrubcats9)."""
    known = lexicon()
    tokens, lowered = tokenise(text)  # the health phrases' own words: no second scan
    every = _union(forms, detention)
    unknown = set(lowered).difference(known.words, every)  # in C: most texts end here
    long = [w for w in unknown if len(w) >= SHORTEST - 1]  # shorter: `_slip` says ""
    slips = {word: listed for word in long if (listed := _slip(word, every))}
    slips = {w: listed for w, listed in slips.items() if _not_a_word(w, listed in detention)}
    for match, word in zip(tokens, lowered, strict=True) if slips else ():
        if word in slips:
            yield match.start(), match.end(), "detention" if slips[word] in detention else "health"


def _not_a_word(word: str, prison: bool) -> bool:
    """No word of the lists: for a prison word, no strict compound either ("gevangennis" is a
    loose compound of the lists, yet a slip), for a condition no compound at all."""
    known = lexicon()
    if TRIPLED.search(word):
        return True  # "depresssion": no word of the lists has one letter three times
    return not strict_compound(word, known) if prison else not known.is_word(word)


@cache
def _union(forms: frozenset[str], detention: frozenset[str]) -> frozenset[str]:
    return forms | detention


@lru_cache(maxsize=4096)  # decided once a word, as the other per-word rules
def _slip(word: str, forms: frozenset[str]) -> str:
    """The listed word `word` is one slip from, or "" when none."""
    if not SHORTEST - 1 <= len(word) <= 40 or not word.isalpha():
        return ""  # past 40 letters no condition is one slip away: no string per letter
    known = lexicon()
    if word in known.words or known.is_name(word):
        return ""  # an ordinary word or a name: no slip (compounds: `_not_a_word`)
    words, shortened = _index(forms)  # built at the first unknown word, not at start-up
    if word in shortened:
        return shortened[word]  # one letter left out
    for variant in _deletions(word):
        if variant in words:
            return variant  # one letter too many
        if variant in shortened:
            return shortened[variant]  # one letter changed, or two swapped
    return ""
