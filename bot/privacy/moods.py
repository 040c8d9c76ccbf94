"""Health words said of a passing mood or of a game, not of a condition (#12).

"he's depressed about the match", "depressief over het weer", "déprimée à cause de la pluie":
a low mood about something names no diagnosis, while "she is depressed" alone may. A golf
handicap is a score. Each is decided on the words right after the health word.
"""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy

GOLF = lazy(r"(?i:\s+(?:van|de|of)\s+\d+\s+(?:op|au|at|in|bij|met)\s+(?:het\s+|le\s+)?golf\b)")
MOODS = frozenset(["depressed", "depressief", "gedeprimeerd", "déprimé", "déprimée", "deprime",
                   "deprimee", "down"])  # fmt: skip
"""Words for a low mood that are also read as the illness."""
ABOUT = lazy(
    r"(?i:\s+(?:about|over|because\s+of|à\s+cause\s+(?:de|du|des|d['’])|par\s+(?:la|le|les|l['’])"
    r"|sur\s+(?:la|le|les|l['’])|door\s+(?:de|het)|vanwege|wegens)(?=\s|\w))"
)
"""What the mood is about follows: "about the match", "over het weer", "à cause de la pluie"."""


def a_figure(text: str, said: str, end: int) -> bool:
    """True when the health word `said`, ending at `end`, is a mood or a golf handicap."""
    if said == "handicap":
        return GOLF.match(text, end) is not None
    return said in MOODS and ABOUT.match(text, end) is not None
