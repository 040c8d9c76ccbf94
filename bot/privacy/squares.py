"""Squares named by a Dutch word in "-plein", without a number: "we spraken af aan het
anspachplein", "hij hangt rond op het sint-pietersplein", "aan het Rogierplein". A named
square used as a meeting place says where someone is to be found (the label brief's
LOCATION). Not the squares every school, village or playground has ("speelplein",
"schoolplein", "dorpsplein"): their first part is an ordinary word."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import plain_word
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon

Found = tuple[int, int, str]
SQUARE = lazy(r"(?i:(?<![\w'’-])((?:sint|st|onze-lieve-vrouw)-)?([a-zà-ÿ][\w'’]{2,})-?plein)\b")
SAINTS_OR_NAMES = ("sint-", "st-", "onze-lieve-vrouw-")


def squares(text: str) -> Iterator[Found]:
    """Squares whose first part is a saint, a name or no word of the lists."""
    if "plein" not in text.lower():
        return
    words = lexicon()
    for match in SQUARE.finditer(text):
        head = match.group(2).lower()
        if head.endswith("s") and len(head) > 4 and match.group(1):
            head = head[:-1]  # "sint-pieters" + "plein"
        named = match.group(1) is not None or head in words.first or head in words.last
        if named or not plain_word(head, words):
            yield match.start(), match.end(), "place"
