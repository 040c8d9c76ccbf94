"""#12's thirteenth session (precise16): an everyday word typed with one letter too many
("ongevall", "afspraakk", "huisbaaas") is still that word, not an unknown name. The employer
rule takes any word it does not know after a word about work ("van zijn werk ... van het
ongevall"): a word that becomes an everyday word when one letter is dropped is known. And
`misspelt`, one slip from a word, which the name cues ask of a word of no list."""

from __future__ import annotations

from functools import lru_cache

from bot.privacy.compounds import frequent, plain_word
from bot.privacy.lexicon import Lexicon, lexicon

SHORTEST = 6
"""Shorter words are too often a name one letter from a word ("kamal", "bramm")."""


@lru_cache(maxsize=4096)
def extra_letter_word(word: str) -> bool:
    """Whether dropping one letter of `word` (six letters or more, lower case) leaves an
    everyday word of the notes' languages."""
    if len(word) < SHORTEST or not word.isalpha():
        return False
    words = lexicon().words
    return any(word[:i] + word[i + 1 :] in words for i in range(len(word)))


LETTERS = "abcdefghijklmnopqrstuvwxyzéèëï"


@lru_cache(maxsize=4096)  # hundreds of lookups per word: decided once a word
def misspelt(word: str, lexicon: Lexicon) -> bool:
    """One slip away from an everyday word: two letters swapped (any word), a letter too
    many (any word of five letters or more), one letter changed or left out (a frequent
    word): a typo ("reageenrt", "othters", "pesronne", "ohop"), not a name in no list
    ("nsimba"). Words of four letters count only with two letters swapped ("ohop")."""
    if not 4 <= len(word) <= 40:  # longer than any listed word (28) and a slip: no typo
        return False
    words, frequent_words = lexicon.words, frequent()
    if len(word) == 4:
        words = frequent_words  # "zola", "safi" are one swap from a rarer word
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    if any(a + b[1] + b[0] + b[2:] in words for a, b in cuts if len(b) > 1):
        return True
    if len(word) == 4:
        return False  # a short name is often one letter from a word: only swaps count
    if any(
        a + b[1:] in frequent_words or (len(word) > 6 and a + b[1:] in words) for a, b in cuts if b
    ):
        return True
    return any(
        a + c + b[1:] in frequent_words or a + c + b in frequent_words
        for a, b in cuts
        if b
        for c in LETTERS
    )


LOWER = "abcdefghijklmnopqrstuvwxyz"


def one_slip_from(word: str, targets: frozenset[str]) -> bool:
    """Whether `word` is one letter swapped, left out, added or changed away from a word of
    `targets` ("wnats", "siad", "nver": a verb typed on a phone). Only for rare calls: it
    builds every such variant (about 55 per letter)."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    variants = {a + b[1:] for a, b in cuts if b}
    variants |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    variants |= {a + c + b[1:] for a, b in cuts if b for c in LOWER}
    variants |= {a + c + b for a, b in cuts for c in LOWER}
    return not variants.isdisjoint(targets)


def unknown_word(word: str, lexicon: Lexicon) -> bool:
    """No word of the lists nor a strict compound, and not one slip from a word: what a name
    no list holds looks like ("bafairai" is in a big word list's long tail, not a word)."""
    return not plain_word(word, lexicon) and not misspelt(word, lexicon)
