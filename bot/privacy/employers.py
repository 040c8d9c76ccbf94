"""Employers named next to a person: a company someone works for identifies them, with or
without its town; the same chain named as a place to shop, a utility or a creditor does not.

So a listed employer counts when the sentence is about work ("magazijnier bij katoen
natie", "il bosse chez colruyt", "cleans offices for iss"), or with its town or branch
("lidl tienen", "delhaize de jambes"); an unlisted name counts right after a word about
work ("werkt bij kuehne", "in de keuken van het hilton").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

from bot.privacy.article_words import product_after_article
from bot.privacy.compounds import frequent as _frequent
from bot.privacy.detention import NUMBER, UNIT
from bot.privacy.language import language_of
from bot.privacy.lazy_patterns import any_case, lazy
from bot.privacy.lexicon import lexicon, read_data
from bot.privacy.places import SHORT_WORDS, place_names
from bot.privacy.tokens import PhraseIndex, Stems, tokenise
from bot.privacy.word_typos import extra_letter_word

Found = tuple[int, int, str]
WORK = (
    r"werk|job|stage|interim|ontslag|travail|emploi|boulot|bosse|taf\b|work|employ|poets|kassier"
    r"|caissi|cashier|magazijn|magasinier|warehouse|entrepôt|chauffeur|driver|drives|heftruck"
    r"|forklift|arbeider|ouvrier|ouvrière|bediende|verkoper|verkoopster|vendeu|afwas|plongeu"
    r"|kok\b|cuisinier|keuken|kitchen|cleans|cleaner|schoonmaak|nettoyage|nettoie|shift|ploegen"
    r"|nachtshift|dagshift|nightshift|nachtploeg"
    r"|équipe\s+de\s+nuit|nachtploeg|contract|contrat|layoff|licencié|licenciée|fabriek|usine"
    r"|factory|baas|patron|boss|loon|salaire|wage|payslip|loonbrief"
    r"|fiche\s+de\s+paie|uitzendkracht|intérimaire|temp\s+agency|student\s*job|flexi"
    r"|aan\s+de\s+slag|verpleg|verpleeg|infirmi|nurse|zorgkundig|aide-soign|carer|caregiver"
    r"|bouwvakker|loodgieter|elektricien|lasser|operator|kelner|ober\b|serveu|waiter|waitress"
    r"|vrachtwagen|livreur|koerier|courier|delivery|bezorg|schoonmaker|kuisvrouw|femme\s+de\s+ménage"
    r"|nachtwaker|bewaker|security|guard|beveiliging|deliver|stagiair|stagiaire|intern\b|kuis"
    r"|conducteur|conductrice|conductor|nachten\b|nachtdienst|technieker|technicien|monteur"
    r"|mécanicien|mecanicien|kassa|loket|guichet|steward|ménage|délégu|delegu|afgevaardig"
    r"|gestopt|fired|sacked|quit|viré|virée|démissionn|laid\s+off|sollicit|gesollicit|postul|applied|apply"
    r"|applies|applying|hired|embauch"
)
WORK_HINT = Stems(
    "werk|job|stage|interim|ontslag|travail|emploi|boulot|bosse|taf|work|employ|poets|kassier"
    "|caissi|cashier|magazijn|magasin|warehouse|entrepôt|chauffeur|driver|drives|heftruck"
    "|forklift|arbeider|ouvri|bediende|verkop|vendeu|afwas|plonge|kok|cuisin|keuken|kitchen"
    "|clean|schoonmaak|nettoy|shift|ploeg|équipe|contra|layoff|licenci|fabriek|usine|factory"
    "|baas|patron|boss|loon|salaire|wage|payslip|fiche|uitzend"
    "|intérim|temp|flexi|slag|verpleg|verpleeg|infirmi|nurse|zorgkundig|soign|carer|caregiver"
    "|bouwvakker|loodgieter|elektricien|lasser|operator|kelner|ober|serveu|waiter|waitress"
    "|vrachtwagen|livreur|koerier|courier|delivery|bezorg|kuisvrouw|ménage|waker|bewak|secur"
    "|guard|beveilig|deliver|intern|kuis|conduct|nachten|nachtdienst|technie|technici|monteur"
    "|mécani|mecani|kassa|loket|guichet|steward|délégu|delegu|afgevaardig"
    "|gestopt|fired|sacked|quit|viré|démission|laid|sollicit|postul|appl|hired|embauch"
)
"""Plain stems of the words above: one cheap test says whether a sentence is about work."""
_AFTER_WORK = (
    rf"\b(?:{WORK})[\w'’-]*\b[^.;:!?\n]{{0,25}}?\b(?:bij|chez|at|for|voor|van|via|au|aux|from"
    r"|à\s+la|à\s+l['’])\s+(?!noir\b)(?:de\s+|het\s+|la\s+|le\s+|the\s+|l['’])?"
)
AFTER_WORK = lazy(rf"(?i:{_AFTER_WORK})")
AFTER_WORK_LOWER = lazy(_AFTER_WORK)
"""The same on a lower-cased ASCII text (same positions): about 4x cheaper than ignoring case.
Not "au noir": how one works ("au noir chez coiffure sylvie": probe209, fifty-sixth session)."""
EMPLOYER_NOUN = lazy(
    r"(?i:\b(?:werkgever|werkgeefster|employeur|employeuse|employer)\s+(?:is\s+|est\s+|was\s+)?"
    r"(?:de\s+|het\s+|la\s+|le\s+|the\s+|l['’])?)"
)
"""The employer named right after the word: "haar werkgever stadsbader in harelbeke"."""
AFTER_WORK_WORD = lazy(rf"\b(?:{WORK})")
HOW_IT_WORKS = lazy(r"\b(?:hoe|how)\s+(?:[\w'’-]+\s+){0,3}(?:werkt|works|work)\b")
"""How a thing works says nothing of a job: "ze wist ni hoe de zelfscan werkt" (review46a)."""
REGISTERED = lazy(
    r"(?i:\b(?:inscrite?s?|ingeschreven|registered|aangemeld)\s+(?:bij|chez|at|with|au|à)\s+"
    r"(?:de\s+|het\s+|la\s+|le\s+|the\s+|l['’])?$)"
)
CAPITALISED = lazy(
    r"[A-ZÀ-Ý][\w'’&+-]*(?:\s+(?:(?:ter|ten|van|der|den|de|het|du|des|of|the)\s+)?[A-ZÀ-Ý][\w'’&+-]*)*"
)
"""A capitalised name after a word about work is the employer, even when it is a word; a
small word may join its parts ("werkt bij Hof ter Linden")."""
ADMINISTRATIONS = frozenset(["stad", "gemeente", "commune", "ville", "provincie", "province",
                             "city", "municipality"])  # fmt: skip
"""A town's administration is a public service: it employs thousands and names no one, so the
town alone is masked (as a place, as with "het ocmw van gent"), not "stad"."""
PUBLIC_TRANSPORT = frozenset(["lijn", "post", "poste"])
""""De Lijn" is an article and an everyday word ("aan de lijn", "op de lijn", the bus someone
took) for a public service that employs thousands: never an employer to mask; so is the post
office ("works at the post office", "travaille à la poste"; "bpost" by name stays listed). The
other transport companies keep their own names and stay employers ("conducteur bij de nmbs")."""
BRANCH = lazy(r"(?:-[A-ZÀ-Ý][\w'’-]*|\s+[A-ZÀ-Ý][\w'’&+-]*)+")
EMPLOYER_WORD = lazy(r"[\w'’&+]+(?:-[\w'’&+]+)*")
TOWN_LINKS = (" ", ", ", " in ", " te ", " à ", " de ", " van ", " d'", " d’")
"""What may join an employer and its town or branch: "lidl tienen", "delhaize de jambes"."""


def _kept(text: str, start: int) -> bool:
    """Whether a phrase of keep.txt (a service that names no one: "Actiris") covers `start`."""
    return any(s <= start < e for s, e in _kept_spans(text))


@lru_cache(maxsize=4)
def _kept_spans(text: str) -> tuple[tuple[int, int], ...]:
    """keep.txt's phrases in `text`, found once a text for every word the loop asks about."""
    return tuple(lexicon().keep.spans(text))


