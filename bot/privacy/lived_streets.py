"""A street with no number right after a verb of living, in lower case or without its article:
"elle habite place du jeu de balle", "woont rue de la station", "mvr woont in Kerkstraat",
"lives on rue haute", "lives on Baker Road". Where someone lives; the number may follow later
or not at all."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.streets import COMMON_STREETS, GENERIC_STREETS, LIVING
from bot.privacy.tokens import Stems, has_digit

Found = tuple[int, int, str]
STOP = (
    r"depuis|sinds|since|avec|met|with|et|en|and|mais|maar|but|pour|voor|for|chez|bij|sa|son"
    r"|ses|zijn|haar|her|his|in|à|au|op|on|at|nog|toujours|still|now|nu|maintenant|al|déjà"
    r"|deja|dans|near|naast|près|pres|sur|samen|ensemble|together|alone|alleen|seule?|is|est"
    r"|was|il|elle|ze|hij|she|he|qui|die|who|that|dat|que|niet|pas|not|meer|plus|anymore"
)
LIVED_STREET = lazy(
    r"(?i:\b(?:woont|woon|wonen|woonde|habite|habitent|habitait|vit|vivent|vivait|lives|live"
    r"|lived|living|logeert|loge|verblijft|moved|verhuisd|déménagé|demenage|déménage|sleeps|slept"
    r"|sleeping|slaapt|sliep|dort|dormait|stays|stayed|staying)"
    r"(?:\s+(?:nu|now|maintenant|toujours|nog|still|sinds kort))?"
    r"(?:\s+(?:bij|chez|at|with|met)\s+(?:(?:his|her|their|zijn|haar|hun|sa|son|ses|leur|a|an"
    r"|een|un|une)\s+)?[^\W\d_][\w'’]*)?"
    r"(?:\s+(?:somewhere|ergens|quelque\s+part))?"
    r"(?:\s+(?:in|op|aan|on|at|à|a|au|in\s+de|op\s+de|aan\s+de|dans\s+la|naar|to))?\s+)"
    r"((?i:rue|place|avenue|av\.|chaussée|chaussee|boulevard|bd|quai|impasse|square|drève)"
    r"\s+(?:(?i:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?"
    rf"(?!(?i:{STOP})\b)[^\W\d_][\w'’-]*"
    rf"(?:\s+(?!(?i:{STOP})\b)(?:de\s+la|de|du|des|la|le|[^\W\d_][\w'’-]*)){{0,3}}"
    r"|[^\W\d_][\w'’-]*(?i:straat|laan|steenweg|lei|plein|dreef|kaai|vest|singel|dries|baan|weg"
    r"|dijk|kade|markt)|(?i:grote|oude|kleine|nieuwe|lange|korte)\s+(?i:markt|straat|baan|weg"
    r"|dreef|lei|vest|heide|dijk)"
    r"|[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+)?(?i:road|street|lane|avenue|drive|close|crescent"
    r"|terrace|grove))\b"
)
"""A verb of living or sleeping, perhaps "nu", whose place ("at his cousin's"), "somewhere"
and a preposition ("lives somewhere on", "habite dans la"), then a French street word and up
to four words of its name (no word of `STOP`), or a Dutch street compound."""

NO_NUMBER = (
    r"(?:sans\s+num[ée]ro|zonder\s+(?:huis)?(?:nummer|nr)|no\s+(?:house\s+)?number"
    r"|without\s+(?:a\s+)?number|zn|z/n|s/n|geen\s+(?:huis)?(?:nr|nummer)|(?:nr|number)\s+unknown"
    r"|(?:nr|nummer)\s+onbekend|num[ée]ro\s+inconnu)\b"
)
UNNUMBERED = lazy(
    r"((?i:rue|place|avenue|av\.|chaussée|chaussee|boulevard|bd|quai|impasse|square|drève|allée)"
    r"\s+(?:(?i:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?[^\W\d_][\w'’-]*"
    rf"(?:\s+(?!(?i:{NO_NUMBER}))[^\W\d_][\w'’-]*){{0,2}}"
    r"|[^\W\d_][\w'’-]*(?i:straat|laan|steenweg|lei|plein|dreef|kaai|vest|singel|dries|weg|dijk"
    rf"|kade)),?\s+(?i:{NO_NUMBER})"
)
"""A street the note says has no number: someone's home all the same ("avenue des combattants
sans numéro", "kapelstraat zonder nummer", "driehoekstraat zn": review43a)."""
NUMBERLESS = Stems(
    "numéro|numero|nummer|number|zn|z/n|s/n|zonder nr|geen nr|nr unknown|nr onbekend"
)


