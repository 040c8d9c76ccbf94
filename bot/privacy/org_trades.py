"""Small firms, associations, places of worship and shop branches named the way a worker
types them on a phone, in lower case: a trade and a family name ("garage janssens",
"slagerij de smet", "boulangerie martin"), a family name and a trade or legal form after
bij/chez/at ("vandevelde transport", "dupont frères", "kowalski builders ltd"), a name's
shop ("mario's pizzeria"), an association's whole name ("l'asbl les petits riens"), an
English community by its own words ("the eritrean church", "the golden glove boxing club")
and a chain's branch by its street ("de carrefour aan de kaai"). A trade followed by a word
("de garage vol rommel", "pharmacie de garde") or a chain alone ("naar de aldi") stays."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.french_name_words import takes_next
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues, lexicon
from bot.privacy.org_trade_words import TRADE_HINTS, TRADES
from bot.privacy.patterns import FRENCH_STREET, STREET_SUFFIX
from bot.privacy.places import fold, gazetteer, place_names
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]
SECTORS = frozenset(["bouw", "horeca", "textiel", "interieur", "sanitair", "elektro"])
"""Trades that are also a whole sector ("werkt in de bouw"): a listed name must follow, with
no "bij" between ("in de bouw bij janssens" names the employer, not a firm "bouw")."""
PARTICLE = (
    r"(?:(?:van\s+de[nr]?|van|vande|vanden|vander|de|den|le|el|al|da|das|dos|do|del|di)\s+"
    r"|d['’]\s*)"
)
WORD = r"[^\W\d_][\w'’-]*"
PARTICLES = lazy(rf"^{PARTICLE}")
TRADE_NAME = lazy(
    rf"(?<![\w-])(?:{TRADES})(?:\s+auto|\s+industriel(?:le)?s?|\s+industriële|\s+industrial)?"
    rf"\s+(?:({PARTICLE})|((?:'t|t|het|chez|bij)\s+))?({WORD})"
    rf"(?:(?:\s*&\s*co\b|\s*&\s*{WORD}|\s+(?:(?:&|en|et|and)\s+(?:zonen|zoon|sons|fils|co)|nv|bv"
    r"|bvba|srl|sprl|motors|cars|auto|autos|services|service|trading|group|groep|clean|cleaning"
    r"|express|frères|freres|ltd|vof|sa(?!\s+[^\W\d_]))\b)"
    r"(?:\s+(?:bv|bvba|nv|sa|srl|sprl|ltd)\b)?)?"
)
"""A trade and the family name after it: "garage janssens", "bakkerij van damme & zonen",
"garage moreau frères", "garage auto mihai", "bouw van damme bv"; a name after "'t" or "chez":
"frituur 't hoekske", "friterie chez martine"."""
WORKS_AT = lazy(r"\b(?:bij|chez|voor|pour)\s+$")
"""A trade with no article right after where one works: its next word names it."""
VENUE = lazy(
    rf"\b(?:brasserie|café|cafe|taverne|bistro|snack|friterie|hôtel|hotel|carrosserie|garage)"
    rf"\s+(?:du|des|de\s+la"
    rf"|de\s+l['’])\s*({WORD})(?:\s+({WORD}))?"
)
"""A French café or snack by what it stands next to: "brasserie de la gare", "café du
commerce", "une carrosserie du centre" (probe44); not "le café du coin", any corner's, nor
coffee ("le café du distributeur")."""
CORNER = frozenset(["coin", "quartier", "village", "matin", "soir", "midi", "jour", "distributeur",
                    "machine", "automate", "bureau", "pays"])  # fmt: skip
LEGAL = r"nv|bv|bvba|srl|sprl|sa(?!\s+[^\W\d_])|cv|vof|ltd|inc"
FIRM = r"ets\.?|éts\.?|établissements|etablissements|firma"
"""Legal forms of a firm; "sa" only where no word follows ("depuis sa sortie": French "her")."""
SUFFIXES = (
    r"transport|transporten|logistics|logistiek|construct|construction|constructions|bouw"
    r"|builders|frères|freres|(?:&|en|and|et)\s+(?:zonen|zoon|sons|fils|co)|services|cleaning"
    r"|trading|import|interim|intérim|uitzendbureau|catering|group|groep|motors|cars|automobiles"
    r"|terminals?|stevedoring|shipping|fisheries|foods|metals|pallets|staffing|containers"
    r"|packaging|plastics"
)
NAME_AND_TRADE = lazy(
    rf"\b(?:bij|chez|at|for|voor|pour|par|from|met|avec|aan|with|in|op|via|by|door|through)\s+"
    rf"((?:{LEGAL}|{FIRM})\s+)?"
    rf"((?:{PARTICLE})?{WORD}(?:\s+{WORD})?)\s+(?:(?:{SUFFIXES})\b(?:\s+(?:{LEGAL})\b)?"
    rf"|({LEGAL})\b)"
)
"""A family name and its trade or legal form after a preposition: "bij vandevelde transport",
"chez ets. mathieu & fils", "chez dinant motors" (probe66), "via flexa interim" (probe196),
"bij dokker containers", "at dockside metals" (probe205, review65a);
with a legal form any words not of a sentence: "for sparkle clean bvba" (probe18)."""
MATERIAL_AFTER = lazy(
    r"(?:in|with|met|op|avec|aan)\s.*\s(?:foods|metals|plastics|packaging|containers)$"
)
"""Goods a firm may be named after, after a preposition that says where or with what."""
SHOPS = (
    r"pizzeria|bakery|kebab|snack|garage|salon|studio|restaurant|café|cafe|diner|grill|takeaway"
    r"|shop|store|barbershop|barbers?|nails?|kitchen|bar"
)
POSSESSIVE = lazy(rf"\b({WORD})['’]s\s+(?:{WORD}\s+)?(?:{SHOPS})\b")
"""A name's shop: "mario's pizzeria" (not "my mother's shop": a frequent word)."""
ASSOCIATION = lazy(
    r"\b(?:asbl|association|((?:église|eglise|mosquée|mosquee|temple|paroisse|communauté)"
    r"(?:\s+[^\W\d_]+(?:iste|ique|ale|ienne|aine|ite))?))\s+((?:les|le|la|l['’])\s*)"
)
"""A French association's or congregation's name runs on after its article: "l'asbl les
petits riens", "l'église pentecôtiste la source de vie"."""
KINDS_EN = (
    r"church|mosque|temple|synagogue|community\s+cent(?:re|er)|(?:boxing|football|soccer|youth"
    r"|sports?|judo|karate|kickboxing|dance|swimming|chess)\s+club|nursery|academy"
)
THE_NAMED = lazy(rf"\b(?:at|to|in|from|for|attends?|joined|with)\s+the\s+(({WORD}(?:\s+{WORD})"
                 rf"{{0,2}})\s+(?:{KINDS_EN})(?:\s+of\s+{WORD})?)\b")  # fmt: skip
