"""Squares named by a Dutch word in "-plein", or French "place" and a saint or a surname,
without a number: "we spraken af aan het anspachplein", "hij hangt rond op het
sint-pietersplein", "il traîne place liedts", "à la place saint-lambert". A named
square used as a meeting place says where someone is to be found (the label brief's
LOCATION). Not the squares every school, village or playground has ("speelplein",
"schoolplein", "dorpsplein"): their first part is an ordinary word. And avenues and roads named
after a person or the town they lead to, without a number ("avenue louise", "chaussée de
mons"), read by `streets` before the name and place rules take the name alone."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent, plain_word
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, lexicon
from bot.privacy.typos import typo_of_a_word

Found = tuple[int, int, str]
SQUARE = lazy(r"(?i:(?<![\w'’-])((?:sint|st|onze-lieve-vrouw)-)?([a-zà-ÿ][\w'’]{2,})-?plein)\b")
FRENCH_SQUARE = lazy(
    r"(?i:(?<![\w'’-])(?:place|square)\s+((?:saint|sainte|st|ste)-[\w'’-]+"
    r"|[a-zà-ÿ][\w'’-]{2,})(?![\w'’-]))"
)
"""A French square by its name: "place liedts", "place saint-lambert"; not "place libre"."""


def squares(text: str) -> Iterator[Found]:
    """Squares named by a saint, a name or no word of the lists."""
    lowered = text.lower()
    words = lexicon()
    for match in FRENCH_SQUARE.finditer(text) if "place" in lowered or "square" in lowered else ():
        name = match.group(1).lower()
        saint = name.startswith(("saint-", "sainte-", "st-", "ste-"))
        if saint or not (plain_word(name, words) or typo_of_a_word(name, words)):
            yield match.start(), match.end(), "place"
    if "plein" not in lowered:
        return
    for match in SQUARE.finditer(text):
        head = match.group(2).lower()
        if head.endswith("s") and len(head) > 4 and match.group(1):
            head = head[:-1]  # "sint-pieters" + "plein"
        named = match.group(1) is not None or head in words.first or head in words.last
        if named or not plain_word(head, words):
            yield match.start(), match.end(), "place"


NAMED_ROAD = lazy(
    r"(?i:\b(?:avenue|boulevard|chaussée|chaussee|chée|drève)\s+(?:(?:de|du|d['’])\s*)?"
    r"([^\W\d_][\w'’-]{2,}))(?![\w'’-])"
)
"""An avenue or road and a name: "towed from avenue louise" (probe42)."""
MORE_NAME = lazy(r"\s+(?:(?:de|van|den|der|le|la)\s+)?([^\W\d_][\w'’-]+)")
"""A further part of the name: "avenue jules bordet", "avenue houba de strooper"."""
NUMBER_NEXT = lazy(r"\s*,?\s*\d")


def named_roads(text: str) -> Iterator[Found]:
    """Roads named after a person (no everyday word) or a town: "avenue louise", "boulevard
    anspach était bloqué", "un studio chaussée de mons"; not "avenue du parc" (`streets`)."""
    from bot.privacy.places import fold, gazetteer  # places imports streets, which reads this

    words = lexicon()
    for match in NAMED_ROAD.finditer(text):
        name = match.group(1).lower()
        named = not words.is_word(name)  # a listed name or a word of no list: "anspach"
        if not (named or fold(name) in gazetteer().names):
            continue
        end = match.end()
        while (more := MORE_NAME.match(text, end)) and _named(more.group(1).lower(), words):
            end = more.end()
        unsure = more is not None and more.group(1).lower() not in frequent()
        if not unsure and not NUMBER_NEXT.match(text, end):  # "avenue houba de strooper",
            yield match.start(), end, "address"  # "12": the other street rules take it whole


def _named(word: str, words: Lexicon) -> bool:
    """A further word of a road's name: a listed name or no word ("bordet", "ii" is not)."""
    return len(word) > 2 and (words.is_name(word) or not words.is_word(word))
