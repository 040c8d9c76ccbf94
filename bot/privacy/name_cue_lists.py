"""Lists of people and what follows a name opening a clause, for `name_cues` (kept apart to
keep modules small): "kalomba, tesfari en mbuyalo gaan", "nsimba (34)", "dzhemile en haar man"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from bot.privacy.compounds import frequent, plain_word
from bot.privacy.gazetteer import fold
from bot.privacy.lexicon import Lexicon, cues
from bot.privacy.name_function_words import AND, POSSESSIVES
from bot.privacy.name_owners import owners
from bot.privacy.typos import LOWER, typo_of_a_word
from bot.privacy.word_typos import unknown_word

_CUES = cues()
TITLES_AND_RELATIONS = _CUES["titles"] | _CUES["relations"]
VERBS = _CUES["verbs"]
SUBJECT_VERBS = VERBS | _CUES["subject_verbs"]
"""After a name opening a clause: "nsimba moet", "tendai moyo kept calling"."""
ELIDED_VERBS = frozenset(w for w in SUBJECT_VERBS if "'" in w or "’" in w)
"""Verbs with an elided object ("m'a", "m'explique"): after them only a word of no language is
a name; a rare French noun is not ("kiné m'a dit", "pédiatre m'a rassuré")."""
LIST_VERBS = SUBJECT_VERBS | frozenset(
    ["go", "live", "are", "were", "have", "need", "want", "come", "play", "stay", "share",
     "sleep", "attend", "gingen", "woonden", "kwamen", "speelden", "slapen", "delen", "habitent",
     "vivent", "jouent", "veulent", "doivent", "dorment", "partagent", "allaient", "étaient"]
)  # fmt: skip
"""After the last of a list ("kalomba, tesfari and mbuyalo go"), a verb in the plural."""
CHILDREN = frozenset(["kids", "children", "kinderen", "kindjes", "enfants", "gosses", "petits"])
"""After "en haar", "and her": "chioma and her kids"."""
WITH_FAMILY = re.compile(
    r"(?i:\s*(?:\+|&|\s(?:en|et|and))\s*(?:de\s+|les\s+|the\s+)?(?:kids|children|kinderen|kindjes"
    r"|kinders|enfants|partner|partenaire|baby|bébé|man|vrouw|mari|femme|husband|wife)\b)"
)
"""A word and its family without a possessive, as a note puts it: "voundisa en kinderen ok"."""
AGE = re.compile(
    r"\s?\(\d{1,2}\s?(?:j|jaar|ans|an|y|yrs|years)?\)"
    r"|,\s?\d{1,2}\s?(?:j|jaar|ans|an|y|yrs|years)?(?:,|\s*$)"
)
"""An age after the word: "nsimba (34)", "retsochoun, 41, single mum", "kalonji, 34 ans,"."""
ROLE = re.compile(r"\s?\(([^\W\d_]+)\)")
"""A family word or form of address in brackets after the word: "mbuyamba (buurvrouw) belde"."""
HEADING = re.compile(r":\s+[^\W\d_]")
"""A colon and then words: "kalonji: geen nieuws", a note filed under its person."""
FIELDS = frozenset(["prio", "stavaza", "okido", "rrn", "wz", "wzc", "opm", "nb", "ps", "iban",
                    "bic", "nn", "rr", "insz", "niss", "nota", "memo", "todo", "info", "update",
                    "rappel", "remarque", "reminder"])  # fmt: skip
"""Field names of a note, also those a surname list holds: "prio: bellen", "nota: deze week"
(probe101)."""
PRESENT = re.compile(
    r"\s+(?:aan\s+de\s+(?:deur|telefoon|lijn|balie)|op\s+(?:bezoek|kantoor|de\s+permanentie)"
    r"|in\s+de\s+wachtzaal|au\s+(?:téléphone|telephone|bureau|guichet)|à\s+la\s+(?:porte"
    r"|permanence)|en\s+visite|on\s+the\s+phone|at\s+the\s+(?:door|office|desk)"
    r"|in\s+the\s+waiting\s+room|(?:dropped|popped|came|stopped)\s+(?:by|in|round)"
    r"|(?:showed|turned)\s+up)\b"
)
"""Where a person is or shows up, in a note's shorthand: "kalonji aan de telefoon", "tesfari
op bezoek", "mbuyi au téléphone", "kalonji dropped by the office"."""
PARTICIPLE = re.compile(r"\w{0,6}ge\w{2,}(?:[dt]e?|en)|(?:be|ver|ont|her)\w{2,}[dt]")
"""A Dutch past participle, typed right or not, inflected or not ("gebeld", "uitgelegd",
"gezien", "verteld", "geanuleerd", "uitgestelt", "geplande"): ahead of a name, and no name
itself (`filed_word`)."""
NOUNS_LIKE_PARTICIPLES = frozenset(
    ["gezin", "geweld", "gezond", "gezondheid", "bericht", "berichten", "gemeenten", "gebied",
     "gebeden", "geld", "geleden", "verband", "bestand", "verhaal", "verschil", "beleid"]
)  # fmt: skip
"""Words of the participle's shape that are nouns or adverbs of the notes."""
ABSENT = re.compile(
    r" (?:no[ -]?show|noshow|niet (?:gekomen|opgedaagd)|ni (?:gekomen|opgedaagd)|pas venue?)\b"
)
"""Who did not come to an appointment: "kalonji no show"."""


