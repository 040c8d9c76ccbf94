"""Numbers typed with a letter for a digit (#12, the twelfth session): "o47o 12 34 56",
"BE68 539O 0754 7034", "85.O7.30-033.6l". A letter o, O, l or I inside a group of digits is
read as the digit it stands for, and the number recognisers run again on that reading; the
text keeps its length, so their spans fit the original. Only numbers that hold such a letter
are reported here: the others are the recognisers' own."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.loose_ids import iban_shapes, phone_shapes
from bot.privacy.patterns import ibans, national_numbers
from bot.privacy.phone_numbers import phones

Found = tuple[int, int, str]
Recogniser = Callable[[str], Iterable[Found]]

GROUP = lazy(r"(?<![^\W\d_])[\doOlI]++(?![^\W\d_])")
"""A group of digits and the letters that look like them (possessive: one pass over a long
run of digits, where a backtracking pattern took seconds)."""
AS_DIGIT = str.maketrans("oOlI", "0011")


def letters_for_digits(recognisers: tuple[Recogniser, ...]) -> Recogniser:
    """A recogniser that reads `recognisers` over the text with its look-alike letters made
    digits."""

    def read(text: str) -> Iterator[Found]:
        groups = [match.span() for match in GROUP.finditer(text) if mixed(match.group())]
        if not groups:
            return
        digits = list(text)
        for start, end in groups:
            digits[start:end] = text[start:end].translate(AS_DIGIT)
        reading = "".join(digits)
        for recogniser in recognisers:
            for start, end, kind in recogniser(reading):
                if any(start < g_end and g_start < end for g_start, g_end in groups):
                    yield start, end, kind

    return read


lookalike_numbers = letters_for_digits((ibans, national_numbers, iban_shapes, phones, phone_shapes))
"""Bank, national and phone numbers with a look-alike letter (`bot.privacy.scrub.ORDER`)."""


def mixed(group: str) -> bool:
    """At least one digit and one look-alike letter."""
    return not group.isdigit() and any(ch.isdigit() for ch in group)
