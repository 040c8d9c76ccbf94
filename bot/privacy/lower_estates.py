"""Housing estates and quarters typed in lower case with their kind: "la cite du tivoli", "de
wijk de vogelenzang", "the peterbos estate" (review29b). `estates` reads a capital as the
name; on a phone the kind word alone says a place follows, and the name is a word of no
list, or one that is no frequent word after an article."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent, plain_word
from bot.privacy.language_words import words_of
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon

Found = tuple[int, int, str]
WORD = r"[a-zà-ÿ][\w'’-]{2,}"
KINDS = lazy(
    r"(?<![\w-])(?:(cité|cite|résidence|residence|residentie)|wijk|quartier)\s+"
    r"((?:de\s+la|du|des|de|het|den)\s+|(?:de\s+l|d)['’]\s*)?(" + WORD + r")"
)
"""The kind, an article perhaps, and the name's first word; a cité is part of its name."""
ENGLISH = lazy(r"(?<![\w-])the\s+(" + WORD + r")\s+(?:estate|area|flats|towers|neighbourhood)\b")
"""An English note's estate or area by a name that is no English word ("the kievit estate")."""
GENERIC = frozenset(
    """sociale sociales social ouvrière ouvriere ouvrière universitaire administrative
    internationale jardin jardins nouvelle ancienne populaire populaires dortoir hlm nord sud
    est ouest centre gare voisin voisine difficile calme sensible chaud chaude défavorisé
    defavorise rouge latin européen europeen ardente général general générale generale
    judiciaire soleil waar rond verderop zelf hier daar zelfde andere nieuwe oude""".split()  # noqa: SIM905
)
"""Words after a kind that say what kind of quarter, not which one."""
IMPERFECT = ("ait", "aient")
"""A French verb after "le quartier" is what it did: "tout le quartier klaxonnait" (review33a)."""
WORD_QUARTERS = lazy(
    r"(?i:(?<![\w'’])(?:(?:het|t|['’]t)\s+|(?:(?<=\bop\s)|(?<=\baan\s)|(?<=\bvan\s)|(?<=\bin\s)|(?<=\bnaar\s)"
    r"|(?<=\buit\s))(?:de\s+)?)kiel\b"
    r"(?![\w'’-]))"
)
"""Antwerp's Kiel, a word too ("kiel": a keel, a smock), by the article or preposition a note
puts before a quarter: "hangt rond aan het kiel", "woont op de kiel", "den dikke van t kiel"
(eleven tuning sets). Only "kiel" is masked: writers split evenly on "[het kiel]", and masking
"het" cost as many ordinary words as it caught details on the frozen sets."""
HINT = lazy(r"cit|wijk|quartier|r[eé]sid|estate|area|flats|towers|neighbourhood")
"""The kinds as substrings: one scan in C before the rules run."""


def lower_estates(text: str) -> Iterator[Found]:
    lowered = text.lower()
    if "kiel" in lowered:
        for match in WORD_QUARTERS.finditer(text):
            yield match.end() - 4, match.end(), "place"
    if HINT.search(lowered) is None:
        return
    common, lex = frequent(), lexicon()
    for match in KINDS.finditer(text):
        name = match.group(3)
        if name in common or name in GENERIC or not name.islower() or name.endswith(IMPERFECT):
            continue
        if not match.group(2) and plain_word(name, lex):
            continue  # "wijk werking", "quartier difficile": a word without an article
        yield match.start(1) if match.group(1) else match.start(3), match.end(3), "place"
    if "the " in lowered:
        english = words_of("en")
        for match in ENGLISH.finditer(text):
            name = match.group(1)
            if name not in english and name not in common and name not in GENERIC:
                yield match.start(1), match.end(1), "place"
