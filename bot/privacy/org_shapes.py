"""More institutions by shape, as typed on a phone (issue #12, scrub8).

A club named after its town ("royal ixelles", "sporting lokeren", "union saint-gilles",
"standard de liège"); a school named with an article and words that are no name alone
("basisschool de drie linden", "l'école des trois tilleuls", "la petite école du parc");
a hospital, psychiatric centre, prison or shelter with "the"/"het" and its town after "in"
("the psychiatric centre in duffel": a town has one or two); a congregation by its own
word and its denomination ("the victory pentecostal church"). Generic services, a school
of a kind ("l'école des devoirs", "l'école du quartier") and a place located by its town
with "a"/"een" stay.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from bot.privacy.category_cues import words_of
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues, lexicon
from bot.privacy.name_cues import frequent
from bot.privacy.places import place_names
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]
CLUB_WORDS = frozenset(
    ["royal", "sporting", "racing", "union", "standard", "olympic", "excelsior", "cercle",
     "daring", "crossing", "verbroedering", "eendracht", "white", "rapid", "stade", "entente",
     "jeunesse", "wolvertem", "fc", "kfc", "rfc", "rc", "sc", "ksc", "kv", "kvc", "ksk", "ksv",
     "rsc", "rwdm", "vc", "hc", "bc", "kbc", "rbc", "tc", "jc", "ac"]
)  # fmt: skip
CLUB = lazy(
    r"\b(?:royal(?:e)?\s+(?:sporting|racing|excelsior|union|olympic|daring|white\s+star|club)?"
    r"|r\.?\s*(?:sc|fc|c)|k\.?\s*(?:fc|v|vc|sk|sv|sc)|(?:k|r)?fc|rc|sc|vc|hc|bc|kbc|rbc|tc|jc|ac"
    r"|sporting(?:\s+club)?|racing(?:\s+club)?|union(?:\s+royale)?|standard|olympic|excelsior"
    r"|cercle|daring(?:\s+club)?|crossing|verbroedering|eendracht|white\s+star|rapid|stade"
    r"|entente|jeunesse)\s*(?:(?:de|van|d['’])\s*)?(?=\w)"
)
"""A club's word before the town it is named after."""
SCHOOLS = (
    r"basisschool|basischool|kleuterschool|lagere\s+school|school|schooltje|atheneum|lyceum"
    r"|college|instituut|kinderdagverblijf|crèche|creche|kinderopvang|école|ecole|institut"
    r"|athénée|collège|lycée|home|maison\s+médicale|maison\s+de\s+repos|rusthuis|jeugdhuis"
    r"|buurthuis|wijkcentrum|dienstencentrum|ontmoetingscentrum|inloopcentrum|vbs|gbs|gvbs|kbs"
)
ARTICLE_NAMED = lazy(
    rf"\b(?:(?:petite|grande|nouvelle|vieille)\s+)?(?:{SCHOOLS})\s+(?:van\s+)?(de\s+la|de\s+l['’]"
    r"|des|du|de|het|'t)(?:(?<=['’])\s*|\s+)(?=[^\W\d_])"
)
"""A school by its article and name: modifiers ("drie", "kleine", "petits") and a noun; a
space after the article unless it is elided ("geen school dus": no school "du s")."""
SHELTER_NAMED = lazy(
    r"\b(?:vluchthuis|opvanghuis|onthaalhuis|crisiscentrum|inloopcentrum|nachtopvang"
    r"|daklozenopvang|opvangcentrum|dagcentrum|tehuis|begeleidingstehuis|foyer|maison\s+d['’]"
    r"accueil|centre\s+d['’]accueil|abri\s+de\s+nuit)\s+(?:de|het|'t|la|le|les|l['’])\s*"
    r"([^\W\d_][\w'’-]{2,})"
)
"""A shelter by its own name, often one word after an article: "vluchthuis de schelp"."""
SHELTER_CUES = frozenset(
    ["vluchthuis", "opvanghuis", "onthaalhuis", "crisiscentrum", "inloopcentrum", "nachtopvang",
     "daklozenopvang", "opvangcentrum", "dagcentrum", "tehuis", "begeleidingstehuis", "foyer",
     "accueil", "abri"]
)  # fmt: skip
WORD = lazy(r"[^\W\d_][\w'’-]*")
MODIFIERS = frozenset(
    """een twee drie vier vijf zes zeven acht negen tien elf twaalf honderd duizend kleine
    klein grote groot groene groen blauwe blauw rode rood witte wit zwarte gele geel gouden
    zilveren vrolijke vrolijk wijze oude oud nieuwe hoge lage lange brede mooie heilige
    bonte wilde stille open zonnige verre warme blije dappere kleurrijke fijne zoete
    deux trois quatre cinq six sept huit neuf dix onze douze cent mille petit petite petits
    petites grand grande grands grandes vieux vieille beau beaux belle belles bon bonne
    nouveau nouvelle jolis jolie joyeux verts vertes blancs bleus hauts""".split()  # noqa: SIM905
)
GENERIC = frozenset(
    """devoirs devoir parents quartier coin village ville commune rue vie soir jour matin
    dimanche samedi mercredi centre enfants enfant filles garçons gars cirque danse musique
    police sport sports consommateurs même monde deuxième seconde secondes chance chances
    week weekend week-end buurt wijk stad gemeente straat dorp kinderen kind jongens meisjes
    ouders toekomst zondag zaterdag woensdag avond ochtend hele ganse volgende vorige laatste
    eerste andere zelfde dag lagere middelbare secundaire lieu place tout toute toutes tous
    autre autres zone région regio province provincie weken dagen jaar jaren maanden uur uren
    keer minuten semaines jours ans années mois heures fois weeks days years broers zussen
    frères soeurs sœurs""".split()  # noqa: SIM905
)
"""Words after a school's article that name a kind of school or a time, not one school."""
NO_NAME = frozenset(
    """ligt staat zit gaat komt wordt krijgt kan moet wil mag zal blijft doet maakt ziet zegt
    werkt woont speelt leert loopt sluit begint stopt zijn waren was lag stond zat ging kwam
    werd kreeg kon moest wou mocht bleef deed va fait sont était reste ferme commence
    is was est a heeft en et and in op à au de het een la le les the van voor met dat die ce
    cette qui que pas niet nog ook al te om aan bij of ou zijn haar son sa ses ik je jij hij ze
    zij we wij jullie il elle on nous vous ils elles i he she they we you me moi her him his
    them their us our my mum mom dad""".split()  # noqa: SIM905
)
STAY_KINDS = (
    r"psychiatrisch\s+(?:centrum|ziekenhuis)|psychiatric\s+(?:centre|center|hospital)"
    r"|centre\s+psychiatrique|hôpital\s+psychiatrique|ziekenhuis|hospital|hôpital|hopital"
    r"|kliniek|clinique|gevangenis|prison|jail|shelter|women['’]s\s+shelter|nachtasiel"
    r"|nachtopvang|vluchthuis|asielcentrum|opvangcentrum|rusthuis|woonzorgcentrum"
    r"|maison\s+de\s+repos|care\s+home|nursing\s+home|closed\s+centre|centre\s+fermé|mpi"
    r"|buso|bubao|internaat|internat|dagcentrum"
)
THE_KIND_IN = lazy(rf"\b(?:the|het|de|le|la|l['’])\s*((?:{STAY_KINDS})\s+(?:in|at|à|te)\s+)")
"""A stay's place with its article and town: one of few there, it names the place."""
STAY_CUES = frozenset(
    ["psychiatrisch", "psychiatric", "psychiatrique", "ziekenhuis", "hospital", "hôpital",
     "hopital", "kliniek", "clinique", "gevangenis", "prison", "jail", "shelter", "nachtasiel",
     "nachtopvang", "vluchthuis", "asielcentrum", "opvangcentrum", "rusthuis", "woonzorgcentrum",
     "repos", "care", "nursing", "fermé", "closed", "mpi", "buso", "bubao", "internaat",
     "internat", "dagcentrum"]
)  # fmt: skip
CONGREGATION = lazy(
    r"\b(?:the|de|het|la|l['’]|une?|a|een)\s*([^\W\d_][\w'’-]+)\s+(?:pentecostal|evangelical"
    r"|baptist|adventist|apostolic|methodist|orthodox|pinkster|evangelische|baptisten"
    r"|pentecôtiste|évangélique|evangelique|adventiste|apostolique)\s+(?:church|chapel"
    r"|ministry|ministries|assembly|kerk|gemeente|église|eglise|assemblée|temple)\b"
)
"""A congregation by its own word: "the victory pentecostal church"."""
NOT_OWN = frozenset(
    """local small big new old nearby same other little large main lokale kleine grote
    nieuwe oude plaatselijke andere petite grande nouvelle vieille même autre locale""".split()  # noqa: SIM905
)
CONGREGATION_CUES = frozenset(
    ["church", "chapel", "ministry", "ministries", "assembly", "kerk", "gemeente", "église",
     "eglise", "assemblée", "temple"]
)  # fmt: skip
VERBS = cues()["verbs"] | cues()["org_verbs"]
FIRM = lazy(
    r"\b[^\W\d_]{3,}(?:bedrijf|bedrijfje|firma|winkel|zaak)\s+([^\W\d_][\w'’&-]*)"
    r"(?:\s+([^\W\d_][\w'’&-]*))?"
)
"""A Dutch compound of a trade and "bedrijf" before the firm's name: "poetsbedrijf
cleanmaster", "schoonmaakbedrijf iso clean"."""
FAMILY_FIRM = lazy(
    r"\b[^\W\d_]{3,}(?:bedrijf|bedrijfje|firma)\s+(van\s+(?:de|der|den)|vande|vanden|vander"
    r"|de|van|'t)\s+([^\W\d_][\w'’-]*)"
)
"""A family firm by its surname of an article and a word: "bouwbedrijf de vos"."""
STEMS = Stems(("bedrijf", "firma", "winkel", "zaak", "school", "cole"))
"""Parts of words that `_firms` and `_article_named` need ("poetsbedrijf", "basisschool")."""
WORSHIP_NAMED = lazy(
    r"\b(?:the|de|het)\s+([^\W\d_][\w'’-]+)\s+(?:mosque|moskee|church|kerk|synagogue"
    r"|synagoge|temple|tempel|gurdwara|chapel|kapel)\b"
)
"""A place of worship by a name of no language: "the ar-rahma mosque", "de fatih moskee"."""
WORSHIP_CUES = frozenset(["mosque", "moskee", "church", "kerk", "synagogue", "synagoge",
                          "temple", "tempel", "gurdwara", "chapel", "kapel"])  # fmt: skip


