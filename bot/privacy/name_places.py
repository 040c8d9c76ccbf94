"""Flemish surnames made of "van" or "de" and a town: after a first name, "van damme", "van
gent", "de gand" are a surname, not a place ("jan van damme kwam", "marc de gand est passé"),
and the whole is one name; so is a listed one opening a sentence before a verb ("van damme belde
terug"). A town after "van" or "de" without a first name before it stays a place ("ze komt van
gent") for places.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from bot.privacy.compounds import frequent
from bot.privacy.gazetteer import fold, gazetteer
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, cues, lexicon
from bot.privacy.name_cue_lists import SUBJECT_VERBS
from bot.privacy.name_cues import name_words
from bot.privacy.name_vetoes import TRADES
from bot.privacy.tokens import sentence_starts

PARTICLE = lazy(r"(?<=[^\W\d_])\s(?i:van|de|vande|vander|vanden)\s")
WORD_BEFORE = lazy(r"(?<![\w'’-])[^\W\d_]{2,}$")
NAMED_PLACE = lazy(
    r"(?<![\w'’-])([^\W\d_]{2,})\s(?i:van|de|vande|vander|vanden)"
    r"\s([^\W\d_]+(?:-[^\W\d_]+)*)(?:\s([^\W\d_]+))?(?![\w'’-])"
)
TITLE_BEFORE = lazy(r"(?<![\w'’-])([^\W\d_]+)\.?\s+$")
TITLES = cues()["titles"]
NOT_FIRST = cues()["verbs"] | cues()["subject_verbs"] | frozenset(["ben", "said", "mark"])
"""Words that the name lists hold and that come before "van" as words: "ik ben van gent"."""


@lru_cache(maxsize=4096)
def _first_name(word: str, lexicon: Lexicon) -> bool:
    """A first name of the lists that is no everyday word ("jan", "els", "marc"; not "rose",
    "will", "mark", which need a capital)."""
    lowered = word.lower()
    if lowered not in lexicon.first or lowered in NOT_FIRST or lowered in frequent():
        return False
    if word[0].isupper():
        return True
    everyday = lowered in lexicon.homographs or lowered in lexicon.word_names
    return not everyday and lowered not in name_words()


def _listed(match: re.Match[str], lexicon: Lexicon) -> bool:
    """A first name that is also a frequent word before a listed surname of a particle and a
    town: "liam van damme" (review44a); "ik ben van gent" has a verb before it."""
    first = match.group(1).lower()
    if first not in lexicon.first or first in NOT_FIRST:
        return False
    particle = match.string[match.end(1) : match.start(2)].strip().lower()
    return f"{particle} {match.group(2).lower()}" in lexicon.compound_surnames


def place_surnames(text: str) -> Iterator[tuple[int, int, str]]:
    """Spans of a first name, "van"/"de" and a town: one person's name."""
    yield from opening_surnames(text)  # "van damme belde terug"
    lowered = text.lower()
    if " van" not in lowered and " de " not in lowered:
        return  # most texts: no particle, no regular expression
    words, places = lexicon(), gazetteer()
    for particle in PARTICLE.finditer(text):  # a few a text: the first name before each
        before = WORD_BEFORE.search(text, max(0, particle.start() - 30), particle.start())
        match = before and NAMED_PLACE.match(text, before.start())
        if not match or not (_first_name(match.group(1), words) or _listed(match, words)):
            continue
        title = TITLE_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if title and title.group(1).lower() in TITLES and not _listed(match, words):
            continue  # "madame renard de jumet": a surname, then the town she lives in
        town, more = match.group(2), match.group(3)
        if more and f"{fold(town)} {fold(more)}" in places.names:
            yield match.start(), match.end(), "name"  # "van sint niklaas"
        elif fold(town) in places.names:
            yield match.start(), match.end(2), "name"


OPENING_SURNAME = lazy(
    r"(?i:((?:van\s+(?:de|der|den)|van|vande|vanden|vander|de|den|le|la|du)\s+[^\W\d_][\w'’-]{2,})"
    r"(?=\s*(?:,|$)|\s+(junior|senior|jr|sr|[\w'’]+)\b))"
)
"""A Belgian surname of an article and a word opening a sentence, then a verb, "junior" or a
pause: "van damme junior terug aan het blowen" (probe42: "damme" alone was masked, as a town)."""


def opening_surnames(text: str) -> Iterator[tuple[int, int, str]]:
    """A listed compound surname opening a sentence ("van damme belde"), unless its word is an
    everyday word or a trade ("de bakker zegt": the baker) or no verb or "junior" follows; read
    by `place_surnames`, before the place rules take the town of "van damme"."""
    words = lexicon()
    for start in sentence_starts(text):
        match = OPENING_SURNAME.match(text, start)
        if match is None:
            continue
        last = match.group(1).lower().split()[-1]
        if last in TRADES or last in words.homographs or words.is_word(last):
            continue
        after = (match.group(2) or "").lower()
        acts = not after or after in ("junior", "senior", "jr", "sr") or after in SUBJECT_VERBS
        if acts and " ".join(match.group(1).lower().split()) in words.compound_surnames:
            yield match.start(1), match.end(1), "name"
