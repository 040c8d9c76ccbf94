"""Care places, clubs, shops and services named in lower case by an article and words after
their kind, with or without an article before the kind (review23b): "naar de buitenschoolse
opvang de kameleon", "au centre de jour les glycines", "la crèche les petits loups", "the
retirement home the willows"; and a name given with "called", "genaamd", "appelé" ("a day
centre called the bridge"). After an article ("à la crèche le matin", "au restaurant les
enfants", "naar de opvang de hele week") a name must hold a word that is not among the most
frequent ones; a bare kind ("naar voedselbank de schakel") or "called" says a name follows.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import dutch_plural, frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues, lexicon
from bot.privacy.org_kinds_of import FRENCH_ENDS, OF_STOP, kinds_of
from bot.privacy.places import fold, gazetteer
from bot.privacy.school_names import STOP, WORD, words_of_a_name, words_to_clause_end

Found = tuple[int, int, str]
KINDS = (
    r"buitenschoolse\s+opvang|kinderopvang|opvang|voedselbank|sociale\s+kruidenier"
    r"|revalidatiecentrum|dagcentrum|dagopvang|nachtopvang|zorgboerderij|turnkring|tennisclub"
    r"|voetbalclub|sportclub|wasserij|bakkerij|frituur|restaurant|jeugdhuis|buurthuis|wijkcentrum"
    r"|ontmoetingscentrum|inloophuis|onthaalhuis|huishoudbedrijf|schoonmaakbedrijf"
    r"|schoonmaakfirma|poetsbedrijf|dienstenchequebedrijf|muziekacademie|speelpleinwerking"
    r"|serviceflats|woonzorgcentrum|wzc|rusthuis|rvt|kdv|kinderdagverblijf|sbso|cdo"
    r"|crèche|creche|garderie|maison\s+d['’\s]\s*enfants|maison\s+de\s+jeunes|centre\s+de\s+jour"
    r"|maison\s+de\s+repos|maison\s+de\s+soins(?:\s+psychiatriques)?|résidence|foyer"
    r"|abri\s+de\s+nuit|maison\s+d['’]accueil|école\s+des\s+devoirs|accueil\s+extrascolaire"
    r"|snack|friterie|librairie|boulangerie|épicerie\s+sociale|unité|club\s+de\s+[^\W\d_]+"
    r"|day\s+cent(?:re|er)|retirement\s+home|care\s+home|nursing\s+home|nursery|bakery|shelter"
    r"|food\s+bank|youth\s+club|day\s+hospital"
    r"|bs|welzijnsschakel|sociaal\s+restaurant|restaurant\s+social|duivenmaatschappij|kaartclub"
    r"|café|cafe|carwash|car\s+wash|kapsalon|nachtwinkel|mcae|eta|clinique|kliniek|centre"
    r"|accueil\s+de\s+jour|pouponnière|maison\s+communautaire|fanfare|harmonie|ressourcerie"
    r"|oooc|voorziening|kinderkribbe|internaat|internat|gurdwara|taverne|brasserie|boksclub"
    r"|boxing\s+club|pub|gym|fitness|fitnessclub|sportschool|athénée|athenee|chu|supérette"
    r"|superette|blanchisserie|école|ecole|verrerie|garage"
)
NEW_KINDS = frozenset(["athénée", "athenee", "chu", "supérette", "superette", "blanchisserie",
                       "école", "ecole", "verrerie", "garage"])  # fmt: skip
"""Kinds added in #12's forty-sixth session: their name must end the clause ("chez supérette le
panier, horaires coupés"); "garage le temps de", "chu la cardiologie a revu", "athénée les
profs sont" go on (reader46b)."""
FRENCH_KINDS = (
    "centre",
    "clinique",
    "café",
    "cafe",
    "crèche",
    "creche",
    "garderie",
    "foyer",
    "résidence",
    "maison",
    "accueil",
    "snack",
    "friterie",
    "librairie",
    "boulangerie",
    "pouponnière",
    "ressourcerie",
    "harmonie",
    "taverne",
    "brasserie",
    "mcae",
    "eta",
    *sorted(NEW_KINDS),
)
"""Kinds after which "de" is French ("centre de jour"), not the Dutch article."""
BARE_ONLY = NEW_KINDS - {"chu"}
"""Kinds named so only right after a preposition ("à athénée les étangs", "chez garage le
pneu"); after an article the words are the sentence's: "à l'école les enfants rient"."""
CALLED = r"called|named|genaamd|nommée?|appelée?|qui\s+s['’]appelle|die\s+heet"
NAMED_KIND = lazy(
    rf"(?<![\w-])(?:{KINDS})\s+(?:({CALLED})\s+)?((?:de|het|'t|t|den|les|la|le|the)\s+|l['’]\s*)"
    rf"({WORD})(?:\s+({WORD}))?(?:\s+({WORD}))?"
)
"""A kind, perhaps "called", an article and up to three words of a name."""
CAPITAL_NAME = lazy(
    rf"(?<![\w-])(?i:{KINDS})\s+([A-Z][\w'’-]+(?:\s+(?:&\s+|(?:de|het|der|van|du|des|la|le"
    rf"|les|of|the)\s+)?[A-Z][\w'’-]+){{0,3}})"
)
"""A kind, then a name in capitals with no article: "at gym Iron Temple", "bij fitness Body
Line", "la MCAE Petits Loups", "de opvang In de Brug" (review26a); one word alone only when
it is not a frequent one ("naar de opvang Vandaag")."""
ARTICLES = frozenset(["de", "het", "'t", "den", "le", "la", "les", "the"])
PRONOUNS = frozenset(["i", "he", "she", "we", "they", "you", "it", "hij", "zij", "ze", "wij",
                      "je", "ik", "il", "elle", "ils", "elles", "on", "nous", "vous"])  # fmt: skip
