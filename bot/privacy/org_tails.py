"""The rest of an organisation's name: a made-up firm, school or shop name is often two words
no list holds ("ontslagen bij mipori vime", "basisschool vene fibi", "fired from bukodo
vatifu"), and a rule that found the first word stops there, leaving the second in the note."""

from __future__ import annotations

import re

from bot.privacy.lexicon import Lexicon
from bot.privacy.word_typos import unknown_word

NEXT_WORD = re.compile(r" ([^\W\d_][\w'’-]*)")
LONGEST_TAIL = 2
"""Words added at most: a name of three unknown words after its kind is rare, a run of
unknown words longer than that is a note in a language the lists do not hold."""


def org_tail_end(text: str, end: int, lexicon: Lexicon) -> int:
    """Where an organisation found up to `end` ends once the unknown words right after it
    are added: no word of the lists nor a strict compound, not one slip from a word."""
    for _ in range(LONGEST_TAIL):
        match = NEXT_WORD.match(text, end)
        if match is None or not _unknown(match.group(1).lower(), lexicon):
            break
        end = match.end()
    return end


def _unknown(word: str, lexicon: Lexicon) -> bool:
    if len(word) < 3 or not word.isalpha() or word in lexicon.first or word in lexicon.last:
        return False  # a name of the lists after a firm is its contact ("bij colruyt sarah")
    return unknown_word(word, lexicon)
