"""Health and detention words said of a passing mood, a game or an image, not of a person's
condition or custody (#12).

"he's depressed about the match", "depressief over het weer", "i felt a bit depressed": a low
mood about something, or felt for a moment, names no diagnosis, while "she is depressed" alone
may. A golf handicap is a score. "het voelt als een gevangenis", "c'est une prison, ce
logement", "the prison of debt": a comparison, nobody's detention. Each is decided on the
words right before or after the word.
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


FELT = lazy(
    r"(?i:\b(?:felt|feel|feels|feeling|voel|voelt|voelde|voelden|voelen|me\s+sens|se\s+sent"
    r"|me\s+sentais|se\s+sentait|me\s+suis\s+sentie?|s['’]est\s+sentie?)\s+(?:me\s+|zich\s+)?"
    r"(?:(?:a\s+bit|a\s+little|quite|rather|so|very|wat|een\s+beetje|beetje|heel|erg|zo|nogal"
    r"|un\s+peu|assez|très|super|tellement)\s+)?$)"
)
"""A mood felt for a moment: "i felt a bit depressed", "ik voelde me wat depressief"."""
IMAGE_BEFORE = lazy(
    r"(?i:\b(?:als\s+een|als|like\s+a|like|comme\s+une|comme\s+un|c['’]est\s+une|c['’]est\s+un"
    r"|is\s+een|is\s+a|een\s+echte|a\s+real|une\s+vraie|een\s+soort|a\s+kind\s+of"
    r"|une\s+sorte\s+de)\s+$)"
)
IMAGE_AFTER = lazy(r"(?i:\s+(?:of|van|de|du|des)\s+(?:debt|schulden|dettes|la\s+dette|poverty"
                   r"|armoede|pauvreté|loneliness|eenzaamheid|solitude)\b)")  # fmt: skip
"""A prison as an image: "voelt als een gevangenis", "the prison of debt"."""


def a_figure(text: str, said: str, start: int, end: int) -> bool:
    """True when the health word `said` at `start`-`end` is a mood or a golf handicap."""
    if said == "handicap":
        return GOLF.match(text, end) is not None
    if said not in MOODS:
        return False
    felt = FELT.search(text, max(0, start - 40), start)
    return felt is not None or ABOUT.match(text, end) is not None


def an_image(text: str, start: int, end: int) -> bool:
    """True when the detention word at `start`-`end` is a comparison, not custody."""
    before = IMAGE_BEFORE.search(text, max(0, start - 20), start)
    return before is not None or IMAGE_AFTER.match(text, end) is not None
