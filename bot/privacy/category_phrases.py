"""The words around a special category that state the fact with it.

"verslaafd aan gokken" says more than "verslaafd", "va à la mosquée le vendredi" more than
"mosquée", "née à kinshasa" more than "kinshasa": the phrase is masked whole, its own words
only (no article, no link word to a named place). Detention phrases: `detention`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from bot.privacy.accents import accent_free, bare_words
from bot.privacy.category_cues import words_of
from bot.privacy.category_leads import CONVERTED_TO, FAST_TAIL, UNDER
from bot.privacy.category_told import PRACTICE_AFTER, PRACTICE_LEAD, told_categories
from bot.privacy.condition_acronyms import ACRONYM_ALONE, ACRONYMS, CONDITION_ACRONYM
from bot.privacy.detention import RELEASED, SERVED_EN
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import read_data
from bot.privacy.places import PART, fold, place_names

Found = tuple[int, int, str]
PASTIMES = (
    r"gsm|telefoon|smartphone|phone|téléphone|portable|tablet|ipad|werk|work|travail|job|series"
    r"|séries|netflix|tiktok|instagram|facebook|koffie|coffee|café|cafe|chocolade|chocolate|chocolat"
    r"|voetbal|football|sport|foot|fortnite|games|gamen|gaming|playstation|snoep|bonbons|sucre"
    r"|shopping|youtube|snapchat|cette\s+série|deze\s+serie|this\s+(?:show|series|game)"
)
ADDICTED = lazy(
    r"(?i:\b(?:verslaafd|verslaafde|accro|dépendante?|addicted|addict)\s+(?:aan|à|au|aux|to)\s+"
    r"(?:(?:de|het|la|le|les)\s+|l['’])?(?!(?:(?:haar|zijn|hun|son|sa|ses|leur|her|his|their)"
    rf"\s+)?(?:{PASTIMES})\b)[\w'’-]+)"
)
HABIT = lazy(
    r"(?i:\s*(?:(?:aan|to|à|au)\s+)?(?:(?:de|het|la|le|les|the|haar|zijn|hun|son|sa|ses|leur"
    rf"|her|his|their|my|mijn|mon|ma)\s+)?(?:(?:vending\s+machine|automaat|distributeur)\s+)?"
    rf"(?:{PASTIMES})\b)"
)
"""An addiction names its object, whatever it is: "verslaafd aan gokken"; a phone, one's work
or football is a manner of speaking ("addicted to her phone")."""
FIGURATIVE = lazy(
    r"(?i:\s+(?:vertrouwen|to\s+(?:the|his|her|their|it|what|how)|date|spot|voor\s+(?:de|het"
    r"|haar|zijn|hun)\s+(?:problemen|gevaar|realiteit|signalen|feiten)|aux\s+problèmes)\b)"
)
"""Blindness as an image: "een blind vertrouwen", "blind to the problem", "blind date"."""
SIGHT = frozenset(["blind", "aveugle", "blinde"])
QUALIFIER = lazy(
    r"(?i:\b(?:chronische?|ernstige?|zware?|beginnende?|vergevorderde?|terminale?|postnatale?"
    r"|chronique|sévère|grave|précoce|early[\s-]onset|chronic|severe|terminal|late[\s-]stage"
    r"|lichte?|recovering|ex-|former|zwaar|ernstig|erg|zeer|severely|badly|gravement|sévèrement"
    r"|postpartum|postnatal|post-natale?|type\s+(?:1|2|i|ii|een|twee)|born|geboren|née?"
    r"|crises?|crises?\s+d['’]|crises?\s+de|aanvallen\s+van|attacks\s+of"
    r"|(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|two|three|four|five|six|seven|eight"
    r"|nine)\s+(?:maand|maanden|weken|months?|weeks?)|stage\s+(?:\d|i{1,3}|iv)|stadium\s+\d|kidney"
    r"|liver|lung|breast|prostate|nier|lever|borst|prostaat|addicted\s+to|accro\s+aux?|verslaafd"
    r"\s+aan\s+(?:de\s+)?|accro\s+(?:à|a)\s+(?:la\s+|l['’]\s*|l\s+)?)\s*)$"  # an organ, a need
)
TAIL = lazy(
    r"(?i:,\s*(?:terminal|terminaal|en\s+phase\s+terminale|uitgezaaid|métastasée?|metastatic"
    r"|bypass|stent)\b|\s+(?:type\s+(?:1|2|i|ii|een|twee)|use|gebruik|addiction|disease|ziekte|disorder"
    r"|syndrome|maladie|(?:and|en|et)\s+(?:anxiety|angsten|anxiété|angoisses)"
    r"|(?:de|van)\s+(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|deux|trois"
    r"|quatre|cinq|six|sept|huit|neuf)\s+(?:mois|maanden|semaines|weken)"
    r"|(?:in|aan)\s+(?:de|het|zijn|haar)\s+(?:longen|long|borst|darmen|darm|lever|hersenen|nieren"
    r"|nier|alvleesklier|baarmoeder|prostaat|blaas|keel|botten|bloed|maag|slokdarm|huid)"
    r"|(?:du|de\s+la|des|de\s+l['’]|au|aux)\s*(?:sein|poumons?|foie|côlon|colon|pancréas|cerveau"
    r"|reins?|os|sang|utérus|prostate|vessie|gorge|estomac|intestin|œsophage|oesophage|peau)"
    r"|(?:of|in)\s+(?:the|his|her)\s+(?:lungs?|breast|liver|colon|pancreas|brain|kidneys?|bones?"
    r"|blood|womb|prostate|bladder|throat|stomach|bowel))\b)"
)
"""What completes a condition: "diabetes type 2", "sickle cell disease", "heroin use",
"enceinte de 7 mois"."""
DRINKS = lazy(
    r"(?i:\b(?:drinkt|dronk|drinken|boit|buvait|boivent|drinks|drank)\s+(?:te\s+veel|veel\s+te"
    r"\s+veel|trop|beaucoup\s+trop|too\s+much|heavily)\b"
    r"(?!\s+(?:koffie|cola|frisdrank|water|thee|energiedrank|suiker|café|coca|soda|sodas|thé|eau"
    r"|coffee|tea|fizzy|energy|sugar)\b))"
)
PRAYER_TAIL = (
    r"\s+(?:vijf|5|cinq|five)\s+(?:keer|fois|times)\s+(?:per|par|a)\s+(?:dag|jour|day)"
    r"|\s+(?:elke|iedere|every|each)\s+(?:dag|avond|ochtend|morgen|day|night|evening|morning)"
    r"|\s+tous\s+les\s+(?:jours|soirs|matins)|\s+chaque\s+(?:jour|soir|matin)"
    r"|\s+(?:in|at|à|dans)\s+(?:(?:de|het|the|la)\s+|l['’])?"
    r"(?:moskee|mosque|mosquée|kerk|church|église|synagoge|synagogue)"
)
"""How often or where someone prays: "bid vijf keer per dag", "prie tous les soirs"."""
_WORSHIP = (
    r"(?i:\b(?:gaat|ging|gaan|gingen|va|vont|allait|allaient|goes|go|going|went)\s+(?:(?:elke"
    r"|iedere|chaque|every|op|le|on)\s+\w+\s+|(?:soms|nog|altijd|regelmatig|graag|vaak|trouw"
    r"|wekelijks|steeds|vroeger|ook|af\s+en\s+toe|sometimes|regularly|often|still|always|also"
    r"|souvent|parfois|toujours|encore|aussi|dan|nu|then|now|alors)\s+){0,3}"
    r"(?:naar|nr|à|au|to)\s+(?:de\s+|het\s+|la\s+|l['’]|the\s+)?(?:moskee|mosquée"
    r"|mosque|kerk|église|eglise|church|synagoge|synagogue|tempel|temple|mis|messe|mass"
    r"|koninkrijkszaal|salle\s+du\s+royaume|kingdom\s+hall|koranschool|koranles|école\s+coranique"
    r"|quran\s+school|zondagsschool|catechese|catéchisme|sunday\s+school)"
    r"(?:\s+(?:le\s+(?:vendredi|dimanche|samedi)|op\s+(?:vrijdag|zondag|zaterdag)|on\s+(?:fridays?"
    r"|sundays?|saturdays?)|(?:elke|iedere|chaque|every)\s+(?:vrijdag|zondag|zaterdag|vendredi"
    r"|dimanche|samedi|friday|sunday|saturday)|tous\s+les\s+(?:vendredis|dimanches|samedis)))?\b"
    r"|\b(?:attends|attended|attending|bezoekt|bezocht|fréquente|fréquentait|fréquentent)"
    r"\s+(?:(?:de|het|la|le|the|une|een|an?)\s+|l['’])?(?:moskee|mosquée|mosque|kerk|église|church"
    r"|synagoge|synagogue|tempel|temple|mis|messe|mass|koninkrijkszaal|kingdom\s+hall)"
    r"(?:\s+de\s+réveil|\s+évangélique|\s+pentecôtiste|\s+evangelical|\s+pentecostal)?\b"
    r"|\b(?:draagt|droeg|dragen|porte|portait|portent|wears|wore|wear)\s+(?:(?:sinds\s+kort"
    r"|sinds\s+\w+|nu|al|ook|toujours|désormais|maintenant|depuis\s+\w+|now|always|also)\s+)?"
    r"(?:(?:een|de|het|le|la|un"
    r"|une|a|the|her|his|haar|zijn|son|sa)\s+)?(?:hoofddoek|sluier|voile|hijab|niqab|boerka|burqa"
    r"|keppeltje|keppel|kippa|kippah|tulband|turban|headscarf|foulard|kruisje|rozenkrans"
    r"|chapelet|rosary)\b"
    r"|\b(?:voorganger|voorgangster)(?=\s+(?:in|van|bij)\s+(?:een|de|het)\s+(?:[\w-]+\s+)?"
    r"[\w-]*(?:kerk|gemeente|moskee|parochie)\b)"
    r"|\b(?:bidt|bidden|prient|prays|prayed|praying)(?!\s+(?:dat|that|it|for\s+(?:good|luck|the\s+best)"
    rf"|voor\s+(?:goed|beter))\b)(?:{PRAYER_TAIL})?"
    rf"|\b(?:bid|prie|priait|priaient|pray)(?:{PRAYER_TAIL}))"
)
WORSHIP = lazy(accent_free(_WORSHIP))
"""A religious practice with its verb ("va à la mosquée le vendredi", "prays five times a day")."""
ONCE = frozenset(["went", "ging", "gingen"])
"""A past visit without "every", "still", "vroeger" may be a single one: not a practice."""
OCCASION = lazy(
    r"(?i:\s+(?:voor|pour|for|to)\s+(?:(?:de|een|het|la|le|une?|the|a)\s+|l['’])?(?:begrafenis"
    r"|enterrement|funérailles|funeral|huwelijk|trouw|mariage|wedding|doop|concert|uitvaart)\b)"
)
"""Going to church for a funeral or a wedding says nothing about one's religion."""
DENOMINATION = (
    r"evangelische|evangelical|évangélique|protestantse|protestante?|katholieke|catholique"
    r"|catholic|orthodoxe?|pinkster|pentecostal|pentecôtiste|baptiste?|anglicane?|adventiste"
    r"|kimbanguiste|salafistische|salafiste|soennitische|sjiitische|sunni|shia|chiite|sunnite"
)
CHURCH_TAIL = lazy(
    r"(?i:\s+(?:in|van|bij|à|dans|de|at|of)\s+(?:(?:een|de|het|la|le|une?|the|a)\s+|l['’])?"
    rf"(?:{DENOMINATION})\s+(?:kerk|moskee|église|mosquée|church|mosque|gemeente|parochie"
    r"|paroisse|parish|congregation)\b"
    r"|\s+(?:in|dans|à|at|of)\s+(?:(?:een|de|het|la|le|une?|the|a)\s+|l['’])?(?:kerk|église"
    rf"|church|moskee|mosquée|mosque)\s+(?:{DENOMINATION})\b)"
)
"""An office with the denomination of its place of worship: "voorganger in een evangelische
kerk"; "pasteur dans une petite église" says no more than "pasteur"."""
PARTICIPLE_LEAD = lazy(
    r"(?i:\b(?:née?s?|geboren|born|originaires?|afkomstige?|oorspronkelijk)\s+"
    r"(?:à|au|aux|en|in|uit|van|de|du|des|d['’]|from)\s*)$"
)
"""A participle makes the birthplace part of the origin: "née à", "geboren in", "born in"."""


