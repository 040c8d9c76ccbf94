"""Schools, care places and employers named in lower case, as typed on a phone.

"basisschool de linde", "GO! atheneum Het Kompas", "clinique saint-luc": a kind of
institution followed by an article or a saint's name and the name itself. "lidl tienen",
"werkt bij bekaert": a large employer with its town, or after a word about work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from bot.privacy.lexicon import cues, lexicon, read_data
from bot.privacy.places import place_names
from bot.privacy.sensitive import PhraseIndex, tokenise

Found = tuple[int, int, str]
KINDS = (
    r"basisschool|kleuterschool|lagere school|middelbare school|secundaire school|atheneum"
    r"|lyceum|college|instituut|academie|école|ecole|athénée|athenee|institut|collège|lycée"
    r"|kinderdagverblijf|crèche|creche|wijkgezondheidscentrum|ziekenhuis|kliniek|clinique"
    r"|hôpital|hopital|hospital|maison médicale|huisartsenpraktijk|rusthuis|woonzorgcentrum"
    r"|maison de repos|internaat|internat|opvangcentrum|centre d'accueil|hogeschool|buso|bubao"
    r"|wzc|dagcentrum|revalidatiecentrum|psychiatrisch centrum|centre psychiatrique|mpi"
    r"|beschutte werkplaats|maatwerkbedrijf|entreprise de travail adapté|jeugdhuis|buurthuis"
    r"|wijkcentrum|dienstencentrum|lokaal dienstencentrum|serviceflat|huis van het kind"
    r"|maison de quartier|maison des jeunes|centre de jour|club"
)  # fmt: skip
STEMS = ("schoo", "athen", "athén", "lyc", "colle", "collè", "insti", "acad", "cole",
         "kinder", "crèche", "creche", "gezondheid", "zieken", "klini", "clini", "pital",
         "maison", "praktijk", "rusthuis", "zorgcentrum", "internaat", "internat", "opvang",
         "centre", "buso", "bubao", "wzc", "centrum", "mpi", "werkplaats", "maatwerk", "huis",
         "flat", "kind", "club")  # fmt: skip
"""Cheap substrings that every kind of institution above contains."""
STEM_HINT = re.compile("|".join(STEMS))
LEADS = r"de|het|'t|ter|ten|den|sint|saint|sainte|st|onze-lieve-vrouw|notre-dame|don|pater|heilig"
NAME = r"[\w'’]+(?:-[\w'’]+)*"
INSTITUTION = re.compile(
    rf"(?:\bgo!\s+)?\b(?:{KINDS})\s+(?:(?:{LEADS})[ -]+|(le|la|les|l'|l’)\s*)({NAME})"
)
"""Matched on the lower-cased text (much faster than ignoring case). A French name with an
article counts only when it has a capital: "école La Source", not "école le lundi"."""
QUALIFIED = re.compile(
    r"\b(?:(?:koninklijk|koninklijke|gemeentelijke|stedelijke|provinciale|vrije|katholieke)\s+"
    rf"(?:{KINDS})|(?:{KINDS})\s+(?:royale?|communale?|provinciale?|libre|de\s+la\s+communauté"
    r"\s+française))\b"
)
"""A school named by its network: "koninklijk atheneum", "l'athénée royal"."""
LEGAL = re.compile(
    r"\b(?:vzw|asbl|bvba|bv|nv|srl|sprl|fc|kfc|chiro|scouts|ksa|patro)\s+"
    r"((?:de|het|'t|la|le|les|l')\s*)?([^\W\d_][\w'’-]+)"
)
"""An association, firm or youth movement by its legal form: "vzw kompas", "chiro sint-jan"."""
NOT_A_NAME = frozenset(["die", "dat", "met", "voor", "van", "in", "is", "en", "of", "op", "bij",
                        "uit", "waar", "qui", "que", "pour", "avec", "dans", "est", "et", "ou",
                        "with", "that", "for", "and", "which", "who", "at"])  # fmt: skip
BARE_KIND = re.compile(
    r"\b(?:basisschool|kleuterschool|lagere school|atheneum|lyceum|kinderdagverblijf|kdv|wzc"
    r"|woonzorgcentrum|rusthuis|internaat|opvangcentrum|jeugdhuis|buurthuis|dienstencentrum"
    r"|revalidatiecentrum|psychiatrisch centrum|maison de repos|crèche)\s+([^\W\d_][\w'’-]{2,})"
)
"""A kind of place that names itself with the next word: "rusthuis hemelrijk"."""
MORE = re.compile(rf"\s+[A-ZÀ-Ý]{NAME}")
"""A capitalised word that continues the name: "basisschool De Kleine Prins"."""
HOSPITALS = (
    r"erasme|érasme|brugmann|bordet|huderf|saint-pierre|saint-luc|sint-pieter|sint-jan"
    r"|delta|chirec|ambroise paré|jolimont|citadelle|la citadelle|bracops|molière|iris sud"
    r"|stuivenberg|middelheim|sint-vincentius|sint-augustinus|jan palfijn|maria middelares"
    r"|groeninge|jessa|sint-trudo|heilig hart|sint-elisabeth"
)  # fmt: skip
HOSPITAL = re.compile(
    rf"\b(?:hôpital|hopital|hospital|ziekenhuis|kliniek|clinique|cliniques)\s+"
    rf"(?:universitaire\s+|universitair\s+)?(?:{HOSPITALS})\b"
)
CARE_ACRONYM = re.compile(
    r"\b(?:AZ|UZ|ZNA|GZA|CHU|CHR|CHIREC|HUB|ZOL|az|uz|zna|gza|chu|chr|chirec)\s+[\w'’-]{3,}"
)
"""Belgian hospital groups: "AZ Sint-Jan", "UZ Leuven", "CHU Saint-Pierre"."""
SAINT_SCHOOL = re.compile(r"\b(?:sint|st|heilig)-[\w-]+(?:school|college|instituut)\b")
SAINT_OR_HOSPITAL = re.compile(f"{SAINT_SCHOOL.pattern}|{HOSPITAL.pattern}|{QUALIFIED.pattern}")
SAINT_HOUSE = re.compile(r"\b(?:in|naar|op|van|uit)\s+(?:het|'t)\s+((?:sint|st|heilig)-[\w-]+)")
"""Flemish schools and hospitals go by their saint: "naar het sint-jozef", "in 't sint-jan"."""


WORK_CUES = ("werk", "job", "stage", "interim", "ontslag", "travail", "emploi", "work", "employ",
             "poets")  # fmt: skip
WORK_HINT = re.compile("|".join(WORK_CUES))
AFTER_WORK = re.compile(
    r"(?i:\b(?:werkt|werken|werkte|gewerkt|job|stage|interim|ontslagen|poetst|poetsvrouw"
    r"|poetshulp|travaille|travaillait|emploi|works|worked|employed)\b[^.;:!?\n]{0,25}?"
    r"\b(?:bij|chez|at|for|voor)\s+(?:de\s+|het\s+|la\s+|le\s+|the\s+)?)"
)
EMPLOYER_WORD = re.compile(r"[\w'’&+]+(?:-[\w'’&+]+)*")


@cache
def _employer_starts() -> frozenset[str]:
    return frozenset(name.split()[0] for name in read_data("employers.txt"))


@cache
def _employers() -> PhraseIndex:
    return PhraseIndex(dict.fromkeys(read_data("employers.txt"), "organisation"))


LEGAL_FORMS = ("vzw", "asbl", "bvba", "bv", "nv", "srl", "sprl", "fc", "kfc", "chiro", "scouts",
               "ksa", "patro")  # fmt: skip
CARE_GROUPS = ("az", "uz", "zna", "gza", "chu", "chr", "chirec", "hub", "zol")
"""What LEGAL and CARE_ACRONYM (in any case) need: cheap substring tests before the scans."""


def institutions(text: str) -> Iterator[Found]:
    lowered = text.lower()
    stem = STEM_HINT.search(lowered) is not None
    if len(lowered) == len(text) and stem:
        for match in INSTITUTION.finditer(lowered):
            if match.group(1) is None or text[match.start(2)].isupper():
                more = MORE.match(text, match.end())
                yield match.start(), more.end() if more else match.end(), "organisation"
        for match in SAINT_OR_HOSPITAL.finditer(lowered):
            yield match.start(), match.end(), "organisation"
    for match in BARE_KIND.finditer(lowered) if stem or "kdv" in lowered else ():
        if _a_name(match.group(1)):
            yield match.start(), match.end(), "organisation"
    legal = any(form in lowered for form in LEGAL_FORMS)
    for match in LEGAL.finditer(lowered) if legal else ():
        if match.group(2) not in NOT_A_NAME:
            yield match.start(), match.end(), "organisation"
    if "sint" in lowered or "st-" in lowered or "heilig" in lowered:
        for match in SAINT_HOUSE.finditer(lowered):
            yield match.start(1), match.end(1), "organisation"
    care = any(group in lowered for group in CARE_GROUPS)
    for match in CARE_ACRONYM.finditer(text) if care else ():
        if match.group()[0].isupper() or match.group().split()[1] not in lexicon().words:
            yield match.start(), match.end(), "organisation"
    if _employer_starts().isdisjoint(tokenise(text)[1]):
        return
    for start, end, _ in _employers().find(text):
        town = _town_after(text, end)
        if town:
            yield start, town, "organisation"


def _town_after(text: str, end: int) -> int:
    """Where the town right after an employer ends: "lidl tienen" is one span; in "aldi in
    zottegem" the town is masked on its own. 0: no town follows."""
    town = next(place_names(text[end:]), None)
    if town and text[end : end + town[0]] in (" ", ", ", " in ", " te ", " à "):
        return end + town[1] if text[end : end + town[0]] == " " else end
    return 0


def employers_at_work(text: str) -> Iterator[Found]:
    """An employer right after a word about work ("ontslagen bij bpost", "werkt bij
    kuehne"): a listed name, or a word that is no ordinary word and no place. Runs before
    the list of services that identify no one: a service that employs someone does."""
    if not WORK_HINT.search(text.lower()):
        return
    listed = {start: end for start, end, _ in _employers().find(text)}
    for match in AFTER_WORK.finditer(text):
        start = match.end()
        token = EMPLOYER_WORD.match(text, start)
        if token is None:
            continue
        end = listed.get(start)
        if end is None:
            word, words = token.group().lower(), lexicon()
            if words.is_word(word) or word in words.first or next(place_names(word), None):
                continue
            end = token.end()
        yield start, _town_after(text, end) or end, "organisation"


@cache
def _frequent() -> frozenset[str]:
    return frozenset(read_data("words_common.txt"))


def _a_name(word: str) -> bool:
    """After "rusthuis", a word is its name unless it is a frequent word ("rusthuis
    vandaag"), a link word or a verb of the notes."""
    return word not in NOT_A_NAME and word not in _frequent() and word not in VERBS


VERBS = cues()["verbs"]
