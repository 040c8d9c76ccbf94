"""Clubs and groups of free time named in an English note, in lower case: the kind first ("in
youth club attic,", "to dance school plié anymore", "at homework club lighthouse,") or the name
first ("member of black knight chess club", "with the sunday strollers walking group"). Where
someone plays, dances or walks each week says who they are (probe184, #12's fifty-second
session: ten such clubs, none found).

The kind first: the name's words are no frequent ones, or they end the clause. The name first:
after no determiner any words but small or possessive ones ("of local chess club" stays); after
"the", a word of no frequent list ("the weekly walking group" stays)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.org_compound_kinds import AT_ENDS, NOT_AT_NAMES, SMALL
from bot.privacy.org_english_dutch import DETERMINERS
from bot.privacy.org_named_kinds import FIRM_STOP
from bot.privacy.school_names import WORD, words_of_a_name, words_to_clause_end

Found = tuple[int, int, str]
SPORTS = (
    r"youth|homework|judo|karate|boxing|dance|dancing|chess|drama|theatre|music|football|soccer"
    r"|cricket|walking|bowling|rugby|tennis|hockey|basketball|running|cycling|swimming|kids"
)
LEAD = r"(?<![\w'’-])(?:at|to|in|into|from|of|join|joins|joined|with|for)\s+"
KIND_FIRST = lazy(
    rf"{LEAD}((?:{SPORTS})\s+(?:club|school|gym|group|team|centre)\s+({WORD})(?:\s+({WORD}))?)"
)
NAME_FIRST = lazy(rf"{LEAD}(the\s+)?({WORD}(?:\s+{WORD})?)\s+(?:{SPORTS})\s+(?:club|group|team)\b")
HINTS = ("club", "school", "gym", "group", "team")
DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
NOT_NAMES = DAYS | FIRM_STOP | NOT_AT_NAMES | SMALL | DETERMINERS | frozenset(
    ["anymore", "every", "each", "weekly", "local", "nearby", "school", "women's", "men's",
     "girls", "boys", "kids", "after", "free", "this", "next", "last", "same", "other", "twice",
     "once", "tonight", "again", "join", "joins", "joined", "play", "plays", "played", "go",
     "goes", "went", "train", "trains", "trained", "mondays", "tuesdays", "wednesdays",
     "thursdays", "fridays", "saturdays", "sundays", "daily", "morning", "afternoon"]
)  # fmt: skip
"""Words of no club's name: a time, a size, whose it is, what it is ("at swimming club
tuesdays", "at saturday football club")."""


def english_leisure(lowered: str) -> Iterator[Found]:
    """Each club or group named in one of the shapes above (lower-case text)."""
    if not any(hint in lowered for hint in HINTS):
        return
    common = frequent()
    for match in KIND_FIRST.finditer(lowered):
        parts = [p for p in (match.group(2), match.group(3)) if p]
        kept = words_of_a_name(parts, NOT_NAMES)
        ends = words_to_clause_end(AT_ENDS, lowered, [match.end(n + 2) for n in range(kept)])
        if ends or (kept and all(p not in common for p in parts[:kept])):
            yield match.start(1), match.end(1 + (ends or kept)), "organisation"
    for match in NAME_FIRST.finditer(lowered):
        words = match.group(2).split()
        day_name = match.group(1) and len(words) == 2 and words[0] in DAYS
        if day_name and words[1] not in common:
            words = words[1:]  # "the sunday strollers walking group": a day in its name
        if any(w in NOT_NAMES or w.endswith(("ing", "est", "ly")) for w in words):
            continue
        if match.group(1) and all(w in common for w in words):
            continue  # "with the big walking group"
        named = match.group(1) is not None  # "the [sunday strollers] walking group": the name
        yield match.start(2), match.end(2) if named else match.end(), "organisation"
