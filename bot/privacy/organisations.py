"""Schools, care places and employers named in lower case, as typed on a phone.

"basisschool de linde", "GO! atheneum Het Kompas", "clinique saint-luc": a kind of
institution followed by an article or a saint's name and the name itself. "lidl tienen",
"werkt bij bekaert": a large employer with its town, or after a word about work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from bot.privacy.lexicon import read_data
from bot.privacy.places import place_names
from bot.privacy.sensitive import PhraseIndex

Found = tuple[int, int, str]
KINDS = (
    r"basisschool|kleuterschool|lagere school|middelbare school|secundaire school|atheneum"
    r"|lyceum|college|instituut|academie|école|ecole|athénée|athenee|institut|collège|lycée"
    r"|kinderdagverblijf|crèche|creche|wijkgezondheidscentrum|ziekenhuis|kliniek|clinique"
    r"|hôpital|hopital|hospital|maison médicale|huisartsenpraktijk|rusthuis|woonzorgcentrum"
    r"|maison de repos|internaat|internat|opvangcentrum|centre d'accueil"
)  # fmt: skip
STEMS = ("schoo", "athen", "athén", "lyc", "colle", "collè", "insti", "acad", "cole",
         "kinder", "crèche", "creche", "gezondheid", "zieken", "klini", "clini", "pital",
         "maison", "praktijk", "rusthuis", "zorgcentrum", "internaat", "internat", "opvang",
         "centre")  # fmt: skip
"""Cheap substrings that every kind of institution above contains."""
LEADS = r"de|het|'t|sint|saint|sainte|st|onze-lieve-vrouw|notre-dame|don|pater|heilig"
NAME = r"[\w'’]+(?:-[\w'’]+)*"
INSTITUTION = re.compile(
    rf"(?:\bgo!\s+)?\b(?:{KINDS})\s+(?:(?:{LEADS})[ -]+|(le|la|les|l'|l’)\s*)({NAME})"
)
"""Matched on the lower-cased text (much faster than ignoring case). A French name with an
article counts only when it has a capital: "école La Source", not "école le lundi"."""
MORE = re.compile(rf"\s+[A-ZÀ-Ý]{NAME}")
"""A capitalised word that continues the name: "basisschool De Kleine Prins"."""
HOSPITALS = (
    r"erasme|érasme|brugmann|bordet|huderf|saint-pierre|saint-luc|sint-pieter|sint-jan"
    r"|delta|chirec|ambroise paré|jolimont|citadelle|la citadelle|bracops|molière|iris sud"
    r"|stuivenberg|middelheim|sint-vincentius|sint-augustinus|jan palfijn|maria middelares"
    r"|groeninge|jessa|sint-trudo|heilig hart|sint-elisabeth"
)  # fmt: skip
HOSPITAL = re.compile(
    rf"\b(?:hôpital|hopital|hospital|ziekenhuis|kliniek|clinique|cliniques)\s+"
    rf"(?:universitaire\s+|universitair\s+)?(?:{HOSPITALS})\b"
)
CARE_ACRONYM = re.compile(r"\b(?:AZ|UZ|ZNA|GZA|CHU|CHR|CHIREC|HUB|ZOL)\s+[A-ZÀ-Ý][\w'’-]+")
"""Belgian hospital groups: "AZ Sint-Jan", "UZ Leuven", "CHU Saint-Pierre"."""
SAINT_SCHOOL = re.compile(r"\b(?:sint|st|heilig)-[\w-]+(?:school|college|instituut)\b")
SAINT_OR_HOSPITAL = re.compile(f"{SAINT_SCHOOL.pattern}|{HOSPITAL.pattern}")
WORK = re.compile(
    r"(?i:\b(?:werkt|werken|werkte|gewerkt|job|stage|interim|ontslagen|travaille|travaillait"
    r"|travail|emploi|stage|works|worked|job|employed)\b[^.;:!?\n]{0,25}?"
    r"\b(?:bij|chez|at|for|voor|in)\s+(?:de\s+|het\s+|la\s+|le\s+|the\s+)?)$"
)


@cache
def _employer_starts() -> tuple[str, ...]:
    return tuple({name.split()[0] for name in read_data("employers.txt")})


@cache
def _employers() -> PhraseIndex:
    return PhraseIndex(dict.fromkeys(read_data("employers.txt"), "organisation"))


def institutions(text: str) -> Iterator[Found]:
    lowered = text.lower()
    if len(lowered) == len(text) and any(stem in lowered for stem in STEMS):
        for match in INSTITUTION.finditer(lowered):
            if match.group(1) is None or text[match.start(2)].isupper():
                more = MORE.match(text, match.end())
                yield match.start(), more.end() if more else match.end(), "organisation"
        for match in SAINT_OR_HOSPITAL.finditer(lowered):
            yield match.start(), match.end(), "organisation"
    for match in CARE_ACRONYM.finditer(text):
        yield match.start(), match.end(), "organisation"
    if not any(first in lowered for first in _employer_starts()):
        return
    for start, end, _ in _employers().find(text):
        town = next(place_names(text[end:]), None)
        if town and text[end : end + town[0]] in (" ", ", ", " in ", " te ", " à "):
            yield start, end + town[1], "organisation"
        elif WORK.search(text, 0, start):
            yield start, end, "organisation"
