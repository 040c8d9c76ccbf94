"""A French care centre by its own one-word name, without an article: "suivi au centre alfa",
"therapy at centre horizon on hold" (probe51, probe56). "Centre" followed by an adjective or a
complement ("au centre ville", "le centre culturel", "centre fermé", "au centre de jour") or a
frequent word ("au centre hier") names no one place; a town after it is masked as a place."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.sensitive import category_word

CENTRE_NAME = lazy(
    r"(?i:(?:^|(?<=\s))(?:au|le|du|un|ce|at|the|from|to|in|naar|het|bij)\s+(centre|center)"
    r"\s+([^\W\d_]\w{2,})(?![\w'’-]))"
)
NOT_A_NAME = frozenset(
    ["ville", "culturel", "sportif", "psychiatrique", "hospitalier", "administratif", "ocmw",
     "cpas", "aquatique", "scolaire", "pms", "clb", "régional", "communal", "universitaire",
     "fédéral", "fedasil", "jeunesse", "antipoison", "anti-poison", "funéraire", "neurologique",
     "ambulatoire", "thérapeutique", "pénitentiaire", "ouvert", "fermé", "social", "médical",
     "public", "commercial", "commerciale", "sportive", "culturelle", "town", "city", "for",
     "of", "where", "which", "that", "and", "near", "next", "with", "pour", "sur", "avec",
     "dans", "et", "ou", "qui", "que", "car", "mais", "donc", "près", "depuis", "pendant",
     "van", "voor", "met", "aan", "naast", "waar", "en", "ce", "cet", "cette", "hier",
     "demain", "aujourd'hui", "matin", "soir", "lundi", "mardi", "mercredi", "jeudi",
     "vendredi", "samedi", "dimanche", "week-end", "weekend", "today", "yesterday",
     "tomorrow", "morning", "afternoon", "evening", "staff", "manager", "director",
     "directeur", "directrice", "coordinator", "coordinatrice", "team", "équipe", "monday",
     "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight", "next",
     "last", "this", "week", "was", "is", "has", "had", "closed", "open", "est", "était",
     "ferme", "cet", "ces", "soirée", "après-midi", "midi", "maandag", "dinsdag",
     "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "morgen", "gisteren",
     "vandaag"]
)  # fmt: skip
"""Adjectives, complements, times and people after "centre": no name of a centre."""


def named_centres(lowered: str) -> Iterator[tuple[int, int, str]]:
    """Each "centre" and the one-word name right after it."""
    if "cent" not in lowered:
        return
    common = frequent()
    for match in CENTRE_NAME.finditer(lowered):
        name = match.group(2)
        if name in NOT_A_NAME or name in common or category_word(name) or "'" in name:
            continue
        yield match.start(1), match.end(2), "organisation"