"""An English community by its own words: "at the al khalil mosque"."""
CHAINS = (
    r"aldi|lidl|colruyt|delhaize|carrefour|spar|okay|intermarché|intermarche|action|kruidvat"
    r"|hema|ikea|brico|gamma|makro|match|albert\s+heijn|cora|louis\s+delhaize|trafic"
)
STREET = (
    rf"[^\W\d_][\w'’-]*(?:{STREET_SUFFIX})|kaai|kade|steenweg|dreef|vest|singel|dijk|kouter|(?:{FRENCH_STREET})\s+(?:de\s+la\s+|du\s+|des\s+"
    rf"|de\s+l['’]|de\s+)?{WORD}"
)
BRANCH = lazy(
    rf"\b(?:{CHAINS})\s+(?:aan|op|van|in|bij|on|at|in|off)\s+(?:de|het|the)\s+(?:{STREET})\b"
    rf"|\b(?:{CHAINS})\s+(?:de\s+la|du|de\s+l['’]|de|rue|sur\s+la|place)\s*(?:{STREET})\b"
)
"""A chain's branch by its street: "de carrefour aan de kaai", "delhaize de la place dumon"."""
CARE_LEAD = lazy(rf"\b(?:upc|pz|opz|dc|ldc)\s+((?:de|het|'t|ter|ten)\s+)?({WORD})")
"""A care place by its initials and its name, in lower case: "upc kuleuven", "dc de lichtboei"."""
GO_SCHOOL = lazy(
    r"\b(go!\s+([^\W\d_][\w-]*\s+)?(?:atheneum|basisschool|lyceum|middenschool|campus"
    r"|kleuterschool|secundaire\s+school))\b(?:\s+(?:van|in|te)\s+([^\W\d_][\w'’-]*))?"
)
"""A school of the GO! network with a word between: "go! technisch atheneum"."""
CARE_TOWN = lazy(r"\b(?:wzc|ldc|lds|mpc|mfc|dc|woonzorgcentrum)\s+(?:van|in|te|à|de|d['’])\s*")
"""A care place by its initials and town: "het wzc van zemst", "het ldc in wetteren"."""
ONE_OF = lazy(r"\b(?:een|a|an|un|une|ander|another|autre)\s+$")
HINT = Stems(TRADE_HINTS)
"""Cheap substrings: most notes hold none of them and skip every scan below."""
STOP = frozenset(
    ["de", "het", "een", "la", "le", "les", "un", "une", "the", "a", "an", "in", "op", "bij",
     "van", "voor", "met", "naar", "tot", "en", "et", "and", "of", "ou", "or", "dans", "sur",
     "pour", "avec", "chez", "depuis", "sinds", "since", "on", "at", "to", "from", "for", "with",
     "is", "est", "was", "als", "comme", "as", "le", "du", "des", "au", "aux", "à", "om", "te",
     "vol", "open", "fermé", "closed", "gesloten", "my", "his", "her", "their", "our", "mijn",
     "zijn", "haar", "mn", "zn", "son", "sa", "ses", "de", "garde", "wacht", "dienst", "service",
     "local", "same", "other", "new", "old", "big", "small", "nearest", "closest", "next",
     "village", "parish", "city", "town", "school", "school's", "neighbourhood", "catholic",
     "nieuwe", "oude", "grote", "kleine", "jaar", "ans", "years", "dag", "jour", "day", "week",
     "qui", "que", "où", "mais", "chaque", "tous", "tout", "toute", "ce", "cette", "il", "elle",
     "ils", "elles", "nous", "vous", "je", "j'", "y", "ne", "pas", "plus", "très", "aussi",
     "encore", "déjà", "hier", "demain", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
     "samedi", "dimanche", "matin", "soir", "semaine", "mois", "fois", "tôt", "tard", "nuit",
     "veille", "plupart", "même", "seule", "seul", "plus", "moins", "première", "dernière",
     "prochaine", "messe", "prière", "prières", "fête", "organise", "propose", "offre", "aide",
     "donne", "fait", "a", "accueille", "distribue", "cherche", "vient", "va", "ouvre", "ferme",
     "paie", "paye", "m'a", "l'a", "lui", "leur", "nous", "l'aide"]
)  # fmt: skip
VERBS = cues()["verbs"]
NOT_A_VENUE = VERBS | CORNER


