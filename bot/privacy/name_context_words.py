"""The words that the context rules of name_context.py read: family and role words in an
apposition, verbs that name or meet someone, pets and films, groups of children."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.privacy.compounds import frequent, strict_compound
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, cues
from bot.privacy.name_function_words import POSSESSIVES
from bot.privacy.name_groups import SERVICE_WORDS
from bot.privacy.rare_words import name_words
from bot.privacy.tokens import has_digit

_CUES = cues()
TITLES = _CUES["titles"]
RELATIONS = _CUES["relations"]
ARTICLES = POSSESSIVES | frozenset(["de", "het", "den", "la", "le", "l", "les", "the", "a", "an",
                                    "een", "un", "une", "mijn", "ma", "mon", "my", "our", "ons",
                                    "onze", "notre", "hem", "him", "lui"])  # fmt: skip
"""Before a relation word in an apposition ("jan, de buurman"); after them a word is a
noun, not a name ("het kind de buurman zag")."""
KIN = frozenset(["oudste", "jongste", "eldest", "youngest", "aîné", "aînée", "aine", "ainee",
                 "cadet", "cadette", "petit", "petite", "kleine", "tweeling", "twins",
                 "jumeaux", "jumelles", "twin", "kid", "kids", "stepson", "stepdaughter",
                 "schoonzus", "baby", "benjamin", "benjamine", "dernière", "dernier",
                 "middelste", "middle", "big", "little", "lil", "grand",
                 "grande"]) | RELATIONS  # fmt: skip
"""Words of family and role that stand in an apposition beside a name."""
NOT_KIN = frozenset(["called", "named", "heet", "genaamd", "appelé", "prénommé", "familie",
                     "famille", "family", "gezin", "kind", "man", "ex", "moe", "pa", "ons",
                     "client", "cliente", "cliënt", "cliënte", "jongen", "meisje"])  # fmt: skip
"""Relation words that also mean something else, or name no one in an apposition."""
NAMING = frozenset(["heet", "heette", "genaamd", "noemt", "noemde", "called", "named",
                    "nicknamed", "appelle", "appelait", "appelée", "prénommé", "prénommée",
                    "surnommé", "surnommée", "surnomme", "surnomment", "dénommé", "dénommée",
                    "aka", "alias"])  # fmt: skip
"""After these the next word is a name ("elle s'appelle nour", "a boy named tobi")."""
CALLING = frozenset(["noemen", "noem", "noemden", "call", "calls", "appellent", "appelait",
                     "surnomme", "surnomment"])  # fmt: skip
OBJECTS = frozenset(["hem", "haar", "him", "her", "them", "hen", "ze", "l", "le", "la", "les",
                     "zichzelf", "herself", "himself", "themselves", "se"])  # fmt: skip
"""Between a naming verb and a name: "ze noemen hem kiki", "on l'appelle papy"."""
WHEN = frozenset(["dimanche", "apres", "après", "tantot", "tantôt", "bientot", "bientôt", "ce",
                  "cet", "cette", "asap", "direct", "directement", "ajd", "auj",
                  "vite"])  # fmt: skip
"""Said after "je l'appelle" (I'll phone him): a time, no nickname."""
NAME_NOUNS = frozenset(["naam", "voornaam", "roepnaam", "bijnaam", "name", "nickname",
                        "nom", "prénom", "prenom", "surnom"])  # fmt: skip
IS = frozenset(["is", "was", "est", "c'est", "étais", "était"])
"""After a word for a name: "haar voornaam is nasra", "son prénom c'est djibril"."""
NOT_PEOPLE = frozenset(["hond", "hondje", "kat", "poes", "konijn", "dog", "cat", "puppy",
                        "kitten", "rabbit", "chien", "chat", "chienne", "lapin", "film",
                        "movie", "boek", "book", "livre", "serie", "série", "series", "show",
                        "song", "liedje", "chanson", "game", "spel", "jeu", "app", "cartoon",
                        "dessin", "program", "programma", "emission", "émission",
                        "pet"])  # fmt: skip
"""A pet, a film or a book has a name that identifies no one."""
MEETING = {
    "to": frozenset(["talked", "spoke", "speak", "talk", "talking", "speaking", "wrote",
                     "went", "listened", "explained", "lied", "chatted", "introduced"]),
    "with": frozenset(["talked", "spoke", "speak", "talk", "chatted", "meeting",
                       "argued", "fought", "lives", "stays", "living", "staying", "went",
                       "sat", "came", "shopping", "lunch", "coffee", "visit", "call",
                       "appointment", "session", "interview", "conversation", "intake"]),
    "met": frozenset(["sprak", "gesproken", "praatte", "gepraat", "babbelde", "gebabbeld",
                      "afgesproken", "ruzie", "woont", "samen", "getrouwd", "trouwde", "ging",
                      "gegaan", "gezeten", "koffie", "boodschappen", "winkelen", "gesprek",
                      "afspraak", "huisbezoek", "intake", "belafspraak"]),
    "avec": frozenset(["parlé", "discuté", "parle", "vit", "habite", "mariée", "marié",
                       "disputé", "rendez-vous", "entretien", "allé", "allée", "sortie",
                       "sorti", "café", "courses", "visite", "rdv", "appel"]),
    "à": frozenset(["parlé", "parle", "écrit", "téléphoné", "expliqué", "dit", "visite"]),
}  # fmt: skip
MEETING["w"] = MEETING["with"]  # "home visit w joy"
MEETING["for"] = frozenset(
    ["voicemail", "message", "msg", "note", "letter", "appointment", "appt", "details"]
)
MEETING["voor"] = frozenset(["voicemail", "bericht", "berichtje", "briefje", "afspraak"])
MEETING["pour"] = frozenset(["message", "répondeur", "mot", "rdv"])  # "left voicemail for precious"
MEETING["on"] = frozenset(["check", "checked", "checking"])  # "will check on will tomorrow"
"""A verb or a meeting and its preposition before someone: "talked to joy", "sprak met hoop",
"home visit w joy"."""
SEEING = frozenset(["told", "saw", "visited", "asked", "called", "phoned", "texted",
                    "zag", "bezocht", "belde", "vroeg", "vu", "vue", "appelé", "rencontré",
                    "d'après", "selon", "volgens", "emailed", "mailed", "gemaild", "contacted",
                    "gecontacteerd", "contacté", "contactée"])  # fmt: skip
"""A verb or preposition whose object, when it is a name of a list, is that person."""
HAVE = frozenset(["heb", "hebt", "hebben", "had", "hadden", "heeft"])
I_AND = (["en", "ik"], ["et", "moi"], ["and", "i"], ["and", "me"])
"""After a name opening a sentence: "kibwe en ik hebben gepraat"."""
OF = frozenset(["de", "van", "à", "of", "d", "du"])
"""After a family word: "la fille de makengo", "le fils à nzeza", "de mama van X"."""
PARTICLES = _CUES["particles"]
SERVICES = SERVICE_WORDS | KIN | frozenset(["directeur", "directrice", "docteur", "juge"])
GROUPS = frozenset(["twins", "tweeling", "jumeaux", "jumelles", "kids", "children", "kinderen",
                    "enfants", "sons", "daughters", "zonen", "dochters", "fils", "filles",
                    "kleinkinderen", "petits-enfants", "grandchildren", "broers", "zussen",
                    "brothers", "sisters", "frères", "sœurs", "soeurs"])  # fmt: skip
"""Before the names they list: "de tweeling thabo en ayo", "the twins, thabo and ayo"."""
DETERMINERS = frozenset(["elke", "iedere", "ieder", "alle", "allen", "beide", "veel", "weinig",
                         "enkele", "sommige", "chaque", "tous", "toutes", "tout", "every",
                         "each", "all", "both", "some", "many", "few", "eén", "één", "nine",
                         "everyone", "everybody", "iedereen", "tout le monde", "nobody",
                         "niemand", "personne", "someone", "iemand", "quelqu'un", "them",
                         "hen", "eux", "elles", "ze", "zij", "hij", "elle", "il", "she", "he",
                         "me", "mij", "moi", "you", "jou", "toi", "us", "ons", "nous"])  # fmt: skip
"""Words that the name lists hold but that stand where a name would ("belde elke dag")."""
TRIGGERS = (KIN - NOT_KIN) | NAMING | SEEING | GROUPS | TITLES | frozenset(["m"]) | NAME_NOUNS
TRIGGERS |= CALLING
TRIGGERS |= frozenset(verb for verbs in MEETING.values() for verb in verbs) | HAVE
"""No rule here fires in a sentence without one of these words: one set test for most."""
AGE = lazy(
    r"\s?\(\d{1,2}\s?(?:j|jr|jaar|ans?|a|y|yrs?|years?|mois|maanden|months?)?[),]"
    r"|,\s?\d{1,2}\s?(?:j|jr|jaar|ans?|y|yrs?|years?|mois|maanden|months?)\b"
)
"""An age right after a word: "roos (7)", "jade (5 ans)", "espoir (14a)", "precious (19,
nigerian)", "hope, 3 jaar"."""
NUMBER_BEFORE = lazy(r"\d\s?$")
INITIAL = lazy(r"(?<!\w)[A-Z]\.")
NUMBER_AFTER = lazy(r"\d\s?ans?\b|,\s?\d")


def quoted_or_numbered(text: str) -> bool:
    """What the rules without a trigger word look for: a bracket, a quote, an initial, an
    age, a genitive ("at the nwosu's"). Substring tests first: one scan of the seven
    alternatives took 9 µs a text."""
    return ("(" in text or '"' in text or "“" in text or "«" in text or "‘" in text or "'s" in text
            or "’s" in text or " '" in text or "family" in text or "household" in text
            or ("." in text and INITIAL.search(text) is not None)
            or (has_digit(text) and NUMBER_AFTER.search(text) is not None))  # fmt: skip


_SKIP: dict[int, frozenset[str]] = {}


def no_names(lexicon: Lexicon) -> frozenset[str]:
    """The frequent words that no name list holds, once per lexicon."""
    if id(lexicon) not in _SKIP:
        names = lexicon.first | lexicon.last | frozenset(lexicon.word_names)
        _SKIP[id(lexicon)] = frequent() - names - PARTICLES - TITLES
    return _SKIP[id(lexicon)]


HOUSEHOLD = frozenset(["family", "household", "kids", "children", "boys", "girls", "twins"])
"""After "the" and a surname: "the okafor family", "the okafor kids"."""


def household_name(word: str, typed: str, lexicon: Lexicon) -> bool:
    """A family's name before "family": a name of the lists or no word ("the okafor family");
    a frequent word in lower case is the kind of family ("the foster family", "the host
    family"), capitalised its name ("the Foster family"); so is a rarer word ("the amish
    family", "the flemish family")."""
    if (word in frequent() or word in name_words()) and typed[0].islower():
        return False
    return named_word(word, lexicon) or word in lexicon.homographs  # "the smith family"


@lru_cache(maxsize=4096)  # the compound test splits the word many ways: once a word
def named_word(word: str, lexicon: Lexicon) -> bool:
    """In a name list, or in no list of words (a split into two short words of some
    language, "chi-dera", "tse-gaye", makes no word)."""
    if word in lexicon.first or word in lexicon.last or word in lexicon.word_names:
        return True
    return word not in lexicon.words and not strict_compound(word, lexicon)


def a_nickname(word: str, matches: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """After a naming verb and its object, a nickname, any word but a frequent one or a time:
    "ze noemen hem momo", "on l'appelle dede", "tout le monde l appelle dede"."""
    if len(word) <= 2 or word in frequent() or word in WHEN or not word.isalpha():
        return False
    previous = lowered[i - 1]
    if previous in OBJECTS:
        return True
    if i < 2 or (previous not in NAMING and previous not in CALLING):
        return False
    return lowered[i - 2] in OBJECTS or matches[i - 1].group().lower().startswith(("l'", "l’"))


FAMILY_HOME = lazy(r"(?i:\s*(?:$|[.,;:!?)]|\s(?:house|home|place|flat|door|today|yesterday)\b))")
"""English names a family by "the" and its surname's genitive at its home: "at the nwosu's"."""
QUOTES = "\"'“”«»‘’"


def quoted(
    text: str, matches: list[re.Match[str]], lowered: list[str], i: int, lexicon: Lexicon
) -> bool:
    """ "amadou" in quotes: a first name of the lists quoted alone is someone's name (not one
    that is also a word: 'hope' may be a book). In brackets right after a family word, any
    first name is whose it is: "the mother (grace)", "de mama (roos)"."""
    start, end = matches[i].span()
    word = lowered[i]
    if start == 0 or word not in lexicon.first:
        return False
    if text[start - 1] == "(" and text[end : end + 1] == ")" and i > 0:
        kin = lowered[i - 1] in RELATIONS and lowered[i - 1] not in NOT_KIN
        return kin and text[matches[i - 1].end() : start].strip() == "("
    return (
        word not in lexicon.word_names
        and word not in lexicon.homographs
        and text[start - 1 : start].strip() in QUOTES
        and text[end : end + 1] in QUOTES
        and text[end : end + 1] != ""
    )
