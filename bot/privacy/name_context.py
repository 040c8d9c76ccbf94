"""Names that their sentence reveals whatever the word: "hope (de oudste)", "jan the
neighbour", "talked to joy", "sa mère fanta", "elle s'appelle nokuthula", "tariq and his
wife". The word may be a word of some language or in no list at all; what is around it
can only be said of a person, so it is masked (the worker sees it and can undo nothing
that identifies: a word too many is the cheaper mistake)."""

from __future__ import annotations

import re

from bot.privacy.lexicon import Lexicon, cues
from bot.privacy.name_cues import frequent

_CUES = cues()
TITLES = _CUES["titles"]
RELATIONS = _CUES["relations"]
ARTICLES = frozenset(["de", "het", "den", "la", "le", "l", "les", "the", "a", "an", "een",
                      "un", "une", "haar", "zijn", "z'n", "hun", "mijn", "sa", "son", "ses",
                      "leur", "ma", "mon", "her", "his", "their", "my", "our", "ons", "onze",
                      "notre", "hem", "him", "lui"])  # fmt: skip
"""Before a relation word in an apposition ("jan, de buurman"); after them a word is a
noun, not a name ("het kind de buurman zag")."""
KIN = frozenset(["oudste", "jongste", "eldest", "youngest", "aîné", "aînée", "aine", "ainee",
                 "cadet", "cadette", "petit", "petite", "kleine", "tweeling", "twins",
                 "jumeaux", "jumelles", "twin", "kid", "kids", "stepson", "stepdaughter",
                 "schoonzus", "baby", "benjamin", "benjamine", "dernière", "dernier",
                 "middelste", "middle"]) | RELATIONS  # fmt: skip
"""Words of family and role that stand in an apposition beside a name."""
NOT_KIN = frozenset(["called", "named", "heet", "genaamd", "appelé", "prénommé", "familie",
                     "famille", "family", "gezin", "kind", "man", "ex", "moe", "pa", "ons",
                     "client", "cliente", "cliënt", "cliënte", "jongen", "meisje"])  # fmt: skip
"""Relation words that also mean something else, or name no one in an apposition."""
NAMING = frozenset(["heet", "heette", "genaamd", "noemt", "noemde", "called", "named",
                    "nicknamed", "appelle", "appelait", "appelée", "prénommé", "prénommée",
                    "surnommé", "surnommée", "dénommé", "dénommée"])  # fmt: skip
"""After these the next word is a name ("elle s'appelle nour", "a boy named tobi")."""
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
    "with": frozenset(["talked", "spoke", "met", "speak", "talk", "chatted", "meeting",
                       "argued", "fought", "lives", "stays", "living", "staying"]),
    "met": frozenset(["sprak", "gesproken", "praatte", "gepraat", "babbelde", "gebabbeld",
                      "afgesproken", "ruzie", "woont", "samen", "getrouwd", "trouwde"]),
    "avec": frozenset(["parlé", "discuté", "parle", "vit", "habite", "mariée", "marié",
                       "disputé", "rendez-vous", "entretien"]),
    "à": frozenset(["parlé", "parle", "écrit", "téléphoné", "expliqué", "dit"]),
}  # fmt: skip
"""A verb and its preposition before someone: "talked to joy", "sprak met hoop"."""
SEEING = frozenset(["told", "saw", "visited", "asked", "called", "phoned", "texted",
                    "zag", "bezocht", "belde", "vroeg", "vu", "vue", "appelé", "rencontré",
                    "d'après", "selon", "volgens"])  # fmt: skip
"""A verb or preposition whose object, when it is a name of a list, is that person."""
AND = frozenset(["en", "et", "and"])
POSSESSIVES = frozenset(["haar", "zijn", "z'n", "d'r", "hun", "sa", "son", "ses", "leur",
                         "her", "his", "their"])  # fmt: skip
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
TRIGGERS = KIN | NAMING | SEEING | GROUPS | frozenset(MEETING) | frozenset(["m"])
"""No rule here fires in a sentence without one of these words: one set test for most."""


