"""Care places, places of worship and schools that a note names by their own name.

"opgenomen in Stuivenberg", "elle dort au Samusocial", "moskee El Fath", "school de
klimop": a listed name after a preposition, a place of worship or a school with the word
that names it. A school's name is often an everyday word ("de klimop", "het kompas"), so
only the most frequent words are refused ("naar school de hele dag").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from bot.privacy.compounds import frequent as _frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon, read_data
from bot.privacy.patterns import FRENCH_STREET
from bot.privacy.places import place_names
from bot.privacy.tokens import PhraseIndex, Stems, tokenise

Found = tuple[int, int, str]
BEFORE = lazy(
    r"(?i:\b(?:in|into|naar|op|uit|bij|aan|via|par|à|a|au|aux|chez|at|to|from|van|de|du|avec|with|met|for"
    r"|voor|pour|behandeling|traitement|treatment|opgenomen|hospitalisée?|hospitali[sz]ed)\s+"
    r"(?:(?:het|de|'t|le|la|les|the)\s+|l['’])?)$"
)
"""A care place by its name comes after a preposition: "in Stuivenberg", "au Samusocial", "a
bordet" (typed without its accent), "in behandeling gasthuisberg" (probe77, probe81)."""
AFTER_KIND = lazy(
    r"(?i:\b(?:centre\s+fermé|gesloten\s+centrum|centrum|centre|kliniek|clinique|ziekenhuis"
    r"|hôpital|hopital|hospital|prison|gevangenis|pz|pc|opz|upc)\s+)$"
)
"""Or right after its kind: "le centre fermé 127bis"."""
SCHOOL_KIND = lazy(
    r"(?i:\b(?:lycée|lycee|athénée|athenee|atheneum|lyceum|college|collège|école|ecole|school"
    r"|instituut|institut|hogeschool|universiteit|université|university|[\w-]*centrum"
    r"|cliniques?(?:\s+universitaires)?|kliniek|ziekenhuis|hôpital|hopital|hospital|centre|center"
    r"|maison|home|huis)\s+)$"
)
"""A school or hospital before its listed name is part of it: "lycée mater dei",
"opvangcentrum klein kasteeltje", "cliniques universitaires saint-luc"."""
KIND_NEXT = lazy(
    r"(?i:\s+(?:hospital|ziekenhuis|kliniek|clinic|prison|gevangenis|hogeschool|university"
    r"|universiteit|college)\b)"
)
DENOMINATIONS = frozenset(
    ["évangélique", "evangelische", "evangelical", "protestante", "protestantse", "protestant",
     "catholique", "katholieke", "catholic", "orthodoxe", "orthodox", "pentecôtiste",
     "pinkster", "pentecostal", "baptiste", "baptist", "anglicane", "anglican", "adventiste",
     "kimbanguiste", "réformée", "gereformeerde", "chaldéenne", "copte", "koptische"]
)  # fmt: skip
WORSHIP = lazy(
    r"\b(?:moskee|mosquée|mosque|kerk|église|church|synagoge|synagogue|tempel|temple|gurdwara)\s+"
    rf"(?:(?:{'|'.join(DENOMINATIONS)})\s+)?"
    r"(?:(?:al|el|an|ar|at|as|ad|de|het|la|le|the)[ -]|(?:van|de|du|of)\s+(?:(?:de|het|la|the)\s+)?"
    r"(?=(?:sint|saint|sainte|st|onze-lieve-vrouw|notre-dame|heilig|heilige|sacré|sacred|holy)"
    r"[ -]))?([^\W\d_][\w'’-]+)"
)
"""A place of worship by its name: "moskee el fath", "église Saint-Remi", "kerk Sint-Jan",
"église évangélique béthel"; "église évangélique" alone names no place."""
WORSHIP_COMPOUND = lazy(
    r"\b(?:(?:el|al|an|ar|at|as|ad)\s+)?(?!anti-|pro-|ex-|oud-)[^\W\d_][\w'’]+-(?:moskee|mosquée|kerk|parochie)\b"
    r"|\b(?:sint|st|heilig|onze-lieve-vrouw)-[\w-]+?(?:\s[\w-]+?)?(?:parochie|kerk|kapel|basiliek"
    r"|kathedraal|moskee|ziekenhuis|kliniek|lyceum|atheneum|college|instituut|school)\b"
)
"""A place of worship, school or hospital written as one word: "de el fath-moskee", "de
sint-volodymyrparochie", "het sint-vincentiusziekenhuis"."""
SAINTS = frozenset(["sint", "saint", "sainte", "st", "heilig", "heilige", "sacré", "sacred",
                    "holy"])  # fmt: skip
