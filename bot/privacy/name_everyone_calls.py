"""The name everyone uses for someone, with the kin word it often carries: "iedereen zegt
maman rose", "iedereen zegt pierke", "everyone calls her mama rose", "tout le monde l'appelle
tata mimi" (#12, forty-seventh session: probe157, probe159; the writers put the kin word inside
the name 4 times in 4 on the tuning sets)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon

Found = tuple[int, int, str]
KIN_LEAD = (
    r"mama|maman|mam|papa|tata|tante|tantine|tonton|nonkel|bomma|bompa|mamie|papi|mémé|pépé"
    r"|oma|opa|uncle|auntie|aunt|granny|grandma|grandpa|mémère|moeke|vake"
)
EVERYONE_CALLS = lazy(
    r"(?i:\b(?:iedereen\s+(?:zegt|noemt\s+(?:hem|haar))|everyone\s+calls\s+(?:him|her)"
    r"|everybody\s+calls\s+(?:him|her)|tout\s+le\s+monde\s+l['’ ]\s?appelle)\s+"
    rf"(?:({KIN_LEAD})\s+)?([^\W\d_][\w'’-]+))"
)
"""What everyone says or calls someone, a kin word and a name after it; "iedereen zegt dat",
"iedereen noemt hem zo", "everyone calls her in" are no names (frequent words)."""


def everyone_calls(text: str, lowered: str) -> Iterator[Found]:
    """The name after "everyone calls her" and the like, with the kin word before it; a word
    of the frequent lists only after a kin word and when it is a listed first name ("maman
    rose", not "mama says"); never two letters ("iedereen noemt hem zo")."""
    if not ("iedereen" in lowered or "everyone" in lowered or "everybody" in lowered
            or "tout le monde" in lowered):  # fmt: skip
        return
    common = frequent()
    for match in EVERYONE_CALLS.finditer(text):
        word = match.group(2).lower()
        kin = match.group(1) is not None
        if kin and lexicon().is_word(word) and word not in lexicon().first:
            continue  # "everyone calls her mama bear" (reader47b): a word, no name
        if len(word) > 2 and (word not in common or (kin and word in lexicon().first)):
            yield match.start(1 if kin else 2), match.end(2), "name"
