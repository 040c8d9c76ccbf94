"""Shelters, clinics, hospitals, prisons and parishes named the English way, their own words
before the kind, in lower case: "harbour lane night shelter", "treatment at northgate liver
clinic", "out of hoogmoer prison", "father tony from st rufus parish" (#12, forty-ninth session:
probe171 held six, none found; `org_compound_kinds` reads shops and depots so); letting
agents, builders, plastics works and nurseries too ("from greenroof renovations",
"union rep at polymar plastics", "at kiddoland nursery": fiftieth session, probe174,
probe176), when a word of the name is in no list ("kitchen renovations", "holiday lettings",
"at les marmottes nursery" stay: reader50c); coach firms, driving schools and sports camps
("owes 620 eur to eagle coach lines", "sent home from sunrise sports
camp": probe199, probe201, #12's fifty-fourth session).

The words must not be a possessive, a time or everyday words only ("at the local clinic", "in
state prison", "at women's shelter", "at night shelter"); before "house", "home" and "centre"
they must be no word at all ("back to pinewick house"; not "at friend's house", "at care home")."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.school_names import STOP, WORD

Found = tuple[int, int, str]
KINDS = (
    r"night\s+shelter|shelter|clinic|hospital|prison|jail|parish|language\s+school|wholesale"
    r"|cold\s+storage|detox|assembly|hostel|house|home|centre|center|lettings|renovations|plastics"
    r"|nursery|coach\s+lines|coaches|driving\s+school|sports\s+camp"
    r"|warehouse|depot|hub|arcade|farm|primary|academy|recycling|consulting|haulage|logistics"
    r"|stevedores|inn|library|fc|gym|brewery|dairy|grill|diner|bakery|catering|factory|motors"
    r"|market|fellowship|storage"
)
NAMED = lazy(
    r"(?<![\w'’-])(?:at|from|to|for|of|in|into|leave|leaves|left|via)\s+"
    r"((?!(?:the|a|an|his|her|their|my|our|your|its|local|nearby|this|that|same|another|every"
    rf"|each|any|some|no|which|what|whose|de|het|een)\b)({WORD}(?:\s+{WORD})?)\s+(?:{KINDS}))\b"
)
HINTS = ("shelter", "clinic", "hospital", "prison", "jail", "parish", "school", "wholesale",
         "storage", "detox", "assembly", "hostel", "house", "home", "centre", "center",
         "lettings", "renovations", "plastics", "nursery", "coach", "driving", "camp",
         "warehouse", "depot", "hub", "arcade", "farm", "primary", "academy", "recycling",
         "consulting", "haulage", "logistics", "stevedores", "inn", "library", "fc", "gym",
         "brewery", "dairy", "grill", "diner", "bakery", "catering", "factory", "motors",
         "market", "fellowship")  # fmt: skip
"""Without one of these no kind can match."""
PLAIN_KINDS = ("house", "home", "centre", "center")
"""Kinds that follow everyday words as often as names: their name must be no word."""
NEW_KINDS = ("lettings", "renovations", "plastics", "nursery")
"""Kinds after which one word at least must be no word of any list: "kitchen renovations",
"recycled plastics", "holiday lettings" are things (reader50c); "greenroof renovations" a firm."""
SMALL = frozenset(
    ["general", "state", "central", "city", "county", "royal", "university", "private", "public",
     "psychiatric", "mental", "children", "children's", "women's", "men's", "youth", "night",
     "day", "care", "nursing", "old", "new", "big", "small", "main", "same", "other", "open",
     "closed", "federal", "military", "women", "men", "family", "emergency", "homeless",
     "catholic", "protestant", "language", "english", "french", "dutch", "evening", "weekend",
     "summer", "winter", "free", "good", "bad", "worst", "best", "nearest", "halfway", "safe",
     "group", "foster", "crisis", "detox", "rehab", "dog", "animal", "guest", "rest", "funeral",
     "juvenile", "remand", "high", "maximum", "minimum", "security", "young", "adult", "local",
     "regional", "district", "sleep", "eye", "dental", "walk-in", "mobile", "field", "army",
     "dance", "music", "art", "arts", "ballet", "drama", "theatre", "cooking", "football",
     "boxing", "judo", "karate", "tennis", "riding", "sports", "police", "primary", "secondary"]
)  # fmt: skip
"""Words that make a kind an ordinary one ("in state prison", "at the children's hospital")."""

DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "my", "our", "your", "its",
                         "this", "that", "some", "any", "no", "every"])  # fmt: skip
"""A determiner inside says the words are a phrase ("to start a bakery"), not a name."""


def english_named_before(lowered: str) -> Iterator[Found]:
    """Each place named by its own words before an English kind (lower-case text)."""
    if not any(kind in lowered for kind in HINTS):
        return
    common, words = frequent(), lexicon().words
    for match in NAMED.finditer(lowered):
        named = match.group(2).split()
        if named[0] in SMALL or any(w.endswith(("'s", "’s", "ing", "est")) for w in named):
            continue  # "at city general hospital"; "kempen general hospital" is one
        if all(w in common for w in named) or not (DETERMINERS | STOP).isdisjoint(named):
            continue  # "to start a bakery", "to cancel her gym": an act, no name
        if match.group(1).endswith(PLAIN_KINDS) and any(w in words for w in named):
            continue  # "at friend house", "at care home": any such place
        if match.group(1).endswith(NEW_KINDS) and all(w in words for w in named):
            continue  # "money from kitchen renovations", "in recycled plastics"
        yield match.start(1), match.end(1), "organisation"