SAINT_NEXT = lazy(r"[ -][^\W\d_][\w'’-]+")
SCHOOL = lazy(
    r"\b(?:school|schooltje|école|ecole|campus)\s+(?:(?:primaire|fondamentale|maternelle"
    r"|communale|secondaire|spécialisée|specialisee|spéciale|speciale|libre|technique)\s+)?"
    r"(?:de|het|'t|la|le|les|l['’])\s*"
    r"([^\W\d_][\w'’-]+)"
)
"""A school by its name: "school de klimop", "école les marronniers", "l'école spécialisée les
jonquilles"."""
NOT_A_NAME = frozenset(["die", "dat", "met", "voor", "van", "in", "is", "en", "of", "op", "bij",
                        "uit", "waar", "qui", "que", "pour", "avec", "dans", "est", "et", "ou",
                        "with", "that", "for", "and", "which", "who", "at", "the", "le", "la",
                        "les", "un", "une", "des", "du", "het", "een",
                        # days and times: "scouts le samedi", "scouts on saturday" (13th session)
                        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                        "zondag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                        "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday",
                        "saturday", "sunday", "weekend", "week-end", "on", "every", "this", "next",
                        "last", "elke", "chaque", "ce", "tous",
                        # modals: "de schakel vzw will bring" (probe76)
                        "will", "would", "can", "could", "should", "must", "zal", "wil", "kan",
                        "moet", "va", "doit", "peut"])  # fmt: skip


TIME_WORDS = frozenset(["hele", "ganse", "volgende", "vorige", "laatste", "eerste", "week", "dag",
                        "semaine", "journée", "matin", "soir", "prochaine", "dernière", "la", "le",
                        "les", "komende", "voorbije", "afgelopen", "eerstvolgende"])  # fmt: skip
"""A health centre's name may be any word ("wijkgezondheidscentrum de sleep"), not a time."""
GATHERINGS = frozenset(["vergadering", "meeting", "réunion", "reunion", "bestuur", "werking",
                        "uitstap", "activiteit", "activiteiten", "medewerkers", "personeel",
                        "vrijwilligers", "bénévoles", "volunteers", "staff"])  # fmt: skip
"""What an association holds or has, after its legal form: no name (probe69's clean note)."""


WORDS_TOO = frozenset(["delta", "transit", "hobo", "ilot", "poverello", "epsylon", "karus"])
"""Listed names that are also words of a note ("in transit", "de delta"): lower case, they
need their kind ("het delta ziekenhuis"). The word lists hold many proper names ("ugent",
"middelheim"), so they do not decide."""
KIND_OF_PLACE = frozenset(["free clinic"])
"""A listed name that is also a kind of place: not after "a" ("she went to a free clinic")."""
INDEFINITE = lazy(r"(?i:\b(?:a|an|een|une?)\s+$)")


@cache
def _index() -> PhraseIndex:
    return PhraseIndex(dict.fromkeys(read_data("care_places.txt"), "organisation"))


@cache
def _starts() -> frozenset[str]:
    return frozenset(name.split()[0] for name in read_data("care_places.txt"))