def participle_ahead(lowered: list[str], i: int) -> bool:
    """A past participle in the three words after word `i`: "heb kalonji uitgelegd",
    "gisteren kalonji en haar zoon gezien"."""
    return any(
        PARTICIPLE.fullmatch(word) and word not in NOUNS_LIKE_PARTICIPLES
        for word in lowered[i + 1 : i + 4]
    )


def filed_word(word: str, lexicon: Lexicon) -> bool:
    """A word a note may be filed under ("dossier kalonji", "kalonji: geen nieuws"): a listed
    name, or no word nor a strict compound (`plain_word`: the lists' own compound test takes
    "shangetso" for "shang" + "tso"), not a participle and no word without its accents or with
    one slip ("dossier cloturé", "afspraak geanuleerd", "fluvius: afspraak gemaakt")."""
    if word in lexicon.first or word in lexicon.last:
        return True
    if plain_word(word, lexicon) or PARTICIPLE.fullmatch(word) or typo_of_a_word(word, lexicon):
        return False
    return not plain_word(fold(word), lexicon) and not _letter_left_out(word, lexicon)


def _letter_left_out(word: str, lexicon: Lexicon) -> bool:
    """A word of seven letters or more with one letter left out ("landord"): `typo_of_a_word`
    tries only frequent words below eight letters, where a name is as often one letter off."""
    if len(word) < 7:
        return False
    words = lexicon.words
    return any(
        word[:k] + letter + word[k:] in words for k in range(1, len(word)) for letter in LOWER
    )


