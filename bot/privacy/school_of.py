"""A French school named by its network and then "de la", "des", "du" and a word, in lower
case: "l'école fondamentale de la roseraie", "école primaire des tilleuls". The network word
says a named school follows; words that name no one place ("de la ville", "du quartier",
"du soir") stay."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.category_cues import words_of
from bot.privacy.institution_shapes import GENERIC
from bot.privacy.lazy_patterns import lazy

Found = tuple[int, int, str]
QUALIFIERS = frozenset(["fondamentale", "primaire", "maternelle", "communale", "secondaire"])
SCHOOL_OF = lazy(
    r"\b(?:école|ecole)\s+(?:fondamentale|primaire|maternelle|communale|secondaire)"
    r"(?:\s+(?:communale|libre|spécialisée|specialisee|autonome))?\s+(?:de\s+la|de\s+l['’]|des|du)"
    r"\s*([^\W\d_][\w'’-]{2,})(?:\s+([^\W\d_][\w'’-]{2,}))?"
)
NO_PLACE = GENERIC | frozenset(
    ["gare", "rue", "place", "paroisse", "région", "province", "communauté", "fédération",
     "soir", "matin", "dimanche", "samedi", "mercredi", "devoirs", "parents", "jour", "semaine",
     "coin", "ville", "commune", "quartier", "centre", "village", "cité", "réseau", "même",
     "ouest", "est", "nord", "sud", "enseignement", "communauté"]
)  # fmt: skip
ADJECTIVES = frozenset(
    ["vieux", "vieille", "grand", "grande", "petit", "petite", "haut", "haute", "bas", "basse",
     "beau", "belle", "vert", "verte", "nouveau", "nouvelle"]
)  # fmt: skip


def schools_of(text: str) -> Iterator[Found]:
    """A qualified French school and the name after "de la", "des", "du"."""
    if QUALIFIERS.isdisjoint(words_of(text)):
        return
    lowered = text.lower()
    for match in SCHOOL_OF.finditer(lowered):
        name = match.group(1)
        if name in NO_PLACE:
            continue
        end = match.end() if name in ADJECTIVES and match.group(2) else match.end(1)
        yield match.start(), end, "organisation"
