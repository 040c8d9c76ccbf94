"""Schools, care places, places of worship and shops named next to a person, as typed on a phone:
a kind with an article or saint and the name ("basisschool de linde", "GO! atheneum Het Kompas"),
its town ("CHU de Liège"), capitalised words. A generic place ("de school") stays (`employers`)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.care_places import GATHERINGS, NOT_A_NAME, TIME_WORDS, care_places, feasts
from bot.privacy.club_names import plain_club
from bot.privacy.employers import listed_employers
from bot.privacy.institution_shapes import institution_shapes
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues, lexicon
from bot.privacy.name_cues import frequent as _frequent
from bot.privacy.org_capitals import (
    SHOP_HINT,
    SHOP_KINDS,
    bare_firms,
    capitals_after,
    congregations,
)
from bot.privacy.org_shapes import HOSPITALS, named_care, plural_verb
from bot.privacy.org_shapes import town_word as _town_word
from bot.privacy.patterns import organisations as capitalised_organisations
from bot.privacy.places import fold, gazetteer, place_names
from bot.privacy.school_names import PEOPLE_THERE
from bot.privacy.sensitive import special_categories, stated_before
from bot.privacy.shops import shops
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]
KINDS = (
    r"basisschool|basischool|kleuterschool|lagere school|middelbare school|secundaire school"
    r"|atheneum|athenium|ateneum|école primaire|école fondamentale|école maternelle"
    r"|lyceum|college|instituut|academie|école|ecole|athénée|athenee|institut|collège|lycée"
    r"|kinderdagverblijf|crèche|creche|wijkgezondheidscentrum|ziekenhuis|kinderkliniek|kliniek"
    r"|clinique"
    r"|hôpital|hopital|hospital|maison m[ée]dicale|huisartsenpraktijk|rusthuis|woonzorgcentrum"
    r"|maison de repos|internaat|internat|opvangcentrum|centre d'accueil|hogeschool|buso|bubao"
    r"|wzc|dagcentrum|revalidatiecentrum|psychiatrisch centrum|centre psychiatrique|mpi"
    r"|beschutte werkplaats|maatwerkbedrijf|entreprise de travail adapté|jeugdhuis|buurthuis"
    r"|wijkcentrum|dienstencentrum|lokaal dienstencentrum|serviceflat|huis van het kind"
    r"|maison de quartier|maison des jeunes|centre de jour|club|vbs|gbs|gvbs|kbs|sbs|daycare"
    r"|centre de sant[ée] mentale|service de sant[ée] mentale|centre de planning familial"
    r"|planning familial|centrum voor geestelijke gezondheidszorg|wgc|ssm|home|kinderopvang|kdv"
    r"|(?:voetbal|zwem|judo|turn|tennis|basket|basketbal|volley|volleybal|dans|gym|wieler|box"
    r"|atletiek|hockey|schaak|sport|boks|karate|taekwondo)club|turnkring|dansschool|muziekschool"
    r"|steinerschool|freinetschool|montessorischool|methodeschool|daklozenopvang|residentie"
    r"|habitation protégée|habitation protegee|sheltered housing|beschut wonen"
)  # fmt: skip
STEMS = ("schoo", "athen", "athén", "lyc", "colle", "collè", "insti", "acad", "cole", "kinder",
         "crèche", "creche", "gezondheid", "zieken", "klini", "clini", "pital", "maison",
         "praktijk", "rusthuis", "zorgcentrum", "internaat", "internat", "opvang", "centre", "buso",
         "bubao", "wzc", "centrum", "mpi", "werkplaats", "maatwerk", "huis", "flat", "kind", "club",
         "vbs", "gbs", "kbs", "sbs", "planning", "wgc", "brouw", "residentie", "kring", "ssm",
         "home", "kdv", "daycare", "habitation", "sheltered", "beschut")  # fmt: skip
STEM_HINT = Stems(STEMS)  # cheap substrings that every kind of institution above contains
LEADS = (
    r"de\s+la|de|het|'t|ter|ten|den|sint|saint|sainte|st|onze-lieve-vrouw|notre-dame|don|pater"
    r"|heilig|dr\.?|dokter|docteur"
)
NAME = r"[\w'’]+(?:-[\w'’]+)*"
INSTITUTION = lazy(
    rf"(?:\bgo!\s+)?\b(?:{KINDS})\s+(?:(?:{LEADS})[ -]+|((?:les|le|la)\s+|l['’]\s*))({NAME})"
)
"""On the lower-cased text (fast); a French name after "le" needs a capital ("école La Source")."""
VERBS = cues()["verbs"] | cues()["org_verbs"]
CARE_KINDS = ("santé", "médicale", "gezondheid", "wgc", "repos", "rusthuis", "woonzorg", "ssm",
              "primaire", "fondamentale", "maternelle", "home", "crèche", "creche", "opvang",
              "kinderdag", "residentie", "clinique", "kliniek")  # fmt: skip
NOT_NAMES = NOT_A_NAME | TIME_WORDS | PEOPLE_THERE  # nor who is there: "basisschool de juf"
OF_DISTRICT = lazy(rf"\b(?:{KINDS})\s+(?:du|des)\s+({NAME})")
"""A French care place named after its district: "la maison médicale du laveu"."""
QUALIFIED = lazy(
    r"\b(?:(?:koninklijk|koninklijke|gemeentelijke|stedelijke|provinciale|vrije|katholieke)\s+"
    rf"(?:{KINDS})|(?:{KINDS})\s+(?:royale?|communale?|provinciale?|libre|de\s+la\s+communauté"
    r"\s+française))\b"
)
"""A school named by its network: "koninklijk atheneum", "l'athénée royal"."""
LEGAL = lazy(
    r"\b(?:vzw|asbl|bvba|bv|nv|srl|sprl|fc|kfc|rsc|rfc|kv|kvc|ksk|ksv|kaa|rwdm|chiro|scouts|ksa|sk|kvv"
    r"|kla|patro|guides|scoutsgroep|chirogroep|jeugdbeweging|cvo)\s+(?:(?:van|de|d['’])\s*(?=\w))?"
    r"((?:de|het|'t|ter|ten|den|la|le|les)\s+|l['’]\s*)?([^\W\d_][\w'’-]+)"
)
"""An association, firm or youth movement by its legal form: "vzw kompas", "chiro sint-jan"."""
OWN_ARTICLE = lazy(r"(?:\bl['’]\s*|\b(?:la|de|het|the)\s+)$")
"""An article before the form: the team's own when a frequent word or a participle typed
without its accent follows (probe113, probe116)."""
BARE_KIND = lazy(
    r"\b(?:basisschool|kleuterschool|lagere school|atheneum|lyceum|kinderdagverblijf|kdv|wzc"
    r"|woonzorgcentrum|rusthuis|internaat|opvangcentrum|jeugdhuis|buurthuis|dienstencentrum"
    r"|revalidatiecentrum|psychiatrisch centrum|maison de repos|crèche|wgc|(?:voetbal|gym|judo|zwem"
    r"|basket|basketbal|tennis|volley|volleybal|wieler|box|dans|turn|atletiek|karate|hockey"
    r"|schaak|sport)club|turnkring|dansschool|muziekschool|hogeschool|haute école|haute ecole"
    r"|universiteit|université|huize|brouwerij)\s+([^\W\d_][\w'’-]{2,})"
)
"""A kind of place that names itself with the next word: "rusthuis hemelrijk"."""
MORE = lazy(rf"\s+[A-ZÀ-Ý]{NAME}")
"""A capitalised word that continues the name: "basisschool De Kleine Prins"."""
HOSPITAL = lazy(
    rf"\b(?:hôpital|hopital|hospital|ziekenhuis|kliniek|clinique|cliniques)\s+(?:de\s+la\s+|de\s+)?"
    rf"(?:universitaire\s+|universitair\s+)?(?:{HOSPITALS})\b"
)
CARE_ACRONYM = lazy(
    r"\b(?:AZ|UZ|RZ|ZNA|GZA|CHU|CHR|CHIREC|HUB|ZOL|CGG|az|uz|rz|zna|gza|chu|chr|chirec|cgg)\s+"
    rf"(?:(?i:{HOSPITALS})\b|(?:(?:de\s+la|de\s+l['’]|de|van|d['’]|ter|ten)\s*)?"
    r"(?:(?:st|ste|sint|saint)[\s.-]+)?[\w'’-]{3,})"
    r"|\b(?i:pc|pz|opz|upc)\s+(?:(?i:dr|dokter)\.?\s+)?(?:(?i:sint|st|saint|heilig"
    r"|onze-lieve-vrouw)[ -][\w'’-]+|[A-Z][\w'’-]+|(?<=[Dd]r\.\s)[\w'’-]+)"
)
"""Hospital groups: "AZ Sint-Jan", "CHU Saint-Pierre", "chu ambroise paré" (a listed name whole)."""
SAINT_SCHOOL = lazy(r"\b(?:sint|st|heilig)-[\w-]+(?:school|college|instituut)\b")
SAINT_OR_HOSPITAL = lazy(f"{SAINT_SCHOOL.pattern}|{HOSPITAL.pattern}|{QUALIFIED.pattern}")
SAINT_HOUSE = lazy(r"\b(?:in|naar|op|van|uit)\s+(?:het|'t)\s+((?:sint|st|heilig)-[\w-]+)")
"""Flemish schools and hospitals go by their saint: "naar het sint-jozef", "in 't sint-jan"."""


TOWN_KINDS = (
    r"ziekenhuis|kliniek|hospital|hôpital|hopital|centre\s+hospitalier|psychiatric\s+(?:centre"
    r"|center|hospital)|psychiatrisch\s+(?:centrum|ziekenhuis)|centre\s+psychiatrique"
    r"|hôpital\s+psychiatrique|kerk|église|eglise|moskee|mosquée|mosque|church|synagoge"
    r"|synagogue|tempel|basisschool|atheneum|lyceum|college|collège|école|ecole|athénée|institut"
    r"|instituut|rusthuis|woonzorgcentrum|maison\s+de\s+repos|opvangcentrum|asielcentrum"
    r"|centre\s+d['’]accueil|gezondheidscentrum|wijkgezondheidscentrum|centre\s+de\s+santé"
    r"|maison\s+médicale|kinderdagverblijf|crèche|vbs|gbs|gvbs|kta|vti|gito|pti|vbo|kbs|sbso"
    r"|résidence|residentie|mpi|centre\s+de\s+santé\s+mentale|service\s+de\s+santé\s+mentale"
    r"|centrum\s+voor\s+geestelijke\s+gezondheidszorg|centre\s+fedasil|centre\s+croix-rouge"
    r"|rode[\s-]kruiscentrum|opvangcentrum\s+van\s+het\s+rode\s+kruis|fedasil-centrum"
    r"|gevangenis|prison|jail|centre\s+fermé|gesloten\s+centrum|jeugdinstelling|ippj"
    r"|gemeenschapsinstelling|maison\s+d['’]arrêt|penitentiair\s+centrum|closed\s+centre"
    r"|nachtasiel|nachtopvang|daklozenopvang|inloopcentrum|crisisopvang|vluchthuis|abri\s+de\s+nuit"
    r"|asile\s+de\s+nuit|centre\s+d['’]hébergement|maison\s+d['’]accueil|night\s+shelter"
    r"|homeless\s+shelter|shelter"
)
KIND_STEMS = (*(s for s in STEMS if s not in ("huis", "kind")), "rusthuis", "jeugdhuis",
              "buurthuis", "huis van het kind", "kinderdag", "hospi", "hôpi", "psychi", "kerk",
              "glise", "mosk", "mosq", "church", "fedasil", "kruis", "croix", "synago", "tempel",
              "asiel", "accueil", "santé", "médic", "vbs", "gbs", "kta", "vti", "gito", "pti",
              "vbo", "kbs", "sbso", "siden", "gevangen", "prison", "jail", "fermé", "gesloten",
              "instelling", "ippj", "arrêt", "penitentiair", "closed", "opvang", "shelter",
              "abri", "asile", "hébergement", "vluchthuis", "inloop", "nachtasiel")  # fmt: skip
"""Like STEMS, without "huis" and "kind", which most notes hold ("thuis", "kinderen")."""
KIND_HINT = Stems(KIND_STEMS)
KIND_AND_TOWN = lazy(
    rf"\b(?:{TOWN_KINDS})(?:(?:\s+(?!van\b|de\b|in\b|te\b|à\b|of\b|d['’])[^\W\d_][\w-]+)?"
    r"(?:\s+(van|de|of|te)\s+|\s+(d['’]))|\s+)"
)
"""A kind named by its town: "het atheneum van mortsel"; "de moskee in kuregem" only locates it."""
SCHOOL_IN = lazy(
    r"\b(?:kta|vti|gito|pti|vbs|gbs|gvbs|kbs|sbso|vbo|buso|bubao|atheneum|athénée|lyceum|lycée"
    r"|college|collège|instituut|institut|steinerschool|freinetschool|montessorischool"
    r"|methodeschool)\s+(?:in|te|à)\s+"
)
"""A school is named by the town it is in: "het kta in zottegem", "l'athénée à uccle"."""
NETWORK = lazy(
    r"(?i:\b(?:vrije?|gemeentelijke?|stedelijke?|katholieke?|koninklijke?|provinciale?|officiële"
    r"|go!?|grande?|grote|great|centrale?|central)\s+)$"
)
"""A school's network before its kind: "vrije basisschool sint-pieter"."""
NAMED = lazy(r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*")
KIND_WORD = lazy(rf"\b(?:{KINDS}|{TOWN_KINDS}|{SHOP_KINDS})\b")
"""A kind followed by capitalised words: "l'Hôpital Universitaire des Enfants Reine Fabiola"."""
STATE = lazy(r"\b(?:en|in|to|into|naar)\s+(?:prison|jail|gevangenis)\b")
"""A prison without an article is where someone is, not a named place: "en prison"."""
INDEFINITE = lazy(r"\b(?:een|a|an|un|une)\s+(?:[^\W\d_]+\s+)?$")
SAINT_NAMED = lazy(
    r"\b(?:naar|op|in|at|to|au|à|bij|chez)\s+((?:Sint|Saint|Sainte|St|Heilig)-[A-ZÀ-Ý][\w-]+)"
)
"""A school or hospital by its saint alone, capitalised: "gaat naar Sint-Gregorius"."""


def institutions_and_categories(text: str) -> Iterator[Found]:
    """Every named institution and special category, overlapping finds joined into one span (an
    institution wins: "psychiatric centre in duffel"), a school's network before it."""
    merged: list[Found] = []
    found = [*_institutions(text), *special_categories(text), *capitalised_organisations(text)]
    found += [*congregations(text), *bare_firms(text)]
    for start, end, kind in sorted(found):
        if merged and start < merged[-1][1]:
            first, last, other = merged[-1]
            before = stated_before(text, first, start) if kind == "organisation" else None
            if before and other != "organisation":  # "est détenue | au | centre fermé de Vottem"
                merged[-1] = before
                merged.append((start, end, kind))
                continue
            joined = "organisation" if "organisation" in (kind, other) else other
            if other != "organisation" and first < start:
                joined = other  # "zit in de gevangenis van haren": the fact, its place inside
            merged[-1] = (first, max(last, end), joined)
        else:
            merged.append((start, end, kind))
    yield from feasts(text)  # claimed, not masked
    for start, end, kind in merged:
        yield (_network(text, start) if kind == "organisation" else start), end, kind


LEGAL_FORMS = ("vzw", "asbl", "bvba", "bv", "nv", "srl", "sprl", "fc", "kfc", "rsc", "rfc", "kv",
               "kaa", "ksk", "ksv", "rwdm", "chiro", "scouts", "ksa", "kla", "patro", "guides",
               "jeugdbeweging", "cvo")  # fmt: skip
CARE_GROUPS = ("az", "uz", "rz", "zna", "gza", "chu", "chr", "chirec", "hub", "zol", "pc", "pz",
               "opz", "upc", "cgg")  # fmt: skip
"""What LEGAL and CARE_ACRONYM (in any case) need: cheap substring tests before the scans."""
LEGAL_HINT, CARE_HINT = Stems(LEGAL_FORMS), Stems(CARE_GROUPS)


def _institutions(text: str) -> Iterator[Found]:
    lowered = text.lower()
    stem = STEM_HINT.in_text(text)
    if len(lowered) == len(text) and stem:
        for match in INSTITUTION.finditer(lowered):
            name = match.group(2)
            named = text[match.start(2)].isupper() or _a_name(name)
            care = any(kind in match.group() for kind in CARE_KINDS)
            named = named or (care and name not in VERBS and name not in NOT_NAMES)
            if " de la " in match.group() and lexicon().is_word(name):
                named = text[match.start(2)].isupper()  # "l'école de la ville"
            if named and (match.group(1) is None or care or text[match.start(2)].isupper()):
                more = MORE.match(text, match.end())
                yield match.start(), more.end() if more else match.end(), "organisation"
        for match in OF_DISTRICT.finditer(lowered):
            name = match.group(1)
            plural = name.endswith(("s", "x")) and "clini" in match.group()  # "des marronniers"
            unknown = not lexicon().is_word(name) or fold(name) in gazetteer().names
            if _a_name(name) and (unknown or (plural and name not in NOT_NAMES)):
                yield match.start(), match.end(), "organisation"
        for match in SAINT_OR_HOSPITAL.finditer(lowered):
            yield match.start(), match.end(), "organisation"
    for match in BARE_KIND.finditer(lowered) if stem or "kdv" in lowered else ():
        if _a_name(match.group(1)):
            yield match.start(), match.end(), "organisation"
    legal = LEGAL_HINT.in_text(text)
    for match in LEGAL.finditer(lowered) if legal else ():
        bare = match.start(2) == match.start() + 3  # "bv morgen": for example, no firm
        lead = ("cvo", "jeugdb", "bv ") if bare else ("cvo", "jeugdb")
        adult = match.group().startswith(lead) and match.group(2) in _frequent()
        named = all(match.group(2) not in no for no in (NOT_A_NAME, VERBS, GATHERINGS))
        if OWN_ARTICLE.search(lowered, max(0, match.start() - 4), match.start()):
            said = match.group(2)  # "l'asbl super réussi", "l'asbl inonde": not a name
            named = named and said not in _frequent() and not lexicon().is_word(said[:-1] + "é")
        if named and not adult and not plain_club(text, match):
            town = next(place_names(text[match.end() : match.end() + 40], lenient=True), None)
            whole = (
                town and town[0] == 1 and _town_word(text[match.end() + 1 : match.end() + town[1]])
            )
            end = match.end() + town[1] if town and whole else match.end()
            yield match.start(), end, "organisation"  # "kfc eendracht zele"; not "fc x on"
    if "sint" in lowered or "st-" in lowered or "heilig" in lowered:
        for match in SAINT_HOUSE.finditer(lowered):
            yield match.start(1), match.end(1), "organisation"
    care = CARE_HINT.in_text(text)
    for match in CARE_ACRONYM.finditer(text) if care else ():
        if match.group()[0].isupper() or named_care(match.group().lower().split(None, 1)[1]):
            yield match.start(), match.end(), "organisation"
    yield from _named_places(text, lowered)
    yield from care_places(text, lowered)
    yield from listed_employers(text)
    yield from institution_shapes(text, lowered)


def _named_places(text: str, lowered: str) -> Iterator[Found]:
    """Kinds with their town or capitalised name, shops by name, schools by their saint."""
    places = gazetteer()
    for match in SAINT_NAMED.finditer(text) if "-" in text else ():
        saint = fold(match.group(1)).replace("-", " ")
        if saint not in places.names:
            yield match.start(1), match.end(1), "organisation"
    if KIND_HINT.in_text(text):
        for match in KIND_AND_TOWN.finditer(lowered):
            if STATE.search(lowered, max(0, match.start() - 6), match.start() + 6):
                continue  # "est en prison à lantin": a state and a town, no named prison
            if INDEFINITE.search(lowered, max(0, match.start() - 20), match.start()):
                continue  # "a church in brussels": one of many, the town is masked as a place
            linked = match.group(1) or match.group(2)
            after = text[match.end() : match.end() + 40]
            town = next(place_names(after, lenient=linked is not None), None)
            if town and town[0] == 0:
                yield match.start(), match.end() + town[1], "organisation"
            elif linked and len(text) == len(lowered) and (run := NAMED.match(text, match.end())):
                yield match.start(), run.end(), "organisation"  # "l'hôpital de Jolimont"
        for match in SCHOOL_IN.finditer(lowered):
            town = next(place_names(text[match.end() : match.end() + 40], lenient=True), None)
            one = INDEFINITE.search(lowered, max(0, match.start() - 20), match.start())
            if town and town[0] == 0 and not one:
                yield match.start(), match.end() + town[1], "organisation"
    if KIND_HINT.in_text(text) or SHOP_HINT.in_text(text):
        yield from capitals_after(KIND_WORD, text, lowered)
    yield from shops(text, lowered)


def _network(text: str, start: int) -> int:
    found = NETWORK.search(text, max(0, start - 20), start)
    return found.start() if found else start


def _a_name(word: str) -> bool:
    """After "rusthuis", a word is its name unless frequent ("vandaag"), a link word or a verb."""
    return not (word in NOT_NAMES or word in _frequent() or word in VERBS or plural_verb(word))
