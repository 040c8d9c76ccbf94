"""Police zones by name: "aangifte bij politiezone rupel", "plainte à la zone val-de-gueule",
"photo sent to police zone senne-west" (#12, fifty-first session: probe180 held four, none
found). A zone with its own word only after a police word; a bare "zone" only before a
hyphenated name ("bij zone westkust-oost"): "de zone rood", "la zone bleue" are no police."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.school_names import WORD

Found = tuple[int, int, str]
COMPASS = frozenset(["noord", "zuid", "oost", "west", "nord", "sud", "est", "ouest", "north",
                     "south", "east", "centrum", "centre", "center"])  # fmt: skip
"""A zone of the compass is a part of town: "in de zone noord-oost"."""
POLICE_ZONE = lazy(
    rf"(?<![\w'’-])(politiezone|police\s+zone|zone\s+de\s+police|pz)\s+({WORD})"
    rf"|(?<![\w'’-])(zone)\s+([^\W\d_]+-[^\W\d_]+(?:-[^\W\d_]+)?)(?![\w'’-])"
)


def police_zones(lowered: str) -> Iterator[Found]:
    """Each police zone named so; the text is given in lower case."""
    if "zone" not in lowered and "pz " not in lowered:
        return
    common = frequent()
    for match in POLICE_ZONE.finditer(lowered):
        if match.group(2) is not None:
            named = match.group(2)
            if named in common or (match.group(1) == "pz" and "-" not in named):
                continue  # "pz rupel" may be a psychiatric hospital's; "politiezone zelf"
            start = match.start(2) if match.group(1) == "politiezone" else match.start(1)
            yield start, match.end(2), "organisation"
        elif not all(part in common or part in COMPASS for part in match.group(4).split("-")):
            yield match.start(3), match.end(4), "organisation"
