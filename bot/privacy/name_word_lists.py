"""First names that are words, listed and then counted: "goodness and unique both need school
stuff", "blessing, favour and precious all at home with mum today", "Precious, Goodness, Destiny
and Sunday all go to school" (probe22, probe23, probe25 dev halves). Only people are listed and
then said to "all" or "both" go, live, sleep or be at home; abstract nouns are said to be
important ("hope and faith are both important", "joy and peace all around" stay)."""

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
WORD = re.compile(r"[^\W\d_]+")
JOINERS = frozenset(["and", "en", "et"])


def listed_word_names(text: str, lexicon: Lexicon) -> dict[int, bool]:
    """Start of each first name of such a list -> True."""
    if (
        " all " not in text
        and " both " not in text
        and "allebei" not in text
        and (" tous " not in text and " toutes " not in text and "beiden" not in text)
    ):
        return {}
    found: dict[int, bool] = {}
    for match in LISTED.finditer(text):
        if match.group(2).lower() not in ACTS:
            continue
        words = [w for w in WORD.finditer(match.group(1)) if w.group().lower() not in JOINERS]
        lowered = [w.group().lower() for w in words]
        if not all(w in lexicon.first or w in lexicon.word_names for w in lowered):
            continue
        if not any(w in lexicon.word_names for w in lowered):
            continue  # plain first names: the other rules read them
        base = match.start(1)
        found.update(dict.fromkeys((base + w.start() for w in words), True))
    return found
