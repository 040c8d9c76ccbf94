"""A low mood is no diagnosis: "he's depressed about the match", "un peu déprimée" stay.

"depressed" alone, or for months, still says a condition and stays masked; a mood names
what it is about, or is softened ("a bit", "een beetje", "un peu").
"""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy

MOODS = frozenset(["depressed", "déprimé", "déprimée", "deprimé", "gedeprimeerd", "depri"])
ABOUT = lazy(
    r"(?i:\s+(?:about|over|because\s+of|à\s+cause\s+d|sur\s+(?:le|la|les)|om\s+(?:de|het|dat))\b)"
)
SOFTENED = lazy(r"(?i:\b(?:a\s+bit|a\s+little|een\s+beetje|wat|un\s+peu|un\s+brin)\s+)$")


def mood(text: str, said: str, start: int, end: int) -> bool:
    """True when the health word `said` at start..end is a passing mood, not a condition."""
    if said not in MOODS:
        return False
    return bool(ABOUT.match(text, end) or SOFTENED.search(text, max(0, start - 14), start))
