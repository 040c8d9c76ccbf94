"""Lawyers, notaries and bailiffs named after "me", French for "maître": "avocat pro deo me
lejeune du cabinet", "trouve que me lambotte ne répond jamais" (#12, fifty-first session).
"me" is mostly the pronoun ("il me dit"), so only in a note with a word of the law in it and
before a surname no word spells, no typo of one ("stuurde me brieff")."""

from __future__ import annotations

from bot.privacy.compounds import frequent, plain_word
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon
from bot.privacy.typos import typo_of_a_word

LAW = lazy(
    r"(?i:avocat|advocaat|administrat|notaire|notaris|huissier|deurwaarder|pro\s+deo|juridique"
    r"|cabinet|bewindvoerder|curat|lawyer|solicitor)"
)
PRONOUNS = frozenset(["elle", "il", "on", "ils", "elles", "je", "tu", "nous", "vous"])
MAITRE = lazy(r"(?i:(?<![\w'’-])me\.?\s+((?:de|van|le|la|du)\s+|d['’]\s*)?([^\W\d_][\w'’-]{2,}))")


def lawyer_names(text: str, lexicon: Lexicon) -> dict[int, bool]:
    """Starts of the words of each surname after "me" in a note that speaks of the law."""
    found: dict[int, bool] = {}
    if "me" not in text.lower() or not LAW.search(text):
        return found
    common = frequent()
    for match in MAITRE.finditer(text):
        named = match.group(2).lower()
        surname = named in lexicon.last or not lexicon.is_word(named)
        no_name = (
            named + "r" in lexicon.words  # "l'huissier me harcele": "harceler"
            or named.rsplit("-", 1)[-1] in PRONOUNS  # "me dit-elle" (reader51b)
            or "'" in named  # "me l'a expliqué" (reader51c)
            or "’" in named
            or (named not in lexicon.last and typo_of_a_word(named, lexicon))  # "me brieff"
        )
        if surname and not no_name and not plain_word(named, lexicon) and named not in common:
            found[match.start(2)] = True
            if match.group(1):
                found[match.start(1)] = True
    return found
