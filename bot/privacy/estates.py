"""Housing estates, cités and named quarters said with their kind: "la cité du Tivoli", "de
Cité Modèle", "in de Arenawijk", "the Versailles estate". Where someone lives, and the lists
of places hold few of them; the kind word says it is a place whatever its name (review24b)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon

Found = tuple[int, int, str]
NAME = r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*"
CITE = lazy(
    r"\b(?:((?i:cité|cite|citée|residentie|résidence|residence))|(?i:quartier|wijk|blok))"
    r"\s+((?:(?i:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?" + NAME + r"(?:\s+" + NAME + r")?)"
)
"""The kind, then a name in capitals, with its article ("cité du Bois-du-Luc"); a cité or a
résidence is part of the name ("Cité Modèle"), a quarter is not ("le quartier Nord")."""
NO_ESTATES = frozenset(
    [
        "administrative",
        "général",
        "générale",
        "general",
        "universitaire",
        "judiciaire",
        "ardente",
        "européen",
        "européenne",
        "latin",
        "soleil",
    ]
)
"""Words after "cité", "quartier" that name an institution, a nickname or a film (review26a)."""
KIND_HINTS = ("cit", "wijk", "quartier", "resid", "résid", "blok")
"""CITE's kinds as substrings: without one the scan is skipped."""
QUARTER = lazy(r"\b([A-ZÀ-Ý][a-zà-ÿ]{2,}(?:wijk|kwartier))\b")
"""A Dutch name of a quarter in one capitalised word ("de Arenawijk", "het Seefhoekkwartier")."""
LOWER_QUARTER = lazy(r"(?:\b(?:de|het|den)|(?<!\w)'t)\s+([a-zà-ÿ][a-zà-ÿ-]{2,}(?:wijk|kwartier))\b")
"""The same in lower case after its article ("in de arenawijk", "de luchtbalwijk"), when
the word lists do not hold it and its first part is no kind of quarter (`GENERIC_QUARTERS`)."""
GENERIC_QUARTERS = (
    "woon", "nieuwbouw", "villa", "arbeiders", "volks", "probleem", "achterstand", "migranten",
    "studenten", "zaken", "uitgaans", "winkel", "tuin", "buiten", "rand", "stads", "sociale",
    "kansarme", "allochtonen", "industrie", "haven", "stations", "rosse", "rijkeluis", "kantoor",
    "verkeers", "centrum", "binnen", "achter", "nieuwe", "oude", "armen", "arme", "rijke",
    "sloop", "flat", "hoogbouw", "laagbouw", "residentiële", "buurt", "huur", "koop",
)  # fmt: skip
ESTATE = lazy(r"\b(?i:the)\s+(" + NAME + r"(?:\s+" + NAME + r")?\s+(?i:estate|flats|towers))\b")
"""An English estate or block of flats by its name ("the Versailles estate")."""


def estates(text: str) -> Iterator[Found]:
    lowered = text.lower()
    if any(kind in lowered for kind in KIND_HINTS):
        for match in CITE.finditer(text):
            if match.group(2).split()[0].lower() in NO_ESTATES:
                continue  # "la Cité Administrative", "le Quartier Général": no one's home
            yield match.start(1) if match.group(1) else match.start(2), match.end(2), "place"
    if "wijk" in lowered or "kwartier" in lowered:
        words = lexicon().words
        for match in QUARTER.finditer(text):
            if match.group(1).lower() not in words:
                yield match.start(1), match.end(1), "place"
        for match in LOWER_QUARTER.finditer(text):
            quarter = match.group(1)
            if quarter not in words and not quarter.startswith(GENERIC_QUARTERS):
                yield match.start(1), match.end(1), "place"
    if "the " in lowered:
        for match in ESTATE.finditer(text):
            yield match.start(1), match.end(1), "place"
