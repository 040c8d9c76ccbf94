"""A postcode typed against the house number after a comma, without a space
("kerkstraat 12,9000 gent"): the postcode and its town are the address's, not a number
of the sentence's. Only right after a number and before a known town: "12,5000 euro" stays.
A postcode typed against its town ("9000gent", "b-2800mechelen", "b1030 schaerbeek") is
masked with the town when the letters are a known town: "1250euro" stays."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.places import place_names
from bot.privacy.tokens import has_digit

Found = tuple[int, int, str]
GLUED = lazy(
    r"(?i:\b[^\W\d_][\w'’.-]{2,}\s+\d{1,4}(?:\s?[a-z])?(?:\s*(?:bus|bte|box)\s*\w{1,4})?"
    r",([1-9]\d{3})(?=\s+[^\W\d_]))"
)

AGAINST_TOWN = lazy(r"(?<![\w.,€$/-])(?:[bB]-?[1-9]\d{3}[ ]?|[1-9]\d{3})(?=[^\W\d_]{2})")
"""A postcode glued to its town, or with its "b" glued to it ("b1030 schaerbeek")."""


def glued_postcodes(text: str) -> Iterator[Found]:
    """The postcode (and the town after it) glued to a house number by a comma."""
    if not has_digit(text):
        return
    yield from _against_town(text)
    if "," not in text:
        return
    for match in GLUED.finditer(text):
        start, end = match.span(1)
        town = next(place_names(text[end : end + 40], lenient=True), None)
        if town and text[end : end + town[0]].isspace():
            yield start, end + town[1], "place"  # a town must follow: "12,5000 euro" stays


def _against_town(text: str) -> Iterator[Found]:
    for match in AGAINST_TOWN.finditer(text):
        end = match.end()
        town = next(place_names(text[end : end + 40], lenient=True), None)
        if town and town[0] == 0:
            yield match.start(), end + town[1], "place"