VERB = (
    r"(?i:\b(?:woont|woon|wonen|woonde|habite|habitent|habitait|vit|vivent|vivait|réside|reside"
    r"|résident|resides|lives|live|lived|living|staying|stays|squatting|logeert|loge|verblijft)"
    r"(?:\s+(?:nu|now|maintenant|toujours|nog|still))?(?:\s+(?:in|op|aan|at|à|a|au|in\s+de))?\s+)"
)
VERB_BEFORE_STREET = (
    r"(?i:\b(?:woont|woon|wonen|woonde|habite|habitent|habitait|vit|vivent|vivait|réside|reside"
    r"|résident|resides|lives|live|lived|living|staying|stays|squatting|logeert|loge|verblijft"
    r"|hb|huisbezoek|visite)"
    r"(?:\s+(?:nu|now|maintenant|toujours|nog|still|alleen|alone|seule?|samen|ensemble"
    r"|together)){0,2}(?:\s+(?:in|op|aan|at|à|a|au|in\s+de))?\s+)"
)
"""The same before a street and its number, also after a home visit and words of how someone
lives ("woont nog alleen op ijzerpoortje 3", "visite zonnedauw 14 à …": #12, forty-ninth
session); not before a number first ("6 hb op 1 dag", "vit seul au 4e")."""
NAME_WORD = r"(?!(?i:" + STOP + r")\b)[^\W\d_][\w'’-]{2,}"
NUMBER_FIRST = lazy(
    VERB
    + r"(\d{1,3}[a-z]?,?\s+(?:(?:les|la|le|de|du|des|het|den|aux|au)\s+)?"
    + NAME_WORD
    + r"(?:\s+"
    + NAME_WORD
    + r"){0,2})"
)
"""A verb of living, then a house number before its street, as French and English notes
put it: "réside au 45 les hauts sarts", "at 14 hoogveld" (review29b)."""
NUMBER_LAST = lazy(
    VERB_BEFORE_STREET
    + r"((?:(?:sous|sur|les|la|le|aux|au|de|du|des)\s+){0,2}"
    + NAME_WORD
    + r"\s+\d{1,4}(?:bis|ter|[a-z])?)\b(?!\s*(?:ans|jaar|years|euro|€|kinderen|enfants|kids|min"
    + r"|maanden|maand|mnd|mois|months|weken|weeks|semaines|dagen|jours|days|straten|streets|rues"
    + r"|huizen|houses|maisons))"
)
"""A verb of living and a street of no street word before its number: "vit sous les tilleuls
18", "woont vogelzang 112"."""
VILLAGE_STREETS = frozenset(["dorp", "markt", "kouter", "heide", "dries", "plaats"])
"""Everyday words that are whole Flemish streets before a number: "woont alleen op dorp 14"
(#12, fiftieth session: probe172; probe60 held one too)."""
STREET_WORDS = frozenset(
    """rue avenue av chaussée chaussee place boulevard bd quai impasse square drève dreve allée
    allee route chemin clos street road lane drive close crescent terrace grove way""".split()  # noqa: SIM905
)
STREET_ENDINGS = ("straat", "laan", "weg", "plein", "lei", "dreef", "kaai", "steenweg", "dijk")
ARTICLES = frozenset(
    ["les", "la", "le", "de", "du", "des", "het", "den", "aux", "au", "sous", "sur"]
)
SLEEPING = Stems(
    "sleep|slept|slaap|sliep|dort|dorm|stay|logeer|loge|verblijf|déménag|demenag|verhuis"
)
"""LIVED_STREET's verbs of sleeping, staying and moving that `streets.LIVING` does not hold."""
STAYING = lazy(r"r[eé]sid|stay|squat|loge|verblijf|\bhb\b|huisbezoek|visite")
"""NUMBER_FIRST's verbs that `streets.LIVING` does not hold."""
UNITS = frozenset(
    """jaar jaren ans an years year maand maanden mois months weken semaines weeks dagen jours
    days minuten minutes min km euro euros kinderen enfants kids children personen personnes
    people kamers chambres rooms kamer chambre room verdiep étage etage floor floors keer fois
    times uur heures hours straten streets rues huizen houses maisons""".split()  # noqa: SIM905
)