def trade_names(text: str) -> Iterator[Found]:
    """Every firm, association, community and branch of the shapes above, in `text`."""
    lowered = text.lower()
    if len(lowered) != len(text) or not HINT.in_text(lowered):
        return
    for match in _trades_and_names(lowered):
        particle, article, word = match.groups()
        sector = lowered[match.start() : match.start() + 9].split()[0] in SECTORS
        if sector and article:
            continue  # "in de bouw bij janssens": the sector, then the employer
        if (article and article.strip() in ("chez", "bij")) or sector:
            named = lexicon().is_name(word) and word not in frequent()
        else:
            named = _family(word, particle=article is not None)
        paired = "&" in match.group() and word not in STOP  # "schoonmaakbedrijf net & proper"
        if (
            named
            or paired
            or (particle and f"{particle.strip()} {word}" in lexicon().compound_surnames)
        ):
            yield match.start(), match.end(), "organisation"
    for match in VENUE.finditer(lowered):
        if match.group(1) not in STOP and match.group(1) not in NOT_A_VENUE:
            two = takes_next(match.group(1), match.group(2))  # "hôtel du vieux pont"
            yield (
                match.start(),
                match.end(2 if two else 1),
                "organisation",
            )  # "brasserie de la gare"
    for match in NAME_AND_TRADE.finditer(lowered):
        if MATERIAL_AFTER.match(match.group()):
            continue  # "in recycled plastics", "with frozen foods": the goods themselves
        first, *rest = PARTICLES.sub("", match.group(2)).split()
        legal = match.group(3) is not None and not any(w in STOP for w in match.group(2).split())
        if any(w in STOP for w in rest):
            continue  # "chez arcelor en intérim": the firm, then how one works there
        if first not in STOP and first not in VERBS and (legal or first not in frequent()):
            yield (
                (match.start(1) if match.group(1) else match.start(2)),
                match.end(),
                "organisation",
            )
    for match in POSSESSIVE.finditer(lowered):
        if _family(match.group(1), particle=False):
            yield match.start(), match.end(), "organisation"
    for match in ASSOCIATION.finditer(lowered):  # the faith itself may be masked before it
        if (end := _run(lowered, match.end())) > match.end():  # a congregation: its name only,
            yield match.start(2) if match.group(1) else match.start(), end, "organisation"
    for match in THE_NAMED.finditer(lowered):
        words = match.group(2).split()
        if not any(word in STOP or word in VERBS for word in words):
            yield match.start(1), match.end(1), "organisation"
    for match in BRANCH.finditer(lowered):
        yield match.start(), match.end(), "organisation"
    for match in CARE_LEAD.finditer(lowered):
        if _family(match.group(2), particle=True):
            yield match.start(), match.end(), "organisation"
    for match in CARE_TOWN.finditer(lowered):
        town = next(place_names(text[match.end() : match.end() + 40], lenient=True), None)
        if (
            town
            and town[0] == 0
            and not ONE_OF.search(lowered, max(0, match.start() - 8), match.start())
        ):
            yield match.start(), match.end() + town[1], "organisation"
    for match in GO_SCHOOL.finditer(lowered):
        in_town = bool(match.group(3)) and fold(match.group(3)) in gazetteer().names
        if in_town or match.group(2):
            yield match.start(), match.end() if in_town else match.end(1), "organisation"