KIND_AFTER = lazy(
    r"\b(?:prison|jail|hospital|clinic|school|college|academy|centre|center|mosque|church"
    r"|synagogue|primary|kliniek|ziekenhuis)\b"
)
NAME_BEFORE = lazy(r"(?:[A-ZÀ-Ý][\w'’-]*\s+){1,4}$")
"""A capitalised name before its kind, as English puts it: "Haren prison", "Brugmann
hospital", "Don Bosco school"."""
NAME_KIND = lazy(
    r"(?:\b(?:het|de|'t|the)\s+|\bl['’])((?:[^\W\d_][\w'’-]*\s+|[^\W\d_]{1,3}\.\s+){1,2}?)"
    r"(?:instituut|college"
    r"|lyceum|atheneum|school|ziekenhuis|kliniek|institut|collège|hospital)\b"
    r"|\b((?:sint|saint|sainte|st)(?:[.-]\s?|\s+)[\w'’-]+\s+(?:[\w'’-]+\s+){0,2}?)(?:college"
    r"|school|instituut|institute|hospital|ziekenhuis|kliniek|clinic|church|kerk|parish|primary)\b"
)
"""A school named before its kind in lower case: "het don bosco instituut", "het st. jozef
college"; a full stop only after an abbreviation ("the topic. the school had": two sentences;
review30b)."""
TOWN_BEFORE = lazy(r"\b([^\W\d_][\w'’-]+)\s+(?:prison|jail|hospital|clinic)\b")
"""The same in lower case when the name is a town: "the trip to haren prison"."""
ARTICLES = ("The ", "A ", "An ", "De ", "Het ", "Le ", "La ", "Our ", "His ", "Her ", "My ")
COMPOUND = lazy(
    r"\b[A-ZÀ-Ý][\w'’-]*(?:school|college|instituut|ziekenhuis|kliniek|lyceum|atheneum|centrum"
    r"|kathedraal|kerk|moskee)\b"
)
"""A capitalised compound whose last part is a kind: "Sint-Lievenscollege", "Klimopschool"."""


PERSON_NAMED = lazy(
    r"\b(?:athénée|athenee|lycée|lycee|école|ecole|collège|institut|atheneum|lyceum|college"
    r"|instituut|basisschool|school|campus|hôpital|hopital|ziekenhuis)\s+([^\W\d_]+)\s+"
    r"(?!(?:de|het|la|le|les|the|en|et|and|in|à|te|van|is|est|was|she|he|they|it|we|her|him"
    r"|them|that|il|elle|ils|elles|que|qu|ze|hij|zij|dat|het)\b)[^\W\d_][\w'’-]+"
)
"""A school or hospital named after a person, first name and surname: "l'athénée fernand
blum", "het ziekenhuis paul brien"; not a verb and its subject ("the school said she")."""
KIND_HINT = Stems(
    "prison|jail|hospital|clinic|school|college|academy|centre|center|centrum|mosk|mosq|church"
    "|kerk|glise|synago|tempel|temple|gurdwara|kliniek|ziekenhuis|instituut|lyceum|atheneum"
    "|kathedraal|primary|cole|campus|parochie|kapel|basiliek|athén|athen|lycée|lycee|institut"
    "|collège|pital"
)
"""Substrings without which none of the rules below can match."""


STREET_BEFORE = lazy(rf"(?i:\b(?:{FRENCH_STREET})\s+)$")
"""A care place that names a street: "avenue Brugmann", "rue Bordet"."""


