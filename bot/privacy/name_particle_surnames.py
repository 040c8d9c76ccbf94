"""Flemish surnames typed in lower case with their particle and no title: "gesprek met de smet",
"afspraak met van de velde", "de bruyne belde" (review36b's lead, own sentences). The particle is
masked with the word: half a surname still identifies."""

from __future__ import annotations

import re

from bot.privacy.compounds import frequent, plain_word
from bot.privacy.gazetteer import fold, gazetteer
from bot.privacy.language import language_of
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon
from bot.privacy.name_titled_speakers import NOT_AFTER_PARTICLES
from bot.privacy.name_vetoes import TRADES

PARTICLE_WORD = lazy(
    r"(?i:(?<![\w'’-])(?:(met|naar|bij|avec|chez|with)\s+)?"
    r"((?:van\s+(?:de|der|den)|vande|vanden|vander|vd|de|den|van|ver|ter|ten)\s+)"
    r"([a-zà-ÿ][\w'’-]{2,})(?![\w'’-]))"
)
"""A Dutch particle and a word, maybe after a word of contact ("met", "naar", "chez")."""
HAS_A_FILE = lazy(
    r"(?i:\s+(?:heeft|had|a|has)\s+(?:(?:een|geen|nog|terug|al|une?|des|a|an|no)\s+)?"
    r"(?:[^\W\d_]+\s+)?(?:schuld|schulden|afspraak|rdv|dossier|uitkering|leefloon|contract"
    r"|huurachterstand|advocaat|facturen|factuur|dette|dettes|avocat|debt|debts"
    r"|appointment|lawyer)\b)"
)
"""What only a person has: a debt, an appointment, a file ("de vos heeft een schuld van 800
euro"; "de vos heeft de kippen" stays the fox)."""
FIRST_AFTER = lazy(r"\s+([^\W\d_][\w'’-]+)")
"""The word after such a surname: a first name there makes it one, surname first as in a file
("van damme kevin a reçu un préavis", review43a), though its word is a town."""
INITIAL_AFTER = lazy(r"(?i:\s+([a-z])\.(?=[\s,;:]|$))")
INITIAL_BEFORE = lazy(r"(?i:(?<![\w.'’-])(?<!\d\s)([a-z])\.\s*$)")
AWAY = lazy(r"(?i:\s+(?:niet|ni|nie|not|pas)\s+(?:thuis|home|là)\b)")
"""An initial beside a surname of the lists ("de ridder c. travaille", "van damme s. tel",
"m. de vos has copd") or, opening the note, not being home ("de wolf nie thuis", "vd velde ni
thuis"): a person, though the surname's word is a word (probe103, probe104); "300 m." is
metres."""
SAYS = lazy(
    r"(?i:\s+(?:zegt|zei|belt|belde|vraagt|vroeg|says|said|calls|called|asks|dit|demande"
    r"|appelle)\b)"
)
"""Or, opening the note, saying or calling: "vd berghe zegt depressief" (probe114)."""
HINTS = (" de ", " van ", "vd ", " den ", " ver ", " ter ", " ten ", "de ", "van ")
GLUED = lazy(r"(?i:(?<![\w'’-])van(?:de|der|den)[a-zà-ÿ]{3,}(?![\w'’-]))")
"""A surname glued to "vande", "vander", "vanden" ("vanderlinden ptt mieux", probe45): a
listed one is no word of any language, wherever it stands."""


def particle_surnames(text: str, lexicon: Lexicon) -> dict[int, bool]:
    """Starts of the particle and the word of such a surname: one the surname lists hold glued
    ("desmet", "vandevelde") whose word is no plain word nor place (or, after "van de", no
    frequent word); after a word of contact, also a surname of the lists that is no word nor
    place ("mail naar de bruyne"). Never a trade ("bij de bakker"). Not "met de vos": a
    surname that is a word cost a frozen set a clean sentence and found nothing there."""
    lowered = text.lower()
    found: dict[int, bool] = {}
    if "van" in lowered:
        for surname in GLUED.finditer(text):
            word = surname.group().lower()
            if word in lexicon.last and not lexicon.is_word(word) and word not in frequent():
                found[surname.start()] = True
    if not any(hint in lowered for hint in HINTS):
        return found
    for match in PARTICLE_WORD.finditer(text):
        word = match.group(3).lower()
        if word in NOT_AFTER_PARTICLES or word in TRADES:
            continue
        particle = match.group(2).lower().split()
        glued = any(head + word in lexicon.last for head in _heads(particle))
        glued = glued and fold(word) not in gazetteer().names
        plain = plain_word(word, lexicon)
        # "van de velde", "de smet"; not "van de winkel" nor "van mol"
        named = glued and (not plain or (len(particle) > 1 and word not in frequent()))
        compound = " ".join([*particle, word]) in lexicon.compound_surnames
        compound = compound and not plain and fold(word) not in gazetteer().names
        named = named or (compound and word not in frequent())  # "de keersmaecker weer vast"
        if match.group(1) is not None:  # "mail naar de bruyne"
            named = named or unlike_a_word(word, lexicon)
        glued_surname = "".join(particle) + word
        named = named or given_name_after(text, glued_surname, match.end(3), lexicon)
        person = len(particle) == 1 and HAS_A_FILE.match(text, match.end(3)) is not None
        named = named or (glued and person)  # not "van de winkel heeft een factuur"
        named = named or _initialled_or_away(text, match, particle, word, glued, lexicon, found)
        if named:
            found[match.start(2)] = found[match.start(3)] = True
    return found


def _initialled_or_away(
    text: str,
    match: re.Match[str],
    particle: list[str],
    word: str,
    glued: bool,
    lexicon: Lexicon,
    found: dict[int, bool],
) -> bool:
    """A listed surname with an initial beside it (the initial is added to `found`), or one
    opening the note before "niet thuis" or a verb of speech."""
    full = " ".join(["van", "de"] if particle == ["vd"] else particle)
    if not glued and f"{full} {word}" not in lexicon.compound_surnames:
        return False
    after = INITIAL_AFTER.match(text, match.end(3))
    before = INITIAL_BEFORE.search(text, max(0, match.start(2) - 4), match.start(2))
    if before is not None and before.group(1) in "mM" and language_of(text) == "fr":
        before = None  # "proprio m. de wilde": monsieur
    for initial in (after, before):
        if initial is not None:
            found[initial.start(1)] = True
            return True
    opening = not text[: match.start(2)].strip()
    told = AWAY.match(text, match.end(3)) or SAYS.match(text, match.end(3))
    return opening and word not in frequent() and told is not None


def _heads(particle: list[str]) -> tuple[str, ...]:
    """The particle as a surname glues it: "vd" stands for "van de" or "van den"."""
    return ("vande", "vanden") if particle == ["vd"] else ("".join(particle),)


def unlike_a_word(word: str, lexicon: Lexicon) -> bool:
    """A surname of the lists that is no frequent or plain word nor place."""
    if word not in lexicon.last or word in frequent() or plain_word(word, lexicon):
        return False
    return fold(word) not in gazetteer().names


def given_name_after(text: str, surname: str, end: int, lexicon: Lexicon) -> bool:
    """ "van damme kevin": a listed surname (glued: "vandamme") ending at `end` and a listed
    first name that is no frequent word after it, as a file puts them; the places rule asks it
    too, for a town after "van" is then the surname."""
    after = FIRST_AFTER.match(text, end)
    given = after.group(1).lower() if after else ""
    return surname in lexicon.last and given in lexicon.first and given not in frequent()
