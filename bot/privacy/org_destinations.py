"""Schools, care places and employers named by their own name alone, in lower case, right
after the verb that takes someone there ("zit op sint-jozef", "poetst bij ter heide", "gaat
naar de wonderwijzer in berchem", "l'école fondamentale de la roseraie").

Without its kind word such a name is a saint, "ter"/"ten"/"huize" and a word, or an
article and a word. The first two are names wherever a verb of school, work or care leads
to them; an article and a word only when the sentence is about a child at school ("de
kleine", "in het derde", "kleuterklas") and the word is no ordinary destination ("naar de
bakker", "naar de zee", "naar de opvang" stay). A place name is left to `place_names`.
After a waiting list or a runaway an article and a word name a place of care anywhere
("wacht op plaats bij de zonnebloem", `awaited_places`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.addiction_services import addiction_services
from bot.privacy.category_cues import words_of
from bot.privacy.compounds import frequent
from bot.privacy.language import language_of
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.places import place_names

Found = tuple[int, int, str]
SCHOOL_LEADS = (
    r"(?:gaat|gaan|ging|gingen|zit|zitten|zat|zaten)\s+(?:(?:nu|al|nog|ook|daar|sinds\s+\w+"
    r"|vanaf\s+\w+)\s+){0,2}(?:naar|op)"
    r"|(?:va|vont|allait|allaient|est|sont|inscrite?s?)\s+(?:(?:maintenant|déjà|aussi|depuis"
    r"\s+\w+)\s+)?(?:à|au)|(?:goes|go|went|going)\s+(?:(?:now|also)\s+)?to"
    r"|(?:is|are|was|['’]s)\s+(?:(?:now|still|also)\s+)?(?:at|in)"
    r"|(?:ligt|lag)\s+(?:(?:nu|al|nog|sinds\s+\w+)\s+){0,2}in"
)
WORK_LEADS = (
    r"(?:koor|chorale|choir)\s+(?:van|de|of)|(?:poetst|poetsen|werkt|werken|traint|trainen"
    r"|speelt|voetbalt|zingt|kookt|helpt|kuist)\s+(?:\w+\s+)?(?:bij|in)|(?:travaille|bosse"
    r"|joue|nettoie)\s+(?:\w+\s+)?(?:chez|au|à)|(?:works|volunteers|plays|cleans|helps)"
    r"\s+(?:\w+\s+)?(?:at|for)"
)
LEAD = lazy(rf"(?i:\b(?:({SCHOOL_LEADS})|{WORK_LEADS})\s+)")
"""Its first words must all be in CUES: `leads` tries it only where one of them starts."""
WORD_START = lazy(r"(?<!\w)\w+|'(?=s)")
CUES = frozenset(
    ["gaat", "gaan", "ging", "gingen", "zit", "zitten", "zat", "zaten", "va", "vont", "allait",
     "allaient", "est", "sont", "inscrit", "inscrite", "inscrits", "inscrites", "goes", "go",
     "went", "going", "koor", "chorale", "choir", "poetst", "poetsen", "werkt", "werken",
     "traint", "trainen", "speelt", "voetbalt", "zingt", "kookt", "helpt", "kuist", "travaille",
     "bosse", "joue", "nettoie", "works", "volunteers", "plays", "cleans", "helps", "is", "are",
     "was", "s", "ligt", "lag"]
)  # fmt: skip
SAINT = lazy(r"(?i:(?:sint|st|saint|sainte|ste|heilig|onze-lieve-vrouw)-[^\W\d_][\w'’-]*)")
FEASTS = frozenset(["sint-maarten", "saint-martin", "saint-nicolas", "sint-niklaas", "saint-jean",
                    "sint-jan", "sint-valentijn", "saint-valentin", "saint-sylvestre"])  # fmt: skip
"""Saints whose day is a feast one goes to: a school by that name needs its year after."""
LINKED = lazy(r"(?i:(?:ter|ten|huize|hof\s+ter|hof\s+ten|home)\s+[^\W\d_][\w'’-]*)")
ARTICLE_WORD = lazy(
    r"(?i:(?:de|het|'t)\s+(?:(?:hoge|lage|kleine|grote|groene|witte|blauwe|oude|nieuwe|gouden)"
    r"\s+)?[^\W\d_][\w'’-]{3,})"
)
ENGLISH_CUES = frozenset(["at", "to", "from", "into"])
DUTCH_ARTICLES = frozenset(["de", "het", "ter", "ten"])
DUTCH_NAME = lazy(
    r"\b(?:at|to|from|into)\s+((?:de|het|ter|ten)\s+(?:(?:hoge|lage|kleine|grote|groene|witte"
    r"|blauwe|oude|nieuwe|gouden|zilveren|rode|zwarte)\s+)?[^\W\d_][\w'’-]{2,})"
)
"""An English preposition, a Dutch article and a word (maybe after an adjective)."""
SERVICES = frozenset(["de lijn", "de post", "de mutualiteit", "de vdab", "het caw", "het ocmw",
                      "het clb", "de politie", "de stad", "de gemeente"])  # fmt: skip
"""Services that identify no one, said with their article in an English note."""
LATIN = frozenset(["facto", "jure"])
YEAR_AFTER = lazy(
    r"(?i:\s+(?:in|op)\s+(?:het|de|'t)\s+(?:eerste|tweede|derde|vierde|vijfde|zesde|\d+(?:de|ste|e))"
    r"\b|\s+(?:en|in)\s+(?:1ère|\d+e|première|deuxième|troisième|quatrième|cinquième|sixième)\b"
    r"|\s+in\s+year\s+\d)"
)
"""A school year right after the name: "zit op de klimop in het derde", "in de eerste"."""
CHILD = lazy(
    r"(?i:^\s*(?:(?:de|het|onze|ons|haar|zijn|zn|z'n|hun|mijn|mn|m'n)\s+)?(?:kleine|jongste"
    r"|oudste|tweeling|kinderen|kids|zoon|zoontje|dochter|dochtertje|meisjes?|jongens?|kindje"
    r"|clientje|cliëntje|kleinzoon|kleindochter)(?:\s+van\s+[^\W\d_]+)?\s)"
)
"""A child who goes to a named place in a town goes to school there: "de tweeling gaat naar
de wonderwijzer in berchem"; a child who "zit op" a named place sits in its classes: "dochter
zit op de regenboog", "zoontje van robel zit op de regenboog"."""
SITS_ON = lazy(r"(?i:(?:zit|zitten|zat|zaten)\b.*\bop$)")
IN_TOWN = lazy(r"(?i:\s+(?:in|te)\s+)")
DESTINATIONS = frozenset(
    ["bakker", "slager", "beenhouwer", "kapper", "dokter", "huisarts", "tandarts", "apotheek",
     "winkel", "markt", "zee", "kust", "stad", "bos", "film", "cinema", "bioscoop", "kermis",
     "opvang", "crèche", "creche", "kinderopvang", "les", "klas", "wc", "toilet", "kamer", "bank",
     "bus", "trein", "tram", "metro", "fiets", "auto", "oma", "opa", "papa", "mama", "tante",
     "nonkel", "buren", "vrienden", "juf", "meester", "directeur", "directie", "zorgklas",
     "logo", "logopedist", "kine", "psycholoog", "dialyse", "polikliniek", "spoed", "politie",
     "rechter", "jeugdrechter", "advocaat", "gemeente", "bib", "bibliotheek", "speelplaats",
     "refter", "turnzaal", "sporthal", "zwembad", "park", "speeltuin", "jeugdbeweging",
     "scouts", "chiro", "academie", "training", "wedstrijd", "match", "voetbal", "verjaardag",
     "feest", "fuif", "camping", "vakantie", "kerk", "moskee", "andere", "nieuwe", "volgende",
     "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "lagere", "middelbare", "grote",
     "kleine", "buurt", "wijk", "hoek", "straat", "overkant", "stage", "examens", "examen",
     "toets", "toetsen", "punten", "rapport", "pauze", "middag", "namiddag", "avond", "nacht",
     "ochtend", "week", "zomer", "winter", "plaats", "gang", "keuken", "tuin", "zolder", "kelder",
     "bed", "tafel", "grond", "computer", "tablet", "gsm", "telefoon", "tv", "televisie",
     "secundair", "lager", "kleuter", "middelbaar", "humaniora", "buso", "buo", "bso", "tso", "aso",
     "kso", "sint", "sinterklaas", "kerstman", "ramadan", "universiteit", "unief", "hogeschool",
     "internaat", "ziekenhuis", "kliniek", "mis", "onthaalmoeder", "onthaalouder", "logopedie",
     "wachtlijst", "zetel", "sofa", "zitbank", "wip", "schommel", "glijbaan", "stip", "tram"]
)  # fmt: skip
"""Where anyone goes or sits: after an article these stay words, whatever the sentence."""
HEADS = ("school", "opvang", "les", "lessen", "klas", "tuin", "bad", "hal", "zaal", "park",
         "plein", "winkel", "markt", "kamp", "arts", "dokter", "huis", "beweging", "club",
         "centrum", "dienst", "kantoor", "station", "kliniek", "training")  # fmt: skip
