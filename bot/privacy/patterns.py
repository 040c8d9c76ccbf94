"""Recognisers for identifiers with a shape: IBAN, national numbers, phone numbers, dates,
street addresses, postcodes with a place, named organisations (e-mail, handles: `contacts`).

Each yields (start, end, kind). Numbers are validated where a check exists (IBAN mod-97,
python-stdnum for national register and BIS numbers, phonenumbers for Belgian and
international phone numbers), so ordinary amounts and counts stay untouched. Both load
at the first text that needs them: they were a third of the scrubber's start-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.contacts import emails, handles
from bot.privacy.dates import dates
from bot.privacy.iban_formats import fits_country
from bot.privacy.lazy_patterns import lazy
from bot.privacy.loose_ids import iban_shapes, in_belgian_iban, phone_shapes
from bot.privacy.phone_numbers import PHONE_HINT as PHONE_HINT
from bot.privacy.phone_numbers import phones
from bot.privacy.plates import plates
from bot.privacy.street_parts import DOTTED_SHORT_FORM, NOT_A_STREET, SHORT_FORM_END, street_extent
from bot.privacy.tokens import Stems, has_digit
from bot.privacy.town_postcodes import towns_before_postcodes

Found = tuple[int, int, str]

UPPER = r"A-ZÀ-ÖØ-ÞĀ-Ž"
WORD = rf"[{UPPER}][\w'’-]*"
WORDS = rf"(?:{WORD} ){{0,8}}"
"""Words before a street's own: whole words and a space each, at most eight. "[ -]" after a
word that may hold a hyphen split "Jan-Jan-...-Jan" in 2^n ways, and an unbounded run made
every start rescan all after it: one line of hyphenated capitals hung the scrubber."""
BARE_WORD = rf"[{UPPER}][\w'’]*"
"""A word without a hyphen, after a space or a hyphen: one way to split "Jean-Baptiste"."""
PARTICLE = r"(?:van|de|der|den|del|da|di|du|le|la|el|al|ben|bin|von|ter|ten|op|'t|des|het)"
STREET_SUFFIX = (
    r"straat|straatje|laan|steenweg|baan|plein|pleintje|dreef|lei|weg|kaai|kade|vest|markt"
    r"|singel|pad|hof|dries|berg|park|plaats|wijk|dijk|kouter|veld|hoek|gracht|ring|steeg"
    r"|gang|heide|dam|burcht|wal|velden|meers|bos|str|stwg"
)  # fmt: skip
FRENCH_STREET = (
    r"rue|avenue|av\.|av|chaussée|chaussee|chée|place|boulevard|bd|quai|square|allée|chemin|impasse"
    r"|drève|clos|sentier|rond-point|cité|cite|parvis|galerie|bd\.|pl\.|r\.|boul\.|bld|sq\.|imp\."
    r"|ruelle|venelle|thier"
)  # fmt: skip
ADJECTIVES = r"lange|korte|grote|kleine|oude|nieuwe|hoge|lage|sint|onze-lieve-vrouw"
NOT_A_NAME = (
    r"pour|avec|dans|sur|et|ou|à|au|en|le|la|les|un|une|for|to|the|and|of|van|voor|om"
    r"|libres?|vides?|assises?|disponibles?|debout|parking|de|du|des|open|ouverte?s?|until"
    r"|till|closed|fermée?s?|jusqu['’]?|tot"
)
UNITS = (
    r"uur|u|euro|eur|€|keer|dag|dagen|week|weken|maand|maanden|jaar|jaren|min|minuten|km|m|%"
    r"|kinderen|personen|heures|h|jours|semaines|mois|ans|fois|enfants|personnes|hours|days"
    r"|weeks|months|years|times|people|children|straten|streets|rues|huizen|houses|maisons"
)  # fmt: skip
NUMBER = (  # "12", "12 b", "nr 12", "n°12", "12 bus 3", "12 app. 4", "312 b 14", "17/b4" (a box)
    r"(?:(?:nr\.?|nummer|n°|no\.)\s?)?\d{1,4}(?!\d)"
    r"(?:[-/](?:[bB]\s?)?\d{1,3}(?![\d/.-]))?"
    r"(?:[ ][bB][ ]\d{1,3}(?![\d/.,-])|[ ]?(?:bis|ter|[a-zA-Z])(?![\w'’]))?"
    r"(?:\s*(?:bus|bte|bt|boîte|box|b\.|b(?=\d{1,3}\b)|b[sx](?=\s*\d)|app\.|apt\.|appt\.|appt|app|apt"
    r"|appartement)(?![^\W\d_])\s*(?:\d\w{0,3}|[^\W\d_](?![\w'’])))?"
)

TWO_DIGITS, ONE_DIGIT = lazy(r"\d\d"), lazy(r"\d")
FOUR_DIGITS = lazy(r"[1-9]\d{3}")  # these three: cheap first conditions of slower patterns
IBAN_START = lazy(r"\b[A-Za-z]{2}(?:\s{1,2}|[./-])?\d{2}")
IBAN_PART = lazy(r"(?:\s{1,2}|[./-]|\s?[/-]\s?)?[A-Za-z0-9]{1,4}")
DATE_SHAPED = lazy(r"\d{2}(?:[0-4]\d|5[0-2])(?:[0-2]\d|3[01])\d{3,6}")
"""Digits that start with a date of birth (a BIS number adds 20 or 40 to the month, 00 for
an unknown day or month): a national number with a typo."""
SEP = r"(?: / |[-., /])?"
NATIONAL = lazy(
    rf"(?<![\d.,+])(?<!\+ )\d\d([., -]?)\d\d\1\d\d{SEP}\d{{3}}{SEP}\d{{1,3}}(?![.,]?\d)"
)
"""Eleven digits grouped as national numbers are (commas, " / ": probe210); 10 or 12: a slip."""
ANY_GROUPING = lazy(r"(?<![\d.,+])(?!00|04[5-9])\d(?:[ ./\n-]{0,2}\d){9,11}(?!\d|[.,]\d)")
"""Ten to twelve digits grouped any way ("850730/033/28"), even over a line end: after a cue."""
NATIONAL_CONTEXT = lazy(
    r"rijksreg|insz|rrn|niss|registre national|registre nat\b|\bnn\b|\brn\b|\brr\b|\bnrn\b|bis"
    r"|identificatie|nationa|\bnatl\b|nn°|identit",
    re.IGNORECASE,
)
SINCE = r"depuis|sinds|since|vanaf|jusqu\w*|until|pendant|avant|après|apres"
"""Before a year, not a house number: "rue des tanneurs depuis 2019" (own sentence)."""
BEFORE_NUMBER = r"(?:\s+|,\s*(?![1-9]\d{3}\s+[^\W\d_]))"
"""Between a street and its number; after a comma, a postcode with its town is no number."""
STREETS = (
    lazy(rf"\b{WORDS}{WORD}?(?:{STREET_SUFFIX})\b\.?{BEFORE_NUMBER}{NUMBER}"),
    lazy(rf"\b{WORDS}[{UPPER}][\w'’-]*(?:{STREET_SUFFIX})\b(?=\s+(?:in|te|à|op)\s)"),
    lazy(
        rf"(?i:\b(?:{FRENCH_STREET}))\s+(?:(?i:de la|de l'|du|des|de|d'|van|de)\s*)?"
        rf"{WORD}(?:[ -](?:{PARTICLE}|{BARE_WORD})){{0,8}}{BEFORE_NUMBER}{NUMBER}"
    ),
    lazy(  # lower case, as on a phone: "kioskplaats 12", "rue de la station 8", "kapelstr. 7"
        rf"\b(?:(?:{ADJECTIVES})[ -])?(?:(?!{NOT_A_STREET}\b)[a-zà-ÿ][\w'’-]*(?:{STREET_SUFFIX})"
        rf"{DOTTED_SHORT_FORM}|(?!chemin\s+de\s+fer\b)(?:{FRENCH_STREET})\s+"
        rf"(?:(?:de la|de l'|du|des|de|d'|van(?: der| den| de)?(?= ))\s*)?"
        rf"(?!(?:{NOT_A_NAME})\b)[a-zà-ÿ][\w'’-]+"
        rf"(?:[ -](?!(?:{SINCE})\b)[a-zà-ÿ][\w'’-]+)?){BEFORE_NUMBER}{NUMBER}(?!\s*(?:{UNITS})\b)"
        rf"{SHORT_FORM_END}"
    ),
)
STREET_HINT = lazy(rf"(?:{STREET_SUFFIX})\b\.?,?\s")  # what STREETS[0] and STREETS[1] need
STREET_ENDS = Stems(STREET_SUFFIX, ending=True)  # the same, decided per word: most texts lack it
ON_THE_STREET = lazy(
    rf"\b(?:(?i:op|aan|in) (?i:de|den|het) ((?i:{STREET_SUFFIX})\s+{NUMBER})"
    rf"|(?i:op|aan|on|at) ((?i:dorp|dijk|sluis|markt|plein|kaai|kade|dries|kouter|heide|vest|brink)"
    rf"\s+{NUMBER}))(?!\s*(?:{UNITS})\b)"
)
"""A street by its type word alone and a number: "op de Dries 7", "op dorp 14", "on sluis 14"."""
KNOWN_STREETS = lazy(  # squares and streets known by one word, with a house number
    rf"(?i:\b(?:kouter|meir|groenplaats|vrijdagmarkt|korenmarkt|grote markt|grand-place"
    rf"|grand place|zavel|sablon|flagey|bourse|beurs)\s+{NUMBER})(?!\s*(?:{UNITS})\b)"
)
STREET_WORDS = (*STREET_SUFFIX.split("|"), "kouter", "meir", "zavel", "sablon", "flagey",
                "bourse", "beurs")  # fmt: skip
FRENCH_WORDS = tuple(
    " " + w.replace("\\.", ".") if w.endswith("\\.") else w for w in FRENCH_STREET.split("|")
)
"""An abbreviation with its dot and a space before it (" r.", " av."): the bare letters are
in too many words. (The dot's backslash once stayed in, and "av. Louise 54" had no hint.)"""
FRENCH_HINT = lazy("|".join(re.escape(w) for w in FRENCH_WORDS))
NUMBER_FIRST = lazy(r"(?<![\w.,/-])\d{1,4}(?:bis|ter|[a-zA-Z])?,?\s+$")
"""A house number before the street, as in French and English: "at 14 Kerkstraat in Gent"."""
HOUSE_NUMBER = lazy(r"(?<=[\s°])\d{1,4}(?:[a-zA-Z])?\b")  # "12", "12a", "n°12"
PLACE_AFTER = lazy(rf"(?:\s*,\s*|\s+(?:in|te|à|a|at)\s+)({WORD}(?:[ -]{WORD})*)")
POSTCODE = lazy(
    r"\b[Bb]-[1-9]\d{3}\b|(?i:\b(?:postcode|postnummer|code postal|cp|zip code|zip)\s*:?\s*)"
    r"(?-i:([1-9]\d{3}))\b"
)
PLACE = lazy(rf"(?<![\d.,€$])\b(?:B-?)?[1-9]\d{{3}}\s+{WORD}(?:[ -]{WORD})*")
ORG_WORDS = (
    r"Basisschool|Kleuterschool|Lagere school|Middelbare school|Secundaire school|School"
    r"|Atheneum|Lyceum|College|Instituut|Academie|Campus|École|Ecole|Athénée|Institut|Collège"
    r"|Lycée|Kinderdagverblijf|Kinderopvang|Crèche|Creche|Bakkerij|Slagerij|Beenhouwerij"
    r"|Dienstenbedrijf|Schoonmaakbedrijf|Bouwbedrijf|Interimkantoor|Garage|Café|Restaurant"
    r"|Brasserie|Frituur|Kapsalon|Apotheek|Wijkgezondheidscentrum|Dokterspraktijk|Firma"
    r"|Bedrijf|Fabriek|Supermarkt|Winkel|Boulangerie|Pharmacie|Entreprise|Société"
)  # fmt: skip
SCHOOLS = ("college", "instituut", "atheneum", "school", "lyceum", "institut")
ORG_HINT = lazy(ORG_WORDS)
"""ORGS[0] starts with a word boundary (slow to scan); ORG_WORDS all start with a capital."""
WORKING, SCHOOL_STEMS = Stems("werk|job|stage|travail|emploi|work"), Stems(SCHOOLS)  # ORGS[2], [1]
ORGS = (
    lazy(rf"\b(?:{ORG_WORDS})\s+(?:(?:{PARTICLE})\s+)*{WORD}(?:[ -](?:{PARTICLE}\s+)*{WORD})*"),
    lazy(rf"\b[{UPPER}][\w'’-]*(?:{'|'.join(SCHOOLS)})\b"),
    lazy(
        rf"(?i:\b(?:werkt|werken|werkte|gewerkt|werk|job|stage|travaille|travail|emploi"
        rf"|works|worked|job)\b[^.;:!?]{{0,40}}?\b(?:bij|chez|at|for|voor))\s+"
        rf"((?:{WORD})(?:[ -](?:{WORD}))*)"
    ),
)


GENERIC = frozenset(["hogeschool", "basisschool", "kleuterschool", "avondschool",
                     "volwassenenschool", "muziekschool", "rijschool", "taalschool", "school",
                     "college", "instituut", "atheneum", "lyceum", "institut"])  # fmt: skip
"""Kinds of school on their own, capitalised or not: they name no one."""
PUBLIC = lazy(r"(?i:(?:de\s+)?(?:lijn|stad|gemeente|ville)\b)")
"""De Lijn and a town's administration are no one's employer to mask: see employers.py."""


def valid_iban(text: str) -> bool:
    compact = re.sub(r"[\s./-]", "", text).upper()  # "BE21/9796 …", "BE68 0635 / 1227 …"
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact.isalnum():
        return False
    if not fits_country(compact):  # "in 2019 verhuisde" passes mod-97 by chance
        return False
    digits = "".join(str(int(ch, 36)) for ch in compact[4:] + compact[:4])
    return int(digits) % 97 == 1


def ibans(text: str) -> Iterator[Found]:
    """IBANs in any case, grouped or not: the longest stretch whose check digits hold."""
    if not TWO_DIGITS.search(text):
        return
    for start in IBAN_START.finditer(text):
        ends: list[int] = []
        position = start.end()
        while (part := IBAN_PART.match(text, position)) and len(ends) < 8:
            position = part.end()
            ends.append(position)
        for end in reversed(ends):
            boundary = end == len(text) or not text[end].isalnum()
            if boundary and valid_iban(text[start.start() : end]):
                yield start.start(), end, "iban"
                break


def national_numbers(text: str) -> Iterator[Found]:
    """National register and BIS numbers: valid, near a cue, or starting with a date of
    birth; with a digit too many or too few only near a cue or in their dotted notation."""
    if not TWO_DIGITS.search(text):
        return
    for match in NATIONAL.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        nearby = text[max(0, match.start() - 40) : match.start()]
        cued = NATIONAL_CONTEXT.search(nearby) is not None
        born = DATE_SHAPED.match(digits) is not None and " / " not in match.group()  # an invoice
        if len(digits) == 11:
            found = cued or born or _valid_national(digits)
        else:  # a digit lost or added: a cue, or the dotted notation of these numbers
            found = cued or (match.group(1) == "." and born)
        if found and not in_belgian_iban(text, match.start()):
            yield match.start(), match.end(), "national_id"
    for match in ANY_GROUPING.finditer(text):  # digits first: fast to scan; the cue near it
        near = NATIONAL_CONTEXT.search(text, max(0, match.start() - 40), match.start())
        if near and not in_belgian_iban(text, match.start()):
            yield match.start(), match.end(), "national_id"


def _valid_national(digits: str) -> bool:
    from stdnum.be import bis, nn  # at first use: see the module's docstring

    return bool(nn.is_valid(digits) or bis.is_valid(digits))


WORD_END = lazy(r"\w*")


def addresses(text: str) -> Iterator[Found]:
    """Streets with a number (or followed by "in ..."), and the place named right after."""
    numbered = has_digit(text)
    for start, end in _street_spans(text, numbered):
        bare = numbered and not ONE_DIGIT.search(text, start, end)  # not "Kerkstraat 12"
        first = NUMBER_FIRST.search(text, max(0, start - 8), start) if bare else None
        start, end = street_extent(text, first.start() if first else start, end)
        yield start, end, "address"
        place = PLACE_AFTER.match(text, end)
        if place:
            yield place.start(1), place.end(1), "place"


def _street_spans(text: str, numbered: bool) -> Iterator[tuple[int, int]]:
    lowered = text.lower()
    french = numbered and FRENCH_HINT.search(" " + lowered) is not None
    suffixed = STREET_ENDS.in_text(text) and STREET_HINT.search(text) is not None
    for pattern in STREETS[:3] if french else STREETS[:2] if numbered else STREETS[1:2]:
        for match in pattern.finditer(text) if suffixed or pattern is STREETS[2] else ():
            yield match.span()
    if not numbered:
        return
    for match in ON_THE_STREET.finditer(text):
        yield match.span(1) if match.group(1) else match.span(2)
    seen: set[tuple[int, int]] = set()
    for number in HOUSE_NUMBER.finditer(text):  # lower-case streets: only near a number
        offset = max(0, number.start() - 48)
        tail = WORD_END.match(text, number.end() + 16)  # not "1040 e|tterbeek" (review31b)
        window = text[offset : tail.end() if tail else number.end() + 16]
        near = lowered[offset : number.start()]
        hinted = french or any(word in near for word in STREET_WORDS)
        for pattern in (STREETS[3], KNOWN_STREETS) if hinted else ():
            for match in pattern.finditer(window):
                span = (offset + match.start(), offset + match.end())
                if span not in seen and match.end() > number.start() - offset:
                    seen.add(span)
                    yield span


def places(text: str) -> Iterator[Found]:
    """A postcode with its place; alone only as "B-2140" or after "postcode"."""
    if not FOUR_DIGITS.search(text):
        return
    for pattern in (PLACE, POSTCODE):
        for match in pattern.finditer(text):
            start, end = match.span(1) if pattern.groups and match.group(1) else match.span()
            yield start, end, "place"


def organisations(text: str) -> Iterator[Found]:
    school = SCHOOL_STEMS.in_text(text) and any(word in text for word in SCHOOLS)
    possible = (not text.islower() and bool(ORG_HINT.search(text)), school, WORKING.in_text(text))
    for pattern, needed in zip(ORGS, possible, strict=True):
        for match in pattern.finditer(text) if needed else ():
            start, end = match.span(1) if pattern.groups else match.span()
            if text[start:end].lower() not in GENERIC and not PUBLIC.match(text, start):
                yield start, end, "organisation"


RECOGNISERS = (
    emails, handles, ibans, national_numbers, iban_shapes, phones, phone_shapes, plates,
    dates, addresses, places, towns_before_postcodes, organisations,
)  # fmt: skip
NEED_DIGITS = frozenset(
    [
        ibans,
        national_numbers,
        phones,
        iban_shapes,
        phone_shapes,
        plates,
        dates,
        places,
        towns_before_postcodes,
    ]
)
"""Recognisers that find nothing in a text without a digit (each also checks for itself)."""
