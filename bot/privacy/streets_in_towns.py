"""A street with no number right before its town: "mvr van den bossche hoogstraat aalst",
"mme hubert rue des alliés à saint-gilles" (probe58). A street named with the town it lies in
is where someone is found, even a street name that hundreds of towns share; unless the clause
says work or a shop ("werkt in de kerkstraat in aalst", "le magasin rue neuve à namur").
So is a street of no dictionary word with its house number before the town ("ooievaarsnest 4
wilrijk": `numbered_before_towns`)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.gazetteer import fold, gazetteer
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.lived_streets import STOP
from bot.privacy.tokens import has_digit

STREET_TOWN = lazy(
    r"(?i:(?<![\w'’-])((?:rue|avenue|chaussée|chaussee|boulevard|quai|impasse|drève|allée)"
    rf"\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?(?!(?:{STOP}|les|la|le|de|du)\b)"
    rf"[^\W\d_][\w'’-]*(?:\s+(?!(?:{STOP}|les|la|le|te|a)\b)[^\W\d_][\w'’-]*){{0,2}}"
    r"|[^\W\d_][\w'’-]*(?:straat|laan|steenweg|lei|dreef|kaai|singel|dries|dijk))"
    r"(?:,\s*|\s+(?:(?:in|te|à|a)\s+)?)([^\W\d_][\w'’-]+)(?=$|[\s,.;:!?)]))"
)
AT_WORK = lazy(
    r"(?i:\b(?:werkt?|werken|winkel|zaak|travaille|travail|magasin|boutique|works?|working"
    r"|shop|store|job|stage|school|école|ecole|kantoor|bureau|office|vergadering|réunion"
    r"|meeting|manif|manifestation|betoging|demonstration|protest|marche)\b)"
)
"""Words that make a street a place of work, of a shop or of a march, not a home."""
STREET_HINTS = ("straat", "laan", "steenweg", "lei", "dreef", "kaai", "singel", "dries", "dijk",
                "rue ", "avenue ", "chauss", "boulevard ", "quai ", "impasse ", "drève ",
                "allée ")  # fmt: skip


def streets_in_towns(text: str) -> Iterator[tuple[int, int, str]]:
    """Each street without a number directly before a town's name."""
    lowered = text.lower()
    if not any(hint in lowered for hint in STREET_HINTS):
        return
    towns, common = gazetteer().names, frequent()
    for match in STREET_TOWN.finditer(text):
        town = match.group(2).lower()
        if " ".join(fold(town).replace("-", " ").split()) not in towns or town in common:
            continue
        if AT_WORK.search(text, max(0, match.start() - 30), match.start()):
            continue
        yield match.start(1), match.end(1), "address"


NUMBERED_TOWN = lazy(
    r"(?i:(?<![\w'’/.-])((?:(?:op|aan)\s+)?(?:(?:de|het|den|t|'t|ter|ten)\s+)?"
    r"([^\W\d_][\w'’-]{2,})(?:\s+(?:ter|ten|de|den|van|het|du|de\s+la)\s+[^\W\d_][\w'’-]+)?"
    r"\s+\d{1,3}[a-z]?)\s+([^\W\d_][\w'’-]+)(?=$|[\s,.;:!?)]))"
)
"""Words, a house number and a town right after it: a street when its first word is in no
dictionary or names a street (`STREET_NOUNS`): "ooievaarsnest 4 wilrijk", "dorp 14 zemst",
"hof ter linden 17 edegem" (#12, forty-fifth session)."""
STREET_NOUNS = frozenset(["dorp", "hof", "heide", "dries", "kouter", "markt", "plein", "vaart",
                          "veld", "berg", "bos", "bosch", "meir", "dam", "kaai", "vest", "hoek",
                          "beek", "molen", "kapel"])  # fmt: skip
"""Everyday words that name a Flemish street on their own ("dorp 14 zemst", "hof ter linden
17"); any other word of the dictionaries before a number and a town counts something (a bus,
a room, a platform, a class, a team: reader45c found 89 such notes when any word could open
the street)."""


def numbered_before_towns(text: str) -> Iterator[tuple[int, int, str]]:
    """Each run of words and a house number right before a town's name."""
    if not has_digit(text):
        return
    towns = gazetteer().names
    for match in NUMBERED_TOWN.finditer(text):
        word, town = match.group(2).lower(), match.group(3).lower()
        if word in lexicon().words and word not in STREET_NOUNS:
            continue  # "bus 14 gent", "spoor 5 berchem", "les 3 namur", "into 33 …" (reader45c)
        if " ".join(fold(town).replace("-", " ").split()) not in towns or town in frequent():
            continue
        yield match.start(1), match.end(1), "address"
