"""Licence plates: Belgian ones in every notation, foreign ones next to a cue word.

The new Belgian shape ("1-ABC-234", "1abc234", "1 ABC 234", "1 ABC-234") is masked
anywhere, unless its letters are a frequent word between numbers ("5 van 120", "3 sur
100"); the old one ("ABC-123") and a foreign plate (France "AB-123-CD", the Netherlands
"12-ABC-3", Germany "B-AB 1234") only near a word such as plaat, kenteken, plaque, car:
alone they could be a reference.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy

Found = tuple[int, int, str]
TWO_DIGITS = lazy(r"\d\d")
PLATE = lazy(  # not "4 bte 112": a house number with its box
    r"(?<![\w-])(?:[1-9]([- .]?)(?!(?i:bus|bte|box)\b)([A-Za-z]{3})[- .]?\d{3}"
    r"|[A-Za-z]{3}[- ]\d{3})(?![\w-])"
)
PLATE_CUE = lazy(
    r"(?i:plaat|nummerplaat|kenteken|immatriculation|immatriculée?|plaque|plate|auto|voiture|car"
    r"|wagen|camionette|camionnette|moto|scooter|van\b|camion)"
)
FOREIGN_PLATE = lazy(
    r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}"
    r"(?![\w-])"
)
GERMAN_PLATE = lazy(r"(?<![\w-])[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2}[- ]?[1-9]\d{0,3}[EH]?(?![\w-])")
"""Dashed groups of letters and digits, a plate of France ("AB-123-CD") or the Netherlands
("12-ABC-3", "GH-123-J"), or Germany's town, letters and number ("B-AB 1234"), read only
after a cue."""


def plates(text: str) -> Iterator[Found]:
    """Belgian licence plates ("1-ABC-234"); the old "ABC-123" shape and foreign plates
    only near a cue."""
    if not TWO_DIGITS.search(text):
        return
    for match in PLATE.finditer(text):
        new_shape = match.group()[0].isdigit()
        if new_shape and match.group(1) in ("", " ") and _a_word(match.group(2)):
            continue  # "ze kreeg 5 van 120 punten"
        nearby = text[max(0, match.start() - 40) : match.start()]
        if new_shape or PLATE_CUE.search(nearby):
            yield match.start(), match.end(), "plate"
    for pattern in (FOREIGN_PLATE,) if "-" in text else ():
        for match in pattern.finditer(text):
            if PLATE_CUE.search(text, max(0, match.start() - 40), match.start()):
                yield match.start(), match.end(), "plate"
    for match in GERMAN_PLATE.finditer(text):  # upper case first: fast to scan for
        if PLATE_CUE.search(text, max(0, match.start() - 40), match.start()):
            yield match.start(), match.end(), "plate"


def _a_word(letters: str) -> bool:
    return not letters.isupper() and letters.lower() in frequent()
