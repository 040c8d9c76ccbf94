"""A word between a form of address and a verb only a person does is her surname, however
ordinary a word it is ("mvr plaatje belde", "dhr plaatje zei dat"; review23c). Kept apart from
`name_cues` to keep modules small."""

from __future__ import annotations

import re

from bot.privacy.compounds import french_verb_form, frequent
from bot.privacy.language_words import words_of
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, cues, lexicon
from bot.privacy.name_cue_lists import SUBJECT_VERBS
from bot.privacy.name_function_words import ADDRESS_FORMS, SHORT_WORDS

TITLES = cues()["titles"]
SPEECH_AFTER = frozenset(["belde", "zei", "zegt", "vertelde", "vroeg", "called", "said", "says",
                          "told", "asked", "phoned", "dit", "disait", "appelle", "demande",
                          "demandait", "explique", "passe", "passera", "viendra", "belt",
                          "kwam", "phones", "calls", "veut", "wil", "wants"])  # fmt: skip
"""Verbs only a person does, right after the word a title names; between the two even the name
of a day is a surname: "mr dimanche passe lundi" (probe105)."""
ENGLISH_MOVES = frozenset(["came", "went", "lives", "lived", "died", "left"])
FRENCH_MOVES = frozenset(["est", "était", "vit", "habite", "travaille", "vient", "reste"])
MOVES_AFTER = ENGLISH_MOVES | FRENCH_MOVES
"""English and French verbs of being somewhere after the word a title names: "mr jordaan came",
"mr genot est le dernier habitant" (#12, fiftieth session: probe172, probe177), when the word
is no word of that verb's language ("mr bricolage est fermé", a shop; "mr colis est arrivé ?":
reader50c; so "mr bauer came" stays, "bauer" being a word of the English list). Not Dutch
ones, whose clauses end on their verb: "omdat mevrouw zwanger is"."""
ENGLISH_TITLES = frozenset(["mrs"])
BEING = frozenset(["is", "was", "has", "had"])
"""After "mrs", being or having too: "son of mrs bauer is in detention"; not "ms" ("her ms
fatigue was bad", "ms excel had an error") nor "miss" ("miss belgie was op tv": reader50c)."""
HAS = frozenset(["a", "heeft", "has", "had", "avait"])
MEETINGS = frozenset(["rdv", "afspraak", "appointment", "rendez-vous"])
"""Having an appointment after the word a title names: "mme dimanche a rdv" (probe102)."""
ADVERB_ENDINGS = ("end", "ende", "lijk", "ment", "ly", "ing")
"""Words of manner between a title and a verb ("mevrouw huilend belde"): no surname."""


def titled_speaker(
    text: str,
    matches: list[re.Match[str]],
    lowered: list[str],
    i: int,
    word: str,
    context: frozenset[str],
) -> bool:
    """Word `i` (`word`, without a possessive) follows a title and comes before such a verb,
    and is no frequent word, cue or word of manner."""
    if i == 0 or i + 1 >= len(lowered):
        return False
    meeting = lowered[i + 1] in HAS and i + 2 < len(lowered) and lowered[i + 2] in MEETINGS
    english = lowered[i - 1] in ENGLISH_TITLES and lowered[i + 1] in BEING
    said = lowered[i + 1] in SPEECH_AFTER or _moves_after(lowered[i + 1], word)
    if not (said or meeting or english):
        return False
    if lowered[i - 1] not in TITLES or text[matches[i - 1].end() : matches[i].start()] != " ":
        return False
    if len(word) < 4 or word in context or word in frequent() or word in SUBJECT_VERBS:
        return False
    return not word.endswith(ADVERB_ENDINGS)


def _moves_after(verb: str, word: str) -> bool:
    """A verb of being somewhere after a word of no list of the verb's language."""
    if verb in FRENCH_MOVES:
        return word not in words_of("fr")
    return verb in ENGLISH_MOVES and word not in words_of("en")


