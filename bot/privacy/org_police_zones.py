"""Police zones by name: "aangifte bij politiezone rupel", "klacht bij zone westkust-oost",
"photo sent to police zone senne-west" (#12, fifty-first session: probe180 held four, none
found). A zone's own word after a police word must be no word of the lists, no typo of one
and no Dutch participle; a bare "zone" counts only after a preposition and before a hyphenated
name whose first part is no frequent word: "de zone rood", "la zone bleue", "zone non-fumeur",
"zone de police locale" are no one's, and "la zone val-de-gueule", of words, is missed."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.org_compound_kinds import COMPASS as DUTCH_ENGLISH_COMPASS
from bot.privacy.school_names import WORD
from bot.privacy.typos import typo_of_a_word

Found = tuple[int, int, str]
COMPASS = DUTCH_ENGLISH_COMPASS | frozenset(["nord", "sud", "est", "ouest", "centre", "center"])
"""A zone of the compass is a part of town: "in de zone noord-oost"."""
POLICE_ZONE = lazy(
    rf"(?<![\w'’-])(politiezone|police\s+zone|zone\s+de\s+police|pz)\s+({WORD})"
    rf"|(?<![\w'’-])(zone)\s+([^\W\d_]+-[^\W\d_]+(?:-[^\W\d_]+)?)(?![\w'’-])"
)


LEADS = lazy(r"(?:\b(?:bij|naar|van|aan|to|at|from|with|by|à\s+la|de\s+la|la))\s+$")


def police_zones(lowered: str) -> Iterator[Found]:
    """Each police zone named so; the text is given in lower case."""
    if "zone" not in lowered and "pz " not in lowered:
        return
    common = frequent()
    for match in POLICE_ZONE.finditer(lowered):
        if match.group(2) is not None:
            named = match.group(2)
            if _plain(named, common) or (match.group(1) == "pz" and "-" not in named):
                continue  # "politiezone zelf", "zone de police locale", "… a refusé" (reader51b)
            start = match.start(2) if match.group(1) == "politiezone" else match.start(1)
            yield start, match.end(2), "organisation"
        elif _own_hyphened(match.group(4), match.start(3), lowered, common):
            yield match.start(3), match.end(4), "organisation"


def _plain(named: str, common: frozenset[str]) -> bool:
    """A word, a typo of one or a Dutch participle: "politiezone gebelt" (reader51c)."""
    return (
        named in common
        or named in lexicon().words
        or len(named) < 4
        or typo_of_a_word(named, lexicon())
        or (named.startswith("ge") and named.endswith(("d", "t")))
    )


def _own_hyphened(named: str, start: int, lowered: str, words: frozenset[str]) -> bool:
    """A zone's hyphenated name after a preposition, no part of it a point of the compass
    alone and its first part no frequent word: "bij zone westkust-oost"; not "zone kiss-and-ride",
    "zone non-fumeur", "zone semi-industrielle" (reader51b)."""
    parts = named.split("-")
    if not LEADS.search(lowered, max(0, start - 8), start) or parts[0] in words:
        return False
    return not all(part in COMPASS for part in parts)