def health_span(text: str, start: int, end: int) -> tuple[int, int]:
    lead = QUALIFIER.search(text, max(0, start - 30), start) or UNDER.search(
        text, max(0, start - 30), start
    )
    after = TAIL.match(text, end)
    return (lead.start() if lead else start), (after.end() if after else end)


def religion_span(text: str, start: int, end: int) -> tuple[int, int]:
    lead = (
        DEVOUT.search(text, max(0, start - 20), start)
        or PRACTISES.search(text, max(0, start - 30), start)
        or PRACTICE_LEAD.search(text, max(0, start - 40), start)
        or CONVERTED_TO.search(text, max(0, start - 30), start)
    )
    after = CHURCH_TAIL.match(text, end) or FAITH_AFTER.match(text, end)
    after = after or PRACTICE_AFTER.match(text, end) or FAST_TAIL.match(text, end)
    return (lead.start() if lead else start), (after.end() if after else end)


DEVOUT = lazy(
    r"(?i:\b(?:praktiserende?|practi[sc]ing|devout|strenge?|stricte?|vrome?|pieu(?:x|se?))\s+)$"
)
"""How strictly a religion is practised is part of the fact: "a practising catholic"."""
PRACTISES = lazy(
    r"(?i:\b(?:pratique|pratiquent|pratiquait|practises|practices|practised|practiced|practise"
    r"|practice|beoefent|belijdt|belijden|praktiseert|praktiseren|suit|suivent|follows|volgt)"
    r"\s+(?:(?:de|het|la|le|the)\s+|l['’])?(?:(?:religion|religie|godsdienst|geloof|foi|faith)"
    r"\s+)?$"
    r"|\b(?:(?:la|de|het|the)\s+)?(?:religion|religie|godsdienst|foi|faith)\s+$)"
)
"""The verb of practice and the word "religion" say the same fact: "pratique l'islam", "la
religion musulmane", "belijdt de islam"."""
FAITH_AFTER = lazy(r"(?i:\s+(?:faith|religion|geloof|godsdienst)\b)")
"""The same after the adjective: "the muslim faith"."""