def short_titled_name(text: str, matches: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """Two letters of no note's language right after a form of address: "mr li", "mvr ka"."""
    if i == 0 or len(lowered[i]) != 2 or lowered[i - 1] not in ADDRESS_FORMS:
        return False
    return lowered[i] not in SHORT_WORDS and text[matches[i - 1].end() : matches[i].start()] == " "


TITLED_PARTICLE = lazy(
    r"(?i:\b(?:mr|mrs|ms|mvr|mevr|mevrouw|mw|meneer|mnr|dhr|heer|mijnheer)\.?\s+"
    r"((?:de|van|van\s+de|van\s+der|van\s+den|vanden|vander|den|ter|ten)\s+)"
    r"([a-zà-ÿ][\w'’-]{2,}))"
)
"""A Dutch or English form of address, a Dutch particle and a word: a surname however
ordinary the word ("mr de leeuw", "mevr van dam"; review30b). Not French: "monsieur de la
mutuelle" is the man from the insurer."""


FRENCH_TITLED_PARTICLE = lazy(
    r"(?i:(?<![\w.])(?:m\.|mme|madame|monsieur|mlle|mademoiselle)\s+((?:de|van|van\s+de|van\s+der"
    r"|van\s+den|vanden|vander|den)\s+)([a-zà-ÿ][\w'’-]{2,}))"
)
"""A French form of address before a Flemish surname of the lists ("proprio m. de wilde",
probe44): only a listed one, for "monsieur de garde" is the man on duty."""


FRENCH_LA = lazy(
    r"(?i:(?<![\w'’.-])([a-zà-ÿ][\w'’-]+)\.?\s+(de\s+la|de\s+le|de\s+l['’])\s*"
    r"([a-zà-ÿ][\w'’-]{2,})(?![\w'’-]))"
)
"""A form of address, then "de la", "de le" and a word: a French surname however ordinary its
word ("mme de la croix", "mr de la haye"; #12, forty-ninth session: five on the tuning sets,
none found). Not the man from a service or a shop ("monsieur de la mutuelle", "la dame de la
poste"); after a first name it says whose or where someone is ("marie de la paroisse")."""
DUTCH_PARTICIPLE = lazy(r"[a-z]*ge[a-z]{2,}(?:d|t)")
NOT_LA_SURNAMES = frozenset(
    """mutuelle commune banque police poste maison cpas famille rue gare mairie ville justice
    paix part région province société caisse crèche école clinique sécurité boulangerie
    pharmacie boucherie librairie épicerie friterie station prison cave cuisine salle chambre
    réception cantine piscine garderie maternité résidence semaine journée nuit veille fin
    wallonie ligue croix-rouge sncb stib tec onem inami fgtb csc cgslb paroisse chorale asbl
    mosquée église chapelle""".split()  # noqa: SIM905
)
"""Services, shops and rooms a person is "of" ("monsieur de la commune"), and times."""
ADDRESSING = frozenset(
    ["mr", "mrs", "ms", "mvr", "mevr", "mevrouw", "mw", "meneer", "mnr", "dhr", "heer",
     "mijnheer", "mme", "madame", "monsieur", "mlle", "mademoiselle", "m"]
)  # fmt: skip


NOT_AFTER_PARTICLES = frozenset(
    """het een de der den des the zijn haar mijn onze ons hun jullie uw deze die dit dat wie wat
    hele heel andere ander zelfde eerste tweede derde laatste volgende vorige nieuwe nieuw oude
    grote kleine week maand dag morgen avond nacht gisteren vandaag school ocmw caw stad gemeente
    dienst politie mutualiteit bank firma straat buurt wijk kinderen familie""".split()  # noqa: SIM905
)
"""Words after "de", "van" that go on a sentence, not a surname ("dhr van het ocmw")."""


def _surname(word: str) -> bool:
    words = lexicon()
    return word in words.last or not words.is_word(word)


def titled_particle_names(text: str) -> dict[int, bool]:
    """Starts of the particles and the word of such a surname."""
    if " de " not in text and " van " not in text and " den " not in text and " te" not in text:
        return {}
    found: dict[int, bool] = {}
    for match in TITLED_PARTICLE.finditer(text):
        word = match.group(2).lower()
        if word in NOT_AFTER_PARTICLES or word in SUBJECT_VERBS:
            continue  # "mevr de hele dag", "dhr van het ocmw"
        if match.group(1).lower().startswith("van") and not _surname(word):
            continue  # "mevrouw van de kinderbijslag": whom she is from
        for particle in re.finditer(r"\S+", match.group(1)):
            found[match.start(1) + particle.start()] = True
        found[match.start(2)] = True
    if " de l" in text.lower():
        found.update(_french_la_surnames(text))
    for match in FRENCH_TITLED_PARTICLE.finditer(text):
        said = " ".join(match.group().lower().split()[1:])
        if said in lexicon().compound_surnames:
            for part in re.finditer(r"\S+", text[match.start(1) : match.end(2)]):
                found[match.start(1) + part.start()] = True
    return found


FUNCTION_WORDS = frozenset(
    """and en et or of ou is est was were are has have had heeft hebben had avait a as at to in op
    aan van voor pour for with met avec the de het la le les un une een die dat deze this that
    not niet pas also ook aussi still nog encore again weer today vandaag hier yesterday gisteren
    absent afwezig thuis home alone alleen seul seule said zei zegt says dit came kwam komt vient
    called belde appelle asked vroeg demande told""".split()  # noqa: SIM905
)
"""Words that go on a sentence after a form of address ("mr and mrs", "mevrouw is")."""


def titled_word(previous: str, word: str, lexicon: Lexicon) -> bool:
    """A word after a title may be a name: one no frequent word, or after "mr", "dhr" a surname
    of the lists that is no function word nor verb ("mr white", "dhr rijk"; review32a)."""
    if word not in frequent():
        return True
    surname = previous in ADDRESS_FORMS and word in lexicon.last and word not in FUNCTION_WORDS
    return surname and not french_verb_form(word, lexicon)


NOT_SURNAMES = frozenset("an made owe niks oke prima beste sus inte mad lady".split())  # noqa: SIM905
"""Listed surnames that are a verb, an adverb or a greeting after a title ("mr made a call")."""


def titled_homograph(previous: str, word: str, lexicon: Lexicon) -> bool:
    """A surname that is also a word, right after a form of address: "mrs young", "mr white"
    (review34a); not a modal ("mrs may be late") nor a verb of the notes."""
    if previous not in ADDRESS_FORMS or previous == "miss" or word not in lexicon.homographs:
        return False
    return word not in FUNCTION_WORDS and word not in NOT_SURNAMES and word not in SUBJECT_VERBS


def _french_la_surnames(text: str) -> dict[int, bool]:
    """Starts of "de", "la" and the word of a French surname after a title or a first name."""
    common = frequent()
    found: dict[int, bool] = {}
    for match in FRENCH_LA.finditer(text):
        before, particle, word = (group.lower() for group in match.groups())
        if before not in ADDRESSING:
            continue  # "marie de la paroisse", "rené de la marolle": whose or where she is
        if word in NOT_LA_SURNAMES or (word in common and particle != "de le"):
            continue  # "monsieur de la commune"; "de le" is only ever a name's
        if DUTCH_PARTICIPLE.fullmatch(word):
            continue  # "dhr de la leeggemaakt" (reader49b): the drawer, in Dutch
        for part in re.finditer(r"[^\s'’]+", text[match.start(2) : match.end(3)]):
            found[match.start(2) + part.start()] = True
    return found