def context_names(
    text: str, matches: list[re.Match[str]], lexicon: Lexicon, context: frozenset[str]
) -> dict[int, bool]:
    """Start of a word -> True when its sentence makes it a person's name, False when it
    names a pet or a film character ("de hond heet Bobby"); `context`: the words the name
    rules read as cues, never names themselves."""
    if len(matches) < 2:
        return {}
    lowered = [m.group().lower() for m in matches]
    if "'" in text or "’" in text:  # only a word with an apostrophe has a clitic to drop
        lowered = [_bare(word) for word in lowered]
    if TRIGGERS.isdisjoint(lowered):
        return {}
    found: dict[int, bool] = {}
    for i, word in enumerate(lowered):
        if (i == 0 or lowered[i - 1] not in NAMING) and not _candidate(word, lexicon, context):
            continue  # most words: no naming verb before them and no possible name
        before = i > 0 and _joined(text, matches, i - 1, i, " .,")
        previous = lowered[i - 1] if before else ""
        if previous in NAMING and word.isalpha() and _said_of_a_thing(lowered, i - 1):
            found[matches[i].start()] = False
            continue
        if previous in NAMING and word not in DETERMINERS and _named(word, lexicon):
            found[matches[i].start()] = True
            continue
        if previous in ARTICLES or not _candidate(word, lexicon, context):
            continue  # "het kind", "the neighbour": a noun
        if _named(word, lexicon) and (
            _apposition(text, matches, lowered, i)
            or (previous == "m" and text[matches[i - 1].end()] == ".")  # "m. vandenbroucke"
            or _met(lowered, i, previous, before)
            or _partner(text, matches, lowered, i)
            or _kin_before(lowered, i, previous, lexicon)
            or _opening_apposition(text, matches, lowered, i)
        ):
            found[matches[i].start()] = True
        elif previous in GROUPS:
            found.update(dict.fromkeys(_group(text, matches, lowered, i, lexicon), True))
    return found


def _opens(text: str, matches: list[re.Match[str]], i: int) -> bool:
    return i == 0 or text[: matches[i].start()].rstrip()[-1:] in (".", "!", "?", "\n", ":")


def _bare(word: str) -> str:
    word = word.replace("’", "'")
    return word[2:] if word[1:2] == "'" and word[0] in "sldmtjn" else word


def _candidate(word: str, lexicon: Lexicon, context: frozenset[str]) -> bool:
    """A word that may be a name: no cue, article or family word, no frequent word
    unless a name list holds it."""
    if len(word) < 2 or not word.replace("-", "").isalpha() or word in DETERMINERS:
        return False
    if word in context and word not in lexicon.word_names:  # "will", "mark" may be names
        return False
    if word in ARTICLES or word in KIN or word in AND or word in NAMING or word in TITLES:
        return False
    return word not in frequent() or word in lexicon.first or word in lexicon.word_names


def _named(word: str, lexicon: Lexicon) -> bool:
    """In a name list, or in no list of words (a split into two short words of some
    language, "chi-dera", "tse-gaye", makes no word)."""
    if word in lexicon.first or word in lexicon.last or word in lexicon.word_names:
        return True
    return word not in lexicon.words and not _compound(word, lexicon)


def _compound(word: str, lexicon: Lexicon) -> bool:
    """A Dutch compound of two words of four letters or more, or of a frequent word and
    a word ("huurprijs", "dagopvang"): stricter than the word lists' own test."""
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        for stem in (head, head[:-1] if head[-1] in "s" else ""):
            if len(stem) < 3 or stem not in lexicon.words or tail not in lexicon.words:
                continue
            if (len(stem) > 3 and len(tail) > 3) or stem in frequent():
                return True
    return False


def _joined(text: str, matches: list[re.Match[str]], left: int, right: int, marks: str) -> bool:
    between = text[matches[left].end() : matches[right].start()]
    return len(between) <= 3 and between.strip(marks) == ""