@lru_cache(maxsize=4)
def _about_work(text: str) -> bool:
    if not WORK_HINT.in_text(text):
        return False
    lowered = text.lower()
    if "hoe " in lowered or "how " in lowered:
        lowered = HOW_IT_WORKS.sub(" ", lowered)
    return AFTER_WORK_WORD.search(lowered) is not None


@cache
def listed() -> tuple[str, ...]:
    """employers.txt, read once for every rule that asks (here, `org_creditors`)."""
    return tuple(read_data("employers.txt"))


@cache
def _starts() -> frozenset[str]:
    return frozenset(name.split()[0] for name in listed())


TRADES = frozenset(["bakker", "slager", "beenhouwer", "kapper", "apotheker", "apotheek", "dokter",
                    "huisarts", "tandarts", "garagist", "boer", "boulanger", "boucher", "coiffeur",
                    "pharmacien", "pharmacie", "baker", "butcher", "hairdresser", "pharmacy",
                    "bakery", "farmer", "frituur", "nachtwinkel", "kruidenier",
                    "épicier"])  # fmt: skip
"""A trade names no one ("werkt bij de bakker"), though a word list may miss it as a surname."""
VERBS = frozenset("is was betaalt paie pays zegt dit says belt appelle".split())  # noqa: SIM905


