"""The ordinary words of one language, read only when the show-back first asks: a word
after a masked first name that is no word of the sentence's own language ("[naam] ferraro
cherche un appart") is likely the rest of the name, and is offered for a tap."""

from __future__ import annotations

from functools import cache

from bot.privacy.lexicon import read_data


@cache
def words_of(lang: str) -> frozenset[str]:
    """Lower-case words of nl, fr or en (names removed), with the frequent words of all three."""
    return frozenset(read_data(f"words_{lang}.txt") + read_data("words_common.txt"))
