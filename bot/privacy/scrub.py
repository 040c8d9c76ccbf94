"""Free-text scrubbing: identifying details become bracketed labels before anything is kept.

First version: e-mail, Belgian phone numbers, IBAN, national register and BIS numbers,
postcodes with a city, street addresses, and names after a form of address. Every
caller goes through `Scrubber.scrub`, so the recognisers can grow behind it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bot.msgid import N_

LABELS = {
    "email": N_("[e-mail]"),
    "phone": N_("[phone]"),
    "iban": N_("[bank account]"),
    "national_id": N_("[national number]"),
    "address": N_("[address]"),
    "place": N_("[place]"),
    "name": N_("[name]"),
}

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_STREET_SUFFIX = (
    r"straat|laan|steenweg|baan|plein|dreef|lei|weg|kaai|vest|markt|singel|pad|hof|dries|berg"
    r"|park|plaats|wijk|dijk|kouter|veld|hoek"
)
_FRENCH_STREET = r"rue|avenue|av\.|chaussée|place|boulevard|bd|quai|square|allée|chemin|impasse"
_NUMBER = r"\d{1,4}[a-zA-Z]?(?:\s*(?:bus|bte|boîte|box)\s*\w{1,4})?"
_PARTICLE = r"(?:van|de|der|den|del|da|di|du|le|la|el|al|ben|bin|von|ter|ten|op|'t)"
_TITLE = (
    r"meneer|mevrouw|mevr\.?|mvr\.?|dhr\.?|heer|juffrouw|madame|monsieur|mme\.?|mlle\.?"
    r"|mr\.?|mrs\.?|ms\.?|miss|dr\.?|m\.(?=\s)"
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("national_id", re.compile(r"(?<!\d)\d{2}[. ]?\d{2}[. ]?\d{2}[-. ]?\d{3}[-. ]?\d{2}(?!\d)")),
    (
        "phone",
        re.compile(
            r"(?<![\w+])(?:(?:\+|00)\s?32[\s./-]?(?:\(0\)\s?)?|0)[1-9](?:[\s./-]?\d){7,8}(?!\d)"
        ),
    ),
    (
        "address",
        re.compile(
            rf"\b(?:{_WORD}(?:[ -]{_WORD})*)?(?:{_STREET_SUFFIX})\b\.?\s+{_NUMBER}", re.UNICODE
        ),
    ),
    (
        "address",
        re.compile(
            rf"(?i:\b(?:{_FRENCH_STREET}))\s+(?:(?i:de la|de l'|du|des|de|d'|van|de)\s*)?"
            rf"{_WORD}(?:[ -](?:{_PARTICLE}|{_WORD}))*,?\s+{_NUMBER}"
        ),
    ),
    ("place", re.compile(rf"(?<![\d.,])(?:B-?)?[1-9]\d{{3}}\s+{_WORD}(?:[ -]{_WORD})*")),
    (
        "name",
        re.compile(
            rf"(?i:\b(?:{_TITLE}))\s+"
            rf"((?:{_PARTICLE}\s+)*{_WORD}(?:[ -](?:{_PARTICLE}\s+)*{_WORD})*)"
        ),
    ),
)

_NATIONAL_CONTEXT = re.compile(r"rijksregister|insz|rrn|niss|registre national|bis", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str


def _valid_iban(text: str) -> bool:
    compact = text.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha():
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def _valid_national_number(text: str) -> bool:
    """Check digits of a Belgian national register or BIS number (born before or after 2000)."""
    digits = re.sub(r"\D", "", text)
    base, check = int(digits[:9]), int(digits[9:])
    return check in (97 - base % 97, 97 - (2_000_000_000 + base) % 97)


_IBAN_START = re.compile(r"\b[A-Za-z]{2}\d{2}")
_IBAN_PART = re.compile(r"[ ]?[A-Za-z0-9]{1,4}")


def _ibans(text: str) -> Iterator[tuple[int, int]]:
    """IBANs in any case, grouped or not: the longest stretch whose check digits hold."""
    for start in _IBAN_START.finditer(text):
        ends: list[int] = []
        position = start.end()
        while (part := _IBAN_PART.match(text, position)) and len(ends) < 8:
            position = part.end()
            ends.append(position)
        for end in reversed(ends):
            boundary = end == len(text) or not text[end].isalnum()
            if boundary and _valid_iban(text[start.start() : end]):
                yield start.start(), end
                break


def _matches(kind: str, pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    for match in pattern.finditer(text):
        start, end = match.span(1) if kind == "name" else match.span()
        if _accept(kind, text, match.group(0), start):
            yield start, end


def find_spans(text: str) -> list[Span]:
    """Every identifying span; earlier recognisers win where spans overlap."""
    email, *others = _PATTERNS
    found = [
        *((email[0], span) for span in _matches(*email, text)),
        *(("iban", span) for span in _ibans(text)),
        *((kind, span) for kind, pattern in others for span in _matches(kind, pattern, text)),
    ]
    taken: list[Span] = []
    for kind, (start, end) in found:
        if all(end <= s.start or start >= s.end for s in taken):
            taken.append(Span(start, end, kind))
    return sorted(taken, key=lambda s: s.start)


def _accept(kind: str, text: str, found: str, start: int) -> bool:
    if kind == "national_id":
        nearby = text[max(0, start - 40) : start]
        return _valid_national_number(found) or bool(_NATIONAL_CONTEXT.search(nearby))
    return True


class Scrubber:
    """Replaces identifying spans by labels in the worker's language."""

    def __init__(self, translate: Callable[[str, str], str]) -> None:
        self._translate = translate

    def scrub(self, text: str, lang: str) -> str:
        return "".join(self._pieces(text, lang))

    def _pieces(self, text: str, lang: str) -> Iterator[str]:
        position = 0
        for span in find_spans(text):
            yield text[position : span.start]
            yield self._translate(lang, LABELS[span.kind])
            position = span.end
        yield text[position:]
