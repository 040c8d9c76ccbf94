"""A postcode joined to its town by a dash ("1030-schaarbeek", "4000-liège") or after "b-"
or "b " ("b-2060 antwerpen", "b 1050 ixelles"): `patterns.POSTCODE` took "b-2060" alone
and the town, overlapping it, stayed; a dash between them read as no place at all. Both
are one span, read before the other place rules; so is a postcode after its word with its
town ("postcode 1030 schaarbeek": the town stayed beside "[place]"). Only before a known
town: "b-2060" alone, "1250-euro" and "2019-2020" are left to the other rules."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.places import place_names
from bot.privacy.tokens import has_digit

Found = tuple[int, int, str]

JOINED = lazy(
    r"(?<![\w.,€$/+-])(?:[bB](?:\s?-\s?|\s)?[1-9]\d{3}(?:\s*-\s*|\s+)|[1-9]\d{3}\s*-\s*)"
    r"(?=[^\W\d_]{2})"
)
"""A postcode with "b-" or "b " before it, or a dash after it, then letters."""
CUED = lazy(
    r"(?i:\b(?:postcode|postnummer|code postal|cp|zip code|zip)\s*:?\s*)([1-9]\d{3})\s+"
    r"(?=[^\W\d_]{2})"
)
"""A postcode after its word, then letters: the town is looked up after it."""
PREFIXED = lazy(r"(?<![\w.,€$/+-])(?i:[ldfa]|nl|ch)-\s?[1-9]\d{3,4}\s+[^\W\d_][\w'’-]*")
"""A postcode with its country's letter and the town after it ("L-1940 luxembourg", "D-52062
aachen"): the digits stayed beside "[place]" or the whole stayed (review22a)."""
FRENCH = lazy(r"(?<![\w.,€$/+-])\d{5}\s+(?=([^\W\d_][\w'’-]+))")
"""Five digits, as French postcodes are, before a town ("75018 paris", "93200 saint-denis")."""
BIG_TOWNS = frozenset(["paris", "lyon", "marseille", "nice", "luxembourg", "amsterdam", "metz"])
"""Towns the other lists leave out as first names or words, known here after a postcode."""
HOUSE_NUMBER = lazy(r"\d\s*$")
"""Right before the "b": a house number ("kerkstraat 4 b-2000 antwerpen"), whose letter the
address may take ("4 b"): the place starts after it, and both stay whole."""


def postcode_towns(text: str) -> Iterator[Found]:
    """The postcode and the known town right after it, as one place."""
    lowered = text.lower()
    if "post" in lowered or "cp" in lowered or "zip" in lowered:
        for match in CUED.finditer(text):
            yield from _with_town(text, match.start(1), match.end())
    if "-" not in text and "b " not in lowered:
        return
    for match in JOINED.finditer(text):
        end = match.end()
        town = next(place_names(text[end : end + 40], lenient=True), None)
        if town and town[0] == 0:
            start = match.start()
            if text[start] in "bB" and HOUSE_NUMBER.search(text, max(0, start - 8), start):
                start += next(i for i, ch in enumerate(match.group()) if ch.isdigit())
            yield start, end + town[1], "place"


def foreign_postcodes(text: str) -> Iterator[Found]:
    """A foreign postcode with its town; read after the identifiers, which win where both fit."""
    if not has_digit(text):
        return
    if "-" in text:
        for match in PREFIXED.finditer(text):
            yield match.start(), match.end(), "place"
    for match in FRENCH.finditer(text):
        if match.group(1).lower() in BIG_TOWNS:
            yield match.start(), match.end(1), "place"
        else:
            yield from _with_town(text, match.start(), match.end())


def _with_town(text: str, start: int, end: int) -> Iterator[Found]:
    town = next(place_names(text[end : end + 40], lenient=True), None)
    if town and town[0] == 0:
        yield start, end + town[1], "place"