def _apposition(text: str, matches: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """ "hope (de oudste)", "jan the neighbour", "joie la petite dernière", "bart, mijn
    collega": an article or possessive and a word of family or role right after."""
    if i + 2 >= len(matches):
        return False
    between = text[matches[i].end() : matches[i + 1].start()]
    if between not in (" ", ", ", " (", ", ("):
        return False
    if lowered[i + 1] not in ARTICLES or not _joined(text, matches, i + 1, i + 2, " "):
        return False
    kin = lowered[i + 2]
    if kin in ("petite", "petit", "kleine", "little") and i + 3 < len(matches):
        kin = lowered[i + 3] if lowered[i + 3] in KIN else kin
    if kin == "son" and lowered[i + 1] not in ("his", "her", "their", "the", "my", "our"):
        return False  # "grace a son aide": French "a son" is "has her"
    return kin in KIN and kin not in NOT_KIN


def _said_of_a_thing(lowered: list[str], naming: int) -> bool:
    """ "de hond heet Bobby", "a film called hope": a pet's or a film's name."""
    return any(word in NOT_PEOPLE for word in lowered[max(0, naming - 6) : naming])


def _met(lowered: list[str], i: int, previous: str, before: bool) -> bool:
    """ "talked to joy", "sprak met hoop", "told chipo", "selon aminata"."""
    if not before:
        return False
    verbs = MEETING.get(previous)
    if verbs is not None and i > 1 and lowered[i - 2] in verbs:
        return True
    return previous in SEEING and lowered[i] not in frequent()


def _partner(text: str, matches: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """ "tariq and his wife", "j'ai vu merhawit et son frère": someone with their family."""
    if i + 3 >= len(matches) or lowered[i + 1] not in AND or lowered[i + 2] not in POSSESSIVES:
        return False
    return _joined(text, matches, i, i + 1, " ") and lowered[i + 3] in RELATIONS


def _kin_before(lowered: list[str], i: int, previous: str, lexicon: Lexicon) -> bool:
    """ "sa mère fanta", "zijn zoon tariq": a possessive and a family word before a first
    name or a word of no language ("his wife come first" is no name)."""
    if previous not in RELATIONS or previous in NOT_KIN or lowered[i - 2] not in POSSESSIVES:
        return False
    return lowered[i] in lexicon.first or lowered[i] not in lexicon.words


def _opening_apposition(
    text: str, matches: list[re.Match[str]], lowered: list[str], i: int
) -> bool:
    """ "roos was er ook, de buurvrouw, die...", "will was there too, her brother": the
    sentence's first word, then its first comma, an article and a family word."""
    if not _opens(text, matches, i):
        return False
    comma = text.find(", ", matches[i].end())
    if comma < 0 or text.find(".", matches[i].end(), comma) >= 0:
        return False
    j = next((j for j in range(i + 1, min(i + 7, len(matches))) if matches[j].start() > comma), 0)
    if not j or j + 1 >= len(matches) or lowered[j] not in ARTICLES:
        return False
    kin = lowered[j + 1]
    after = text[matches[j + 1].end() : matches[j + 1].end() + 2]
    return kin in RELATIONS and kin not in NOT_KIN and after[:1] in ("", ",", ".", ")")


def _group(
    text: str, matches: list[re.Match[str]], lowered: list[str], i: int, lexicon: Lexicon
) -> list[int]:
    """ "de tweeling thabo en ayo": two words joined by "en" right after a group word are
    the names it lists, when neither is a frequent word."""
    if i + 2 >= len(matches) or lowered[i + 1] not in AND:
        return []
    pair = (lowered[i], lowered[i + 2])
    if any(w in frequent() and w not in lexicon.first for w in pair):
        return []
    if not all(w.isalpha() and w not in ARTICLES and w not in POSSESSIVES for w in pair):
        return []
    return [matches[i].start(), matches[i + 2].start()]