ARTICLE_STREET = lazy(
    r"(?i:\b(?:op|aan|naar|at)\s+(?:de|den)\s+([^\W\d_][\w'’-]{2,20}\s+\d{1,3}[a-z]?)"
    r"(?=\s+(?:in|te)\s+(?!(?:de|het|den|een|t|'t|mijn|zijn|haar)\b)|\s+(?:bus|bte|boven)\s))"
)
"""A Flemish street named by a word and its article, with a house number and its town or box
after: "op de bist 7 in wilrijk", "at de wand 45 in neder-over-heembeek", "naar de ploeg 17 in
ninove" (nine tuning sets; writers split on the article, so it stays outside). A stop after
the number too masked two words of a frozen set."""
NOT_STREETS = UNITS | frozenset(
    """bus tram lijn trein perron spoor kamer klas blok app nr nummer week pagina blz plek bed
    lokaal verdieping zaal loket wachtlijst lijst rij stand score tafel""".split()  # noqa: SIM905
)


def numbered_homes(text: str) -> Iterator[Found]:
    """A house number with its street of no street word, right after a verb of living or an
    article; read after every other recogniser, so that a street they know keeps its words."""
    if not has_digit(text):
        return  # both shapes hold a house number
    for match in ARTICLE_STREET.finditer(text) if " de" in text.lower() else ():
        if match.group(1).split()[0].lower() not in NOT_STREETS:
            yield match.start(1), match.end(1), "address"
    if not LIVING.in_text(text) and STAYING.search(text.lower()) is None:
        return
    common = frequent()
    for number_first, pattern in ((True, NUMBER_FIRST), (False, NUMBER_LAST)):
        for match in pattern.finditer(text):
            words = [w for w in match.group(1).lower().split() if not w[0].isdigit()]
            if any(w in STREET_WORDS or w.endswith(STREET_ENDINGS) for w in words):
                continue  # a street with its word: `streets` reads it whole
            named = [w for w in words if w not in ARTICLES]
            if not named:
                continue
            if number_first and named[0] in common and named == words:
                continue  # "at 12 different addresses"; "au 45 les hauts sarts" has its article
            own = named[-1] not in common or named[-1] in VILLAGE_STREETS
            if own and UNITS.isdisjoint(words):
                yield match.start(1), match.end(1), "address"


PLACE_NAMED = lazy(
    r"(?i:(?<![\w'’-])([^\W\d_][\w'’-]{4,}(?:sebaan|sesteenweg|straat|steenweg|laan|lei|dreef"
    r"|kaai))(?![\w'’-]))"
)
"""A Flemish street named after a town or a person, wherever it stands ("buren zeggen
turnhoutsebaan ergens", probe45): no compound of words ("kerkstraat" may be anyone's), the
name is all the note tells. A square is `squares`' to read (where one meets, not lives)."""


AT_STREET = lazy(
    r"(?i:\b(?:au|from|near|on)\s+)"
    r"((?i:rue|avenue|chaussée|chaussee|boulevard|quai|impasse|drève|ruelle)\s+"
    r"(?:(?i:de\s+la|du|des|de)\s+|(?i:de\s+l|d)['’]\s*)?"
    rf"(?!(?i:{STOP}|no|pas|sans|without)\b)[^\W\d_][\w'’-]*)\b(?!\s+\d)"
)
"""A French street named after a preposition, with no number: "rdv avec dimitri au quai de
mariemont", "lives above the snack on rue haute", "bilal from rue de brabant" (probe51,
probe52): `streets.RUE_LOWER` wants an article or particle after the street word and knows no
"au", "from", "near" (folding this rule into it lost a detail of the 34th frozen set). Not after
"dans la", "de la" ("brocante dans la rue dimanche", "l'école des devoirs de la rue haute":
clean notes of the tuning sets); a number after is the address rules'."""
DOOR = lazy(r"(?i:\b(?:appartement|appart|app|flat|apt|studio|kot)\.?\s+(\d{1,3}[a-z])\b)")
"""A flat's door by its number and letter: "appartement 4c", "flat 7b" (review43a, probe49,
probe55: every writer labels it); "appartement 2 slaapkamers" has no letter and stays."""
DOORS = Stems("appart|app|flat|apt|studio|kot")
FRENCH_STREETS = Stems("rue|avenue|chaussée|chaussee|boulevard|quai|impasse|drève|ruelle")
STREET_ENDS = Stems(("baan", "steenweg", "straat", "laan", "lei", "dreef", "kaai"), ending=True)


