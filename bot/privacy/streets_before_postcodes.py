"""A street with no number written right before a postcode and its town ("Huisbezoek X,
rabotstraat, 9000 gent", "rue brogniez, 1070 anderlecht"): the postcode says the words
before it are where someone lives, whatever their case (review24b). And a house number with
its box and no street ("12 bte 3"), read last of all recognisers."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.places import place_names

Found = tuple[int, int, str]
STREET_BEFORE_POSTCODE = lazy(
    r"(?i:\b(?:rue|avenue|av\.|chaussée|chaussee|chausée|boulevard|bd|place|quai|allée|allee"
    r"|impasse|square|drève)"
    r"(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les))?\s*[^\W\d_][\w'’-]*"
    r"(?:\s+(?!\d)[\w'’-]+){0,2}"
    r"|\b[^\W\d_][\w'’-]{2,}(?:straat|laan|steenweg|lei|plein|dreef|kaai|vest|markt|singel"
    r"|dries|kouter|plaats|sebaan|dijk|wegel)"
    r"|\b(?:(?!(?:on|in|at|the|to|near|off|from)\s)[^\W\d_][\w'’-]+\s+){1,2}"
    r"(?:street|road|lane|avenue|square))"
    r"(?=\s*,\s*[1-9]\d{3}\s+[^\W\d_])"
)
"""A French street word and up to three words after it, a Dutch street compound, or an
English street, then a comma and a four-digit postcode before a word."""


NUMBER_AND_BOX = lazy(
    r"(?i:(?<![\w,./:-])\d{1,4}[a-gi-tv-z]?\s*(?:bte|boîte|boite|box|bus)\.?\s*\d{1,3}[a-z]?\b"
    r"(?!\s*(?:min|minuten|minutes|keer|fois|times|euro|eur|€|x|uur|h\b|kg\b|g\b|l\b|ml\b"
    r"|cl\b|liters?|litres?|de\b|d['’]|van\b|of\b)))"
)
"""A house number with its box and no street ("12 bte 3", "45 bus 2"): the street is named
elsewhere in the note, or the number and box are enough to find the flat."""


NUMBERED = lazy(
    r"(?i:(?<![\w'’-])"
    r"(((?:(?:les|la|le|de|du|des|aux|au|het|den|sous|sur)\s+){0,2}[^\W\d_][\w'’-]{3,})\s+\d{1,4}[a-z]?"
    r"(?:\s*(?:bus|bte|bt|boîte|boite|box)\.?\s*\d{1,4}[a-z]?)?)\s*,?\s+([1-9]\d{3})\s+"
    r"(?=[^\W\d_]{2}))"
)
"""A word and a house number (and box) right before a postcode: "vogelzang 112 2400 mol",
"lindenlaan 8 bus 0102 3000 leuven" (review29b). The postcode and its town say the word
before the number is a street, whatever its case and however it ends."""
COMMA_POSTCODE = lazy(r",\s*[1-9]\d{3}\s")
"""What STREET_BEFORE_POSTCODE needs after the street: one cheap scan first."""
BOXES = ("bte", "bus", "box", "boîte", "boite")
FOUR_DIGITS = lazy(r"\d{4}")
NOT_STREETS = frozenset(
    """adres adresse address postcode code rue straat nummer numéro number huisnummer tel gsm
    euro euros jaar jaren ans years kinderen enfants children""".split()  # noqa: SIM905
)
"""Words before a number and a postcode that are no street's name."""


def streets_before_postcodes(text: str) -> Iterator[Found]:
    found = "," in text and COMMA_POSTCODE.search(text) is not None
    for match in STREET_BEFORE_POSTCODE.finditer(text) if found else ():
        yield match.start(), match.end(), "address"


def numbered_streets(text: str) -> Iterator[Found]:
    """A street and its number before a postcode and a known town, read after every other
    recogniser: a street they know keeps its words ("rue des tanneurs 58")."""
    if not FOUR_DIGITS.search(text):
        return
    common = frequent()
    for match in NUMBERED.finditer(text):
        street = match.group(2).lower().split()[-1]
        if street in common or street in NOT_STREETS:
            continue
        after = match.end()
        town = next(place_names(text[after : after + 40], lenient=True), None)
        if town is not None and town[0] == 0:
            yield match.start(1), match.end(1), "address"


def numbers_with_boxes(text: str) -> Iterator[Found]:
    """Last of all recognisers: a street of no list before the number claims both first."""
    lowered = text.lower()
    if not any(box in lowered for box in BOXES):
        return
    for match in NUMBER_AND_BOX.finditer(text):
        yield match.start(), match.end(), "address"
