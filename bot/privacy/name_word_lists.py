"""First names that are words, listed and then counted: "blessing, favour and precious all at
home with mum today", "joy and grace both went to school" (the probe22, probe23, probe25 dev
halves; "goodness and unique both need" stays unread: "unique" is in no name list). Only
people are listed and then said to "all" or "both" go, live, sleep or be at home; abstract
nouns are said to be important ("hope and faith are both important", "joy and peace all
around" stay). And children listed after their group word ("kids tom, ben and lily")."""

from __future__ import annotations

import re

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon

LISTED = lazy(
    r"(?:^|(?<=[.!?;:\n])\s*)((?:[^\W\d_]+, )*[^\W\d_]+,? (?:and|en|et|&) [^\W\d_]+)"
    r" (?:all|both|allebei|beiden|samen|together|tous|toutes|ensemble)(?: (?:les|the) \w+)?"
    r" ([^\W\d_]+)"
)
ACTS = frozenset(["go", "went", "need", "needed", "live", "lived", "at", "home", "came", "come",
                  "have", "had", "want", "wanted", "sleep", "slept", "attend", "missed", "play",
                  "played", "stay", "stayed", "gaan", "gingen", "wonen", "woonden", "hebben",
                  "hadden", "moeten", "willen", "slapen", "spelen", "thuis", "naar", "vont",
                  "allaient", "ont", "avaient", "habitent", "vivent", "dorment", "jouent",
                  "doivent", "veulent", "à", "chez", "bij", "with", "met", "avec"])  # fmt: skip
"""What the people of such a list do or where they are."""
LISTED_BARE = lazy(
    r"(?:^|(?<=[.!?;:\n])\s*)((?:[^\W\d_]+, )*[^\W\d_]+,? (?:and|en|et|&) [^\W\d_]+)"
    r"(?: \([^\W\d_]+\))? (?:live|lived|stay|stayed|sleep|slept|wonen|woonden|slapen|sliepen"
    r"|logeren|habitent|vivent|dorment|logent|go\s+to\s+(?:the\s+)?school|attend)\b"
    r"(?!\s+(?:in\s+|dans\s+|op\s+)?(?:every|all|our|my|your|ons|onze|nos|notre|mon|ma|tout"
    r"|tous|chaque|elk|elke|ieder|iedere|forever|on)\b)"
)
"""Without "all" or "both", a verb only people do: "prince and precious (ghanaian) stay in a
squat" (probe43); "hope and faith go hand in hand", "joy and peace live in every heart" stay."""
BARE_VERBS = lazy(
    r"(?i:\b(?:live|lived|stay|stayed|sleep|slept|wonen|woonden|slapen|sliepen|logeren|habitent"
    r"|vivent|dorment|logent|school|attend)\b)"
)
"""One scan for LISTED_BARE's verbs before the pattern with its list."""
GROUPED = lazy(
    r"(?i:\b(?:kids|children|kinderen|kindjes|enfants|gosses|sons|daughters|zonen|dochters|fils"
    r"|filles|boys|girls|jongens|meisjes|twins|tweeling|jumeaux|jumelles|triplets|drieling)"
    r"\s*:?\s+)((?:[^\W\d_]+,? ){1,5}(?:and|en|et|&) [^\W\d_]+)"
)
"""Children named in a list after their group word: "kids tom, ben and lily", "de kinderen
tom ben en lily" (review38b's lead): a list of first names but one at most ("ben", a Dutch verb
the lists leave out), all masked."""
LISTED_KIN = lazy(
    r"(?:^|(?<=[.!?;:\n])\s*)((?:[^\W\d_]+, )*[^\W\d_]+,? (?:and|en|et|&) [^\W\d_]+),?"
    r" (?:[^\W\d_]+ )?(?:sisters|brothers|zussen|zusjes|broers|broertjes|soeurs|sœurs|frères"
    r"|freres|cousins|cousines|twins|tweeling|jumeaux|jumelles)\b"
)
"""A list said to be siblings: "grace and precious, nigerian sisters, live …" (review49a)."""
KIN_HINTS = ("sister", "brother", "zus", "broer", "soeur", "sœur", "frère", "frere", "cousin",
             "twin", "tweeling", "jume")  # fmt: skip