"""The kind a Dutch compound ends in says it is a kind, not a name: "kleuterschool"."""
STOP_AFTER = lazy(
    r"(?i:\s*$|\s*[,.;:!?]|\s+(?:in|te|op|sinds|en|maar|want|omdat|elke|iedere|drie|twee|vier"
    r"|vijf|dit|deze|volgend|vanaf|tot|met|voor|na|om|bij|van|aan|à|on|by|now|since|every)\b)"
)


def leads(lowered: str) -> Iterator[re.Match[str]]:
    """`LEAD.finditer(lowered)`, tried only where a word of CUES (or "'s") starts: its
    leading word boundary and alternation, tried at every position, cost 20 µs a text. In
    ASCII the words are exactly the literals; other texts ("’s", "ſ") are scanned whole."""
    if not lowered.isascii():
        yield from LEAD.finditer(lowered)
        return
    end = 0
    for word in WORD_START.finditer(lowered):
        if word.start() >= end and (word.group() in CUES or word.group() == "'"):
            lead = LEAD.match(lowered, word.start())
            if lead:
                end = lead.end()
                yield lead


def named_destinations(text: str) -> Iterator[Found]:
    """A school, care place or employer named by its name alone after a leading verb."""
    yield from awaited_places(text)
    yield from addiction_services(text)
    words = words_of(text)
    if not ENGLISH_CUES.isdisjoint(words) and not DUTCH_ARTICLES.isdisjoint(words):
        yield from _dutch_in_english(text)
    if CUES.isdisjoint(words):
        return
    lowered = text.lower()
    for lead in leads(lowered):
        start = lead.end()
        if lowered.startswith(("de ", "het ", "la ", "le ", "the "), start):
            article = lowered.index(" ", start) + 1
        else:
            article = start
        if lowered.startswith("l'", start) or lowered.startswith("l’", start):
            continue  # an elided kind is `organisations`' ("à l'athénée royal")
        found = SAINT.match(lowered, article) or LINKED.match(lowered, article)
        if found is None and lead.group(1) and (named := ARTICLE_WORD.match(lowered, start)):
            sits = SITS_ON.match(lead.group(1)) is not None
            at = a_name(named.group()) and _at_school(text, named.end(), sits)
            found = named if at else None
        if found is None or not STOP_AFTER.match(lowered, found.end()):
            continue
        if found.group() in FEASTS and not YEAR_AFTER.match(lowered, found.end()):
            continue  # "de kinderen gaan naar sint-maarten met lampionnen": a feast
        if next(place_names(text[article : found.end()]), (0, 0))[1] >= found.end() - article:
            continue  # a town or district: `place_names` masks it as a place
        yield (start if found.start() == start else article), found.end(), "organisation"