def care_places(text: str, lowered: str) -> Iterator[Found]:
    if not _starts().isdisjoint(tokenise(text)[1]):
        for start, end, _ in _index().find(text):
            if STREET_BEFORE.search(text, max(0, start - 12), start):
                continue  # "34 avenue Brugmann": the street, an address the street rules find
            name = text[start:end].lower()
            if name in KIND_OF_PLACE and INDEFINITE.search(text, max(0, start - 6), start):
                continue
            a_word = name in _frequent() or name in WORDS_TOO  # "ugent", "erasme" are no words
            school = SCHOOL_KIND.search(text, max(0, start - 30), start)
            led = BEFORE.search(text, 0, start) or AFTER_KIND.search(text, 0, start) or school
            kind = KIND_NEXT.match(text, end)  # "the jessa hospital"
            if text[start].isupper() or kind or (not a_word and led):
                elided = text[start + 1 : start + 2] in ("'", "’")  # "à l'ulb": from "ulb"
                start = school.start() if school else start + 2 if elided else start
                yield start, kind.end() if kind else end, "organisation"
    kinds = KIND_HINT.in_text(text)
    if kinds and not text.islower():
        for kind in KIND_AFTER.finditer(text):
            match = NAME_BEFORE.search(text, max(0, kind.start() - 60), kind.start())
            if match is None:
                continue
            while match.group().startswith(ARTICLES):  # "the Brugmann hospital": from Brugmann
                match = NAME_BEFORE.search(text, match.start() + 1, kind.start())
                if match is None:
                    break
            if match is None:
                continue
            before = text[: match.start()].rstrip()
            opens = not before or before[-1] in ".!?"
            if not (opens and match.group().count(" ") < 2):
                yield match.start(), kind.end(), "organisation"
        for match in COMPOUND.finditer(text):
            yield match.start(), match.end(), "organisation"
    for match in NAME_KIND.finditer(lowered) if kinds else ():
        if match.group(2):  # "saint-michel college"
            yield match.start(2), match.end(), "organisation"
            continue
        words, lexicon_ = match.group(1).rstrip(".").split(), lexicon()
        if any(w in lexicon_.first or w in lexicon_.last or not lexicon_.is_word(w) for w in words):
            yield match.start(1), match.end(), "organisation"
    for match in TOWN_BEFORE.finditer(lowered) if kinds else ():
        town = next(place_names(match.group(1), lenient=True), None)
        if town and town[0] == 0 and town[1] == len(match.group(1)):
            yield match.start(), match.end(), "organisation"
    for pattern in (WORSHIP, SCHOOL) if kinds else ():
        for match in pattern.finditer(lowered):
            name, end = match.group(1), match.end()
            saint = SAINT_NEXT.match(lowered, end) if name in SAINTS else None
            if saint:  # "kerk van de heilige familie": the saint and its name
                yield match.start(), saint.end(), "organisation"
                continue
            refused = name in NOT_A_NAME or name in _frequent() or name in DENOMINATIONS
            if pattern is WORSHIP and "-" not in name and text[match.start(1)].islower():
                refused = refused or lexicon().is_word(name)  # "goes to church every sunday"
            if len(name) > 3 and not refused:
                yield match.start(), end, "organisation"
    for match in WORSHIP_COMPOUND.finditer(lowered) if kinds and "-" in text else ():
        yield match.start(), match.end(), "organisation"
    for match in PERSON_NAMED.finditer(lowered) if kinds else ():
        if match.group(1) in lexicon().first and match.group(1) not in _frequent():
            yield match.start(), match.end(), "organisation"  # "l'athénée fernand blum"


SAINT_MARTIN = lazy(r"(?i:\b(?:st|sint)(?:\.\s?|\s+)maarten\b(?![-\w]))")
"""The feast of 11 November ("st. maarten is voorbij"), not a place: "Sint-Maarten-Bodegem"."""
ISLAND_BEFORE = lazy(r"(?i:\b(?:uit|from|van|de|du|in|à|naar|to|op|on)\s+$)")
"""After these it is the island someone comes from or went to: "hij komt uit Sint Maarten"."""


def feasts(text: str) -> Iterator[Found]:
    """keep.txt's "sint-maarten" in the spellings its phrases cannot hold ("st. maarten"), as
    spans to claim and leave as they are."""
    if "aarten" not in text:
        return
    for feast in SAINT_MARTIN.finditer(text):
        if not ISLAND_BEFORE.search(text, max(0, feast.start() - 12), feast.start()):
            yield feast.start(), feast.end(), "label"
