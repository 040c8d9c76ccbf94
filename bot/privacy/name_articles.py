"""Surnames of an article and a word after a first name ("pieter de coninck", "jana van der
berg"), found in any case before the other name rules (kept apart from `name_cues` to keep
modules small)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from bot.privacy.compounds import frequent
from bot.privacy.lexicon import cues, lexicon
from bot.privacy.name_groups import ARTICLE_BEFORE, SERVICE_WORDS
from bot.privacy.tokens import letter_runs

_CUES = cues()
TITLES_AND_RELATIONS = _CUES["titles"] | _CUES["relations"]
VERBS = _CUES["verbs"]

ARTICLE_SURNAME = re.compile(
    r"(?<![\w'’-])([^\W\d_][\w'’-]+)\s+((?:van\s+(?:de|der|den)|vande|vanden|vander|de|den|der"
    r"|le|la|du|el|al)\s+([^\W\d_][\w'’-]{2,}))\b",
    re.IGNORECASE,
)
ARTICLE_WORDS = frozenset(["de", "den", "der", "vande", "vanden", "vander", "le", "la", "du", "el",
                           "al"])  # fmt: skip
"""The articles of ARTICLE_SURNAME, each a whole word in any case: without one it finds nothing."""


AUXILIARY_NAMES = frozenset(["bent", "ben", "can", "may", "will", "said", "mark", "jai"])
"""Verbs that the first-name lists hold ("jij bent de supervisor"; "jai la crève": "j'ai")."""


def article_surnames(text: str) -> Iterator[tuple[int, int, str]]:
    """A first name followed by an article and a word is one name in any case ("pieter de
    coninck", "jana van der berg"), when the word is not a frequent one ("jan de straat")."""
    if " " not in text or ARTICLE_WORDS.isdisjoint(letter_runs(text)):
        return  # the article is a whole word: most sentences hold none, and skip the scan
    words = lexicon()
    for match in ARTICLE_SURNAME.finditer(text):
        first, last = match.group(1).lower(), match.group(3).lower()
        if (
            first in words.first
            and first not in words.homographs
            and first not in TITLES_AND_RELATIONS | VERBS
            and first not in frequent()
            and first not in AUXILIARY_NAMES
            and last not in frequent()
            and last not in VERBS
            and last not in SERVICE_WORDS  # "sarah van de vdab" is someone of a service
            and not _a_thing(text, match.start(), first, words.word_names)
            and _surname_like(match.group(2), last)
        ):
            yield match.start(), match.end(), "name"


def _a_thing(text: str, start: int, first: str, word_names: dict[str, frozenset[str]]) -> bool:
    """A first name that is also a word, after an article, is the word: "een gift van de
    parochie" (scrub8), "de hope van de ouders"."""
    return first in word_names and ARTICLE_BEFORE.search(text, max(0, start - 6), start) is not None


def _surname_like(surname: str, last: str) -> bool:
    """The word after the article is a surname ("de smet", "van der berg"), or capitalised, or
    of no language: "bram de huurwaarborg", "florentin le proprio" are a name and a thing."""
    words = lexicon()
    listed = last in _surname_ends() or last in words.last
    return listed or surname.rsplit(None, 1)[-1][0].isupper() or not words.is_word(last)


@cache
def _surname_ends() -> frozenset[str]:
    """The last words of the compound surnames ("berg" of "van den berg", "smet")."""
    return frozenset(name.rsplit(None, 1)[-1] for name in lexicon().compound_surnames)
