"""Nicknames of a doubled syllable, the Brussels and Walloon way of calling someone: "momo had
terug een aanval", "dédé du café a vu le gamin", "nono (le frère) boit trop" (probe61, probe62).
The word lists hold most of them (slang, brands, other languages), so the name rules read
them as words. A doubled syllable is a nickname unless it is a family word or a child's word
("papa", "mémé", "dodo", "pipi", "bébé") or has an article or a possessive before it ("le
toto", "un bobo", "faire dodo"); only where a nickname stands (`CUED`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.gazetteer import fold
from bot.privacy.lazy_patterns import lazy

DOUBLED = lazy(r"(?<![\w'’@#-])(([b-df-hj-np-tv-zç][aeiouyéèêëï])\2)(?![\w'’@-])", re.IGNORECASE)
CHILD_WORDS = frozenset(
    ["papa", "mama", "dodo", "bobo", "pipi", "caca", "kaka", "tata", "meme", "pepe", "coco",
     "dada", "nana", "tutu", "bebe", "lolo", "zizi", "gaga", "baba", "sisi", "lala", "haha",
     "hihi", "hoho", "hehe", "nunu", "tete", "gogo", "popo", "yoyo", "fofo", "wawa", "mimi",
     "toto", "titi", "soso", "bibi", "vivi", "kiki", "pupu", "mumu", "wiwi"]
)  # fmt: skip
"""Family and child words, sounds and slang of a doubled syllable; folded (no accents). Some
are nicknames too ("mimi", "toto"): left to the name lists, which hold them as names."""
DETERMINER = lazy(
    r"(?i:(?:^|(?<=[\s(]))(?:le|la|les|l['’]|un|une|du|des|de|het|een|the|a|an|mon|ma|mes|ton"
    r"|ta|son|sa|ses|my|his|her|mijn|zijn|haar|faire|fait|font|gros|grand|petit|petite)\s+$)"
)
CUED = lazy(
    r"(?i:(?:^|[.!?;:]\s*|(?:^|(?<=[\s(]))(?:dite?|alias|aka|genaamd|called|surnommée?|tonton"
    r"|oncle|tante|tata|bij|met|avec|with|de\s+la\s+part\s+de|van|grandma|granny|grandpa|mamie"
    r"|mamy|papy|oma|opa|bomma|bompa|mémé|pépé)\s+)$)"
)
"""Where a nickname stands: opening a sentence ("momo had terug een aanval"), or after a word
of calling, of family or of company ("dite fifi", "met momo"); not "chez", which names shops
too ("snack chez momo"): after it the rule cut a shop's name in a frozen set in two."""


def doubled_nicknames(text: str) -> Iterator[tuple[int, int, str]]:
    """Each doubled syllable that opens a sentence or follows a word of calling or company,
    unless an article, a possessive or a family word rules it out."""
    for match in DOUBLED.finditer(text):
        if fold(match.group(1)) in CHILD_WORDS:
            continue
        if not CUED.search(text, max(0, match.start() - 22), match.start()):
            continue
        if DETERMINER.search(text, max(0, match.start() - 8), match.start()):
            continue
        yield match.start(1), match.end(1), "name"
