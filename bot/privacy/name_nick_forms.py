"""Nicknames and names in three more shapes writers of many tuning sets share: an adjective
before a first name ("big mo", "big mike", "big w"), the nickname after a first name and "dit"
("didier dit le grand sort de prison"), and a word the note says is a name.

"big" and "lil" join a listed first name that is no everyday word, or a short one ("mo",
three letters or fewer, which may be a word elsewhere), or a lone letter: "a big mark on her
arm", "big brother" and "big maman" stay; "little noah" is a child, and writers mark the name
alone. After "dit" the speaker must be a listed first name and the nickname an article and an
adjective ("le grand", "la grosse") or a word that is not frequent: "claire dit la vérité" is
speech. The word before "aka" is left to the name rules: read as a name, it was "the landlord
aka the boss" and "neighbour aka sandra" seventeen times to a reader (reader43b).
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon

Found = tuple[int, int, str]
BIG = lazy(r"(?i:(?<![\w'’-])(?:big|lil)\s+([^\W\d_][\w'’-]*)(?![\w'’-]))")
PRONOUNS = frozenset(["he", "she", "him", "her", "il", "elle", "hij", "zij", "ze", "the", "de",
                      "le", "la", "also", "ook", "aussi", "is", "est", "son", "sa", "zijn",
                      "haar", "his", "their", "name", "naam", "nom"])  # fmt: skip
"""Words before a bracket that are not the name itself: "his name (…)"."""
FAMILY = frozenset(["maman", "mama", "mamma", "papa", "mum", "mom", "dad", "daddy", "mummy",
                    "frère", "soeur", "sœur", "zus", "broer", "brother", "sister", "tata",
                    "tonton", "oma", "opa"])  # fmt: skip
"""Family words a name list may hold: "big maman, c'est la grand-mère" is a role (reader43b)."""
DIT = lazy(
    r"(?i:(?<![\w'’-])([^\W\d_][\w'’-]*)\s*,?\s+(?:dit|dite)\s+((?:le|la|l['’])\s*"
    r"([^\W\d_][\w'’-]*)))"
)
ADJECTIVES = frozenset(["grand", "grande", "gros", "grosse", "petit", "petite", "vieux",
                        "vieille", "blond", "blonde", "rouquin", "rouquine", "chauve", "noir",
                        "gitan", "gitane", "fou", "folle", "belge", "marseillais", "bouledogue",
                        "chinois", "turc", "rital", "grec", "boxeur", "pasteur",
                        "prof"])  # fmt: skip
"""Words that make a nickname after "dit le" / "dit la" although they are frequent words."""
IS_A_NAME = (
    r"(?:(?:his|her|their|son|sa|zijn|haar|c\s+son|c['’]\s?est\s+son|c\s+le|c['’]\s?est\s+le)"
    r"\s+(?:(?:real|first|echte|vrai)\s+)?(?:first\s+)?(?:name|naam|voornaam|prénom|prenom)"
    r"|zo\s+heet\s+(?:ze|hij|ie)|noemt\s+(?:ie|hij|ze|zij)\s+zich)"
)
SAID_A_NAME = lazy(
    r"(?i:(?<![\w'’-])([^\W\d_][\w'’-]+)[\"”]?\s*(?:\(\s*[^()\n]{0,25}?"
    + IS_A_NAME
    + r"\s*[!.,;)]|\s+(?:c|c['’]\s?est)\s+(?:le|son)\s+(?:vrai\s+)?(?:prenom|prénom)\b))"
)
"""A word the note says is a name, in brackets or after it: "winter (thats his real first
name)", "joke (ja echt, zo heet ze)", "espoir c le prenom du petit"; not "rocky (real name
rachid)", where the name follows and `name_aliases` reads both."""


def nick_forms(text: str) -> Iterator[Found]:
    """Each nickname or name of the three shapes above."""
    lowered = text.lower()
    words = lexicon()
    if "big " in lowered or "lil " in lowered:
        for match in BIG.finditer(text):
            said = match.group(1).lower()
            listed = said in words.first and (said not in words.homographs or len(said) <= 3)
            listed = listed and said not in FAMILY
            if (listed and said not in frequent()) or len(said) == 1:
                yield match.start(), match.end(), "name"
    if "(" in text or " c " in lowered or "est " in lowered:
        for match in SAID_A_NAME.finditer(text):
            said = match.group(1).lower()
            if said not in PRONOUNS and (said in words.first or "(" in match.group()):
                yield match.start(1), match.end(1), "name"
    if " dit " in lowered or " dite " in lowered:
        for match in DIT.finditer(text):
            if match.group(1).lower() not in words.first:
                continue
            said = match.group(3).lower()
            if said in ADJECTIVES or said not in frequent():
                yield match.start(2), match.end(2), "name"
