"""A name singled out by a cleft: "t'is roos die de deur opendeed", "c'est victoire qui a
appelé", "it was hope who called". Only a person is "the one who" in such a note, so a first
name that is also a word ("roos", "hope") is a name there; "het is de buurvrouw die",
"c'est elle qui" stay (an article, a pronoun)."""

from __future__ import annotations

import re

from bot.privacy.compounds import frequent
from bot.privacy.lexicon import Lexicon

ONE_WORD = frozenset(["t'is", "tis", "t’is", "c'est", "c’est", "it's", "it’s", "its"])
TWO_WORDS = frozenset([("het", "is"), ("het", "was"), ("t", "is"), ("c", "est"), ("it", "is"),
                       ("it", "was"), ("ce", "fut"), ("t", "was")])  # fmt: skip
RELATIVES = frozenset(["die", "dat", "qui", "who", "that"])
WHO = frozenset(["die", "qui", "who"])
"""Said of people: after them a first name that is also a word is a name ("it is hope that
keeps her going" stays)."""


def cleft_names(
    text: str, matches: list[re.Match[str]], lowered: list[str], lexicon: Lexicon
) -> dict[int, bool]:
    """Start of a word -> True where a cleft singles it out as the one who did something."""
    found: dict[int, bool] = {}
    if RELATIVES.isdisjoint(lowered):
        return found
    for i in range(1, len(lowered) - 1):
        if lowered[i + 1] not in RELATIVES or not _opens_cleft(lowered, i):
            continue
        if text[matches[i].end() : matches[i + 1].start()] not in (" ", ", "):
            continue
        if _a_name(lowered[i], lexicon, lowered[i + 1] in WHO):
            found[matches[i].start()] = True
    return found


def _opens_cleft(lowered: list[str], i: int) -> bool:
    return lowered[i - 1] in ONE_WORD or (i > 1 and (lowered[i - 2], lowered[i - 1]) in TWO_WORDS)


def _a_name(word: str, lexicon: Lexicon, who: bool) -> bool:
    """A first name or surname of the lists (one that is a word only before `who`); a word
    of no list."""
    if len(word) < 3 or not word.isalpha():
        return False
    if word in lexicon.word_names:
        return who
    if word in frequent():
        return False
    return lexicon.is_name(word) or not lexicon.is_word(word)