"""A capitalised pronoun after a kind opens a sentence: "the centre He runs"."""
SAINT_KINDS = (
    r"rvt|wzc|rusthuis|woonzorgcentrum|pzc|pz|ksj|ksa|kla|chiro|scouts|gidsen|unité|patro|guides"
    r"|résidence|residence|home|école|ecole|école\s+libre|institut|instituut|collège|college|lycée"
    r"|athénée|atheneum|lyceum|académie|academie|clinique|kliniek|ziekenhuis|hôpital|hopital"
    r"|parochie|paroisse|kerk|église|eglise|basisschool|kleuterschool|school|(?<=\bla\s)mrs|maison\s+de\s+repos"
    r"|revalidatiecentrum|centrum|centre|kapel|chapelle|internaat|internat|campus|kinderziekenhuis|thuiszorg"
)
SAINT_NAME = lazy(
    rf"(?<![\w'’-])(?:{SAINT_KINDS})\s+((?:sint|saint|sainte|st|ste|heilig|notre-dame|onze-lieve-vrouw)"
    rf"(?:-[^\W\d_][\w'’]*)+|(?:notre-dame|onze-lieve-vrouw)(?:\s+(?:de|van)\s+{WORD})?"
    r"|[^\W\d_]+-[^\W\d_]+(?:-[^\W\d_]+)?)(?![\w-])"
)
"""A place of care, a school, a youth group or a church by its saint or its patron's names
joined by a hyphen, in lower case: "rvt sint-elisabeth", "résidence sainte-anne", "home
jean-paul", "école jean-jaurès" (review23b). The name is masked, its kind stays (the
smallest phrase that tells it); a hyphenated name that is a town stays with `place_names`."""
LEGAL_TAIL = lazy(
    r"\b(?:chez|bij|voor|for|at|pour|via|van|with|met)\s+(?:(?:le|la|de|het|the|een|a|un|une)\s+"
    r"|l['’])?(?:(?:firma|bedrijf|schoonmaakfirma|schoonmaakbedrijf|société|societe|firme"
    r"|entreprise|sous-traitant|firm|company|co\.?|cleaning\s+co\.?)\s+)?((?:[^\W\d_][\w&'’-]*\s+)"
    r"{0,3}[^\W\d_][\w&'’-]*\s+(?:srl|sprl|bvba|nv|asbl|vzw|ltd|gmbh|scrl|cvba"
    r"|bv(?=\s+(?:in|te|uit|à|a|at|op)\b|\s*[,.;]|\s*$)))\b"
    r"|\b([^\W\d_][\w'’-]*\s*&\s*co)\b"
)
"""A firm by its legal form after its name, in lower case: "chez cleaning solutions bxl srl",
"bij schoonmaakfirma clean it srl" (review23b)."""
FIRM = lazy(
    r"\b(?:het\s+bedrijf|de\s+firma|la\s+société|la\s+firme|l['’]entreprise|the\s+(?:firm"
    r"|company|agency)|the\s+cleaning\s+co\.?|(?:a|the)\s+(?:firm|company|shop|business)\s+"
    r"(?:called|named))\s+([^\W\d_][\w'’-]*)(?:\s+(&\s+[^\W\d_][\w'’-]*|[^\W\d_][\w'’-]*))?"
    r"(?:\s+([^\W\d_][\w'’-]*))?"
)
"""A firm named after a word for a firm: "het bedrijf fastbike express", "the firm
nannyplus", "the cleaning co. brite & shine"."""
ACTS = cues()["verbs"] | frozenset(
    ["said", "says", "told", "tells", "called", "calls", "wrote", "writes", "asked", "asks",
     "paid", "pays", "closed", "closes", "fired", "hired", "sent", "sends", "will", "would",
     "did", "does", "went", "refused", "refuses", "wants", "wanted", "needs", "gave", "gives"]
)  # fmt: skip
"""What a firm does: "the company said no" names none."""
FIRM_WORDS = frozenset(["bedrijf", "firma", "société", "firme", "entreprise", "firm", "company",
                        "agency", "co", "business", "srl", "sprl", "bvba", "bv", "nv", "asbl",
                        "vzw", "ltd", "gmbh", "scrl", "cvba"])  # fmt: skip
