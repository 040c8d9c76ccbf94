"""ADHD and ADD spelled loosely on a phone: with dots, hyphens or spaces between the
letters ("a.d.h.d.", "a-d-h-d", "ad(h)d") and as a person or a trait ("adhd'er",
"adhd-achtig"). The plain letters are in sensitive.txt; these shapes are no word."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy

Found = tuple[int, int, str]
LOOSE = lazy(
    r"(?i:(?<![\w.])(?:a[.-]\s?d[.-]\s?h[.-]\s?d\b\.?|a\.\s?d\.\s?d\.|ad\(h\)d\b"
    r"|adhd['’-]?(?:er|ers|ster)\b|add['’-](?:er|ers|ster)\b|adh?d-(?:achtige?|like|ish)\b))"
)
"""Letters one by one with a dot or hyphen (a space alone is too common: "a d h d" stays
for the taps), the "(h)" of either, and a person or a trait made of the letters."""


def loose_attention(text: str) -> Iterator[Found]:
    """ADHD and ADD in the loose spellings above."""
    if "d" not in text and "D" not in text:
        return
    for match in LOOSE.finditer(text):
        yield match.start(), match.end(), "health"