NAMED_ENDS = ("straat", "steenweg", "sebaan")
"""A street whose parts are words is a street all the same ("lakensestraat", "carnotstraat",
"brugsesteenweg": probe100, probe114 and five more tuning sets, two frozen details, no word
lost; #12, forty-fourth session); "-laan", "-lei", "-dreef" and "-kaai" stay out (one detail,
and "oprijlaan" is a driveway)."""


FROM_STREET = lazy(
    r"(?i:\b([^\W\d_][\w'’-]+)\s+(?:van|uit|vd|v)\s+(?:de\s+|den\s+)?"
    r"([^\W\d_][\w'’-]{2,}(?:straat|steenweg|baan|laan|lei|dreef|kaai|sevest|dijk|plein|markt))\b)"
)
"""Someone known by their street: "dirk van de kapelstraat zegt", "jos uit de molenstraat",
"jef van de diestsevest" (#12, forty-fourth session: seven tuning sets); a first name before it,
so "de winkel van de kerkstraat" stays, and a square, lane or rampart no word list holds
("tom van de arbeidsmarkt", "piet van de huurmarkt", "mia van de oprijlaan": reader44b) unless
named after a town ("diestsevest")."""


STREETS_AFTER = Stems("straat|steenweg|baan|laan|lei|dreef|kaai|vest|dijk|plein|markt", ending=True)
"""What FROM_STREET needs, looked up once per word before its scan."""
TOWN_ROADS = tuple(
    f"se{kind}"
    for kind in ["vest", "baan", "laan", "lei", "dreef", "kaai", "dijk", "plein", "markt"]
)
"""A road named after a town's adjective: "diestsevest", "brusselsebaan"."""


def from_streets(text: str) -> Iterator[Found]:
    words = lexicon()
    for match in FROM_STREET.finditer(text):
        street = match.group(2).lower()
        if match.group(1).lower() not in words.first or street in GENERIC_STREETS:
            continue
        named = street.endswith(TOWN_ROADS) or not words.is_word(street)  # "diestsevest"
        if not (street.endswith(("straat", "steenweg")) or named):
            continue  # "tom van de arbeidsmarkt", "piet van de huurmarkt": words, not streets
        yield match.start(2), match.end(2), "address"


def place_named_streets(text: str) -> Iterator[Found]:
    words = lexicon()
    for match in PLACE_NAMED.finditer(text):
        street = match.group(1).lower()
        if street in GENERIC_STREETS or street in COMMON_STREETS or street in frequent():
            continue
        if street in words.words or (words.is_word(street) and not street.endswith(NAMED_ENDS)):
            continue  # "carnotstraat", "brugsesteenweg": a compound, yet a street's name
        yield match.start(1), match.end(1), "address"


def lived_streets(text: str) -> Iterator[Found]:
    if STREETS_AFTER.in_text(text):
        yield from from_streets(text)
    if STREET_ENDS.in_text(text):
        yield from place_named_streets(text)
    if DOORS.in_text(text) and has_digit(text):
        for match in DOOR.finditer(text):
            yield match.start(), match.end(), "address"
    if FRENCH_STREETS.in_text(text):
        for match in AT_STREET.finditer(text):
            yield match.start(1), match.end(1), "address"
    if not LIVING.in_text(text) and not SLEEPING.in_text(text) and not NUMBERLESS.in_text(text):
        return
    for match in UNNUMBERED.finditer(text) if NUMBERLESS.in_text(text) else ():
        yield match.start(1), match.end(1), "address"  # "zn" joins at `address_edges`
    for match in LIVED_STREET.finditer(text):
        street = match.group(1)
        if street.lower() in GENERIC_STREETS:
            continue
        end = match.end(1)
        while text[end - 1] in "'’-":
            end -= 1
        yield match.start(1), end, "address"