SPOKEN = lazy(
    r"(?i:\b(?:spreekt|spreken|sprak|spraken|verstaat|leert|parle|parlent|parlait|comprend"
    r"|apprend|speaks|speak|spoke|understands|learns|learning|cursus|cours\s+de|lessen"
    r"|lesson|lessons|class|classes)\s+(?:(?:\w+|een\s+beetje|un\s+peu(?:\s+de)?|a\s+little"
    r"|wat|goed|bien|well|vlot|enkel|only|seulement)\s+)?(?:het\s+|le\s+|l['’]|en\s+|in\s+)?)$"
    r"|(?i:\bin\s+het\s+|\bles\s+(?:in\s+(?:het\s+)?)?)$"
)
"""Before a word that names a language as well as a people: "spreekt goed spaans", "parle
un peu de grec", "in het turks", "les turks" (not "chez les ouedraogo burkinabè")."""


THING_AFTER = lazy(
    r"(?i:\s+(?:pizza|bakker|bakkerij|winkel|winkels|restaurant|restaurants|keuken|eten|food"
    r"|takeaway|shop|épicerie|boucherie|resto|thee|koffie|tv|televisie|télé|muziek|musique|music"
    r"|film|films|series|série|taal|language|langue|les|lessen|cours|lesson|lessons|class"
    r"|kruidenier|slager|supermarkt|supermarché|market|markt|marché|snack|brood|pain|bread"
    r"|cuisine|dish|gerecht|plat|auto|wagen|car|voiture|vlag|flag|drapeau|wijn|wine|vin|bier"
    r"|beer|bière|tapijt|carpet|tapis|kaas|cheese|fromage|coffee|café|tea|thé|dramas?|soaps?"
    r"|songs?|liedjes|chansons?|dishes|snoep|sweets|gebak|pâtisseries?|pastry|pastries|rijst|rice"
    r"|riz|kruiden|spices|épices|ontbijt|breakfast|flu|griep|grippe|tekenfilms?|cartoons?"
    r"|woord|woorden|word|words|naam|name|uitdrukking|spreekwoord|expression|saying|letters"
    r"|alfabet|alphabet|schrift|script|place(?!\s+of)|spot|joint|bakery|grocery|grocer|kebab"
    r"|pita|pitta|lunch|dinner|traiteur|frituur)\b)"
)
THING_BEFORE = lazy(
    r"(?i:\b(?:cuisine|keuken|eten|food|plat|gerecht|restaurant|drapeau|vlag|flag|pays|épicerie"
    r"|boucherie|boulangerie|magasin|winkel|bakkerij|slagerij|supermarché|série|séries|musique"
    r"|aten|ate|eat|mangé|manger|bestelden|ordered|commandé|kookt|kookte|koken|cooks|cooked)"
    r"\s+(?:(?:à\s+la|de|du)\s+)?)$"
)
"""An origin word before a thing: "turkse pizza", "de marokkaanse bakker", "chinese food"."""


