"""Identifiers whose check digits fail: a typo, or a number the worker half-remembered.

`patterns` validates IBANs (mod-97) and phone numbers (phonenumbers) so that amounts and
counts stay untouched; a mistyped number fails that check and would be kept, yet it still
points at one person. These run after the validated recognisers and catch what has the
shape alone where the shape cannot be anything else (a Belgian IBAN: BE, two digits,
eleven to thirteen digits; an old Belgian account "096-1234567-69"; a Belgian mobile
without its "+", "32470123456"; a number glued to a name, "fatima0470123456"), or the
shape next to a cue word ("gsm", "rekening", "compte", "call", "storten op"). Another
country's IBAN needs no cue when it has that country's exact layout, in groups of any size;
an account said to end in some digits ("rekening eindigt op 4471") loses those digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.iban_formats import fits_country, fits_with_a_slip, iban_length
from bot.privacy.lazy_patterns import lazy
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]

BELGIAN_IBAN = lazy(r"(?<![\w])[Bb][Ee][\s.-]?\d[\s.-]?\d(?:[\s.-]?\d){11,13}(?![\w])")
"""BE + check digits + 12 digits (one too many or too few: a typo), grouped or not, even
over a line break or between the check digits ("BE 6 8 5390 0754 7034"): nothing else in a
note has that shape."""


def in_belgian_iban(text: str, start: int) -> bool:
    """Whether digits at `start` lie inside a Belgian account's shape ("rek be43 0689 1122
    7501"): its check digits and groups are no national number, even near a cue."""
    match = BELGIAN_IBAN.search(text, max(0, start - 9))
    return match is not None and match.start() < start < match.end()