def heading(text: str, matches: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """Word `i`, opening a sentence, heads what follows: "kalonji: geen nieuws"."""
    return HEADING.match(text, matches[i].end()) is not None and lowered[i] not in FIELDS


def before_a_verb(
    text: str, matches: list[re.Match[str]], lowered: list[str], i: int, lexicon: Lexicon
) -> int:
    """How many words name someone from word `i` on: 1 right before a verb, an age ("nsimba
    (34)") or a possessive and a family word ("sarah haar mama"), 2 before a second word of
    no language and then a verb ("tendai moyo belde"), 0 otherwise."""
    end = matches[i].end()
    if AGE.match(text, end) or ABSENT.match(text, end):
        return 1
    if PRESENT.match(text, end) and filed_word(lowered[i], lexicon):
        return 1  # "kalonji aan de telefoon"; "technieker aan de deur", "huisbaaz" stay
    role = ROLE.match(text, end)
    if role and role.group(1).lower() in TITLES_AND_RELATIONS:
        return 1
    owner = i + 2 < len(matches) and lowered[i + 1] in POSSESSIVES
    if owner and lowered[i + 2] in TITLES_AND_RELATIONS:
        return 1
    partner = i + 2 < len(matches) and lowered[i + 1] in AND and lowered[i + 2] in POSSESSIVES
    if partner and lexicon.is_name(lowered[i]):
        return 1  # "dylan et sa copine", "jolien en haar mama"
    family = TITLES_AND_RELATIONS | CHILDREN
    if partner and i + 3 < len(matches) and lowered[i + 3] in family:
        return 1  # "dzhemile en haar man": a word of no language with their family
    if WITH_FAMILY.match(text, end) and filed_word(lowered[i], lexicon):
        return 1  # "gilvesta en kinderen ok", "tsogaga + partner kwamen langs"
    verbs = LIST_VERBS if i and lowered[i - 1] in AND else SUBJECT_VERBS
    for j in (i + 1, i + 2):
        if j >= len(matches) or text[matches[j - 1].end() : matches[j].start()] != " ":
            return 0
        if lowered[j] in verbs:
            return j - i
        if not lowered[j].isalpha() or not unknown_word(lowered[j], lexicon):
            return 0
    return 0


def listed_or_owning(
    text: str,
    matches: list[re.Match[str]],
    lowered: list[str],
    lexicon: Lexicon,
    context: frozenset[str],
    seeds: set[int],
) -> Iterator[int]:
    """ "arjeta en blerim": a word of no language beside "en" and a first name of the lists
    is a name too; "kevins moeder": a first name with a Dutch genitive before a family word.
    `seeds`: words a cue already made names ("kalomba, tesfari en mbuyalo gaan": "mbuyalo"
    before its verb names the others of the list)."""
    last = len(matches) - 1
    yield from owners(matches, lowered, lexicon)
    pairs = [(j - 1, j + 1) for j, word in enumerate(lowered) if word in AND and 0 < j < last]
    if ", " in text:  # "amina, tesfu en kalinda": a comma lists people as "en" does
        first = lexicon.first  # a pair holds a first name of the lists: a set test before a slice
        pairs += [
            (i, i + 1)
            for i in range(last)
            if (lowered[i] in first or lowered[i + 1] in first or _in_a_list(text, matches, i))
            and text[matches[i].end() : matches[i + 1].start()] == ", "
        ]
    found = set(seeds)
    for _ in range(min(len(pairs), 4)):  # each pass may name the next of a list
        before = len(found)
        for left, right in pairs:
            for i, partner in ((left, right), (right, left)):
                word = lowered[i]
                if i in found or len(word) < 4 or word in context:
                    continue
                if partner not in found and not _named(lowered[partner], lexicon):
                    continue
                listed = word in lexicon.first or word in lexicon.last or not word.isalpha()
                if not listed and matches[i].group()[0].islower() and unknown_word(word, lexicon):
                    found.add(i)
                    yield matches[i].start()
        if len(found) == before:
            break


def _in_a_list(text: str, matches: list[re.Match[str]], i: int) -> bool:
    """Words `i` and `i + 1` are items of a list that ends in "en", "and", "et": "kalomba,
    tesfari en mbuyalo"; a comma alone joins clauses as often as people."""
    for j in range(i + 1, min(i + 6, len(matches) - 1)):
        between = text[matches[j].end() : matches[j + 1].start()]
        if between == ", ":
            continue
        return between == " " and matches[j + 1].group().lower() in AND
    return False


def _named(word: str, lexicon: Lexicon) -> bool:
    """A first name of the lists that is no everyday word ("kind en gezin" names no one)."""
    listed = word in lexicon.first and word not in lexicon.homographs and word not in VERBS
    return listed and word not in lexicon.words


MESSAGES = frozenset(["appel", "appels", "mail", "mails", "email", "e-mail", "message", "messages",
                      "sms", "texto", "lettre", "courrier", "call", "calls", "text", "texts",
                      "letter", "voicemail", "whatsapp", "bericht", "berichtje", "oproep",
                      "telefoontje", "brief"])  # fmt: skip
"""What someone sends: after it and "de", "from", "van", a word of no language is the sender
("appel de tezaifi", "email from pimingai", "sms van kwireka")."""
ABOUT = frozenset(["ivm", "mbt", "over", "rond", "omtrent", "concernant", "pour", "about", "re",
                   "annulé", "annulée", "annule", "reporté", "reportée", "reporte", "déplacé",
                   "confirmé", "confirmée", "fixé", "prévu", "cancelled", "canceled",
                   "postponed", "rescheduled", "confirmed"])  # fmt: skip
"""What a call or a meeting was about, or what became of it (the French and English of
`PARTICIPLE`): "tel zekwu ivm huur", "rdv mushai annulé"."""


@cache
def shortened() -> frozenset[str]:
    """Frequent words cut short as a note does ("afspr", "inform", "vergad"): their first
    four to seven letters."""
    return frozenset(w[:n] for w in frequent() for n in range(4, min(len(w), 8)))


def about_what(lowered: list[str], i: int) -> bool:
    """Word `i` is followed by a participle ("rdv mushai annulé") or by what the call or the
    meeting was about ("tel zekwu ivm huur")."""
    return participle_ahead(lowered, i) or (i + 1 < len(lowered) and lowered[i + 1] in ABOUT)


LATER = frozenset(["morgen", "overmorgen", "vanavond", "vanmiddag", "straks", "later", "demain",
                   "tomorrow", "tonight", "asap", "maandag", "dinsdag", "woensdag", "donderdag",
                   "vrijdag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "monday",
                   "tuesday", "wednesday", "thursday", "friday"])  # fmt: skip
"""When a call is due, between the verb and whom it is to: "ik bel morgen yesandru"."""


OBJECT_VERBS = frozenset(["asked", "told", "called", "phoned", "texted", "visited", "met",
                          "belde", "gebeld", "bezocht", "vroeg", "gevraagd", "appelé", "vu",
                          "appelée", "rencontré", "demandé", "selon", "volgens", "d'après",
                          "d’après", "après", "accompagné", "accompagnée", "emmené", "emmenée",
                          "accompanied", "vergezelde", "begeleidde", "bel", "bellen", "call",
                          "appelle", "appeler", "rappelle", "rappeler", "contacted",
                          "gecontacteerd", "contacté", "contactée", "j'appelle",
                          "j’appelle"])  # fmt: skip
"""After these a word of no language is someone: "told chipo", "selon aminata"."""
INVERTING = frozenset(["vandaag", "gisteren", "morgen", "eergisteren", "vanmorgen", "vanochtend",
                       "vanmiddag", "vanavond", "toen", "daarna", "nadien", "dan", "nu", "later",
                       "eerst", "hier", "daar", "ook", "deze", "soms", "vroeger", "opeens",
                       "plots", "straks", "ineens", "pas", "nog", "gelukkig", "helaas",
                       "aujourd'hui", "hier", "ensuite", "puis", "alors"])  # fmt: skip
"""Opening a Dutch sentence, these put the verb before its subject: "vandaag kwam dragos"."""
