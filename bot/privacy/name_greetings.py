"""Whom a note greets or thanks: "hi sarah,", "bonjour marie !", "thanks joy." A listed
first name right after a greeting and closed by a comma, a stop or the end is a name even
when it is also a word ("marie", "joy"); "merci bien," and "hi there," stay words."""

from __future__ import annotations

import re

from bot.privacy.compounds import frequent
from bot.privacy.lexicon import Lexicon

THANKS = frozenset(["thanks", "thank", "thx", "merci", "bedankt", "dank", "danku", "hey", "hi",
                    "hallo", "salut", "bonjour", "coucou", "bravo", "proficiat", "congrats",
                    "félicitations", "welkom", "bienvenue", "hello", "hoi", "bonsoir",
                    "dear", "beste", "cher", "chère"])  # fmt: skip
"""Words said to someone: a word of no list after them is whom they are said to."""
CLOSED = re.compile(r"\s*(?:[,!.?:;]|$)")


def greeted(text: str, word: re.Match[str], lexicon: Lexicon) -> bool:
    """`word` follows a greeting: a first name of the lists, no frequent word, that closes the
    greeting is whom it greets."""
    bare = word.group().lower()
    return (
        bare in lexicon.first
        and bare not in frequent()
        and len(bare) > 2
        and CLOSED.match(text, word.end()) is not None
    )