ANY_IBAN = lazy(
    r"(?<![\w])[A-Za-z]{2}[\s.-]?\d{2}(?:[\s.-]?[A-Za-z0-9]{4}){2,7}(?:[\s.-]?[A-Za-z0-9]{1,3})?"
    r"(?![\w])"
)
"""Another country's IBAN in groups of four, read only after a cue."""
IBAN_HEAD = lazy(r"(?<![\w])[A-Za-z]{2}[\s.-]?\d{2}")
"""Where any IBAN starts: its country and check digits; the rest in groups of any size."""
GROUPED = lazy(r"[\s.-]?[A-Za-z0-9]+")
PARTIAL_ACCOUNT = lazy(
    r"(?i:\b(?:rekening\w*|bankrekening\w*|kaart|bankkaart|compte|carte|account|card|iban)\b"
    r"[^.;!?\d]{0,25}?\b(?:eindigt|eindigend|eindigde|termine|terminant|finit|finissant|ending"
    r"|ends|ended)\s+(?:op|met|par|en|in|with|on)\s+"
    r"|\b(?:laatste\s+(?:vier\s+|4\s+)?cijfers|derniers\s+chiffres"
    r"|(?:last|final)\s+(?:four\s+|4\s+)?digits)\s*"
    r"(?:van\s+(?:de|haar|zijn)\s+rekening|(?:du|de\s+son|de\s+sa)\s+(?:compte|carte)"
    r"|of\s+(?:the|her|his)\s+(?:account|card))?\s*:?\s*(?:zijn|sont|are|:)?\s*)"
    r"(?!(?:19|20)\d\d\b)(\d{3,6})"
    r"(?![\d,.]\d|\w|\s*(?:euro|eur|€|%|uur|h\b|januari|februari|maart|april|mei|juni|juli"
    r"|augustus|september|oktober|november|december|janvier|février|mars|avril|mai|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre|january|february|march|may|june|july"
    r"|august|october)\b)"
)
"""Part of an account said to end in it ("rekening eindigt op 4471", "last four digits 4471"):
with the bank and the worker's other words it still points at one account."""
ENDING = Stems("eind|termin|fini|ending|ends|ended|laatste|dernier|last|final")
ACCOUNT = Stems("rekening|compte|carte|account|card|kaart|iban|cijfers|chiffres|digits")
"""What PARTIAL_ACCOUNT needs, decided per word (it starts with a word boundary: slow to scan
for)."""
IBAN_CUE = lazy(
    r"(?i:iban|rekening|rek\b|rek\.|bankrekening|compte|cpte|account|bank|konto|nr\b|n°|rib\b"
    r"|stort|overschrijv|overmaken|virement|vers[eé]|verser|payer sur|pay into|paid into"
    r"|transfer|op naam|au nom|bic\b)"
)
OLD_ACCOUNT = lazy(r"(?<![\w.,/-])\d{3}([- .]?)\d{7}\1\d{2}(?![\w/-]|[.,]\d)")
"""A Belgian account before IBAN: three, seven and two digits, the last two a mod-97 check."""
BELGIAN_BBAN = lazy(r"(?<![\w.,/+-])\d{3}[ .-]?\d[ .-]?\d{3}[ .-]?\d[ .-]?\d{4}(?![\w/-]|[.,]\d)")
"""A Belgian account without "BE" and its check digits, twelve digits in any grouping
("5390 0754 7034"): its own mod-97 check (the last two digits) holds."""
LONG_ACCOUNT = lazy(r"(?<![\w.,+])\d{3,}(?:[ .-]?\d){13,27}(?![\w]|[.,]\d)")
"""Sixteen to thirty digits: a bank account of another country ("son rib 011 780
0000123456789012 34") or a card; no amount, phone or date is that long."""
SHORT_ACCOUNT = lazy(r"(?<![\w.,+])\d{2,4}(?:[ .-]?\d){10,12}(?![\w]|[.,]\d)")
"""Twelve to fifteen digits: a Belgian IBAN typed without "BE" ("iban 68 5390 0754 7034"), or
one with a digit lost; no phone, amount or national number is that long."""
ACCOUNT_CUE = lazy(r"(?i:iban|rekening|rek\b|rek\.|reknr|compte|cpte|account|konto|rib\b)")
"""Cues that name an account itself (not "nr", "bank"): only after them is SHORT_ACCOUNT read."""
PHONE_SHAPE = lazy(r"(?<![\w+])(?:\+ ?|00|\()?\d[\d ./()\n-]{6,19}\d(?![\d])")
"""A number grouped as phones are, even split by a line end ("gsm 0470\n12 34 56"), with
its "+ " or "(" ("+ 32 477 …", "(0)475 …": they stayed beside the label)."""
PHONE_CUE = lazy(
    r"(?i:gsm|tel\b|tel\.|tél|telefoon|telefoneer|\bnummer|\bnr\b|bel\b|bellen|belde|bel op|sms"
    r"|whatsapp|\bwa\b|signal|viber|numéro|numero|num\b|portable|appel|appelle|joindre"
    r"|phone|call|mobile|mobiel|number|text her|text him|reach|contact|fixe|vast)"
)
BELGIAN_MOBILE = lazy(r"\(?04[5-9]\d")
"""A Belgian mobile's prefix: with a digit too many or too few it needs no cue."""
GLUED_PHONE = lazy(r"(?<=[^\W\d_])(?:\+|00)?\d[\d ./-]{7,15}\d(?!\d)")
"""Digits glued to a word: "fatima0470123456", "tel.0470123456"."""
COUNTRY_NO_PLUS = lazy(r"(?<![\w+.,])32[\s.]?4[5-9]\d(?:[\s./-]?\d){6}(?![\w]|[.,]\d)")
"""A Belgian mobile with its country code and no "+" or "00": "32470123456"."""
YEAR_FIRST = lazy(r"(?:19|20)\d\d[/-]")
"""A year and a serial, as services number their cases: no phone starts so."""
REFERENCE = lazy(
    r"(?i:\b(?:factuur|facture|invoice|dossier|klant|client|customer|referentie|référence"
    r"|reference|ref|contract|contrat|bestelling|commande|order|polis|attest|formulier|ticket)"
    r"\w*\s*(?:nr|nummer|numéro|numero|number|no|n°)?\.?\s*:?\s*$)"
)
"""A document's own number after its word, "nr" included: no phone unless it starts as one."""
CUE_REACH = 30
"""How far before a number its cue word may stand, in characters."""


def _digits(text: str) -> int:
    return sum(map(str.isdigit, text))  # the same count, without a Python step per character


def iban_shapes(text: str) -> Iterator[Found]:
    """Belgian IBANs with wrong check digits; other countries' shapes only after a cue;
    old Belgian accounts. A placeholder ("BE00 0000 0000 0000") is no one's account."""
    if _digits(text) < 11:
        yield from _partial_accounts(text)
        return
    yield from _partial_accounts(text)
    yield from _laid_out(text)
    for match in BELGIAN_IBAN.finditer(text):
        if _plausible(match.group()):
            yield match.start(), match.end(), "iban"
    for match in ANY_IBAN.finditer(text):
        if _plausible(match.group()) and (
            _cued(IBAN_CUE, text, match.start()) or _nearly_laid_out(match.group())
        ):
            yield match.start(), match.end(), "iban"
    count = _digits(text)
    for match in SHORT_ACCOUNT.finditer(text) if count >= 12 else ():
        number = match.group()
        if (
            12 <= _digits(number) <= 15
            and not number.startswith("00")
            and _cued(ACCOUNT_CUE, text, match.start())
        ):
            yield match.start(), match.end(), "iban"
    for match in BELGIAN_BBAN.finditer(text) if count >= 12 else ():
        digits = re.sub(r"\D", "", match.group())
        if (
            _belgian_check(digits)
            and int(digits[:10]) != 0
            and _cued(IBAN_CUE, text, match.start())
        ):
            yield match.start(), match.end(), "iban"
    for match in LONG_ACCOUNT.finditer(text) if count >= 16 else ():
        if _cued(IBAN_CUE, text, match.start()) and _digits(match.group()) >= 16:
            yield match.start(), match.end(), "iban"
    for match in OLD_ACCOUNT.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        cued = (
            match.group(1) == "-" or _belgian_check(digits) or _cued(IBAN_CUE, text, match.start())
        )
        if cued and int(digits[:10]) != 0:
            yield match.start(), match.end(), "iban"


