"""#12's thirteenth session (precise16): an everyday word typed with one letter too many
("ongevall", "afspraakk", "huisbaaas") is still that word, not an unknown name. The employer
rule takes any word it does not know after a word about work ("van zijn werk ... van het
ongevall"): a word that becomes an everyday word when one letter is dropped is known."""

from __future__ import annotations

from functools import lru_cache

from bot.privacy.lexicon import lexicon

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
