"""People listed under a heading, as a note files its follow-ups: "opvolgen: de coninck,
hassani, mukendi", "à suivre: lemaire, haddouchi", "kids: said, warsame, khadra". Under such a
heading a word of no language is a name; a first name or surname that is also a word ("said",
"lemaire") is one when at least half of the list are words of no language; a list of words
("opvolgen: huur, energie, school") names no one."""

from __future__ import annotations

import re

from bot.privacy.compounds import plain_word
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, cues
from bot.privacy.name_cues import frequent
from bot.privacy.word_typos import misspelt

HEADING = lazy(
    r"(?i:(?<![\w'’])(?:opvolgen|op\s+te\s+volgen|opvolging|te\s+bellen|terugbellen|aanwezig"
    r"|afwezig|kinderen|kids|children|enfants|gezin|huisbezoeken|bezoeken|cliënten|clienten"
    r"|deelnemers|à\s+suivre|a\s+suivre|suivi|suivis|à\s+rappeler|a\s+rappeler|à\s+appeler"
    r"|a\s+appeler|présents|presents|absents|visites|famille|participants|follow[\s-]?ups?"
    r"|to\s+call|call\s+back|present|absent|visits|clients|family|household|no[\s-]shows?"
    r"|(?:(?:vandaag|today)\s+)?(?:gezien|gesproken|gebeld|seen|called|phoned|spoke\s+to|vu|vus"
    r"|vue|vues|appelés|appelé|appeles)|overleg|réunion|reunion|meeting)"
    r"(?:\s+(?:vandaag|today|aujourd['’\s]?hui|ce\s+matin|this\s+morning|vanmorgen))?\s*:\s*)"
)
"""A heading that lists people: follow-ups, calls, who was there or was seen ("seen today:",
"vu aujourd hui:", "op overleg:"; review34a), a family's children."""
ITEM = re.compile(r"([^\W\d_][\w'’-]*)(?:\s+(?!(?:en|et|and)\b)([^\W\d_][\w'’-]*))?")
"""One or two words: a name, "de coninck", "van aken"."""
END = re.compile(r"\s*(?:[.;!\n]|$)|\s+(?:van|from|of|de|du|bij|at|uit)\s")
"""Where a list ends: the note's end, its sentence's, or a phrase of where they are from
("de wilde, meert en van acker van het ocmw")."""
JOINER = re.compile(r"\s*(?:,|&|\+|/|\s(?:en|et|and)\s)\s*")
_PARTICLES = cues()["particles"]
_KIN = cues()["titles"] | cues()["relations"]


def heading_lists(text: str, lexicon: Lexicon) -> dict[int, bool]:
    """Starts of the words named by a list under a heading (particles too)."""
    if ":" not in text:
        return {}
    named: dict[int, bool] = {}
    for heading in HEADING.finditer(text):
        items = _items(text, heading.end())
        if len(items) < 2:
            continue  # one word under a heading may be anything ("aanwezig: iedereen")
        kinds = [_kind(text, item, lexicon) for item in items]
        strong = kinds.count("strong")
        for item, kind in zip(items, kinds, strict=True):
            if kind == "strong" or (kind == "weak" and 2 * strong >= len(items)):
                for start in item[:2]:
                    named[start] = True
    return named


def _items(text: str, position: int) -> list[tuple[int, int, int]]:
    """(first word's start, last word's start, end) of each item up to the list's end."""
    items: list[tuple[int, int, int]] = []
    while True:
        match = ITEM.match(text, position)
        if match is None:
            return items
        last = match.start(2) if match.group(2) else match.start(1)
        kin = match.group(2) and match.group(1).lower() in _KIN  # "maman svitlana"
        items.append((last if kin else match.start(), last, match.end()))
        joiner = JOINER.match(text, match.end())
        if joiner is None:
            return items if END.match(text, match.end()) else []
        position = joiner.end()


def _kind(text: str, item: tuple[int, int, int], lexicon: Lexicon) -> str:
    """ "strong": a word of no language; "weak": a listed name that is also a word."""
    first, last = text[item[0] : item[2]].lower().split()[0], text[item[1] : item[2]].lower()
    if item[0] != item[1] and first not in _PARTICLES and _word_kind(first, lexicon) == "word":
        return "word"  # "kinderen: gaan slapen": a sentence, not a list
    kind = _word_kind(last, lexicon)
    if kind == "word" and f"{first} {last}" in lexicon.compound_surnames:
        return "weak"  # "de wilde", "de vos": a Flemish surname of an article and a word
    return kind


def _word_kind(word: str, lexicon: Lexicon) -> str:
    if len(word) < 2 or word in frequent():
        return "word"
    if not plain_word(word, lexicon):  # one slip from a word: "ouazzani", but "enrgie" too
        listed = word in lexicon.first or word in lexicon.last  # "wauters", "gielen"
        return "weak" if misspelt(word, lexicon) and not listed else "strong"
    listed = word in lexicon.first or word in lexicon.last
    return "weak" if listed else "word"