def more_institutions(text: str, lowered: str) -> Iterator[Found]:
    """Each institution of the shapes above; a set lookup on the words decides each scan."""
    words = words_of(text)
    stems = STEMS.in_text(text)
    if not stems and _all_cues().isdisjoint(words):
        return  # most sentences: one set test and one cached hint
    if not CLUB_WORDS.isdisjoint(words):
        yield from _clubs(text, lowered)
    if len(lowered) != len(text):
        return
    if stems or not words.isdisjoint(SCHOOL_CUES):
        yield from _article_named(text, lowered)
    if not SHELTER_CUES.isdisjoint(words):
        for match in SHELTER_NAMED.finditer(lowered):
            name = match.group(1)
            if name not in frequent() and name not in NO_NAME | VERBS and name not in GENERIC:
                yield match.start(), match.end(), "organisation"
    if not STAY_CUES.isdisjoint(words):
        for match in THE_KIND_IN.finditer(lowered):
            town = next(place_names(text[match.end() : match.end() + 40], lenient=True), None)
            if town and town[0] == 0 and town_word(text[match.end() : match.end() + town[1]]):
                yield match.start(1), match.end() + town[1], "organisation"
    if stems:
        yield from _firms(lowered)
    if not WORSHIP_CUES.isdisjoint(words):
        for match in WORSHIP_NAMED.finditer(lowered):
            own = match.group(1)
            if not lexicon().is_word(own) and own not in NOT_OWN and own not in frequent():
                yield match.start(1), match.end(), "organisation"
    if not CONGREGATION_CUES.isdisjoint(words):
        for match in CONGREGATION.finditer(lowered):
            own = match.group(1)
            if own not in NOT_OWN and own not in VERBS:
                yield match.start(1), match.end(), "organisation"


