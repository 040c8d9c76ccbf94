"""Bank card numbers (Bancontact, Visa, Mastercard) typed into a note: four groups of four
digits ("6703 9876 5432 1098", review33b) or one run of 13 to 19 digits that passes the Luhn
check cards carry. A card number identifies its holder like an account: masked as one."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy

Found = tuple[int, int, str]
GROUPED = lazy(r"(?<![\w.,/+-])\d{4}([ .-])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?![\w,/]|\.\d)")
"""Four groups of four digits with one separator (a fifth short group on long cards)."""
RUN = lazy(r"(?<![\w.,/+-])\d{13,19}(?![\w,/]|\.\d)")
"""Read after the IBANs (`scrub.ORDER`): an account's digits are claimed whole first."""


def luhn(digits: str) -> bool:
    """The check digit every payment card carries."""
    total = 0
    for position, digit in enumerate(reversed(digits)):
        value = int(digit)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def card_numbers(text: str) -> Iterator[Found]:
    for match in GROUPED.finditer(text):
        yield match.start(), match.end(), "iban"
    for match in RUN.finditer(text):
        if luhn(match.group()):
            yield match.start(), match.end(), "iban"
