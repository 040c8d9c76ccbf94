"""Identifiers whose check digits fail: a typo, or a number the worker half-remembered.

`patterns` validates IBANs (mod-97) and phone numbers (phonenumbers) so that amounts and
counts stay untouched; a mistyped number fails that check and would be kept, yet it still
points at one person. These run after the validated recognisers and catch what has the
shape alone where the shape cannot be anything else (a Belgian IBAN: BE, two digits,
twelve digits), or the shape next to a cue word ("gsm", "rekening", "compte", "call").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Found = tuple[int, int, str]

BELGIAN_IBAN = re.compile(r"(?<![\w])[Bb][Ee][ .-]?\d{2}(?:[ .-]?\d{4}){3}(?![\w])")
"""BE + check digits + 12 digits, grouped or not: nothing else in a note has that shape."""
ANY_IBAN = re.compile(
    r"(?<![\w])[A-Za-z]{2}[ .-]?\d{2}(?:[ .-]?[A-Z0-9]{4}){2,7}(?:[ .-]?\d{1,3})?(?![\w])"
)
"""Another country's IBAN in groups of four (a bank code in capitals), read only after a cue."""
IBAN_CUE = re.compile(
    r"(?i:iban|rekening|rek\b|rek\.|bankrekening|compte|cpte|account|bank|konto|nr\b|n°)"
)
PHONE_SHAPE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d ./()-]{6,17}\d(?![\d])")
PHONE_CUE = re.compile(
    r"(?i:gsm|tel\b|tel\.|telefoon|telefoneer|nummer|\bnr\b|bel\b|bellen|belde|bel op|sms"
    r"|whatsapp|numéro|num\b|portable|appel|appelle|joindre|phone|call|mobile|text her"
    r"|text him|reach)"
)
CUE_REACH = 30
"""How far before a number its cue word may stand, in characters."""


def _digits(text: str) -> int:
    return sum(map(str.isdigit, text))  # the same count, without a Python step per character


def iban_shapes(text: str) -> Iterator[Found]:
    """Belgian IBANs with wrong check digits; other countries' shapes only after a cue.
    A placeholder ("BE00 0000 0000 0000") is no one's account and stays."""
    if _digits(text) < 12:
        return
    for match in BELGIAN_IBAN.finditer(text):
        if _plausible(match.group()):
            yield match.start(), match.end(), "iban"
    for match in ANY_IBAN.finditer(text):
        nearby = text[max(0, match.start() - CUE_REACH) : match.start()]
        if _plausible(match.group()) and IBAN_CUE.search(nearby):
            yield match.start(), match.end(), "iban"


def _plausible(number: str) -> bool:
    """Check digits 02-98 (ISO 13616 never issues others) and an account not all zeros."""
    compact = re.sub(r"[ .-]", "", number)
    account = compact[4:]
    return 2 <= int(compact[2:4]) <= 98 and _digits(account) >= 8 and account.strip("0") != ""


def phone_shapes(text: str) -> Iterator[Found]:
    """Eight to thirteen digits, grouped as phone numbers are, right after a phone cue.

    phonenumbers rejects a digit too many or too few ("0478 12 34 567") and numbers
    without their leading zero ("gsm 478 12 34 56"); the cue makes the reading safe."""
    if _digits(text) < 8:
        return
    for match in PHONE_SHAPE.finditer(text):
        count = _digits(match.group())
        nearby = text[max(0, match.start() - CUE_REACH) : match.start()]
        if 8 <= count <= 13 and PHONE_CUE.search(nearby):
            yield match.start(), match.end(), "phone"
