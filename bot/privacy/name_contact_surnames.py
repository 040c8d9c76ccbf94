"""A surname typed alone in lower case right after a word of contact: "discussed with masson",
"dossier transmis à masson", "mail envoyé à gilson", "gesprek met dethier" (review36b's
leads, own sentences). Alone and in lower case a surname of the lists is a name only where
nothing else could stand: after "met", "avec", "chez", "with", or "à" after a verb of sending
or telling, and only a surname that is no word, place or first name of any list."""

from __future__ import annotations

import re

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon
from bot.privacy.name_groups import Token
from bot.privacy.name_particle_surnames import unlike_a_word
from bot.privacy.name_vetoes import TRADES

CONTACT = frozenset(["met", "avec", "chez", "with"])
"""Words after which a bare surname is the person met ("rdv avec gilson")."""
SENT_TO = frozenset(["transmis", "transmise", "envoyé", "envoye", "envoyée", "envoyee", "écrit",
                     "ecrit", "parlé", "parle", "téléphoné", "telephone", "signalé", "signale",
                     "expliqué", "explique", "demandé", "demande", "remis", "remise", "adressé",
                     "adresse", "mailé", "maile", "transféré", "transfere", "renvoyé",
                     "renvoye"])  # fmt: skip
"""French verbs of sending or telling: "à" after them leads to someone ("transmis à masson"),
where "à" alone leads anywhere ("à domicile", "à lantin")."""
HINTS = (" met ", " avec ", " chez ", " with ", " à ", " a ")


def contact_surnames(
    text: str, matches: list[re.Match[str]], lowered: list[str], lexicon: Lexicon
) -> dict[int, bool]:
    """Start of each such surname -> True."""
    if not any(hint in text.lower() for hint in HINTS):
        return {}
    found: dict[int, bool] = {}
    for i in range(1, len(matches)):
        word = matches[i].group()
        if not word.islower() or not _led(text, matches, lowered, i):
            continue
        if _surname_alone(lowered[i], lexicon) and not _glued_on(text, matches[i]):
            found[matches[i].start()] = True
    return found


def _led(text: str, matches: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    if text[matches[i - 1].end() : matches[i].start()] != " ":
        return False
    lead = lowered[i - 1]
    if lead in CONTACT:
        return True
    return lead in ("à", "a") and i > 1 and lowered[i - 2] in SENT_TO


def _surname_alone(word: str, lexicon: Lexicon) -> bool:
    """A surname of the lists that no reader could take for anything else."""
    if len(word) < 4 or word in lexicon.first or word in TRADES or word in lexicon.homographs:
        return False
    return unlike_a_word(word, lexicon)


def _glued_on(text: str, match: re.Match[str]) -> bool:
    """ "met dethier-peeters" is read by the compound rules; "met x's" by the owners'."""
    return text[match.end() : match.end() + 1] in ("-", "'", "’", "@")


SURNAME_FIRST_LEAD = lazy(
    r"(?i:\b(?:door|by|par|met|avec|with|bij|chez|voor|pour|for|aan|to|naar|van|from) $)"
)
"""Words after which a surname may come before the first name: "aangemeld door cuypers ilse"."""


def surname_first(text: str, token: Token, lexicon: Lexicon) -> bool:
    """A surname of no language before a first name, in the order of a form: opening the note
    ("kowalczyk pawel, polonais") or after a word that leads to a person ("aangemeld door
    cuypers ilse"; review36b); not "dixit tinashe" inside a sentence."""
    word = token.bare
    if word not in lexicon.last or lexicon.is_word(word) or word in lexicon.homographs:
        return False
    if token.opens:
        return True
    return SURNAME_FIRST_LEAD.search(text, max(0, token.start - 6), token.start) is not None
