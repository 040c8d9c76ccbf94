"""Identifiers whose check digits fail: a typo, or a number the worker half-remembered.

`patterns` validates IBANs (mod-97) and phone numbers (phonenumbers) so that amounts and
counts stay untouched; a mistyped number fails that check and would be kept, yet it still
points at one person. These run after the validated recognisers and catch what has the
shape alone where the shape cannot be anything else (a Belgian IBAN: BE, two digits,
eleven to thirteen digits; an old Belgian account "096-1234567-69"; a Belgian mobile
without its "+", "32470123456"; a number glued to a name, "fatima0470123456"), or the
shape next to a cue word ("gsm", "rekening", "compte", "call", "storten op").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy

Found = tuple[int, int, str]

BELGIAN_IBAN = lazy(r"(?<![\w])[Bb][Ee][\s.-]?\d{2}(?:[\s.-]?\d){11,13}(?![\w])")
"""BE + check digits + 12 digits (one too many or too few: a typo), grouped or not, even
over a line break: nothing else in a note has that shape."""
ANY_IBAN = lazy(
    r"(?<![\w])[A-Za-z]{2}[\s.-]?\d{2}(?:[\s.-]?[A-Za-z0-9]{4}){2,7}(?:[\s.-]?[A-Za-z0-9]{1,3})?"
    r"(?![\w])"
)
"""Another country's IBAN in groups of four, read only after a cue."""
IBAN_CUE = lazy(
    r"(?i:iban|rekening|rek\b|rek\.|bankrekening|compte|cpte|account|bank|konto|nr\b|n°"
    r"|stort|overschrijv|overmaken|virement|vers[eé]|verser|payer sur|pay into|paid into"
    r"|transfer|op naam|au nom|bic\b)"
)
OLD_ACCOUNT = lazy(r"(?<![\w.,/-])\d{3}([- .]?)\d{7}\1\d{2}(?![\w/-]|[.,]\d)")
"""A Belgian account before IBAN: three, seven and two digits, the last two a mod-97 check."""
PHONE_SHAPE = lazy(r"(?<![\w+])(?:\+|00)?\d[\d ./()-]{6,19}\d(?![\d])")
PHONE_CUE = lazy(
    r"(?i:gsm|tel\b|tel\.|tél|telefoon|telefoneer|nummer|\bnr\b|bel\b|bellen|belde|bel op|sms"
    r"|whatsapp|\bwa\b|signal|viber|numéro|numero|num\b|portable|appel|appelle|joindre"
    r"|phone|call|mobile|mobiel|number|text her|text him|reach|contact|fixe|vast)"
)
BELGIAN_MOBILE = lazy(r"\(?04[5-9]\d")
"""A Belgian mobile's prefix: with a digit too many or too few it needs no cue."""
GLUED_PHONE = lazy(r"(?<=[^\W\d_])(?:\+|00)?\d[\d ./-]{7,15}\d(?!\d)")
"""Digits glued to a word: "fatima0470123456", "tel.0470123456"."""
COUNTRY_NO_PLUS = lazy(r"(?<![\w+.,])32[\s.]?4[5-9]\d(?:[\s./-]?\d){6}(?![\w]|[.,]\d)")
"""A Belgian mobile with its country code and no "+" or "00": "32470123456"."""
CUE_REACH = 30
"""How far before a number its cue word may stand, in characters."""


def _digits(text: str) -> int:
    return sum(map(str.isdigit, text))  # the same count, without a Python step per character


def iban_shapes(text: str) -> Iterator[Found]:
    """Belgian IBANs with wrong check digits; other countries' shapes only after a cue;
    old Belgian accounts. A placeholder ("BE00 0000 0000 0000") is no one's account."""
    if _digits(text) < 11:
        return
    for match in BELGIAN_IBAN.finditer(text):
        if _plausible(match.group()):
            yield match.start(), match.end(), "iban"
    for match in ANY_IBAN.finditer(text):
        if _plausible(match.group()) and _cued(IBAN_CUE, text, match.start()):
            yield match.start(), match.end(), "iban"
    for match in OLD_ACCOUNT.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        checked = (int(digits[:10]) % 97 or 97) == int(digits[10:])
        cued = match.group(1) == "-" or checked or _cued(IBAN_CUE, text, match.start())
        if cued and int(digits[:10]) != 0:
            yield match.start(), match.end(), "iban"


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
        if mobile or (8 <= count <= most and _cued(PHONE_CUE, text, match.start())):
            yield match.start(), match.end(), "phone"
    for match in COUNTRY_NO_PLUS.finditer(text):
        yield match.start(), match.end(), "phone"
    for match in GLUED_PHONE.finditer(text):
        if _valid_phone(match.group()):
            yield match.start(), match.end(), "phone"


def _valid_phone(number: str) -> bool:
    import phonenumbers  # loaded at first use, as in `patterns`

    try:
        parsed = phonenumbers.parse(number, "BE")
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(parsed))
