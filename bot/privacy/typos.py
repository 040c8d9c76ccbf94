"""Whether an unknown word is an ordinary word mistyped: a word of no list that the name
rules would take for a name ("vandag komt ze", "dat formulierr is kwijt") stays a word."""

from __future__ import annotations

from functools import lru_cache

from bot.privacy.compounds import frequent
from bot.privacy.lexicon import Lexicon

LOWER = "abcdefghijklmnopqrstuvwxyzéèë"


@lru_cache(maxsize=4096)  # decided once a word: hundreds of lookups each
def typo_of_a_word(word: str, lexicon: Lexicon) -> bool:
    """One letter dropped, added, changed or two swapped away from a word: from a frequent
    word for six letters or more ("vandag", "morgne"), from any word for eight or more
    ("formulierr"); a shorter word is too close to too many ("fikre" is no "fire")."""
    if len(word) < 6:
        return False
    known = lexicon.words if len(word) >= 8 else frequent()
    cuts = [(word[:k], word[k:]) for k in range(len(word) + 1)]
    if any(a + b[1:] in known for a, b in cuts if b):
        return True
    if any(a + b[1] + b[0] + b[2:] in known for a, b in cuts if len(b) > 1):
        return True
    return any(a + c + b[n:] in known for a, b in cuts for c in LOWER for n in (0, 1) if b or not n)