def _partial_accounts(text: str) -> Iterator[Found]:
    if not ENDING.in_text(text) or not ACCOUNT.in_text(text):
        return
    for match in PARTIAL_ACCOUNT.finditer(text):
        yield match.start(1), match.end(1), "iban"


def _laid_out(text: str) -> Iterator[Found]:
    """Another country's IBAN without a cue, grouped any way, when its letters and digits
    have that country's exact layout ("nl92abna0417164300", a check digit mistyped)."""
    for head in IBAN_HEAD.finditer(text):
        wanted = iban_length(head.group()[:2].upper())
        if wanted is None:
            continue
        compact, position = re.sub(r"[\s.-]", "", head.group()), head.end()
        while len(compact) < wanted and (part := GROUPED.match(text, position)):
            compact, position = compact + part.group().lstrip(" \t\n.-"), part.end()
        if len(compact) == wanted and fits_country(compact.upper()) and _plausible(compact):
            yield head.start(), position, "iban"


def _belgian_check(digits: str) -> bool:
    """A Belgian account's own check: its last two digits are the first ten mod 97 (97 for 0)."""
    return (int(digits[:10]) % 97 or 97) == int(digits[10:])


def _nearly_laid_out(number: str) -> bool:
    """A country with IBANs, in groups of four, a digit or two too few or too many
    ("FR76 3000 6000 0112 3456 7890 18", "nl61 rabo 4456 7748 2"): a typo, still that
    person's account."""
    compact = re.sub(r"[\s.-]", "", number).upper()
    wanted = iban_length(compact[:2])
    near = wanted is not None and abs(len(compact) - wanted) <= 2
    return near and (_digits(compact[4:]) >= 10 or fits_with_a_slip(compact))


def _cued_after(text: str, end: int, number: str) -> bool:
    """A phone cue right after a number that starts as phone numbers do: "0532 123 45 67 is
    zijn turks nummer"."""
    return number[0] in "0+" and PHONE_CUE.search(text, end, end + CUE_REACH) is not None


def _cued(cue: re.Pattern[str], text: str, start: int) -> bool:
    return cue.search(text, max(0, start - CUE_REACH), start) is not None


def _plausible(number: str) -> bool:
    """Check digits 02-98 (ISO 13616 never issues others) and an account not all zeros."""
    compact = re.sub(r"[\s.-]", "", number)
    account = compact[4:]
    return 2 <= int(compact[2:4]) <= 98 and _digits(account) >= 8 and account.strip("0") != ""


def phone_shapes(text: str) -> Iterator[Found]:
    """Eight to thirteen digits (fifteen after "+" or "00"), grouped as phone numbers are,
    right after a phone cue; a Belgian mobile ("0470 12 34 5") with a digit too many or too
    few anywhere, and after "32" without "+"; a number glued to a word that phonenumbers
    accepts.

    phonenumbers rejects a digit too many or too few ("0478 12 34 567") and numbers
    without their leading zero ("gsm 478 12 34 56"); the cue makes the reading safe."""
    if _digits(text) < 8:
        return
    for match in PHONE_SHAPE.finditer(text):
        number = match.group()
        count, most = _digits(number), 15 if number.startswith(("+", "00")) else 13
        mobile = 9 <= count <= 11 and BELGIAN_MOBILE.match(number) is not None
        if not mobile and YEAR_FIRST.match(number):
            continue  # a case number of a service: "dossier 2023/0456"
        if number[0] not in "0+(" and REFERENCE.search(
            text, max(0, match.start() - 30), match.start()
        ):
            continue  # "factuur nr 20240312", "dossier n° 45678912": a document's number
        cued = _cued(PHONE_CUE, text, match.start()) or _cued_after(text, match.end(), number)
        if mobile or (8 <= count <= most and cued):
            yield match.start(), match.end(), "phone"
    for match in COUNTRY_NO_PLUS.finditer(text):
        yield match.start(), match.end(), "phone"
    for match in GLUED_PHONE.finditer(text):
        if valid_phone(match.group()):
            yield match.start(), match.end(), "phone"


def valid_phone(number: str) -> bool:
    import phonenumbers  # loaded at first use, as in `patterns`

    try:
        parsed = phonenumbers.parse(number, "BE")
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(parsed))
