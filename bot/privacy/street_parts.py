"""The parts of an address that the street patterns leave beside it: the words before a
street's last word that belong to its name ("pastoor de vosstraat 4", "drie koningenstraat
12", "kon. astridlaan 12", "frans van cauwelaertlaan 12", "o.l.vrouwstraat 5"), and the box
after its number ("dendermondsesteenweg 12, bus 4", "avenue de stalingrad 62 boite 5"). A
masked street with its title or box kept is a miss under the scoring's 90 % rule, and
"bus 4" beside a known building still narrows it down.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.tokens import Stems

TITLES = frozenset(
    ["pastoor", "pater", "koning", "kon", "koningin", "prins", "prinses", "graaf", "gravin",
     "hertog", "baron", "ridder", "kardinaal", "bisschop", "abt", "sint", "st", "dokter",
     "dr", "generaal", "gen", "kapitein", "luitenant", "kolonel", "burgemeester", "minister",
     "professor", "prof", "meester", "notaris", "onze-lieve-vrouw", "heilig", "heilige",
     "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
     "dertien", "veertien", "vijftien", "honderd", "duizend", "roi", "reine", "prince",
     "général", "docteur", "président", "maréchal", "comte", "saint", "sainte"]
)  # fmt: skip
"""Words a street's name starts with (a title, a number as a word): never a street alone."""
PARTICLES = frozenset(["de", "van", "der", "den", "ter", "ten", "le", "la", "du", "d'", "von"])
WORD_BEFORE = lazy(r"([^\W\d_][\w'’-]*)(\.?) $")
"""The word right before a street, with a dot of its abbreviation ("kon."), and one space."""
BOX_AFTER = lazy(
    r"(?i:,?\s*(?:bus|bte|bt|boîte|boite|box|b\.|b(?=\d{1,3}\b)|b[sx]|app\.?|apt\.?|appt\.?|appartement)\s*(?:nr\.?\s*)?"
    r"\d{1,4}(?:bis|ter|[a-z])?\b|/\d{1,3}[a-z]?\b)"
)
"""A box or flat after the number: ", bus 4", " boite 5", "/3"."""
FLOOR_AFTER = lazy(
    r"(?i:\s+\d{1,2}\s?(?:e|de|ste|ème|eme|è|er|st|nd|rd|th)\s+(?:verdieping|verdiep|verd"
    r"|étage|etage|ét|floor)(?![\w]))"
)
"""The floor right after the number or box: "zeedijk 88 3rd floor", "kerkstraat 12 bus 3 2e
verdieping" (#12, fifty-fifth session: probe202, probe205, probe206); not after a comma."""
NUMBER_END = lazy(r"\d[a-zA-Z]?$")
OUR_LADY = lazy(r"(?i:(?<![\w.])o\.?\s?-?\s?l\.\s?-?\s?(?:v\.\s?-?\s?)?)$")
"""Onze-Lieve-Vrouw abbreviated before a street's word: "o.l.vrouwstraat", "o.-l.-vrouwstraat"."""


NOT_A_STREET = (
    r"(?:(?:jaar|in|uit|door|over|toe|om|vooruit|achteruit|onder|rond|op|voor)gang|\w+ering)"
)
"""Nouns that end as a street type does and count things: "jaargang 20", "ingang 2" (a volume,
a hospital's entrance) are no address; "Brouwersgang 4" still is. Nor is a noun in -ering
("herinnering 2", "vergadering 14", "indexering 12": a reminder, a meeting, a rise)."""
BUILDING_FLAT = lazy(
    r"(?i:\b(?:blok|bloc|block|gebouw|building|bâtiment|batiment|toren|tour|tower)\s+"
    r"[a-z0-9]{1,3}\s*[,-]?\s*(?:(?:app|appt|appart|apt|appartement|apartment|flat|bus|boîte|bte)\.?\s*"
    r"[a-z]?\d{1,4}(?:bis|ter|[a-z])?|(?:verdiep|verdieping|étage|etage|floor)\s*\d{1,2}"
    r"|\d{1,2}\s?(?:e|de|ste|ème|eme|è|er|st|nd|rd|th)\s+(?:verdiep|verdieping|verd|étage|etage"
    r"|floor))\b)"
)
"""A building and a flat or floor in a housing estate: "blok 4 app 12", "bloc B appt 3", "block 2
flat 14", "toren 2 verdiep 9", "bloc c 3e etage" (review29b). Both parts are needed: "in de
blok" (exams) or "flat 14" alone say nothing."""


