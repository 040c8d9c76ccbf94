"""Addresses that the address patterns leave: a street in no dictionary with its number
("Kipdorp 12"), a postcode with a district in no list ("3600 winterslag"), a street named
without its number ("in de lange kievitstraat"), roads named after where they lead."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from bot.privacy.compounds import frequent as _frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.tokens import has_digit

Found = tuple[int, int, str]


RARE_STREET = lazy(
    r"\b([^\W\d_][\w'’-]{3,})\s+(\d{1,3}[a-zA-Z]?(?:\s*(?:bus|bte|boîte|box)\s*\w{1,4})?)"
    r"(?![\w:.,/-]*\d)(?!\s*(?:u|h|uur|euro|eur|€|%|jaar|ans|years?|keer|fois|times|kinderen"
    r"|enfants|children|dagen|jours|days|weken|semaines|weeks|maanden|mois|months|min)\b)"
)
"""A word in no dictionary and no name list followed by a house number: "Kipdorp 12"."""


POSTCODE_TOWN = lazy(r"(?<![\d.,€$/-])\b[1-9]\d{3}\s+([^\W\d_][\w'’-]{3,})")
"""A Belgian postcode and a lower-case town in no list: "3600 winterslag"."""
FOUR_DIGITS = lazy(r"[1-9]\d{3}")
"""What POSTCODE_TOWN needs, fast to scan for (no \\b first): most texts with a digit lack it."""


def rare_streets(text: str) -> Iterator[Found]:
    """Streets without a street-type word, known only by being in no dictionary; and a
    postcode with a town or district in no list (a word of no language after it)."""
    if not has_digit(text):
        return
    words = lexicon()
    for match in POSTCODE_TOWN.finditer(text) if FOUR_DIGITS.search(text) else ():
        town = match.group(1).lower()
        if town not in words.words and not words.is_name(town) and "'" not in town:
            yield match.start(), match.end(), "place"
    for match in RARE_STREET.finditer(text):
        word = match.group(1)
        bare = word.lower()
        if bare in words.words or words.is_name(bare) or "'" in bare or "’" in bare:
            continue  # a contraction ("there's 40") is no street
        before = text[: match.start()].rstrip()
        capitalised = word[0].isupper() and bool(before) and before[-1] not in ".!?\n"
        if capitalised or not words.is_word(bare):  # "Kipdorp 12", not "busnummer 12"
            yield match.start(), match.end(), "address"


STREET_TYPES = r"straat|laan|lei|steenweg|kaai|dreef|singel|dries|kouter|plaats|plein"
STREET_HINTS = ("straat", "laan", "lei", "steenweg", "kaai", "dreef", "singel", "dries", "kouter",
                "plaats", "plein")  # fmt: skip
STREET_ALONE = lazy(
    r"(?i:\b(?:in|op|aan|naar|uit|rond|bij)\s+de\s+)((?:(?:lange|korte|grote|kleine|oude"
    rf"|nieuwe|hoge|lage)\s+)?[^\W\d_][\w'’-]*?(?:{STREET_TYPES}))\b(?!\s*\d)"
)
"""A street named without its number: "ze wonen in de lange kievitstraat" is an address."""
GENERIC_STREETS = frozenset(["winkelstraat", "hoofdstraat", "zijstraat", "speelstraat",
                             "fietsstraat", "woonstraat", "winkelwandelstraat", "parkeerplaats",
                             "speelplaats", "werkplaats", "woonplaats", "marktplaats",
                             "standplaats", "verblijfplaats", "slaapplaats", "stageplaats",
                             "zitplaats", "bouwplaats", "ligplaats", "opvangplaats",
                             "geboorteplaats", "speelplein", "schoolplein", "parkeerplein",
                             "taxistandplaats", "bushalteplaats", "kermisplein"])  # fmt: skip
"""Streets of every town, said as words ("in de winkelstraat")."""
ROAD_TO = lazy(
    r"(?i:\b(?:steenweg|baan|weg|chaussée|route)\s+(?:op|naar|van|de|d')\s*[^\W\d_][\w'’-]+"
    r"\s+\d{1,4}[a-z]?\b(?:\s*(?:bus|bte|boîte|box)\s*\w{1,4})?"
    r"|\b(?:lange|korte|grote|kleine|oude|nieuwe|hoge|lage)\s+(?:straat|baan|weg|dreef|lei|markt"
    r"|vest|heide|dijk)\s+\d{1,4}[a-z]?\b(?:\s*(?:bus|bte|boîte|box)\s*\w{1,4})?)"
)
"""Roads named after where they lead, and old roads: "steenweg op gent 120", "oude baan 45"."""


NUMBER_FIRST = lazy(
    r"(?i:(?<![\w.,/-])\d{1,4}[a-z]?,?\s+(?:(?:rue|avenue|av\.|chaussée|place|boulevard|bd|quai"
    r"|square|allée|chemin|impasse|drève|clos|sentier)\s+(?:(?:de la|de l'|de l’|du|des|de|d'|d’)"
    r"\s*)?(?!(?:pour|avec|dans|sur|et|ou|à|au|en|le|la|les|un|une|for|to|the|and|of|in|at|on|de"
    r"|du|des|d['’]"
    r"|libre|libres|disponible|disponibles|vide|vides|assise|assises|debout|parking|stationnement"
    r"|crèche|creche|accueil|fer)\b)[^\W\d_][\w'’-]+|[^\W\d_][\w'’-]+(?:straat|laan|steenweg|dreef"
    r"|plein|kaai|singel|lei|street|road|avenue)\b))"
)
"""The house number first, as in French and English: "12 rue de la station", "45 kerkstraat"."""


def streets(text: str) -> Iterator[Found]:
    """Streets the address patterns leave: without a number after "in de", "op de" (a street
    name, not a word of every town such as "winkelstraat"), a road to a town with its
    number, an old road with its number, and a street after its number."""
    lowered = text.lower()
    if "de " in lowered and any(hint in lowered for hint in STREET_HINTS):
        for match in STREET_ALONE.finditer(text):
            bare = match.group(1).lower()
            if len(bare) >= 8 and bare not in GENERIC_STREETS and bare not in _frequent():
                yield match.start(1), match.end(1), "address"
    if has_digit(text):
        for match in ROAD_TO.finditer(text):
            yield match.start(), match.end(), "address"
        for match in NUMBER_FIRST.finditer(text):
            if match.group().rsplit(None, 1)[-1].lower() not in GENERIC_STREETS:
                yield match.start(), match.end(), "address"


POSTCODE_AFTER = lazy(r"[1-9]\d{3}\b(?![.,:/-]?\d|\s*(?:euro|eur|€|%|uur|u|h|km|m)\b)")
"""A postcode (its digits first: fast to scan for); its town is looked for before it."""
TOWN_BEFORE = lazy(r"[^\W\d_]\s*,?\s+$")
LETTERS = lazy(r"[^\W\d_]+")


def towns_before_postcodes(text: str) -> Iterator[Found]:
    """A known town written before its postcode: "ganshoren 1083", "Gent, 9000". Not a
    recent year ("gent 2019": the town alone is masked as a place later), nor a town that
    is also a word in lower case ("as 1500 people")."""
    from bot.privacy.places import fold, gazetteer  # places imports this module

    for match in POSTCODE_AFTER.finditer(text):
        start = match.start()
        if 1990 <= int(match.group()) <= 2039 or (start and text[start - 1] in ".,-/€$"):
            continue
        before = TOWN_BEFORE.search(text, max(0, start - 4), start)
        if not before:
            continue
        words = list(LETTERS.finditer(text, max(0, start - 40), before.start() + 1))[-4:]
        places = gazetteer()
        for first in range(len(words)):
            name = " ".join(fold(word.group()) for word in words[first:])
            word = name in places.ambiguous and words[first].group().islower()  # "as 1500"
            if name in places.names and not word and _adjacent(text, words[first:]):
                yield words[first].start(), match.end(), "place"
                break


def _adjacent(text: str, words: list[re.Match[str]]) -> bool:
    """Parts of one name: "molenbeek-saint-jean", "sankt vith"."""
    return all(text[a.end() : b.start()] in (" ", "-") for a, b in pairwise(words))
