"""A surname that is also a word, typed in lower case right after a first name (#12, eleventh
session): "nathalie petit", "kevin blanc", "amadou diop". The surname lists hold everyday
words, so frequency decides: a rare word of the lists or a rarer name-word (homographs.txt)
joins the name; a frequent one ("kevin wit", "sarah grand") stays and the show-back offers
it for a tap (`unsure`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, cues
from bot.privacy.name_clauses import CHAT
from bot.privacy.name_tails import with_unknown_surnames
from bot.privacy.rare_words import rare_word

FOLLOWING = lazy(r" ([^\W\d_]{4,})(?![\w'’@-])")
TWO_BEFORE = lazy(r"(?<![\w'’-])([^\W\d_]{3,}) ([^\W\d_]{4,}) $")
_CUES = cues()
CONTEXT = frozenset().union(*_CUES.values())
"""Titles, family words, particles, verbs of people: never a surname here."""
TIME_WORDS = frozenset(["april", "june", "august", "augustus", "juni", "juli", "summer", "winter",
                        "zomer", "lente", "dawn", "eve"])  # fmt: skip
"""Months and seasons among the name-words: "met kevin april afgesproken" is a date."""
VERB_WORDS = frozenset(["will", "may", "mark", "lies", "till", "kick", "loan", "owe", "made",
                        "free", "line", "page", "mate", "floor"])  # fmt: skip
"""Name-words that are verbs or words that follow a subject: "kevin will", "ahmed free"."""


def word_surnames(
    text: str, found: Iterable[tuple[int, int]], free: bytearray, lexicon: Lexicon
) -> Iterator[tuple[int, int]]:
    """`found` (name spans), grown over a surname of no list (`name_tails`), then a one-word
    first name grown over a surname that is a word."""
    previous = 0
    for start, end in with_unknown_surnames(text, found, free, lexicon):
        first, word = _double_first(text, start, free, lexicon)
        begin = first if first >= previous else word if word >= previous else start
        previous = _grown(text, start, end, free, lexicon)
        yield begin, previous


def _double_first(text: str, start: int, free: bytearray, lexicon: Lexicon) -> tuple[int, int]:
    """ "marie claire dubois", "jean pierre mukeba": a first name and a name-word before a
    masked name make one name with it, though the name-word alone would stay a word: where
    the first name and where the name-word start (`start` twice when no such pair)."""
    before = TWO_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not free[before.start(1)] or not free[before.end(2) - 1]:
        return start, start
    first, word = before.group(1), before.group(2)
    if not (first.islower() and word.islower()) or word in CONTEXT:
        return start, start
    if first in lexicon.first and word in lexicon.homographs and word not in frequent():
        return before.start(1), before.start(2)
    return start, start


def _grown(text: str, start: int, end: int, free: bytearray, lexicon: Lexicon) -> int:
    following = FOLLOWING.match(text, end)
    if following is None or not free[following.start(1)] or not free[following.end(1) - 1]:
        return end
    first = text[start:end]
    if not first.isalpha() or first.lower() not in lexicon.first:
        return end  # a two-word name already, an initial, or a name of no list
    word = following.group(1)
    if not word.islower() or not surname_word(word, lexicon):
        return end
    return following.end(1)


def surname_word(word: str, lexicon: Lexicon) -> bool:
    """A rare word of the surname lists ("diop"), or a name-word that is no frequent word,
    month, verb or word-name of its own ("petit", "blanc", "baker")."""
    if word in CONTEXT or word in CHAT or word in TIME_WORDS or word in VERB_WORDS:
        return False
    if word in lexicon.last and rare_word(word, lexicon):
        return True
    named = word in lexicon.homographs and word not in lexicon.word_names
    return named and word not in frequent()


def unsure_surname(word: str, lexicon: Lexicon) -> bool:
    """A frequent word of the name lists after a masked name ("[name] wit", "[name] grand"):
    not masked, offered for a tap."""
    if word in CONTEXT or word in CHAT or word in TIME_WORDS or word in VERB_WORDS:
        return False
    return word in lexicon.last or (word in lexicon.homographs and word not in lexicon.word_names)