FLOOR_FIRST = lazy(
    r"(?i:\b(?:(?:verdiep|verdieping|étage|etage|floor)\s*\d{1,2}\s*,?\s*(?:app|appt|appart|apt"
    r"|appartement|apartment|flat)\.?\s*\d{1,4}[a-z]?|\d{1,2}\s?(?:e|de|ste|ème|eme|è|er|st|nd|rd"
    r"|th)\s+(?:verdiep|verdieping|étage|etage|floor)\s*,?\s*(?:blok|bloc|block)\s+[a-z0-9]{1,2}"
    r"|(?:app|appt|appart|apt|appartement|apartment|flat)\.?\s*\d{1,4}[a-z]?\s*,?\s*"
    r"(?:blok|bloc|block)\s+[a-z0-9]{1,2})\b)"
)
"""The floor or the flat first, then the flat or the building: "op verdiep 9 app 93", "woont
3de verdiep blok b" (probe198, probe200: #12's fifty-fourth session), "from flat 12 block b"
(fifty-eighth session)."""


def building_flats(text: str) -> Iterator[tuple[int, int, str]]:
    """Building-and-flat addresses (`BUILDING_FLAT`, `FLOOR_FIRST`), with or without a
    street."""
    for pattern in (BUILDING_FLAT, FLOOR_FIRST):
        for match in pattern.finditer(text):
            yield match.start(), match.end(), "address"


def street_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """The address span `start`-`end`, grown over its name's first words and its box."""
    begin = start
    for _ in range(4):
        before = WORD_BEFORE.search(text, max(0, begin - 30), begin)
        if before is None:
            break
        word = before.group(1).lower()
        if word in TITLES:
            begin = before.start()
            continue
        if word not in PARTICLES:
            break
        titled = WORD_BEFORE.search(text, max(0, before.start() - 30), before.start())
        named = titled is not None and titled.group(1).lower() in lexicon().first
        if titled is None or (titled.group(1).lower() not in TITLES and not named):
            if begin == start and _named_after(word, text[start:end].split()[0].lower()):
                begin = before.start()  # "op de coninckplein": De Coninck's square
            break
        begin = titled.start()  # "pastoor de vosstraat", "frans van cauwelaertlaan"
    glued = OUR_LADY.search(text, max(0, begin - 8), begin)
    begin = glued.start() if glued else begin  # "o.l.vrouwstraat": the street's own letters
    if NUMBER_END.search(text, max(start, end - 2), end):
        box = BOX_AFTER.match(text, end)
        if box is not None:
            end = box.end()
        floor = FLOOR_AFTER.match(text, end)
        end = floor.end() if floor else end
    return begin, end


NAMED_KINDS = ("straat", "plein", "lei", "laan", "dreef", "steenweg", "kaai", "park", "hof")


def _named_after(particle: str, street: str) -> bool:
    """A street named after someone whose surname opens with a particle: "de coninckplein",
    "de keyserlei" (review45a, probe67, probe68); "de kerkstraat" keeps its article out."""
    kind = next((kind for kind in NAMED_KINDS if street.endswith(kind)), None)
    stem = street[: -len(kind)] if kind else ""
    return len(stem) > 2 and f"{particle} {stem}" in lexicon().compound_surnames


RARE_STREET = lazy(
    r"\b([^\W\d_][\w'’-]{3,})\s+((?:(?:nr\.?|nummer|n°)\s*)?\d{1,3}(?:bis|ter|[a-zA-Z])?"
    r"(?:\s*(?:bus|bte|boîte|box)\s*\w{1,4})?)\b"
    r"(?<!\d[hHuU])(?![\w:.,/-]*\d)(?!\s*(?:u|h|uur|euros?|eur|€|%|jaar|ans|years?|keer|fois|times|kinderen"
    r"|enfants|children|dagen|jours|days|weken|semaines|weeks|maanden|mois|months|min)\b)"
)
"""A word in no dictionary and no name list followed by a house number: "Kipdorp 12",
"Vaartkom nr 7" (the "nr" says it is a house number)."""


NUMBER_WORD = lazy(r"\b(?:nr|nummer|n°)")
"""What `numbered_places` needs: a word that says a house number follows."""


