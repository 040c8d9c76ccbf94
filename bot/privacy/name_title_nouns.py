"""A form of address used as a noun: "een attest van de dokter binnenbrengen". After an
article the title is a noun, so an ordinary word of no name list after it is no surname;
"de dokter janssens", "de meester bakker" still are."""

from __future__ import annotations

import re

from bot.privacy.lexicon import Lexicon

ARTICLE_END = re.compile(r"(?i:(?:^|\s)(?:de|het|la|le|the|een|a|un|une)\s+$)")
WINDOW = 8
"""Characters before a title in which its article stands ("une " and a space or two)."""


def title_as_noun(text: str, title_start: int, word: str, lexicon: Lexicon) -> bool:
    """`word` follows a title that starts at `title_start`; True when the title is a noun
    (an article before it) and the word is an ordinary word of no name list."""
    if not lexicon.is_word(word) or lexicon.is_name(word):
        return False
    window = max(0, title_start - WINDOW)  # the article and its spaces, not the whole text
    return ARTICLE_END.search(text[window:title_start]) is not None