@cache
def _one_letter_off() -> frozenset[str]:
    """Listed one-word employers of five letters or more, and each with one letter left out."""
    names = [name for name in listed() if " " not in name and len(name) >= 5]
    return frozenset(names).union(n[:i] + n[i + 1 :] for n in names for i in range(len(n)))


def _mistyped_employer(word: str) -> bool:
    """One letter left out, added or changed from a listed employer: "carefour", "delhaiz"."""
    if len(word) < 5:
        return False
    near = _one_letter_off()
    return word in near or any(word[:i] + word[i + 1 :] in near for i in range(len(word)))


SMALL_WORD_TOWNS = SHORT_WORDS | {"as", "ans", "ligne", "lijn", "bus"}
"""Towns that are also small words: never a branch's town after a bare space ("TEC ligne 55"
is a bus line, review22c)."""


@cache
def employer_index() -> PhraseIndex:
    return PhraseIndex(dict.fromkeys(listed(), "organisation"))


def town_after(text: str, end: int) -> int:
    """Where the town right after an employer ends: "lidl tienen", "delhaize de jambes" and
    "aldi in zottegem" are one span (a branch names a workplace). After a comma only a name
    that is clearly a town counts ("chez bpost, on doit": "on" is a word); after a bare space not a
    town that is a short word ("aldi on saturday"). 0: no town."""
    town = next(place_names(text[end : end + 45], lenient=True), None)
    if not town or text[end : end + town[0]] not in TOWN_LINKS:
        return 0
    if town[0] == 1 and text[end + 1 : end + town[1]].lower() in SMALL_WORD_TOWNS:
        return 0  # towns that are small words: "works at brico on saturdays", "aldi as a cashier"
    if town[0] == 2 and text[end] == ",":
        strict = next(place_names(text[end + 2 : end + 45]), None)
        if not strict or strict[0] != 0:
            return 0
    return end + town[1]


TENURE_BEFORE = lazy(
    rf"(?i:\b(?:{NUMBER})\s+(?:{UNIT})\s+(?:bij|chez|with|at|for)\s+(?:(?:de|het|la|le|the)\s+)?$)"
)
SHOPPING = lazy(
    r"(?i:\b(?:boodschappen|inkopen|courses|achats|shopping|groceries)\b[^.;:!?\n]{0,25}?"
    r"\b(?:in|bij|chez|au|aux|à|at)\s+(?:(?:de|het|la|le|the)\s+|l['’])?$)"
)
"""A shop named where someone shops ("boodschappen gedaan in de colruyt", "courses au lidl"):
a place, not an employer, though the sentence goes on about the checkout (review48a)."""
TENURE_AFTER = lazy(
    rf"(?i:\s+(?:sinds|since|depuis)\s+(?:\d{{4}}|(?:{NUMBER})\s+(?:{UNIT}))"
    rf"|\s+(?:for|voor)\s+(?:{NUMBER})\s+(?:{UNIT}))"
)
"""How long someone has been there says it is their workplace, with no word about work: "ze is
al tien jaar bij colruyt", "il est chez audi depuis dix ans"."""


def listed_employers(text: str) -> Iterator[Found]:
    """A listed employer with its town anywhere, and in a sentence about work (or with how
    long someone has been there) also alone."""
    if _starts().isdisjoint(tokenise(text)[1]):
        return
    at_work = _about_work(text)
    english = language_of(text) == "en"
    for start, end, _ in employer_index().find(text):
        if product_after_article(text, start, english):
            continue  # "she drives a ford", "hij heeft een samsung": a thing, not a firm
        town = town_after(text, end)
        if town or ((at_work or _tenure(text, start, end)) and not _shopped_at(text, start)):
            yield start, town or end, "organisation"


def _shopped_at(text: str, start: int) -> bool:
    return SHOPPING.search(text, max(0, start - 45), start) is not None


def _tenure(text: str, start: int, end: int) -> bool:
    """How long someone has been at the employer found at `start`-`end`."""
    before = TENURE_BEFORE.search(text, max(0, start - 40), start)
    return before is not None or TENURE_AFTER.match(text, end) is not None