def _dutch_in_english(text: str) -> Iterator[Found]:
    """A Dutch article in an English sentence starts a Flemish name: "they moved him to de
    hoge dries", "daycare at de knuffelbeer"; a town ("to de panne") or a surname ("to de
    bruyn") by its own kind."""
    if language_of(text) != "en":
        return
    for match in DUTCH_NAME.finditer(text.lower()):  # "to de kinderen", "de beach" (a typo) stay
        start, end = match.span(1)
        name, words = match.group(1), match.group(1).split()
        if next(place_names(text[start:end], lenient=True), (0, 0))[1] == len(name):
            yield start, end, "place"
        elif name not in SERVICES and words[-1] not in frequent() and words[-1] not in LATIN:
            surname = len(words) == 2 and words[-1] in lexicon().last
            yield start, end, "name" if surname else "organisation"


def a_name(phrase: str) -> bool:
    """An article and a word name a school when the word is no destination nor kind."""
    word = phrase.split()[-1]
    return word not in DESTINATIONS and not word.endswith(HEADS)


def _at_school(text: str, end: int, sits: bool = False) -> bool:
    """A school year follows the name, or a town after a child's name and verb, or a child
    "zit op" it (`sits`) and the word is no frequent one ("zit op de trap" stays)."""
    if YEAR_AFTER.match(text, end):
        return True
    if sits and CHILD.match(text) and text[:end].split()[-1].lower() not in frequent():
        return True
    town = IN_TOWN.match(text, end)
    if town is None or not CHILD.match(text):
        return False
    return next(place_names(text[town.end() :]), (1, 0))[0] == 0


