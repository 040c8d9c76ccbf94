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

Found = tuple[int, int, str]
KINDS = (
    r"basisschool|kleuterschool|lagere school|middelbare school|secundaire school|atheneum"
    r"|lyceum|college|instituut|academie|école|ecole|athénée|athenee|institut|collège|lycée"
    r"|kinderdagverblijf|crèche|creche|wijkgezondheidscentrum|ziekenhuis|kliniek|clinique"
    r"|hôpital|hopital|hospital|maison médicale|huisartsenpraktijk|rusthuis|woonzorgcentrum"
    r"|maison de repos|internaat|internat|opvangcentrum|centre d'accueil"
)  # fmt: skip
LEADS = r"de|het|'t|sint|saint|sainte|st|onze-lieve-vrouw|notre-dame|don|pater|heilig"
NAME = r"[\w'’]+(?:-[\w'’]+)*"
INSTITUTION = re.compile(
    rf"(?i:(?:\bgo!\s+)?\b(?:{KINDS})\s+(?:{LEADS})[ -]+){NAME}(?:\s+[A-ZÀ-Ý]{NAME})?"
)
SAINT_SCHOOL = re.compile(r"(?i:\b(?:sint|st|heilig)-[\w-]+(?:school|college|instituut)\b)")
WORK = re.compile(
    r"(?i:\b(?:werkt|werken|werkte|gewerkt|job|stage|interim|ontslagen|travaille|travaillait"
    r"|travail|emploi|stage|works|worked|job|employed)\b[^.;:!?\n]{0,25}?"
    r"\b(?:bij|chez|at|for|voor|in)\s+(?:de\s+|het\s+|la\s+|le\s+|the\s+)?)$"
)


@cache
def _employers() -> re.Pattern[str]:
    names = sorted(read_data("employers.txt"), key=len, reverse=True)
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def institutions(text: str) -> Iterator[Found]:
    for pattern in (INSTITUTION, SAINT_SCHOOL):
        for match in pattern.finditer(text):
            yield match.start(), match.end(), "organisation"
    for match in _employers().finditer(text):
        end = match.end()
        town = next(place_names(text[end:]), None)
        if town and text[end : end + town[0]] in (" ", ", ", " in ", " te ", " à "):
            yield match.start(), end + town[1], "organisation"
        elif WORK.search(text, 0, match.start()):
            yield match.start(), end, "organisation"