def trades_at_work(text: str) -> Iterator[Found]:
    """A trade right after where one works and the word after it ("bij garage atlas"): read
    after the employers' and institutions' rules, whose longer names win ("bij garage atlas
    motors" is theirs whole)."""
    lowered = text.lower()
    if len(lowered) != len(text) or not HINT.in_text(lowered):
        return
    for match in TRADE_NAME.finditer(lowered):
        firm = "&" in match.group() or _own_word(match.group(3))  # "clean&co": a firm's name
        if lowered[match.start() : match.start() + 9].split()[0] in SECTORS:
            continue  # "voor bouw en renovatie": a sector, named firms are `trade_names`'s
        if match.group(1) or match.group(2) or not firm:
            continue
        if WORKS_AT.search(lowered, max(0, match.start() - 10), match.start()):
            yield match.start(), match.end(), "organisation"


def _own_word(word: str) -> bool:
    """A word that may name a firm after its trade: not a link word, verb or frequent word."""
    return len(word) > 2 and word not in STOP and word not in VERBS and word not in frequent()


def _trades_and_names(lowered: str) -> Iterator[re.Match[str]]:
    """Every trade and the word after it, a trade that word may be as well: in "de kwekerij
    serres callewaert" the second match starts at "serres" (finditer went past it)."""
    position = 0
    while match := TRADE_NAME.search(lowered, position):
        yield match
        position = match.start(3) if match.start(3) > match.start() else match.end()


def _family(word: str, particle: bool) -> bool:
    """A family name: not a link word, verb or frequent word; a name or no word at all
    (after a particle, any word that is not frequent: "de smet")."""
    if len(word) < 3 or word in STOP or word in VERBS or word in frequent():
        return False
    words = lexicon()
    return particle or words.is_name(word) or not words.is_word(word)


RUN_WORD = lazy(rf"\s*({WORD})")


def _run(lowered: str, start: int) -> int:
    """An association's name: up to four words after its article, to a link word or verb
    ("de", "du", "des" inside it when a word follows: "la source de vie")."""
    end = start
    for _ in range(4):
        match = RUN_WORD.match(lowered, end)
        word = match.group(1) if match else ""
        if match and word in INSIDE and end > start:
            after = RUN_WORD.match(lowered, match.end())
            match = after if after and _in_name(after.group(1)) else None
        if not match or not _in_name(match.group(1)) or end > start + 30:
            break
        end = match.end()
    return end


INSIDE = frozenset(["de", "du", "des", "of"])


def _in_name(word: str) -> bool:
    return word not in STOP and word not in VERBS
