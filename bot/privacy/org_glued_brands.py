"""Firms named by two words glued into one, the way apps, couriers and collectors name themselves
(#12, fifty-eighth session): "livreur pour vélorapide", "colis pour colisflash", "riders at
parcelhop", "drives a van for quickparcel". French and English do not glue words, so a word of
no list that splits into two words, not both Dutch, after a word that says whom one works for or
owes ("voor", "pour", "for", "bij", "at", "chez", "door", "by", "from", "par", "via") is a
brand. Dutch glues nouns ("schuldhulp", "fietsflits"): a compound of two Dutch words stays a
word, as do the listed words, names, towns and short words."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from bot.privacy.compounds import dutch, frequent
from bot.privacy.gazetteer import fold, gazetteer
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.typos import typo_of_a_word

Found = tuple[int, int, str]
AFTER_WHOM = lazy(
    r"(?<![\w'’-])(?:voor|pour|for|bij|at|chez|door|by|from|par|via)\s+"
    r"([^\W\d_][^\W\d_'’-]{5,})(?![\w'’-])"
)
"""A preposition of working for, owing or coming from, and one word of letters (not "van",
"de": "mvr de zutter", "de busschere" are surnames)."""
NOT_BRAND_ENDS = ("erie", "erij", "nr", "straat", "laan", "dijk", "weg", "plein", "kaai", "dreef",
                  "baan", "akker", "steenweg", "stwg", "hof", "veld", "markt", "rue",
                  "avenue")  # fmt: skip
"""Trades ("conserverie", "weverij") and streets ("vaartdijk") end in these."""


def glued_brands(lowered: str) -> Iterator[Found]:
    """Each firm named by a word glued from two words that Dutch would not glue."""
    for match in AFTER_WHOM.finditer(lowered):
        if _glued_brand(match.group(1)):
            yield match.start(1), match.end(1), "organisation"


@lru_cache(maxsize=4096)
def _glued_brand(word: str) -> bool:
    """Two listed words of three letters or more glued, not both Dutch, and the whole in no
    list nor a slip or plural of a listed word: "colisflash" (colis + flash), "parcelhop",
    "quickparcel"; not "fietsflits", "schuldhulp" (Dutch), "overstorming" (a slip of
    "overstroming"), "carrelages" (a plural), "kroonstraat" (a street)."""
    words = lexicon()
    if word in words.words or words.is_name(word) or word in frequent():
        return False
    if word.endswith(NOT_BRAND_ENDS) or fold(word) in gazetteer().names:
        return False
    if (word.endswith("s") and words.is_word(word[:-1])) or typo_of_a_word(word, words):
        return False
    glued = False
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if head in words.words and tail in words.words:
            if head in dutch() and tail in dutch():
                return False  # "fietsflits", "schuldhulp": Dutch compounds
            glued = True
    return glued
