"""Which words are plain words for the name rules: the frequent words, and Dutch compounds
judged strictly. The word lists' own compound test splits off three-letter stems, so that
names of no list pass for compounds ("kal" + "inda", "tad" + "esse")."""

from __future__ import annotations

from functools import cache, lru_cache

from bot.privacy.lexicon import Lexicon, read_data


@cache
def frequent() -> frozenset[str]:
    """The most frequent everyday words of nl, fr and en (words_common.txt), and the English
    ones that list lost ("then", "never", "from": words_en_everyday.txt, more frequent in
    English than in Dutch or French, so no school's or ward's Dutch noun is among them)."""
    return frozenset(read_data("words_common.txt") + read_data("words_en_everyday.txt"))


@cache
def dutch() -> frozenset[str]:
    """Dutch words: the last part of a Dutch compound is one ("bafa" + "irai", French, and
    "kous" + "hail", English, are names no list holds, not compounds)."""
    return frozenset(read_data("words_nl.txt") + read_data("words_social.txt"))


def strict_compound(word: str, lexicon: Lexicon) -> bool:
    """A Dutch compound of two words of four letters or more, or of a frequent word and
    a word ("huurprijs", "dagopvang"): stricter than the word lists' own test."""
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        for stem in (head, head[:-1] if head[-1] in "s" else ""):
            if len(stem) < 3 or stem not in lexicon.words or tail not in dutch():
                continue
            if (len(stem) > 3 and len(tail) > 3) or (stem in frequent() and tail in frequent()):
                return True
    return False


@lru_cache(maxsize=4096)  # decided once a word
def plain_word(word: str, lexicon: Lexicon) -> bool:
    """A word of the lists, or a compound by the strict test: what a name is not."""
    return word in lexicon.words or (len(word) >= 7 and strict_compound(word, lexicon))