def rare_street(text: str, match: re.Match[str]) -> bool:
    """A `RARE_STREET` match whose word is in no dictionary and no name list, or written
    with a capital inside a sentence and no word of its own ("Kipdorp 12", "Vaartkom nr
    7"; not "busnummer 12", "Kamer nr 5")."""
    words = lexicon()
    word = match.group(1)
    bare = word.lower()
    if bare in words.words or words.is_name(bare) or "'" in bare or "’" in bare:
        return False  # a contraction ("there's 40") is no street
    if bare.endswith(("nr", "nummer")) and not bare.startswith("huis"):
        return False  # "noodnr 112", "klantnr 4471": a number's own word (review38a)
    before = text[: match.start()].rstrip()
    capitalised = word[0].isupper() and bool(before) and before[-1] not in ".!?\n"
    return capitalised or not words.is_word(bare)


def numbered_places(text: str) -> Iterator[tuple[int, int, str]]:
    """A place in no street list with "nr" and its number: "aan de Vaartkom nr 7". The "nr"
    makes it an address even where the word is a known place, which the place names would
    otherwise claim alone."""
    for match in RARE_STREET.finditer(text):
        if not match.group(2)[0].isdigit() and rare_street(text, match):
            yield *street_extent(text, match.start(), match.end()), "address"


BARE_ABBREVIATIONS = frozenset(["st", "str", "rd", "ave"])


def bare_abbreviation_of_words(said: list[str]) -> bool:
    """ "3 dagen in st jan", "2 girls st up": a street type without its dot after everyday
    words is no address; after a name of no language it is ("22 seefhoek st")."""
    return said[-1] in BARE_ABBREVIATIONS and any(word in frequent() for word in said[1:-1])


NUMBER_OF_STREET = lazy(
    r"(?i:\b(?:au|à|op|at|on)\s+)((?:(?:numéro|nummer|number|n°|nr\.?|no\.?)\s*)?\d{1,4}(?:bis|ter|[a-z])?"
    r"(?:\s+(?:in|op|on|of|van|aan)\s+(?:de|het|the)\s+[^\W\d_][\w'’-]+(?:straat|laan|steenweg"
    r"|lei|plein|weg|dreef|kaai|vest|markt|street|road)\b|\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*"
    r"(?:rue|avenue|chaussée|place|boulevard|allée|chemin|quai)\s+(?:(?:de\s+la|du|des|de)\s+"
    r"|(?:de\s+l|d)['’])?(?!(?:et|ou|à|en|pour|avec)\b)[^\W\d_][\w'’-]+))"
)
"""The number first, then the street with its article: "au 12 de la rue neuve", "op nummer
12 in de kerkstraat", "at number 14 on the kerkstraat"."""
NUMBER_OF_HINT = lazy(
    r"straat|laan|steenweg|lei\b|plein|weg\b|dreef|kaai|vest\b|markt|street|road|rue\s"
    r"|avenue|chauss|place|boulevard|allée|chemin|quai"
)
"""What NUMBER_OF_STREET needs (it starts with a word boundary: slow to scan for), in lower
case: a case-insensitive alternation is scanned ten times slower."""
STREET_WORD_ENDS = Stems(
    "straat|laan|steenweg|lei|plein|weg|dreef|kaai|vest|markt|singel|dries|plaats|street|road"
    "|rue|avenue|chaussee|chaussée|chausee|chausée|chausse|place|boulevard|allée|allee|chemin"
    "|quai|str|stwg|sebaan",
    ending=True,
)
"""A word ending as a street word does, decided once per word and shared by every text:
what both hints above need, asked before they scan."""


SHORT_FORM_END = (
    r"(?(dot)(?!\s+(?:[a-zà-ÿ]+(?:en|s)|jan\w*|feb\w*|f[ée]v\w*|maart|mars|april|avril|mei|mai"
    r"|juni|juin|juli|juillet|aug\w*|ao[uû]t|sep\w*|okt\w*|oct\w*|nov\w*|dec\w*|déc\w*)\b))"
)
"""After "kapelstr." with its dot, a number that counts ("orkestr. 3 lessen", "distr. 3
pakketten") or dates ("demonstr. 3 mei") is no house number (reader47b)."""
DOTTED_SHORT_FORM = r"(?:(?<=str)(?<![iu]str)(?<!instr)(?<!onstr)(?<!kestr)(?<!meestr)(?P<dot>\.))?"
"""The dot of "kapelstr.", not of "instr.", "illustr.", "distr.", "demonstr.", "orkestr.",
"meestr." (reader47b, reader47c): a street's stem seldom ends so."""
