"""Licence plates: Belgian ones in every notation, foreign ones next to a cue word.

The new Belgian shape ("1-ABC-234", "1abc234", "1 ABC 234", "1 ABC-234", "1 - ABC - 234") is masked
anywhere, unless its letters are a frequent word between numbers ("5 van 120", "3 sur
100"); the old one ("ABC-123") and a foreign plate (France "AB-123-CD", the Netherlands
"12-ABC-3", Germany "B-AB 1234") only near a word such as plaat, kenteken, plaque, car:
alone they could be a reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]
TWO_DIGITS = lazy(r"\d\d")
PLATE = lazy(  # not "4 bte 112", "blok 7 app 104": a house number with its box or flat
    r"(?<![\w-])(?:[1-9](\s-\s|[- .]?)(?!(?i:bus|bte|box|app|apt)\b)([A-Za-z]{3})"
    r"(?:\s-\s|[- .]?)\d{3}"
    r"|[A-Za-z]{3}[- ]\d{3})(?![\w-])"
)
PLATE_CUE = lazy(
    r"(?i:plaat(?!s)|nummerplaat|kenteken|immat|plaque|plate|auto|voiture|car|wagen|camionette"
    r"|camionnette|moto|scooter|camion|busje|truck|lorry|bmw|audi|golf|opel|renault|peugeot"
    r"|citroën|citroen|toyota"
    r"|vw|volkswagen|mercedes|ford|fiat|dacia|skoda|škoda|kia|hyundai|seat|nissan|volvo|tesla"
    r"|van\b(?!\s+(?:de|het|den|der|een|haar|zijn|hun|mijn|dit|dat|die|deze|'t)\b))"
)
"""Dutch "van het bedrag" is no van: "10 % van het bedrag, max 300 euro" holds no plate. A make
of car is a cue too ("een grijze golf 74-WVI-7", "a black bmw RE-662-L": review22a). "plaats"
is no "plaat": a place, and the label "[plaats]" a scrubbed note holds ("in [plaats], budget
max 600" was read as a plate on the second scrub: #12, forty-fifth session)."""
LETTER_FIRST = lazy(r"(?<![\w-])[A-Z][- ]\d{3}[- ][A-Z]{3}(?![\w-])")
"""The new shape written letter first, as notes type it from memory ("A-123-BCD", "A 123 BCD"):
in capitals it is no word and no amount."""
AMOUNT_AFTER = lazy(r"(?i:\s*(?:euro|eur|€|%|procent|per|par|month|km|kg|cm|minutes|min)(?!\w))")
"""A plate is never an amount: "de auto kost max 300 euro"."""
CURRENCIES = frozenset(["EUR", "USD", "GBP", "CHF", "PLN", "RON", "BGN", "MAD", "TRY", "CAD"])
FOREIGN_PLATE = lazy(
    r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}"
    r"(?![\w-])"
)
GERMAN_PLATE = lazy(r"(?<![\w-])[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2}[- ]?[1-9]\d{0,3}[EH]?(?![\w-])")
"""Dashed groups of letters and digits, a plate of France ("AB-123-CD") or the Netherlands
("12-ABC-3", "GH-123-J"), or Germany's town, letters and number ("B-AB 1234"), read only
after a cue."""
MIXED_PLATE = lazy(
    r"(?<![\w-])(?:(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{3,4} [A-Z0-9]{2,4}"
    r"|(?!(?:BMW|VW|KIA|DS|MG|GMC|EUR|USD|GBP|CHF|PLN|RON) )"
    r"[A-Z]{2,3} (?=[A-Z]*\d)[A-Z0-9]{4,5})"
    r"(?![\w-])"
)
"""Two groups in capitals, the first of letters and digits mixed ("1ABC 23D", "AB12 CDE"): a
plate of any country after a cue; "1000 BXL" (a postcode) starts with digits alone. Or a
region's letters and a group of four or five letters and digits, as Poland writes it
("camionnette PO 4KX21", "van DW 12345": #12, fifty-seventh session); a make and its model
("BMW 320D", "VW ID4") or an amount in a currency is none."""
NAMED_PLATE = lazy(
    r"(?i:\b(?:nummerplaat|nummerplaten|plaat|kenteken\w*|nummerbord|immat\w*|plaque"
    r"|plates?|registration|reg\.?)(?:\s*[:=]|\s+(?:is|est|was|van|de|du|met|with|number|nummer"
    r"|numéro|n°|nr\.?|c'est|française|francaise|belge|étrangère|etrangere|foreign|duitse"
    r"|nederlandse|franse|roemeense|bulgaarse|poolse|turkse|marokkaanse|allemande|néerlandaise"
    r"|roumaine|bulgare|polonaise|turque|marocaine|german|dutch|french|romanian|polish"
    r"|bulgarian|turkish|moroccan)\b)*\s*)"
    r"([A-Za-z0-9]{1,5}(?:(?:\s?-\s?|\s)[A-Za-z0-9]{1,5}){1,2}|[A-Za-z0-9]{5,8})(?![\w-]|\.\w)"
)
"""Any plate right after a word that names one ("plaat 123-ABC", "plate AB12 CDE", "plaque
34 ABC 123", "kenteken 1-ABC-23"): letters and digits, two or three groups or one of five
to eight, whatever country's layout."""
GROUP = lazy(r"[A-Za-z0-9]+")
LITTLE_WORDS = frozenset(["de", "en", "la", "le", "of", "to", "in", "op", "is", "at", "du", "et",
                          "un", "an", "a", "om", "te", "ca", "on", "or"])  # fmt: skip