WAITED = lazy(
    r"(?i:\b(?:wacht\w*\s+(?:[^\W\d_]+\s+){0,3}?op\s+(?:een\s+)?(?:plaats|plek|plaatsje)"
    r"|wachtlijst|weggelopen|liep\s+weg)\s+(?:bij|in|uit|van|voor|op)\s+)"
)
"""A wait or a flight: "wacht op plaats bij", "wachtlijst bij", "weggelopen uit" (review49a,
probe111, probe112 and eight tuning sets before them)."""
WAIT_HINTS = ("wacht", "weggelopen", "liep weg")
CARE_KINDS = frozenset(["voorziening", "instelling", "jeugdinstelling", "psychiatrie",
                        "gevangenis", "thuissituatie", "leefgroep", "afdeling", "mutualiteit",
                        "ocmw", "caw", "cgg", "vdab", "wzc", "residentie", "woning",
                        "huisvesting", "pleeggezin", "pleeggezinnen", "pleegzorg", "familie",
                        "ouders", "groep", "jeugdzorg", "jeugdhulp", "instellingen",
                        "voorzieningen", "gezinszorg", "thuiszorg", "home"])  # fmt: skip
"""Kinds of care neither DESTINATIONS nor HEADS ("huis": "rusthuis", "tehuis") cover:
"weggelopen uit de voorziening", "het home" (the reader of the fortieth session)."""


def awaited_places(text: str) -> Iterator[Found]:
    """The article and name of a care place after a wait or a flight."""
    lowered = text.lower()
    if not any(hint in lowered for hint in WAIT_HINTS):
        return
    for lead in WAITED.finditer(lowered):
        named = ARTICLE_WORD.match(lowered, lead.end())
        if named is None or not STOP_AFTER.match(lowered, named.end()):
            continue
        if not a_name(named.group()) or named.group().split()[-1] in CARE_KINDS:
            continue
        start, end = named.span()
        if next(place_names(text[start:end]), (0, 0))[1] >= end - start:
            continue  # "weggelopen uit het rabot": a district, `place_names`' to mask
        yield start, end, "organisation"