"""Without one of these words no firm rule can match."""
SMALL_WORDS = frozenset(["van", "de", "het", "der", "den", "du", "des", "la", "le", "les", "of",
                         "the", "voor", "pour", "for", "een", "un", "une", "a"])  # fmt: skip
"""An article or a preposition inside says the words are a phrase, not a firm's name: "de
uitstap van de vzw" is the association's outing."""
ARTICLE_BEFORE = lazy(r"(?:\b(?:de|het|la|le|les|the|au|du|een|un|une|a|an)\s+|l['’]\s*)$")
"""A kind after an article may be any one; a bare kind ("naar voedselbank de schakel") is a
name's."""
KIND_HINTS = frozenset(
    ["opvang", "kinderopvang", "voedselbank", "kruidenier", "revalidatiecentrum", "dagcentrum",
     "dagopvang", "nachtopvang", "zorgboerderij", "turnkring", "tennisclub", "voetbalclub",
     "sportclub", "wasserij", "bakkerij", "frituur", "restaurant", "jeugdhuis", "buurthuis",
     "wijkcentrum", "ontmoetingscentrum", "inloophuis", "onthaalhuis", "huishoudbedrijf",
     "schoonmaakbedrijf", "schoonmaakfirma", "poetsbedrijf", "dienstenchequebedrijf",
     "muziekacademie", "speelpleinwerking", "serviceflats", "woonzorgcentrum", "wzc", "rusthuis",
     "rvt", "kdv", "kinderdagverblijf", "sbso", "cdo", "crèche", "creche", "garderie", "enfants",
     "jeunes", "jour", "repos", "soins", "psychiatriques", "résidence", "foyer", "nuit", "accueil",
     "devoirs", "extrascolaire", "snack", "friterie", "librairie", "boulangerie", "sociale",
     "unité", "club", "centre", "center", "home", "nursery", "bakery", "shelter", "bank",
     "hospital", "bs", "welzijnsschakel", "social", "duivenmaatschappij", "kaartclub", "café",
     "cafe", "carwash", "wash", "kapsalon", "nachtwinkel", "mcae", "eta", "clinique", "kliniek",
     "pouponnière", "communautaire", "fanfare", "harmonie", "ressourcerie", "oooc",
     "voorziening", "kinderkribbe", "internaat", "internat", "gurdwara", "taverne", "brasserie",
     "boksclub", "pub", "gym", "fitness", "fitnessclub", "sportschool"]
) | NEW_KINDS  # fmt: skip
"""The last word of each kind: without one, no rule here can match."""
NOT_NAMES = STOP | frozenset(
    ["matin", "soir", "midi", "semaine", "weekend", "week-end", "jour", "jours", "mois", "année",
     "an", "nuit", "même", "dernier", "dernière", "prochain", "prochaine", "tout", "toute",
     "tous", "toutes", "autre", "autres", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
     "samedi", "dimanche", "lundis", "mardis", "mercredis", "jeudis", "vendredis", "samedis",
     "dimanches", "weekends", "ganse", "gans", "early", "late", "mornings", "evenings", "nights",
     "today", "tomorrow", "yesterday", "every", "each", "until", "vroeg", "laat", "vandaag",
     "gisteren", "elke", "iedere", "tôt", "tard", "aujourd", "hier", "demain", "chaque", "jusqu",
     "morning", "evening", "night", "day", "days", "next", "last", "same", "whole", "other",
     "children", "kids", "residents", "staff", "manager", "owner", "patron", "patronne",
     "responsable", "directeur", "directrice", "chef", "kinderen", "bewoners", "eigenaar", "baas",
     "juf", "on", "was", "is", "has", "had", "lui", "leur", "y", "en", "ne", "n", "qui", "que",
     "vanaf", "sinds", "depuis", "since", "tot", "jusqu'à", "om", "na", "après", "after",
     "haar", "zijn", "hun", "mijn", "son", "sa", "ses", "leurs", "his", "her", "their",
     "helpt", "hielp", "helps", "helped", "aide", "aidait", "geeft", "gaf", "gives", "gave",
     "donne", "stuurt", "stuurde", "envoie", "vraagt", "asks", "demande", "biedt",
     "offers", "offre", "betaalt", "paie", "organiseert", "organise", "organizes", "zoekt",
     "cherche", "looks", "heeft", "a", "avait", "sont", "ont", "étaient", "était", "are", "were"]
)  # fmt: skip
"""Words that end a name, or show that what follows the article is no name."""
FIRM_STOP = NOT_NAMES | ACTS