def _branch(text: str, start: int, end: int) -> int:
    """A capitalised employer takes the capitalised words of its branch: "Delhaize
    Mechelen-Noord", "Brussels Airport Company"."""
    more = BRANCH.match(text, end) if text[start].isupper() else None
    return more.end() if more else end


def employers_at_work(text: str) -> Iterator[Found]:
    """An employer right after a word about work ("ontslagen bij bpost", "werkt bij
    kuehne"): a listed name, or a word that is no ordinary word and no place. Runs before
    the list of services that identify no one: a service that employs someone does."""
    if not _about_work(text):
        return
    english = language_of(text) == "en"
    listed = {start: end for start, end, _ in employer_index().find(text)
              if not product_after_article(text, start, english)}  # fmt: skip
    for start, end in listed.items():
        town = town_after(text, end)
        if town or not _shopped_at(text, start):
            yield start, _branch(text, start, town or end), "organisation"
    named = list(EMPLOYER_NOUN.finditer(text))  # scanned once, read twice
    nouns = {match.end() for match in named}
    for match in [*any_case(AFTER_WORK, AFTER_WORK_LOWER, text), *named]:
        start = match.end()
        token = EMPLOYER_WORD.match(text, start)
        if token is None or start in listed or token.group()[0].isdigit():  # "voor 1.900"
            continue
        if REGISTERED.search(text, max(0, start - 30), start) and _kept(text, start):
            continue  # "inscrit chez actiris": a service keep.txt lists; an agency stays
        if branch := _firm_in_town(text, start):
            yield start, branch, "organisation"  # "works at car wash express in vilvoorde"
            continue
        capitals = CAPITALISED.match(text, start)
        public = token.group().lower() in ADMINISTRATIONS | PUBLIC_TRANSPORT
        if capitals and not public and not _kept(text, start):
            yield start, capitals.end(), "organisation"  # "werkt bij Brussels Airlines"
            continue
        word, words = token.group().lower(), lexicon()
        if word in ADMINISTRATIONS or word in PUBLIC_TRANSPORT:  # "bij de stad Gent"
            continue  # the town is masked by the place rules ("stad gent", "ocmw boom")
        known = words.is_word(word) and not _mistyped_employer(word)  # "carefour"
        plural = word.endswith("s") and words.is_word(word[:-1])  # "works at nightshifts"
        if known and word not in words.words and not plural:
            known = language_of(text) not in ("en", "fr")  # a compound is a word in Dutch only
        known = known and word not in words.last  # a family firm: "werkt bij vanhout in geel"
        known = known or (word not in words.last and extra_letter_word(word))  # "ongevall"
        if start in nouns:  # right after "werkgever" a name may look like a word: "stadsbader"
            known = word in _frequent() or word in VERBS
        if known or word in TRADES or word in words.first or next(place_names(word), None):
            continue
        yield start, town_after(text, token.end()) or token.end(), "organisation"


FIRM_IN_TOWN = lazy(r"((?:[^\W\d_][\w'’&+-]*\s){1,3}?)(?:in|te|à|a)\s")
"""One to three words, then "in", "te", "à" before a town: a firm named by plain words with
its branch ("works at car wash express in vilvoorde")."""
NOT_FIRMS = frozenset(["night", "nights", "home", "school", "weekends", "weekend", "week", "day",
                       "days", "morning", "evening", "nacht", "nachten", "thuis",
                       "maison", "nuit", "domicile", "noir", "zwart", "black", "a", "an", "een",
                       "un", "une", "another", "some"])  # fmt: skip
"""When or how someone works, not for whom ("works at night in leuven"), or a kind of firm
("works for an ngo in brussels")."""


def _firm_in_town(text: str, start: int) -> int:
    """Where the town ends after a firm of plain words right after a word about work (no
    article before it: `AFTER_WORK` took that, and "the station in leuven" is no firm); 0."""
    before = text[max(0, start - 8) : start].rstrip().lower()
    if before.endswith((" de", " het", " la", " le", " the", "l'", "l’")):
        return 0
    run = FIRM_IN_TOWN.match(text, start)
    if run is None:
        return 0
    words = run.group(1).lower().split()
    if words[0] in NOT_FIRMS or words[0] in ADMINISTRATIONS or words[0] in TRADES:
        return 0
    town = next(place_names(text[run.end() : run.end() + 45], lenient=True), None)
    return run.end() + town[1] if town and town[0] == 0 else 0
