"""Flemish places named in an English note: an English kind, a Dutch article and the place's
own words ("staying at youth centre de overstap", "works at daycare de kleine beer", "at
technical school het anker"); the writers put the kind and the word before it in the name 22
times in 22 on the tuning sets (#12, forty-seventh session)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.school_names import WORD, words_to_clause_end

Found = tuple[int, int, str]
ENGLISH_DUTCH = lazy(
    rf"(?<![\w'’-])(?:at|to|from|left|into|near)\s+(?:({WORD})\s+)?"
    r"(centre|center|clinic|home|shelter|daycare|house|club|hostel|school)\s+"
    rf"(?:de|het|den|'t|’t)\s+({WORD})(?:\s+({WORD}))?"
)
DETERMINERS = frozenset(["the", "a", "an", "her", "his", "their", "our", "my", "your", "its",
                         "this", "that", "same", "new", "old"])  # fmt: skip
"""Words before the kind that are no part of the name ("at the home de kroon")."""
ENDS = lazy(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:in|on|near|for|since|until|as|but|and|this|today|now|after"
    r"|before|because|wants?|says?|said|is|was|has|had)\b"
)
"""The end of the place's name: the clause ends or a verb or time follows ("no place at school
de kade this year")."""
NOT_NAMES = frozenset(["jour", "repos", "santé", "nuit", "garde", "soins", "crise", "week",
                       "weekend", "morning", "evening", "day"])  # fmt: skip
""""at home de jour": French after the kind, or an English time, is no Dutch name."""


def english_dutch(lowered: str) -> Iterator[Found]:
    """Each such place, from the word before its kind (unless a determiner) to its clause's
    end; a French word after "de" ("centre de jour") names nothing."""
    if " de " not in lowered and " het " not in lowered and "t " not in lowered:
        return
    for match in ENGLISH_DUTCH.finditer(lowered):
        parts = [p for p in (match.group(3), match.group(4)) if p]
        if parts[0] in NOT_NAMES:
            continue
        ends = words_to_clause_end(ENDS, lowered, [match.end(n + 3) for n in range(len(parts))])
        if ends:
            named = match.group(1) and match.group(1) not in DETERMINERS  # "youth", "technical"
            yield match.start(1 if named else 2), match.end(ends + 2), "organisation"