"""Short words a plate's letters are not, after its cue ("plaat van 12 jaar", "plaque de 12
cm"); other groups of one or two letters are a plate's: "immatriculé b 214 zzl", "polish plate
lu 58213" (#12, fifty-first session)."""
NAMED_CUE = Stems("plaat|platen|kenteken|nummerbord|immat|plaque|plate|registration|reg")


def plates(text: str) -> Iterator[Found]:
    """Belgian licence plates ("1-ABC-234"); the old "ABC-123" shape and foreign plates
    only near a cue."""
    if not TWO_DIGITS.search(text):
        return
    yield from _named_plates(text)  # first: the whole plate, not a part of it another shape fits
    for match in PLATE.finditer(text):
        new_shape = match.group()[0].isdigit()
        if new_shape and match.group(1) in ("", " ", " - ") and _a_word(match.group(2)):
            continue  # "ze kreeg 5 van 120 punten"
        nearby = text[max(0, match.start() - 40) : match.start()]
        if not new_shape and (AMOUNT_AFTER.match(text, match.end()) or _a_word(match.group()[:3])):
            continue  # "de factuur van 412,80 euro": "van" a word, not a plate's letters
        if not new_shape and match.group()[:3].upper() in CURRENCIES:
            continue  # "premie van EUR 755,54"
        if new_shape or PLATE_CUE.search(nearby):
            yield match.start(), match.end(), "plate"
    for match in LETTER_FIRST.finditer(text):
        yield match.start(), match.end(), "plate"
    for pattern in (FOREIGN_PLATE,) if "-" in text else ():
        for match in pattern.finditer(text):
            if PLATE_CUE.search(text, max(0, match.start() - 40), match.start()):
                yield match.start(), match.end(), "plate"
    for match in MIXED_PLATE.finditer(text):
        if PLATE_CUE.search(text, max(0, match.start() - 40), match.start()):
            yield match.start(), match.end(), "plate"  # "car 1ABC 23D parked outside"
    for match in GERMAN_PLATE.finditer(text):  # upper case first: fast to scan for
        if PLATE_CUE.search(text, max(0, match.start() - 40), match.start()):
            yield match.start(), match.end(), "plate"


def _named_plates(text: str) -> Iterator[Found]:
    """A plate of any layout right after a word that names a plate."""
    if not NAMED_CUE.in_text(text):
        return
    for match in NAMED_PLATE.finditer(text):
        groups = list(GROUP.finditer(text, match.start(1), match.end(1)))
        while (
            len(groups) > 1 and _a_long_word(groups[-1].group()) and not _dashed(text, groups[-1])
        ):
            groups.pop()  # "plaat 123-ABC van een wagen": the plate ends before "van"
        plate = text[match.start(1) : groups[-1].end()]
        letters = [g.group() for g in groups if g.group().isalpha() and not _dashed(text, g)]
        if sum(map(str.isdigit, plate)) < 2 or not any(map(str.isalpha, plate)):
            continue  # "plate 2 of 3", "reg 12345"
        words = [g for g in letters if len(g) > 2 or g.lower() in LITTLE_WORDS]
        if any(map(_a_long_word, words)) or sum(map(str.isalnum, plate)) < 5:
            continue  # "plaat van 12 jaar", "plaque de 12 cm"
        yield match.start(1), groups[-1].end(), "plate"


def _dashed(text: str, group: re.Match[str]) -> bool:
    """Letters joined by a dash to what is around them ("1-abc-2344"): a plate's, even "abc"."""
    return (
        text[group.start() - 1 : group.start()] == "-" or text[group.end() : group.end() + 1] == "-"
    )


def _a_word(letters: str) -> bool:
    return not letters.isupper() and letters.lower() in frequent()


def _a_long_word(letters: str) -> bool:
    """A group of letters in lower case that is a word, or has four letters or more: a word
    ("en", "van"), not a plate's letters."""
    if not letters.isalpha():
        return False
    lowered = not letters.isupper()
    return _a_word(letters) or (lowered and (len(letters) > 3 or letters in lexicon().words))
