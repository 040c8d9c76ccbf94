"""Made-up firms named by a word no list holds and an English word of their trade, where a
Flemish airport or warehouse worker is employed: "bij aerofret handling", "for nordlane
systems", "at parcelway hub" (review62a, #12's fifty-second session: seven such employers,
two found in part). The trade word alone names no one ("for baggage handling", "at the hub"):
the word before it must be in no list, though it may join two words ("aerofret",
"groundpro"), and no slip of one."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.school_names import WORD
from bot.privacy.word_typos import misspelt

Found = tuple[int, int, str]
TRADE_WORDS = (
    "handling", "systems", "consulting", "fuel", "freight", "hub", "solutions", "express",
    "security", "aviation", "airlines", "catering", "cargo", "logistics", "services",
)  # fmt: skip
BUSINESS = lazy(
    rf"(?<![\w'’-])(?:bij|at|for|voor|from|with|chez|pour|van|via|par|de|aan)\s+({WORD})\s+"
    rf"(?:{'|'.join(TRADE_WORDS)})\b"
)


def business_tails(lowered: str) -> Iterator[Found]:
    """Each firm of a word no list holds and an English word of its trade."""
    if not any(word in lowered for word in TRADE_WORDS):
        return
    words = lexicon()
    for match in BUSINESS.finditer(lowered):
        name = match.group(1)
        made_up = name not in words.words and not words.is_name(name)
        if name.isalpha() and len(name) > 3 and made_up and not misspelt(name, words):
            yield match.start(1), match.end(), "organisation"
