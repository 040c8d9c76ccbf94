"""A first name right before what the scrubber hid as a person's trait: "kevin [stemt vlaams
belang]", "nicolas [milite au ptb]", "amir [is in jail]". The category's own rule took the
verb ("stemt", "milite", "zit"), so the name rules, which look for a verb after a word, saw
none; but only a person votes, is ill, prays or is locked up. The word must be a first name
of the lists, not one that is also an everyday word ("grace [has diabetes]" stays for the
word-name rules) nor a frequent word, so that "Dutch [...]" or "the family [...]" never
counts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from bot.privacy.lexicon import Lexicon
from bot.privacy.name_cues import frequent
from bot.privacy.names import TOKEN

TRAITS = frozenset({"health", "detention", "religion", "politics", "orientation"})
"""Kinds of span that say something of a person."""
BEFORE = 30
"""How far back a name may start: one word before the span."""


def names_before_traits(
    text: str, found: Iterable[tuple[int, int, str]], lexicon: Lexicon
) -> Iterator[tuple[int, int]]:
    """The first names directly before a trait's span, not already inside a span."""
    spans = list(found)
    if all(kind not in TRAITS for _, _, kind in spans):
        return  # most sentences: no trait, no mask of busy letters to build
    busy = bytearray(len(text) + 1)
    for start, end, _ in spans:
        busy[start:end] = b"\x01" * (end - start)
    for start, _, kind in spans:
        if kind not in TRAITS or start < 2 or text[start - 1] != " ":
            continue
        words = list(TOKEN.finditer(text, max(0, start - BEFORE), start - 1))
        word = words[-1] if words else None
        if word is None or word.end() != start - 1 or busy[word.start()]:
            continue
        if word.start() > 0 and text[word.start() - 1].isalnum():  # a word cut by the window
            continue
        bare = word.group().lower()
        if (
            len(bare) > 2
            and bare in lexicon.first
            and bare not in lexicon.word_names
            and bare not in frequent()
        ):
            yield word.start(), word.end()