def spoken(text: str, start: int, end: int = -1) -> bool:
    """A language or a thing, not a person's origin: "spreekt spaans", "turkse pizza"."""
    if end >= 0 and THING_AFTER.match(text, end):
        return True
    if THING_BEFORE.search(text, max(0, start - 20), start):
        return True  # "la cuisine marocaine", "le drapeau turc"
    return SPOKEN.search(text, max(0, start - 40), start) is not None


def origin_start(text: str, start: int) -> int:
    """Where an origin phrase starts: at "née", "geboren", "born" when one leads ("née à
    kinshasa"); a bare "uit", "from", "du" stays outside, as the external writers label it."""
    found = PARTICIPLE_LEAD.search(text, max(0, start - 40), start)
    return found.start() if found else start


@cache
def _foreign_places() -> frozenset[str]:
    def folded(name: str) -> set[str]:
        return {" ".join(fold(part) for part in PART.findall(line)) for line in read_data(name)}

    return frozenset(folded("places_world.txt") - folded("places.txt"))


ORIGIN_CUE = lazy(
    r"(?i:\b(?:née?s?|geboren|born|originaires?|afkomstige?|oorspronkelijk)\s+(?:à|au|aux|en|in"
    r"|uit|van|de|du|des|from)\s+)"
)
"""A birthplace abroad said with its participle is an origin ("née à kinshasa"); a town after a
bare "uit" or "vient de" is a place (`places.origin_places`)."""


