"""A known town written before its postcode ("ganshoren 1083", "Gent, 9000", "namur - 5000",
"forest (1190)"): one place. Out of streets.py, which had no room left."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from bot.privacy.lazy_patterns import lazy

Found = tuple[int, int, str]

POSTCODE_AFTER = lazy(r"[1-9]\d{3}\b(?![.,:/-]?\d|\s*(?:euro|eur|€|%|uur|u|h|km|m)\b)")
"""A postcode (its digits first: fast to scan for); its town is looked for before it."""
TOWN_BEFORE = lazy(r"[^\W\d_]\s*(?:,\s+|\s+-\s+|\s+\(|,?\s+)$")  # "forest (1190)", "namur - 5000"
LETTERS = lazy(r"[^\W\d_]+")


def towns_before_postcodes(text: str) -> Iterator[Found]:
    """A known town written before its postcode: "ganshoren 1083", "Gent, 9000". Not a
    recent year ("gent 2019": the town alone is masked as a place later), nor a town that
    is also a word in lower case ("as 1500 people")."""
    from bot.privacy.places import fold, gazetteer  # places imports this module

    for match in POSTCODE_AFTER.finditer(text):
        start = match.start()
        if 1990 <= int(match.group()) <= 2039 or (start and text[start - 1] in ".,-/€$"):
            continue
        before = TOWN_BEFORE.search(text, max(0, start - 4), start)
        if not before:
            continue
        words = list(LETTERS.finditer(text, max(0, start - 40), before.start() + 1))[-4:]
        places = gazetteer()
        for first in range(len(words)):
            name = " ".join(fold(word.group()) for word in words[first:])
            bracket = "(" in before.group()  # "moved to forest (1190)": a town, and its ")"
            word = name in places.ambiguous and words[first].group().islower() and not bracket
            if name in places.names and not word and _adjacent(text, words[first:]):
                yield (
                    words[first].start(),
                    match.end() + (text[match.end() : match.end() + 1] == ")" and bracket),
                    "place",
                )
                break


def _adjacent(text: str, words: list[re.Match[str]]) -> bool:
    """Parts of one name: "molenbeek-saint-jean", "sankt vith"."""
    return all(text[a.end() : b.start()] in (" ", "-") for a, b in pairwise(words))