SCHOOL_CUES = frozenset(
    ["atheneum", "lyceum", "college", "instituut", "kinderdagverblijf", "crèche", "creche",
     "kinderopvang", "institut", "athénée", "collège", "lycée", "home", "maison", "rusthuis",
     "jeugdhuis", "buurthuis", "wijkcentrum", "dienstencentrum", "ontmoetingscentrum",
     "inloopcentrum", "vbs", "gbs", "gvbs", "kbs"]
)  # fmt: skip


@cache
def _all_cues() -> frozenset[str]:
    return CLUB_WORDS | SCHOOL_CUES | SHELTER_CUES | STAY_CUES | WORSHIP_CUES | CONGREGATION_CUES


def _firms(lowered: str) -> Iterator[Found]:
    common = frequent()
    for match in FAMILY_FIRM.finditer(lowered):
        article, surname = match.group(1), match.group(2)
        listed = surname in lexicon().last or f"{article} {surname}" in lexicon().compound_surnames
        if listed and surname not in VERBS and surname not in GENERIC:
            yield match.start(), match.end(), "organisation"
    for match in FIRM.finditer(lowered):
        name, more = match.group(1), match.group(2)
        if name in common or name in NO_NAME or name in VERBS or name in GENERIC:
            continue
        end = match.end(2) if more and more not in common | NO_NAME | VERBS else match.end(1)
        yield match.start(), end, "organisation"


