"""French words that pull the next word into a place's or firm's name after "du"/"des"/"de
la": an adjective or a number that comes before its noun ("hôtel du vieux pont", "athénée des
quatre vents"), and a colour that comes after it ("hotel du lac vert"). Shared by the rules
that read such names (#12, forty-eighth session)."""

from __future__ import annotations

BEFORE_NOUN = frozenset(
    ["vieux", "vieil", "vieille", "grand", "grande", "petit", "petite", "haut", "haute", "bas",
     "basse", "beau", "bel", "belle", "vert", "verte", "nouveau", "nouvel", "nouvelle", "gros",
     "grosse", "bon", "bonne", "joli", "jolie", "deux", "trois", "quatre", "cinq", "six", "sept",
     "huit", "neuf", "dix", "douze", "cent", "mille"]
)  # fmt: skip
AFTER_NOUN = frozenset(
    ["vert", "verte", "verts", "bleu", "bleue", "bleus", "blanc", "blanche", "blancs", "rouge",
     "rouges", "noir", "noire", "noirs", "doré", "dorée", "fleuri", "fleurie", "d'or", "d’or",
     "fleuris", "argenté", "enchanté", "enchantée", "perdu", "perdue", "joyeux", "joyeuse"]
)  # fmt: skip
PEOPLE_AND_TIMES = frozenset(
    ["matin", "soir", "midi", "jour", "jours", "monsieur", "messieurs", "madame", "dame", "dames",
     "homme", "hommes", "femme", "femmes", "garçon", "garçons", "fille", "filles", "enfant",
     "enfants", "frère", "frères", "soeur", "soeurs", "sœur", "sœurs", "parents", "gars",
     "copain", "copains", "copine", "copines", "voisin", "voisins", "semaine", "semaines", "mois",
     "ans", "fois", "heures", "minutes", "déjeuner", "dejeuner", "coin", "monde", "nuits", "nuit",
     "aînés", "aînées", "ainés", "cadets", "cadettes", "petits", "grands", "papa", "maman", "papy",
     "papi", "mamy", "mamie", "mémé", "pépé", "fils", "gosses", "jeunes", "vieux"]
)  # fmt: skip
"""Nouns after such a word that make it whose or when, not a name: "l'athénée des deux garçons",
"le café du petit matin", "le café du vieux monsieur d'en face" (reader48b), "l'hôtel des deux
nuits", "l'athénée des trois aînés", "l'hôtel du vieux papa" (reader48c)."""


def takes_next(first: str, second: str | None) -> bool:
    """Whether the word after `first` belongs to the name."""
    if second is None or second in PEOPLE_AND_TIMES:
        return False
    return first in BEFORE_NOUN or second in AFTER_NOUN