SEASON_VISITS = lazy(
    r"(?i:(?:^|(?<=[.!?;:\n])\s*)(winter|summer)\s+(?:kwam|komt|is|was)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?(?:(?:ni|nie|niet|nooit)\s+(?:komen\s+)?opdagen|langs\s+(?:met"
    r"|voor|om|op|$)|langs$))"
)
"""A season opening the note before a visit made or missed: a person ("winter kwam ni opdagen op
rdv", "winter komt morgen langs met papieren"; probe105, probe116); "de winter komt eraan"
stays the season."""
SMALL_WORDS = frozenset(["the", "de", "het", "le", "la", "les", "a", "een", "un", "une", "with",
                         "met", "avec", "is", "are", "zijn", "sont", "were", "waren", "was", "to",
                         "naar", "à", "in", "at", "op", "my", "our", "her", "his",
                         "haar"])  # fmt: skip
"""Words that end a list of names ("kids tom and the dog"): a list holding one is a clause."""
WORD = re.compile(r"[^\W\d_]+")
JOINERS = frozenset(["and", "en", "et"])


def listed_word_names(text: str, lexicon: Lexicon) -> dict[int, bool]:
    """Start of each first name of such a list -> True."""
    found = _grouped_names(text, lexicon)
    lowered = text.lower()
    if ("winter" in lowered or "summer" in lowered) and ("langs" in lowered or "opdag" in lowered):
        found.update(dict.fromkeys((m.start(1) for m in SEASON_VISITS.finditer(text)), True))
    if any(hint in lowered for hint in KIN_HINTS):
        for match in LISTED_KIN.finditer(text):
            found.update(_word_names_listed(match, lexicon))
    if BARE_VERBS.search(text) is not None:
        for match in LISTED_BARE.finditer(text):
            found.update(_word_names_listed(match, lexicon))
    if (
        " all " not in text
        and " both " not in text
        and "allebei" not in text
        and (" tous " not in text and " toutes " not in text and "beiden" not in text)
    ):
        return found
    for match in LISTED.finditer(text):
        if match.group(2).lower() not in ACTS:
            continue
        found.update(_word_names_listed(match, lexicon))
    return found


def _word_names_listed(match: re.Match[str], lexicon: Lexicon) -> dict[int, bool]:
    """The list's words, when all are first names and one at least a word-name (plain first
    names are the other rules' to read)."""
    words = [w for w in WORD.finditer(match.group(1)) if w.group().lower() not in JOINERS]
    lowered = [w.group().lower() for w in words]
    if not all(w in lexicon.first or w in lexicon.word_names for w in lowered):
        return {}
    if not any(w in lexicon.word_names for w in lowered):
        return {}
    return dict.fromkeys((match.start(1) + w.start() for w in words), True)


GROUP_HINTS = ("kid", "child", "kinder", "enfant", "gosse", "son", "daughter", "zonen", "dochter",
               "fils", "fille", "boy", "girl", "jongen", "meisje", "twin", "tweeling", "jume",
               "triplet", "drieling")  # fmt: skip
"""What GROUPED needs, as substrings of the lower-cased text: most texts hold none."""


def _grouped_names(text: str, lexicon: Lexicon) -> dict[int, bool]:
    found: dict[int, bool] = {}
    text_lowered = text.lower()
    if not any(hint in text_lowered for hint in GROUP_HINTS):
        return found
    for match in GROUPED.finditer(text):
        words = [w for w in WORD.finditer(match.group(1)) if w.group().lower() not in JOINERS]
        lowered = [w.group().lower() for w in words]
        named = sum(w in lexicon.first for w in lowered)
        if named >= 2 and named >= len(lowered) - 1 and SMALL_WORDS.isdisjoint(lowered):
            found.update(dict.fromkeys((match.start(1) + w.start() for w in words), True))
    return found
