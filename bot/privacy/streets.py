"""Addresses that the address patterns leave: a street in no dictionary with its number
("Kipdorp 12"), a postcode with a district in no list ("3600 winterslag"), a street named
without its number ("in de lange kievitstraat"), roads named after where they lead, a
number before an English street ("23 oxford road"), a street of any shape right after a
verb of living ("ze woont ter heide 7"), and named residences ("residentie het hof")."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from bot.privacy.category_cues import words_of
from bot.privacy.compounds import frequent as _frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.squares import named_roads
from bot.privacy.street_parts import (
    NUMBER_OF_HINT,
    NUMBER_OF_STREET,
    NUMBER_WORD,
    RARE_STREET,
    STREET_WORD_ENDS,
    bare_abbreviation_of_words,
    building_flats,
    numbered_places,
    rare_street,
    street_extent,
)
from bot.privacy.streets_unnumbered import unnumbered_streets
from bot.privacy.tokens import Stems, has_digit

Found = tuple[int, int, str]


POSTCODE_TOWN = lazy(r"(?<![\d.,€$/-])\b[1-9]\d{3}\s+([^\W\d_][\w'’-]{2,})")
"""A Belgian postcode and a lower-case town in no list: "3600 winterslag"."""
FOUR_DIGITS = lazy(r"[1-9]\d{3}")
"""What POSTCODE_TOWN needs, fast to scan for (no \\b first): most texts with a digit lack it."""


@cache
def _short_towns() -> frozenset[str]:
    from bot.privacy.places import gazetteer  # places imports this module

    return frozenset(name for name in gazetteer().names if len(name) == 3)


def rare_streets(text: str) -> Iterator[Found]:
    """Streets without a street-type word, known only by being in no dictionary; and a
    postcode with a town or district in no list (a word of no language after it)."""
    if not has_digit(text):
        return
    words = lexicon()
    for match in POSTCODE_TOWN.finditer(text) if FOUR_DIGITS.search(text) else ():
        town = match.group(1).lower()
        if len(town) == 3 and town not in _short_towns():
            continue  # "1000 bxl", not "1234 bte"
        if town not in words.words and not words.is_name(town) and "'" not in town:
            yield match.start(), match.end(), "place"
    for match in RARE_STREET.finditer(text):
        if rare_street(text, match):
            yield *street_extent(text, match.start(), match.end()), "address"


STREET_TYPES = r"straat|laan|lei|steenweg|kaai|dreef|singel|dries|kouter|plaats|plein|sebaan"
STREET_HINTS = ("straat", "laan", "lei", "steenweg", "kaai", "dreef", "singel", "dries", "kouter",
                "plaats", "plein", "sebaan")  # fmt: skip
"""A road named after the town it leads to ("turnhoutsebaan") is a street; a "baan" alone is
a job or a track ("loopbaan", "ijsbaan")."""
STREET_ALONE = lazy(
    r"(?i:\b(?:in|op|aan|naar|uit|rond|bij|van|en|tot|langs|via|door|achter|voor|tegenover"
    r"|behind|on|at|near|along|opposite|à|dans|vers|derrière|vd|\d{4}\s+[^\W\d_][\w'’-]+)\s+"
    r"(?:(?:de|het)\s+)?)((?:(?:lange|korte|grote|kleine|oude|nieuwe|hoge|lage)\s+)?"
    rf"[^\W\d_][\w'’-]*?(?:{STREET_TYPES}))\b(?!\s*\d)"
)
"""A street named without its number, with or without its article ("lives behind
vlaamsesteenweg", review41a; "2060 antwerpen lange kievitstraat", probe44): "ze wonen in
de lange kievitstraat" is an address, so is "op de hoek van de Brederodestraat en de
Kronenburgstraat", and a square is "het" one where someone lives ("een studio aan het
Sint-Jansplein"; "afspraak aan het Muntplein" names a place to meet)."""
RUE_ALONE = lazy(
    r"\b(?i:rue|avenue|chaussée|chaussee|boulevard|place|parvis|quai|square|impasse|drève)"
    r"\s+(?:(?:de\s+la|du|des|de|de\s+l['’]|d['’])\s*)?"
    r"[A-ZÀ-Ý][\w'’-]+(?:[ -](?:[A-ZÀ-Ý][\w'’-]+|de|du|des|la|le))*(?<![ -]de|-du|des|-la|-le)"
    r"(?![\w'’-])(?!\s*,?\s*\d(?!\d{3}\s+[^\W\d_]))"
)
"""A French street named without its number, its name capitalised: "au coin de la rue Haute
et de la rue Blaes"; a whole word ("rue de Brabant, 1030": not "rue de Braban" and a "t"),
before a postcode too."""
RUE_LOWER = lazy(
    r"(?:(?<=\bà )|(?<=\bon )|(?<=\bat )|(?<=\bin )|(?<=\bop )|(?<=\bto )|(?<=\bshop )"
    r"|(?<=\bsnack )|(?<=\bcafé )|(?<=\bpharmacie ))"
    r"(?:rue|avenue|chaussée|chaussee|boulevard|impasse|drève)\s+"
    r"(?:(?:de\s+la|du|des|de|van(?:\s+(?:der|den|de))?)\s+|(?:de\s+l|d)['’]\s*)"
    r"(?!(?:jour|matin|soir|nuit|temps|monde|quartier|coin|village|ville|cité|commune)\b)"
    r"(?:(?:petite?|grande?|vieux|vieille|haute?|basse?|nouveau|nouvelle|sainte?)[ -])?"
    r"[a-zà-ÿ][\w'’-]{2,}(?![\w'’-])"
    r"(?:\s+(?:aux?|de\s+la|de\s+l['’]|de|du|des|d['’])\s*[a-zà-ÿ][\w'’-]+)*+(?!\s*,?\s*\d)"
)
"""The same in lower case after a preposition or a shop, its article or particle required
("on rue de la brasserie", "tous à rue des béguines", review41a; "night shop rue de brabant",
review42a); "à la rue" (no roof) and "la rue de" a place in a story stay. The name runs on
over "de", "du", "aux"; with a number the numbered rules take it ("à rue de la croix 3")."""
A_SPOT = lazy(r"(?i:\b(?:sur|une|des|ma|sa|ta|en|de)\s+place\b)")
"""A place that is a spot ("sur place", "une place de Parking"), not a square."""
FRENCH_STREETS = frozenset(["rue", "avenue", "chaussée", "chaussee", "boulevard", "place",
                            "parvis", "quai", "square", "impasse", "drève"])  # fmt: skip
GENERIC_STREETS = frozenset(["winkelstraat", "hoofdstraat", "zijstraat", "speelstraat",
                             "fietsstraat", "woonstraat", "winkelwandelstraat", "parkeerplaats",
                             "speelplaats", "werkplaats", "woonplaats", "marktplaats",
                             "standplaats", "verblijfplaats", "slaapplaats", "stageplaats",
                             "zitplaats", "bouwplaats", "ligplaats", "opvangplaats",
                             "geboorteplaats", "speelplein", "schoolplein", "parkeerplein",
                             "taxistandplaats", "bushalteplaats", "kermisplein",
                             "eenrichtingsstraat", "doorgangsstraat", "handelsstraat"])  # fmt: skip
"""Streets of every town, said as words ("in de winkelstraat")."""
COMMON_STREETS = frozenset(["kerkstraat", "stationsstraat", "statiestraat", "dorpsstraat",
                            "nieuwstraat", "molenstraat", "schoolstraat", "kapelstraat",
                            "veldstraat", "kasteelstraat", "beekstraat", "hoogstraat", "bosstraat",
                            "kloosterstraat", "pastoriestraat", "kerkhofstraat", "heidestraat",
                            "bergstraat", "broekstraat", "kerkplein", "stationsplein", "dorpsplein",
                            "marktplein", "gemeenteplein"])  # fmt: skip
"""Names that hundreds of towns give a street: without a number they say where a shop or a
job is ("ze werkt in de kerkstraat"), and only someone's home when the sentence says so."""
HOME = lazy(
    r"(?i:\b(?:woon\w*|wonen|verhuis\w*|intrek|trekt\s+in|adres|habite\w*|vit|vivent|lives?"
    r"|lived|living|moved?|moving|address|domicil\w*|huis|huisje|appartement|flat|studio|kot"
    r"|house|home|maison|appart|logement)\b)"
)
ROAD_TO = lazy(
    r"(?i:\b(?:steenweg|steeweg|stenweg|stwg\.?|baan|weg|chaussée|chaussee|chausée|chausse|chée"
    r"|chau\.|chaus\.|ch\.|chée\."
    r"|route)\s+(?:op|naar|van|de|d')\s*[^\W\d_][\w'’-]+"
    r"\s+\d{1,4}(?!\d)(?:\s?[a-z]\b)?(?:\s*(?:bus|bte|boîte|box)\s*\w{1,4})?"
    r"|\b(?:lange|korte|grote|kleine|oude|nieuwe|hoge|lage)\s+(?:straat|baan|weg|dreef|lei|markt"
    r"|vest|heide|dijk)\s+\d{1,4}(?!\d)(?:\s?[a-z]\b)?(?:\s*(?:bus|bte|boîte|box)\s*\w{1,4})?)"
)
"""Roads named after where they lead, and old roads: "steenweg op gent 120", "oude baan 45"."""


GLUED_NUMBER = lazy(
    r"(?i:\b[^\W\d_][\w'’-]*(?:straat|laan|steenweg|lei|plein|weg|dreef|kaai|singel|dries"
    r"|plaats|markt|vest|str\.?|stwg\.?))(\d{1,4}(?:(?:bus|bte|b)\d{1,3}|bis|ter|[a-zA-Z])?)\b"
)
"""A house number glued to its street, as typed on a phone: "kerkstraat12", with its box:
"kerkstr12b3" (probe185)."""
GLUED_HINT = lazy(
    r"(?:straat|laan|steenweg|lei|plein|weg|dreef|kaai|singel|dries|plaats|markt|vest|str\.?"
    r"|stwg\.?)\d"
)
"""What GLUED_NUMBER needs, without its word boundary first and in lower case (a street
word ends a word, so it is lower case but in a text in capitals): fast to scan for."""


NUMBER_FIRST = lazy(
    r"(?i:(?<![\w.,/-])\d{1,4}(?:bis|ter|[a-z])?,?\s+(?:(?:rue|r\.|avenue|av\.|chaussée|chaussee|place|boulevard|bd|quai"
    r"|square|allée|chemin|impasse|drève|clos|sentier)\s+(?:(?:de la|de l'|de l’|du|des|de|d'|d’)"
    r"\s*)?(?!(?:pour|avec|dans|sur|et|ou|à|au|en|le|la|les|un|une|for|to|the|and|of|in|at|on|de"
    r"|du|des|d['’]"
    r"|libre|libres|disponible|disponibles|vide|vides|assise|assises|debout|parking|stationnement"
    r"|crèche|creche|accueil|fer)\b)[^\W\d_][\w'’-]+|(?-i:(?:[A-ZÀ-Ý][\w'’-]+\s+){0,2})"
    r"[^\W\d_][\w'’-]+(?:straat|laan|steenweg|dreef"
    r"|plein|kaai|singel|lei|street|road|avenue)\b"
    r"|(?:[^\W\d_][\w'’-]+\s+){1,2}(?:street|road|avenue|lane|drive|close|square|crescent|st\.?"
    r"|str\.?|rd\.?|ave\.?)"
    r"(?![\w-])|(?:grote\s+markt|grand[- ]place|vrijdagmarkt|korenmarkt|groenplaats|meir|kouter"
    r"|zavel|sablon|oude\s+markt|veemarkt|vismarkt)\b))"
)
"""The house number first, as in French and English: "12 rue de la station", "45 kerkstraat",
"22 Koningin Astridlaan" (up to two capitalised words before a street word's own), "22
seefhoek st" (an abbreviated street type without its dot, review17)."""


LIVES_AT = lazy(
    r"(?i:\b(?:woont|woonde|wonen|woonden|verhuisd\s+naar|verhuist\s+naar|verhuizen\s+naar|habite"
    r"|habitait|habitent|vit|vivent|vivait|domiciliée?|demeure|lives|lived|living|moved\s+to"
    r"|moving\s+to|adres|adresse|address|(hb|huisbezoek|vad|visite\s+(?:à\s+)?domicil\w*"
    r"|home\s+visit))\s*:?\s+(?:(?:nu|now|momenteel)\s+)?(?:(?:op|in|aan|à|au|at|on|en)\s+)?"
    r"(?:(?:de|het|den|la|le|the)\s+)?)((?:[^\W\d_][\w'’.-]*\s+){0,2}[^\W\d_][\w'’.-]*)(,?)\s+"
    r"(?!(?:19|20)\d\d\b)(\d{1,4}(?:bis|ter|[a-zA-Z])?(?:[-/]\d{1,3})?(?:\s*(?:bus|bte|boîte|box)\s*\w{1,4})?)"
    r"(?![\w.,:/]\d|[\w-])(?!\s*(?:u|h|uur|euro|eur|€|%|jaar|ans|years?|keer|fois|times|kinderen"
    r"|enfants|children|dagen|jours|days|weken|semaines|weeks|maanden|mois|months|min|minuten|km"
    r"|m|straten|rues|streets|huizen|maisons|houses|verdiep\w*|étages?|floors?|personen"
    r"|personnes|people)\b)"
)
"""A street in no list with its number, right after "woont", "habite", "lives at" or a home
visit ("hb: vogelenzang 14a"): "ze woont kipdorp 12", "hij woont ter heide 12"; not "woont al
12 jaar" nor "woont bij oma 3 dagen"."""
NOT_A_STREET = frozenset(
    ["nu", "al", "nog", "pas", "er", "hier", "daar", "sinds", "samen", "met", "bij", "alleen",
     "ook", "toch", "wel", "niet", "geen", "ongeveer", "rond", "zo", "nog", "meer", "dan",
     "depuis", "avec", "chez", "ici", "là", "seul", "seule", "aussi", "encore", "plus", "que",
     "since", "with", "alone", "also", "still", "now", "here", "there", "near", "about",
     "around", "for", "than", "more", "number", "nummer", "numéro", "nr", "no", "n°",
     "sedert", "vanaf", "tot", "jusqu", "until", "pendant", "during", "tijdens", "op", "in",
     "aan", "à", "au", "aux", "at", "on", "en", "de", "het", "la", "le", "les", "the", "een",
     "un", "une", "a", "an", "appartement", "apartment", "flat", "kamer", "chambre", "room",
     "floor", "verdieping", "verdiep", "étage", "level", "stage", "bus", "lijn", "ligne",
     "line", "plan", "dossier", "blok", "bloc", "block", "school", "école", "work", "werk",
     "om", "vers", "rond", "gedaan", "fait", "done", "morgen", "demain", "tomorrow"]
)  # fmt: skip
LIVING = Stems(
    "woon|wone|habit|vit|viv|domicil|demeure|live|living|moved|moving|adres|address|hb"
    "|huisbezoek|vad|visit"
)
"""What LIVES_AT needs, decided per word (it starts with a word boundary: slow to scan for)."""
RESIDENCE = lazy(
    r"\b(?:[Rr]esidentie|[Rr]ésidence)\s+((?:(?:het|de|'t|den|les|le|la)\s+)?[^\W\d_][\w'’-]+)"
)
"""A residence named as people write it on a letter: "residentie het hof", "Résidence Les
Tilleuls"; not "een residentie" or "résidence principale"."""


def lived_at(text: str, lowered: str) -> Iterator[Found]:
    """Streets named after a verb of living (`LIVES_AT`) and named residences."""
    if "sidence" in lowered or "sidentie" in lowered:
        for match in RESIDENCE.finditer(text):
            name = match.group(1)
            bare = name.rsplit(None, 1)[-1].lower()
            capital = any(word[0].isupper() for word in name.split())
            if match.group().lower().startswith("rés") and not capital:
                continue  # "résidence alternée", "résidence principale"
            if capital or " " in name or bare not in _frequent():
                yield match.start(), match.end(), "address"
    if not has_digit(text) or not LIVING.in_text(text):
        return
    for match in LIVES_AT.finditer(text):
        visit, street, comma, number = match.groups()
        words = street.lower().split()
        if any(word in NOT_A_STREET for word in words) or number[-1] in "uhUH":
            continue  # "hb om 14u": a time
        if visit and comma:
            continue  # "hb mvr peeters, 3 kids": a visit's person and a count
        named = ON_THE.search(text, match.start(), match.start(2))  # "op den dam 17"
        if named or words[-1] not in _frequent() or words[-1].endswith((*STREET_HINTS, "heide")):
            start = named.start(1) if named else match.start(2)
            yield *street_extent(text, start, match.end(4)), "address"


ON_THE = lazy(r"(?i:\b(?:op|aan)\s+(de|den|het|'t)\s+$)")
"""A word with its number after "op de", "aan den": a street of one word ("woont op den dam
17", "op de bist 3 bus 12", probe78, probe79), however ordinary the word, with its article."""


def streets(text: str) -> Iterator[Found]:
    """Streets the address patterns leave: without a number after "in de", "op de" (a street
    name, not a word of every town such as "winkelstraat"), a road to a town with its
    number, an old road with its number, and a street after its number."""
    lowered = text.lower()
    numbered = has_digit(text) and STREET_WORD_ENDS.in_text(text)
    numbered = numbered and NUMBER_OF_HINT.search(text) is not None
    for match in NUMBER_OF_STREET.finditer(text) if numbered else ():
        yield match.start(1), match.end(1), "address"  # first: the street is part of it
    if any(hint in lowered for hint in STREET_HINTS):
        for match in STREET_ALONE.finditer(text):
            bare = match.group(1).lower()
            bare_word = (
                not text[match.start() : match.start(1)].lower().rstrip().endswith(("de", "het"))
            )  # "woont op kampeerplaats": a kind of place, not a street
            if bare_word and bare.endswith(("plaats", "plein")):
                continue
            if len(bare) >= 8 and bare not in GENERIC_STREETS and bare not in _frequent():
                common = bare in COMMON_STREETS or bare in lexicon().words  # every town has one
                square = text[match.start() : match.start(1)].lower().endswith("het ")
                home = HOME.search(text, max(0, match.start() - 60), match.start()) is not None
                home = home or match.group().lower().startswith("vd ")  # "sara vd kerkstraat"
                if (common or square) and not home and not LIVING.in_text(text):
                    continue  # "ze werkt in de kerkstraat", "afspraak aan het Muntplein"
                yield *street_extent(text, match.start(1), match.end(1)), "address"
    yield from lived_at(text, lowered)
    yield from unnumbered_streets(text, lowered)
    if has_digit(text):
        yield from building_flats(text)
        if "n" in lowered and NUMBER_WORD.search(lowered):
            yield from numbered_places(text)
        glued = STREET_WORD_ENDS.in_text(text) and GLUED_HINT.search(text) is not None
        for match in GLUED_NUMBER.finditer(text) if glued else ():
            yield *street_extent(text, match.start(), match.end()), "address"
        for match in ROAD_TO.finditer(text):
            yield *street_extent(text, match.start(), match.end()), "address"
        for match in NUMBER_FIRST.finditer(text):
            said = match.group().lower().split()
            if said[-1] not in GENERIC_STREETS and not bare_abbreviation_of_words(said):
                yield match.start(), match.end(), "address"
    if not FRENCH_STREETS.isdisjoint(words_of(text)):
        yield from named_roads(text)  # "towed from avenue louise"
        for pattern in (RUE_ALONE, RUE_LOWER):
            for match in pattern.finditer(text):
                if not A_SPOT.search(text, max(0, match.start() - 5), match.start() + 6):
                    yield match.start(), match.end(), "address"