def _clubs(text: str, lowered: str) -> Iterator[Found]:
    for match in CLUB.finditer(lowered):
        town = next(place_names(text[match.end() : match.end() + 40], lenient=True), None)
        if town and town[0] == 0 and town[1] >= 3:  # not "fc anderlecht on saturdays"
            yield match.start(), match.end() + town[1], "organisation"


HOSPITALS = (
    r"erasme|érasme|brugmann|bordet|huderf|saint-pierre|saint-luc|sint-pieter|sint-jan"
    r"|delta|chirec|ambroise par[ée]|jolimont|citadelle|la citadelle|bracops|molière|iris sud"
    r"|stuivenberg|middelheim|sint-vincentius|sint-augustinus|jan palfijn|maria middelares"
    r"|groeninge|jessa|sint-trudo|heilig hart|sint-elisabeth|oost-limburg"
)  # fmt: skip
HOSPITAL_NAME = lazy(rf"(?:{HOSPITALS})")


def named_care(rest: str) -> bool:
    """What follows a hospital group's letters names one: a listed hospital whole ("az heilig
    hart", probe83), a word no frequent one, or a name no word ("az monica")."""
    last = rest.split()[-1]
    given = lexicon().is_name(last) and not lexicon().is_word(last)
    if HOSPITAL_NAME.fullmatch(rest) is not None or given:
        return True
    return last not in frequent() and not plural_verb(last)  # "naar cgg doorverwijzen"


def plural_verb(word: str) -> bool:
    """A Dutch verb in the plural after a kind of place ("het dienstencentrum bloeien",
    review46a) names nothing; a town is a word too ("atheneum mechelen")."""
    return word.endswith("en") and word in lexicon().words and next(place_names(word), None) is None


def town_word(town: str) -> bool:
    """A town that is also a short everyday word ("on", "as") names no club or place here."""
    return len(town) >= 3 and town.lower() not in frequent()


def _article_named(text: str, lowered: str) -> Iterator[Found]:
    for match in ARTICLE_NAMED.finditer(lowered):
        article, end = match.group(1), match.end()
        modifiers = 0
        word = WORD.match(lowered, end)
        while word and word.group() in MODIFIERS and modifiers < 2:
            following = WORD.match(lowered, word.end() + 1)
            if following is None or lowered[word.end()] != " ":
                break
            modifiers, end, word = modifiers + 1, word.end() + 1, following
        noun = word.group() if word else ""
        if not noun or noun in GENERIC or noun in NO_NAME or noun in VERBS:
            continue
        if match.group().split()[-2 if article in ("de", "het") else -1] in ("school", "schooltje"):
            continue  # "op school de drie toetsen": only "school van de zeven zeeën" names one
        if not modifiers and (article in ("de", "het", "'t") or noun in MODIFIERS):
            continue  # a lone word after "de": the other rules judge it ("de linde")
        if not modifiers and article in ("'t",) and noun in frequent():
            continue
        last = word.end() if word else end
        french = article in FRENCH
        after = (
            WORD.match(lowered, last + 1) if french and lowered[last : last + 1] == " " else None
        )
        if after and text[after.start()].islower() and _adjective(after.group()):
            last = after.end()  # "l'école du bois fleuri"
        yield match.start(), last, "organisation"


FRENCH = frozenset(["des", "du", "de la", "de l'", "de l’"])


def _adjective(word: str) -> bool:
    """A word that may end a French school's name ("fleuri"): a word, not a frequent one."""
    return (
        len(word) >= 4
        and word not in frequent()
        and word not in NO_NAME | VERBS
        and (lexicon().is_word(word))
    ) or word in NAME_ADJECTIVES


NAME_ADJECTIVES = frozenset(
    """vive vif joli jolie jolis vert verte verts blanc blanche bleu bleue clair claire haut
    haute neuf neuve rouge noir noire doré dorée sacré sacrée enchanté enchantée magique
    sauvage royal royale libre ouvert ouverte fleurie ensoleillé ensoleillée""".split()  # noqa: SIM905
)
"""Frequent adjectives that end French school names: "l'école de la source vive"."""
