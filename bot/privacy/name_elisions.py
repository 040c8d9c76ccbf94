"""Names with an apostrophe: "n'diaye", "o'neil", "m'bala", and Flemish surnames whose article
is elided after a form of address ("mevrouw d'hondt")."""

from __future__ import annotations

import re

from bot.privacy.compounds import frequent
from bot.privacy.lexicon import Lexicon, cues

TITLES = cues()["titles"]

ELIDED_NAME = re.compile(r"[omnd]['’][^\W\d_]{3,}")


def _elided(word: str, lexicon: Lexicon) -> bool:
    """ "n'diaye", "o'neil", "m'bala": a name whose apostrophe is no elision of a word
    ("n'importe", "d'accord" stay); a listed surname is one however its rest reads ("bij
    d'hondt", probe81)."""
    if ELIDED_NAME.fullmatch(word) is None:
        return False
    return word.replace("’", "'") in lexicon.last or not lexicon.is_word(word[2:])


FLEMISH_ELISION = re.compile(r"[dt]['’][^\W\d_]{3,}")


def elision(word: str, i: int, lowered: list[str], lexicon: Lexicon) -> bool:
    """Word `i` is a name with an apostrophe ("n'diaye"), or a Flemish one after a title."""
    return _elided(word, lexicon) or (i > 0 and _titled_elision(word, lowered[i - 1]))


def _titled_elision(word: str, title: str) -> bool:
    """ "mevrouw d'hondt", "meneer t'jampens": after a form of address, a Flemish surname with
    its article elided, unless the rest is a frequent word ("madame d'habitude")."""
    flemish = FLEMISH_ELISION.fullmatch(word) is not None
    return title in TITLES and flemish and word[2:] not in frequent()