WORSHIP_WORDS = bare_words(frozenset(
    ["draagt", "droeg", "dragen", "porte", "portait", "portent", "wears", "wore", "wear",
     "moskee", "mosquée", "mosque", "kerk", "église", "eglise", "church", "synagoge",
     "synagogue", "tempel", "temple", "mis", "messe", "mass", "bidt", "bidden", "prient",
     "koninkrijkszaal", "royaume", "kingdom", "koranschool", "koranles", "coranique", "quran",
     "prays", "prayed", "praying", "bid", "prie", "priait", "priaient", "pray", "voorganger",
     "voorgangster", "attends", "attended", "zondagsschool", "catechese", "catéchisme", "sunday",
     "attending", "bezoekt", "bezocht", "fréquente", "fréquentait", "fréquentent"]
))  # fmt: skip
ORIGIN_WORDS = frozenset(
    ["né", "née", "nés", "nées", "geboren", "born", "originaire", "originaires", "afkomstig",
     "afkomstige", "oorspronkelijk"]
)  # fmt: skip
"""Words without which a rule above cannot match: a set lookup spares the regex scan."""


def extra_categories(text: str) -> Iterator[Found]:
    """What the word lists cannot hold: time served in English, an addiction's object, short
    condition names after "has", and a foreign city after "from", "uit", "née à"."""
    yield from told_categories(text)
    lowered = text.lower()
    if any(word in lowered for word in ("did", "served", "spent", "doing", "inside")):
        for match in SERVED_EN.finditer(text):
            yield match.start(), match.end(), "detention"
    if " vrij" in lowered:
        for match in RELEASED.finditer(text):
            yield match.start(), match.end(), "detention"
    if "verslaaf" in lowered or "accro" in lowered or "addict" in lowered or "dépend" in lowered:
        for match in ADDICTED.finditer(text):
            yield match.start(), match.end(), "health"
    if "dr" in lowered or "boi" in lowered or "buv" in lowered:
        for match in DRINKS.finditer(text):
            yield match.start(), match.end(), "health"
    words = words_of(text)
    if not WORSHIP_WORDS.isdisjoint(words):
        for match in WORSHIP.finditer(text):
            said = match.group().split()
            if said[0].lower() in ONCE and len(said) <= 4:  # "they went to church": once
                continue
            if not OCCASION.match(text, match.end()):
                yield match.start(), match.end(), "religion"
    if not ACRONYMS.isdisjoint(words):
        for match in CONDITION_ACRONYM.finditer(text):
            yield match.start(1), match.end(1), "health"
        for match in ACRONYM_ALONE.finditer(text):
            yield *match.span(match.lastindex or 1), "health"
    if ORIGIN_WORDS.isdisjoint(words):
        return
    abroad = _foreign_places()
    for cue in ORIGIN_CUE.finditer(text):
        place = next(place_names(text[cue.end() : cue.end() + 40], lenient=True), None)
        if place and place[0] == 0 and fold(text[cue.end() : cue.end() + place[1]]) in abroad:
            yield origin_start(text, cue.end()), cue.end() + place[1], "origin"
