"""Flemish places named in an English note: an English kind, a Dutch article and the place's
own words ("staying at youth centre de overstap", "works at daycare de kleine beer", "at
technical school het anker"; "referred to crisis unit de horizon", "at bike shop de ketting":
fifty-first session); the writers put the kind and the word before it in the name 22 times in
22 on the tuning sets (#12, forty-seventh session)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import dutch_plural, frequent
from bot.privacy.language_words import words_of
from bot.privacy.lazy_patterns import lazy
from bot.privacy.org_compound_kinds import CHAT, NOT_TRADE_NAMES
from bot.privacy.school_names import WORD, words_to_clause_end

Found = tuple[int, int, str]
ENGLISH_DUTCH = lazy(
    rf"(?<![\w'’-])(?:at|to|from|left|into|near)\s+(?:({WORD})\s+)?"
    r"(centre|center|clinic|home|shelter|daycare|house|club|hostel|school|unit|shop|brewery"
    r"|farm)\s+"
    rf"(de|het|den|'t|’t)\s+({WORD})(?:\s+({WORD}))?"
)
ARTICLES = (" de ", " den ", " het ", " 't ", " ’t ")
BARE_ADJECTIVES = frozenset(["open", "oud", "groot", "klein", "nieuw", "wit", "zwart", "rood",
                             "blauw", "groen", "goed", "warm", "vrij"])  # fmt: skip
"""A two-word name is an adjective and its noun ("de kleine beer", "den open deur")."""
DETERMINERS = frozenset(["the", "a", "an", "her", "his", "their", "our", "my", "your", "its",
                         "this", "that", "same", "new", "old"])  # fmt: skip
"""Words before the kind that are no part of the name ("at the home de kroon")."""
ENDS = lazy(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:in|on|near|for|since|until|as|but|and|this|today|now|after"
    r"|before|because)\b"
)
"""The end of the place's name: the clause ends or an English word of place or time follows
("no place at school de kade this year"); a verb may go on a Dutch clause ("at the clinic de
dokter was kind": reader47b)."""
NOT_NAMES = frozenset(["jour", "repos", "santé", "nuit", "garde", "soins", "crise", "week",
                       "weekend", "morning", "evening", "day", "dag", "dagen", "nacht", "maand",
                       "jaar", "ochtend", "avond", "middag", "keer", "uur", "volgende", "vorige",
                       "hele", "eerste", "laatste", "erna", "ervoor", "maandag", "dinsdag",
                       "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "dokter",
                       "directeur", "directrice", "politie", "trainer", "juf", "meester", "vader",
                       "moeder", "mama", "papa", "kids", "brief", "uitslag", "stad", "wachtzaal",
                       "middageten", "voetbal", "training", "begeleider", "is", "was", "gaat",
                       "ging", "wordt", "werd", "heeft", "had", "kan", "moet", "drinkt", "zit",
                       "het", "de", "een", "niet", "nog", "ook", "al", "buren", "buurt",
                       "apotheker", "huisarts", "verpleger", "verpleegster", "buurman",
                       "buurvrouw"])  # fmt: skip
""""at home de jour": French after the kind; a time, a role, a verb or a word of a Dutch
clause ("to school de volgende dag", "at the clinic de dokter", "into the home het was
chaos": reader47b) is no name either."""


def english_dutch(lowered: str) -> Iterator[Found]:
    """Each such place, from the word before its kind (unless a determiner) to its clause's
    end; a French word after "de" ("centre de jour") names nothing."""
    if not any(article in lowered for article in ARTICLES):
        return  # most English notes hold no Dutch article ("t " alone is in "at ", "but ")
    for match in ENGLISH_DUTCH.finditer(lowered):
        if match.group(2) in ("unit", "shop", "farm") and not match.group(1):
            continue  # the newer kinds with their own word only: "crisis unit de horizon"
        parts = [p for p in (match.group(4), match.group(5)) if p]
        if len(parts) == 2 and not (parts[0].endswith("e") or parts[0] in BARE_ADJECTIVES):
            parts = parts[:1]  # "de hond ran", "het rapport came" (reader47c): one noun only
        plural = match.group(3).startswith("de") and any(dutch_plural(p) for p in parts)
        if plural or any(p in NOT_NAMES for p in parts):
            continue  # "at the hostel de jongens" ("het baken" is one beacon)
        ends = words_to_clause_end(ENDS, lowered, [match.end(n + 4) for n in range(len(parts))])
        if ends:
            named = match.group(1) and match.group(1) not in DETERMINERS  # "youth", "technical"
            yield match.start(1 if named else 2), match.end(ends + 3), "organisation"


BARE_KINDS = ("centre", "center", "home", "shelter", "club", "orchard", "circus", "residence",
              "support", "court")  # fmt: skip
ENGLISH_BARE = lazy(
    rf"(?<![\w'’-])(?:at|to|from|left|into|of)\s+(?:({WORD}(?:\s+{WORD})?)\s+)??"
    rf"({'|'.join(BARE_KINDS)})\s+"
    rf"({WORD})(?:\s+({WORD}))?"
)
"""An English kind and a name of its own no word spells: "at home zonneveld,", "from mental
health centre ravelijn", "of orchard vandersteen in", "grace from victim support klaverveld"
(#12, fifty-first session): no English word nor a frequent one ("at home tonight")."""


def english_bare(lowered: str) -> Iterator[Found]:
    """Each place named so, from the word before its kind (unless a determiner)."""
    if not any(kind in lowered for kind in BARE_KINDS):
        return
    words, common = words_of("en"), frequent()
    for match in ENGLISH_BARE.finditer(lowered):
        parts = [p for p in (match.group(3), match.group(4)) if p]
        kept = 0
        for part in parts:
            plain = part in words or part in common or part in CHAT or part in NOT_TRADE_NAMES
            if plain or len(part) < 5:
                break  # "at home tonight", "at home tmrw" (reader51c)
            kept += 1
        if kept:
            named = match.group(1) and match.group(1).split()[0] not in DETERMINERS
            yield match.start(1 if named else 2), match.end(kept + 2), "organisation"
