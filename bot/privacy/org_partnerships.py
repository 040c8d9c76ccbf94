"""Offices named after the people who run them: lawyers, notaries, bailiffs and debt
collectors ("van kantoor de cock & meeuwis", "du cabinet mertens-oukili", "from de meyer &
partners", "le bureau moreau & fils"; #12, fifty-first session). Each part must be a surname
or no frequent word: "op kantoor vandaag en morgen", "werk & inkomen" name no one."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon

Found = tuple[int, int, str]
SURNAME = r"(?:(?:de|van|le|la|van\s+der|van\s+den|vanden|vander)\s+)?[^\W\d_][\w'’]{1,}"
OFFICES = (
    r"cabinet|kantoor|advocatenkantoor|notariskantoor|advocaten|avocats|bureau|étude|etude"
    r"|incassobureau|deurwaarderskantoor"
)
PARTNERS = frozenset(["partners", "fils", "zonen", "zoon", "associés", "associes", "co", "cie",
                      "sons"])  # fmt: skip
FIRM = lazy(
    rf"(?<![\w'’-])(?:({OFFICES})(?:\s+(?:de\s+recouvrement|d['’]avocats|d['’]huissiers?))?\s+)?"
    rf"({SURNAME})(?:\s*&\s*|\s+(?:en|et|and)\s+|-)({'|'.join(PARTNERS)}|{SURNAME})(?![\w'’-])"
)
HINTS = ("&", "cabinet", "kantoor", "advocaten", "avocats", "bureau", "étude", "etude")


def partnerships(lowered: str) -> Iterator[Found]:
    """Each office named so; the text is given in lower case."""
    if not any(hint in lowered for hint in HINTS):
        return
    for match in FIRM.finditer(lowered):
        office, first, second = match.group(1), match.group(2), match.group(3)
        partners = second in PARTNERS
        if not (office or partners) or not _surname(first):
            continue  # "peeters en janssens kwamen": two people, no office
        if not office and first.split()[-1] not in lexicon().last:
            continue  # without an office only a listed surname and partners ("moreau & fils")
        if partners and "&" not in match.group() and not office:
            continue  # "moreau et fils": a man and his son
        if partners or (second.split()[-1] not in frequent() and len(second) > 2):  # "& meeuwis"
            yield match.start(), match.end(), "organisation"


def _surname(said: str) -> bool:
    """A surname, or a word no list spells, and no frequent word; after a particle a listed
    surname or no frequent word ("de cock", not "de rest")."""
    parts = said.split()
    words = lexicon()
    if len(parts) > 1:
        return parts[-1] in words.last or parts[-1] not in frequent()
    named = parts[-1] in words.last or not words.is_word(parts[-1])
    return named and parts[-1] not in frequent() and len(parts[-1]) > 2