def named_kinds(text: str, lowered: str, words: frozenset[str]) -> Iterator[Found]:
    """Each care place, club or shop named by an article and words after its kind, or by
    capitalised words after it."""
    if "-" in lowered:
        towns = gazetteer().names
        for match in SAINT_NAME.finditer(lowered):
            name = match.group(1)
            saint = name.startswith(("sint", "saint", "st-", "ste-", "heilig", "notre", "onze"))
            if saint or fold(name).replace("-", " ") not in towns:
                yield match.start(1), match.end(), "organisation"
    if not FIRM_WORDS.isdisjoint(words):
        yield from _firms(lowered)
    if " du " in lowered or " de" in lowered:
        yield from kinds_of(lowered, FIRM_STOP)
    if KIND_HINTS.isdisjoint(words):
        return
    if not text.islower():
        yield from _capital_names(text)
    common = frequent()
    for match in NAMED_KIND.finditer(lowered):
        if match.group(2).strip() == "de" and lowered[
            match.start() : match.start(2)
        ].rstrip().endswith(FRENCH_KINDS):
            continue  # "le centre de planning familial": a French "de", no article
        parts = [match.group(i) for i in (3, 4, 5) if match.group(i)]
        kept = words_of_a_name(parts, FIRM_STOP)
        bare = ARTICLE_BEFORE.search(lowered, max(0, match.start() - 6), match.start()) is None
        if bare and match.group(2).strip() in ("de", "het") and dutch_plural(parts[0]):
            continue  # "naar jeugdhuis de papieren brengen": what was done there
        kind = lowered[match.start() : match.start(2)].strip()
        if kind in NEW_KINDS:  # "chez supérette le pain était fini" (reader46b): no name
            if not bare and kind in BARE_ONLY:
                continue  # "devant l'école les mamans attendent" (#12, forty-sixth session)
            word_ends = [match.end(n + 3) for n in range(kept)]
            kept = words_to_clause_end(FRENCH_ENDS, lowered, word_ends)
            if not kept or parts[0] in OF_STOP:
                continue
        plain = any(p not in common for p in parts[:kept])  # of the words kept, not all read
        if kept and (match.group(1) is not None or bare or plain):
            yield match.start(), match.end(kept + 2), "organisation"  # "opvang de kameleon"


def _capital_names(text: str) -> Iterator[Found]:
    kept = lexicon().keep.spans(text)
    common = frequent()
    for match in CAPITAL_NAME.finditer(text):
        start, end = match.span(1)
        words = match.group(1).lower().split()
        if text[match.start() : start].strip().lower() in NEW_KINDS:
            continue  # "Au Chu De Charleroi Pour Son Coeur" (reader46): title case, no name
        alone = len(words) == 1 and (words[0] in common or words[0] in SMALL_WORDS)
        if alone or words[0] in PRONOUNS or any(a < end and start < b for a, b in kept):
            continue
        if words[0] in ARTICLES:
            yield start, end, "organisation"  # "l'ETA Le Tremplin Vert": the name, as above
        else:
            yield match.start(), end, "organisation"  # "gym Iron Temple": with its kind


def _firms(lowered: str) -> Iterator[Found]:
    for match in LEGAL_TAIL.finditer(lowered):
        if match.group(2):  # "proper & co", "clean & co" (review31b)
            yield match.start(2), match.end(2), "organisation"
            continue
        said = match.group(1).split()
        if said[0] not in NOT_NAMES and SMALL_WORDS.isdisjoint(said[:-1]):
            yield match.start(1), match.end(1), "organisation"
    common = frequent()
    for match in FIRM.finditer(lowered):
        parts = [match.group(i).lstrip("& ") for i in (1, 2, 3) if match.group(i)]
        kept = words_of_a_name(parts, FIRM_STOP)
        if kept and any(p not in common for p in parts[:kept]):
            yield match.start(1), match.end(kept), "organisation"
