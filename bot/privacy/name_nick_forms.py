"""Nicknames in two more shapes writers of many tuning sets share: an adjective before a first
name ("big mo", "big mike", "big w") and the nickname after a first name and "dit" ("didier dit
le grand sort de prison"); a word the note says is a name is `name_aliases`'s.

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


def nick_forms(text: str) -> Iterator[Found]:
    """Each nickname of the two shapes above, as a name."""
    lowered = text.lower()
    words = lexicon()
    if "big " in lowered or "lil " in lowered:
        for match in BIG.finditer(text):
            said = match.group(1).lower()
            listed = said in words.first and (said not in words.homographs or len(said) <= 3)
            listed = listed and said not in FAMILY
            if (listed and said not in frequent()) or len(said) == 1:
                yield match.start(), match.end(), "name"
    if " dit " in lowered or " dite " in lowered:
        for match in DIT.finditer(text):
            if match.group(1).lower() not in words.first:
                continue
            said = match.group(3).lower()
            if said in ADJECTIVES or said not in frequent():
                yield match.start(2), match.end(2), "name"
