"""Hospitals named by their own name alone, after where someone goes or is treated: "chimio à
ambroise paré", "opgenomen in middelheim", "sort du chêne aux haies" (probe43). With its kind
or group ("chu ambroise paré", "az groeninge") `organisations` finds it; alone, only names
that are nothing else count: "saint-luc", "delta", "la citadelle" or "sint-jan" are saints,
letters and places as often as hospitals."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy

Found = tuple[int, int, str]
OWN_NAMES = (
    r"erasme|érasme|brugmann|bordet|huderf|chirec|ambroise\s+par[ée]|jolimont|bracops"
    r"|stuivenberg|middelheim|jan\s+palfijn|maria\s+middelares|groeninge|ch[êe]ne\s+aux\s+haies"
    r"|titeca|fond['’]roy|projet\s+lama|erasmus(?=\s+(?:hospital|ziekenhuis))"
)
"""Belgian hospitals and care services whose name says nothing else (written for this project;
"projet lama", a Brussels drug service, in three writers' sets)."""
HINTS = lazy(
    r"(?i:erasme|érasme|brugmann|bordet|huderf|chirec|ambroise|jolimont|bracops|stuivenberg"
    r"|middelheim|palfijn|middelares|groeninge|haies|titeca|roy|lama|erasmus)"
)
"""One scan for a name's telling part before the full pattern."""
BY_NAME = lazy(
    r"(?i:\b(?:à|au|du|in|naar|op|at|to|into|vers|dans|uit|from|via|bij|chez|par|by)\s+"
    r"(?:l['’]|het\s+|'t\s+|the\s+)?"
    rf"((?:{OWN_NAMES})(?:\s+(?:hospital|ziekenhuis))?)(?![\w'’-]))"
)
"""The name, and its kind when English or Dutch puts it after: "dialysis at erasmus hospital"
(probe101); "op erasmus in spanje" is a student's exchange."""


def hospitals_by_name(lowered: str) -> Iterator[Found]:
    """Each hospital named alone after a preposition of going or staying."""
    if HINTS.search(lowered) is None:
        return
    for match in BY_NAME.finditer(lowered):
        yield match.start(1), match.end(1), "organisation"
