"""English street names typed with the number after them, the Belgian way, in lower case:
"summer street 5", "browning lane 4", "church street 12" (review33b). `streets` reads
"5 church street" and capitalised names; here one or two words of any kind (the street's
name may be a word: "church", "summer"), then an English street type and a number."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]
NOT_NAMES = (
    r"at|on|in|the|a|an|to|from|near|of|and|or|his|her|their|my|our|lives|live|lived|living"
    r"|moved|same|this|that|next|main|one|other|busy|quiet|old|new|opposite|behind|via|by"
)
"""Words before a street type that are not its name ("lives at church street 5": "church")."""
STREET = lazy(
    rf"(?i:(?<![\w'’-])((?:(?!(?:{NOT_NAMES})\b)[a-z][\w'’-]+\s+){{1,2}}(?:street|road|lane"
    r"|avenue|drive|close|crescent|terrace|way)\s+\d{1,4}(?:bis|ter|[a-z])?)(?![\w,.]*\d)"
    r"(?!\s+(?:times|minutes|mins|hours|hrs|days|weeks|months|years|km|miles|doors|houses|x)\b))"
)
"""A street by its name, its type and its number; not "down the road 3 times"."""
HINT = Stems("street|road|lane|avenue|drive|close|crescent|terrace|way")


def english_streets(text: str) -> Iterator[Found]:
    if not HINT.in_text(text):
        return
    for match in STREET.finditer(text):
        yield match.start(1), match.end(1), "address"
