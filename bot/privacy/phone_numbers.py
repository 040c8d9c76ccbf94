"""Phone numbers: those phonenumbers finds in the text, and those it reads as one long number
or as none (review22a).

Two Belgian numbers joined by a dash or a slash, as a worker copies a mother's and a father's
("0471 11 22 33-0472 44 55 66"): phonenumbers takes no twenty-digit number, and the loose
rule kept a middle piece ("67-0495/76") and left most digits of both. And a foreign mobile
with its country code but no "+" or "00" ("243812674539", a Congolese number as a relative
gives it): `loose_ids.COUNTRY_NO_PLUS` knew only Belgium's."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.loose_ids import valid_phone

Found = tuple[int, int, str]

PHONE_HINT = lazy(r"(?:\+|\b0)\d[\d\s./()-]{6,}\d")
STRUCTURED = lazy(r"(?<!\d)\d{3}/\d{4}/\d{5}(?!\d)")
"""A Belgian payment reference ("+++090/1234/56789+++"): an invoice's, no one's phone."""
NOT_A_PHONE = lazy(
    r"(?:[01]?\d|2[0-3])[.:h][0-5]\d\s?-\s?(?:[01]?\d|2[0-3])[.:h][0-5]\d$"
    r"|(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)?\d\d(?!\d)"
    r"|(?:19|20)\d\d[/-]"
)
"""What phonenumbers' lenient reading takes for a number: opening hours ("07.30-12.00"), a
date with its year and what follows ("03.01.2025 17u", "22.01.24 - 208,-"), a case number
that starts with its year ("dossier 2024/40691")."""

BELGIAN = r"0[1-9](?:[ ./]?\d){7,8}"
"""A Belgian number in its national form: nine digits (a landline) or ten (a mobile)."""
JOINED = lazy(rf"(?<![\w.,/+-])({BELGIAN})\s*[-/–—]\s*({BELGIAN})(?![\w]|[.,/]\d)")
"""Two of them with a dash or a slash between, no digit before or after."""
FOREIGN_NO_PLUS = lazy(
    r"(?<![\w+.,/-])(?:243[89]\d{8}|212[67]\d{8}|237[26]\d{8}|221[7]\d{8}|224[6]\d{8}"
    r"|250[7]\d{8}|257[67]\d{7}|225[0]\d{9}|234[789]\d{9}|233[25]\d{8}|905\d{9}|407\d{8}"
    r"|316\d{8}|33[67]\d{8}|48[5-8]\d{8})(?![\w]|[.,]\d)"
)
"""A mobile of the countries many families come from (DR Congo, Morocco, Cameroon, Senegal,
Guinea, Rwanda, Burundi, Ivory Coast, Nigeria, Ghana, Turkey, Romania, the Netherlands, France,
Poland), its country code first and in one run of digits: what no amount, date or case
number is."""


SERVICE = lazy(
    r"(?<![\d+.,/-])(?:0800|090[0-9])(?:[ ./-]?\d){5}(?![.,/-]?\d)"
    r"|(?<![\d+.,/-])07[08](?:[ ./-]?\d){6}(?![.,/-]?\d)"
)
"""Belgian numbers of no person: free (0800), premium (090x) and shared-cost (070, 078)
numbers, with as many digits as Belgium gives them (a Dutch "070" landline has one more)."""


def service_numbers(text: str) -> Iterator[Found]:
    """Helplines and services' numbers, claimed and left in sight ("label": not masked), so
    that the note still says which line was given ("bel de gratis lijn 0800 14 689")."""
    if "0" in text:
        for match in SERVICE.finditer(text):
            yield match.start(), match.end(), "label"


def phones(text: str) -> Iterator[Found]:
    if ("+" not in text and "0" not in text) or not PHONE_HINT.search(text):
        return
    import phonenumbers  # at first use, as in `patterns`

    leniency = phonenumbers.Leniency.POSSIBLE
    paid = [m.span() for m in STRUCTURED.finditer(text)] if "/" in text else []
    for match in phonenumbers.PhoneNumberMatcher(text, "BE", leniency=leniency):
        paid_for = any(s < match.end and match.start < e for s, e in paid)
        if not paid_for and not NOT_A_PHONE.match(match.raw_string):
            yield match.start, match.end, "phone"


def joined_phones(text: str) -> Iterator[Found]:
    """Each of two Belgian numbers joined by a dash or slash; foreign mobiles without "+"."""
    if sum(map(str.isdigit, text)) < 11:
        return
    for match in JOINED.finditer(text):
        yield match.start(1), match.end(1), "phone"
        yield match.start(2), match.end(2), "phone"
    for match in FOREIGN_NO_PLUS.finditer(text):
        if valid_phone("+" + match.group()):
            yield match.start(), match.end(), "phone"
