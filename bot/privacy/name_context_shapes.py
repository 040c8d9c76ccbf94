"""More of what the sentence says about a word that makes it someone's name (kept apart from
`name_context` to keep modules small): whose school or custody it is ("de school van wolf",
"custody of divine"), and a sentence opening with a name before a family word ("storm is de
nieuwe vriend van de mama"), a Dutch genitive ("joke haar mail") or an origin and an age
("gloire, congolaise de 16 ans")."""

from __future__ import annotations

import re

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon
from bot.privacy.name_context_runs import joined
from bot.privacy.name_context_words import (
    ARTICLES,
    KIN,
    NOT_KIN,
    NUMBER_BEFORE,
    RELATIONS,
    named_word,
)
from bot.privacy.name_cues import SUBJECT_VERBS
from bot.privacy.name_function_words import AND, MODALS, POSSESSIVES

BELONGINGS = frozenset(["school", "klas", "juf", "meester", "leerkracht", "trainer", "coach",
                        "voogd", "voogdij", "advocaat", "dossier", "école", "ecole", "classe",
                        "instit", "institutrice", "prof", "entraîneur", "avocat", "avocate",
                        "tuteur", "tutrice", "garde", "teacher", "lawyer", "guardian",
                        "custody"])  # fmt: skip
"""Whose school, teacher, file or custody: the word after "van", "de", "of" is the child or the
client ("de school van wolf", "l'avocat de gloire", "custody of divine")."""
SUBJECTS = frozenset(["frans", "engels", "nederlands", "duits", "wiskunde", "turnen", "gym",
                      "muziek", "français", "francais", "anglais", "néerlandais", "neerlandais",
                      "maths", "math", "musique", "sport", "english", "french", "dutch",
                      "german", "music", "science", "history", "art"])  # fmt: skip
"""What a teacher teaches: "de juf van frans" is the French teacher (Frans is also a name)."""
PARTNERED = AND | frozenset(["with", "met", "avec"])
"""Before a possessive and a family word: "tariq and his wife", "djamila with her cousin"."""
COPULA = frozenset(["is", "was", "est", "était"])
GENITIVE = frozenset(["haar", "zijn", "z'n", "zn", "zen", "hun", "d'r"])
"""Flemish puts the owner before these: "joke haar mail", "storm zijn fiets"."""
NOT_OWNERS = frozenset(["ben", "kan", "mag", "wil", "zal", "moet", "heb", "had", "word", "ga",
                        "kom", "zie", "vind", "geef", "laat", "mis", "bel", "hoor", "weet",
                        "denk", "zeg", "vraag", "neem", "breng", "haal", "stuur", "zet", "leg",
                        "volg", "help", "steun", "ken"])  # fmt: skip
"""Dutch verbs (some also first names: "ben") before "haar" or "zijn" as their object."""
RANKED = frozenset(["beste", "best", "meilleur", "meilleure", "enige", "only", "seul", "seule",
                    "grootste", "biggest", "greatest", "plus"])  # fmt: skip
"""A rank before the family word makes it a saying: "hoop is de beste vriend"."""
NOT_OWNED = frozenset(["er", "we", "wij", "ze", "zij", "jullie", "niet", "nog", "al", "ook", "dan",
                       "daar", "hier", "nu", "veel", "weinig", "goed", "klaar", "thuis", "weg",
                       "op", "in", "aan", "van", "de", "het", "een", "te", "zo", "heel", "erg",
                       "allemaal", "alle", "geen", "wel", "samen", "beter", "slecht", "moe",
                       "ziek", "blij", "bang", "boos", "tevreden", "mee", "terug", "binnen",
                       "buiten", "dood", "nodig"])  # fmt: skip
"""After "zijn" (also "are") or "haar" (also "her"), words that make it the verb or a pronoun."""
BORN = lazy(r",?\s+(?:née?|born|geboren|°)\s*(?:(?:le|on|op|in|en|the)\s+)?\d")
"""A birth told right after the word: "Céleste née le 3 mai 2009", "Miracle, born ..."."""
PARENTS = frozenset(["père", "mère", "vader", "moeder", "father", "mother", "papa", "maman",
                     "mama", "mum", "dad"])  # fmt: skip
"""A parent said without an article: "est père de", "is vader van"."""
ORIGIN_AGE = lazy(r", [^\W\d_]+ (?:de |van |of )?\d{1,2} ?(?:ans|an|jaar|jr|years|yrs|yo)\b")
"""An apposition of origin and age: "gloire, congolaise de 16 ans", "storm, belg van 17 jaar"."""


def the_owner(word: str, lexicon: Lexicon) -> bool:
    """A first name, a word-name, or a word of no language; no subject taught."""
    if word in SUBJECTS:
        return False
    return word in lexicon.first or word in lexicon.word_names or word not in lexicon.words


def opening_person(
    text: str,
    matches: list[re.Match[str]],
    lowered: list[str],
    i: int,
    lexicon: Lexicon,
    after_said: bool = False,
) -> bool:
    """The first word of a sentence, a name of the lists, said to be someone's relative, to
    own something in Flemish, or given an origin and an age."""
    word = lowered[i]
    capital = matches[i].group()[:1].isupper()
    if BORN.match(text, matches[i].end()):
        return capital or named_word(word, lexicon)  # "Miracle, born 21 July 2024"
    if word not in lexicon.first and word not in lexicon.word_names:
        return named_word(word, lexicon) and ORIGIN_AGE.match(text, matches[i].end()) is not None
    if ORIGIN_AGE.match(text, matches[i].end()):
        return True
    after = lowered[i + 1 : i + 6]
    if after[:1] and after[0] in COPULA and after[1:2] and after[1] in PARENTS:
        return after[2:3] in (["de"], ["van"], ["of"], ["d"])  # "Désiré est père de quadruplés"
    if len(after) >= 3 and after[0] in COPULA and after[1] in ARTICLES:
        if after[2] in RANKED or " ".join(after[3:5]) in ("of all", "van alle", "de tous"):
            return False  # "hoop is de beste vriend", "hope is the mother of all virtues"
        kin = after[2] if after[2] in KIN or len(after) < 4 else after[3]
        return kin in KIN and kin not in NOT_KIN  # "storm is de nieuwe vriend van de mama"
    if after_said or (word in lexicon.word_names and "nl" in lexicon.word_names[word]):
        return False  # "ze zei dat storm haar dak ...", "Storm zijn schade": the word's own
    if len(after) >= 2 and after[0] in GENITIVE and word not in NOT_OWNERS:
        owned = after[1]
        if owned in NOT_OWNED or owned in SUBJECT_VERBS or owned in MODALS:
            return False  # "hoop zijn er niet veel": "zijn" is the verb
        return owned.isalpha()
    return False


def partner(text: str, matches: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """ "tariq and his wife", "j'ai vu merhawit et son frère", "a video of djamila with her
    cousin": someone with their family."""
    if (
        i + 3 >= len(matches)
        or lowered[i + 1] not in PARTNERED
        or lowered[i + 2] not in POSSESSIVES
    ):
        return False
    return joined(text, matches, i, i + 1, " ") and lowered[i + 3] in RELATIONS


def opening_apposition(text: str, matches: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """ "roos was er ook, de buurvrouw, die...", "will was there too, her brother": the
    sentence's first word, then its first comma, an article and a family word; right after
    the name, the family word alone: "kalonji, moeder van 3, zoekt werk"."""
    if not sentence_opens(text, matches, i):
        return False
    comma = text.find(", ", matches[i].end())
    if comma < 0 or text.find(".", matches[i].end(), comma) >= 0:
        return False
    j = next((j for j in range(i + 1, min(i + 7, len(matches))) if matches[j].start() > comma), 0)
    if not j or j + 1 >= len(matches):
        return False
    k = j + 1 if lowered[j] in ARTICLES else j  # "kalonji, moeder van 3,": right after the name
    if k == j and j != i + 1:
        return False
    kin = lowered[k]
    after = text[matches[k].end() : matches[k].end() + 2]
    whose = KIN_OF.match(text, matches[k].end()) is not None  # "kalonji, moeder van 3,"
    return kin in RELATIONS and kin not in NOT_KIN and (after[:1] in ("", ",", ".", ")") or whose)


KIN_OF = lazy(r"\s+(?:(?:van|de|du|of)\b|d['’])\s*\w+\s*,")
"""A family word with whose it is, up to the apposition's comma: "moeder van 3,"."""


def sentence_opens(text: str, matches: list[re.Match[str]], i: int) -> bool:
    """The first word, or one after a full stop, "!", "?" or ":" (read back over the spaces
    only: a slice of all the text before each word made long texts quadratic)."""
    position = matches[i].start() - 1 if i else -1
    while position >= 0 and text[position].isspace():
        position -= 1
    return position < 0 or text[position] in ".!?:"


SIBLINGS = ("filles", "fils", "dochters", "zonen", "kinderen", "kids", "enfants", "daughters",
            "sons", "twins", "jumeaux", "jumelles", "tweeling", "broers", "zussen", "sœurs",
            "soeurs", "frères", "freres", "brothers", "sisters", "kleinkinderen", "grandchildren",
            "petits-enfants")  # fmt: skip
"""Family words in the plural, in an apposition after two names."""
PAIR_PREDICATE = lazy(
    r"\s+(?:(?:both|all|allebei|samen|tous\s+(?:les\s+)?deux|toutes\s+(?:les\s+)?deux)\s+)?"
    r"(?:are\s+twins|zijn\s+een\s+tweeling|sont\s+(?:des\s+)?(?:jumeaux|jumelles)"
    r"|(?:live|lived|wonen|woonden|habitent|vivent)(?!\s+(?:in|dans|en)\s+(?:our|ons|onze|nos|notre"
    r"|their|leurs?|hun)\b)|come\s+from|came\s+from|komen\s+uit|kwamen\s+uit"
    r"|viennent\s+d|have\s+a\s+flat|hebben\s+een\s+appartement|need\s+school|hebben\s+nood"
    r"|ont\s+besoin|go\s+to\s+school|gaan\s+naar\s+school|vont\s+à\s+l['’]école)\b"
    r"|\s+(?:(?:both|all|allebei|samen)\s+)?(?:go|went|gaan|gingen|vont|allaient)\s+(?:to|naar|à|au)"
    r"\s+(?:(?:the|de|het|la|le|l['’])\s*)?[A-Z]"
    r"|,\s+(?:les|de|the|ses|zijn|haar|his|her|their|leurs|hun|mes|my|mijn)\s+"
    rf"(?:{'|'.join(SIBLINGS)})\b"
)
"""What two people opening a sentence do together: "rocky and precious are twins", "wil en
geluk komen uit kinshasa", "goodness and unique both need school stuff"; or who they are
together: "Marine et Océane, les filles de …" (probe24)."""
PAIR_WORDS = frozenset(["twins", "tweeling", "jumeaux", "jumelles", "live", "lived", "wonen",
                        "woonden", "habitent", "vivent", "come", "came", "komen", "kwamen",
                        "viennent", "flat", "appartement", "need", "nood", "besoin", "school",
                        "école", "both", "allebei", "go", "went", "gaan", "gingen", "vont",
                        "allaient", *SIBLINGS])  # fmt: skip
"""Without one of these no pair of people is found."""
CALLED_ON = lazy(r"\s+(?:op|on|au|at|sur)\s+(?:het\s+nummer\s+|le\s+)?(?:\+|0)\d")
CALLS = frozenset(["bel", "belt", "bellen", "call", "ring", "text", "appelle", "appeler",
                   "appelez", "téléphone", "téléphoner", "sms"])  # fmt: skip
"""A call to someone on a number: "bel will op 0485 33 12 07", "call said on 0486..."."""


def pair_of_people(
    text: str, matches: list[re.Match[str]], lowered: list[str], i: int, lexicon: Lexicon
) -> bool:
    """Two names joined by "and" opening a sentence or closing a list, then what only people
    do together ("Justice and Bliss go to Don Bosco", "Destiny and Sunday all go to ...")."""
    if i + 2 >= len(matches) or lowered[i + 1] not in AND:
        return False
    if not (joined(text, matches, i, i + 1, " ") and joined(text, matches, i + 1, i + 2, " ")):
        return False
    left, right = matches[i].group(), matches[i + 2].group()
    names = named_word(lowered[i], lexicon) or left[:1].isupper()
    names = names and (named_word(lowered[i + 2], lexicon) or right[:1].isupper())
    return names and PAIR_PREDICATE.match(text, matches[i + 2].end()) is not None


def called_on_a_number(text: str, matches: list[re.Match[str]], previous: str, i: int) -> bool:
    """The one called on a number: "bel will op 0485 33 12 07"."""
    return previous in CALLS and CALLED_ON.match(text, matches[i].end()) is not None


SAID_THAT = frozenset(["said", "says", "zei", "zegt", "dit", "disait", "that", "dat", "da", "que",
                       "qu"])  # fmt: skip
"""Before a clause that opens on its subject: "samuel said grace is his cousin"."""


COUNTS = frozenset(["two", "three", "four", "five", "six", "few", "several", "twee", "drie", "vier",
                    "vijf", "zes", "paar", "enkele", "deux", "trois", "quatre", "cinq", "six",
                    "quelques", "plusieurs"])  # fmt: skip
"""A count before a word: the word is a unit, no name in an apposition."""


def apposition(text: str, matches: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """ "hope (de oudste)", "jan the neighbour", "joie la petite dernière", "bart, mijn
    collega": an article or possessive and a word of family or role right after."""
    if (
        i + 2 >= len(matches)
        or (i and lowered[i - 1] in COUNTS)
        or NUMBER_BEFORE.search(text, max(0, matches[i].start() - 3), matches[i].start())
    ):
        return False  # "for three weeks, her sister …", "2 jaar, zijn broer": a unit
    between = text[matches[i].end() : matches[i + 1].start()]
    if between not in (" ", ", ", " (", ", ("):
        return False
    if lowered[i + 1] not in ARTICLES or not joined(text, matches, i + 1, i + 2, " "):
        return False
    kin = lowered[i + 2]
    if kin in ("petite", "petit", "kleine", "little") and i + 3 < len(matches):
        kin = lowered[i + 3] if lowered[i + 3] in KIN else kin
    if kin == "son" and lowered[i + 1] not in ("his", "her", "their", "the", "my", "our"):
        return False  # "grace a son aide": French "a son" is "has her"
    return kin in KIN and kin not in NOT_KIN


CLOSED = lazy(r"\s*(?:[,.;:)!?]|$)|\s+(?:van|de|d['’]|du|of)\b")
"""What closes an apposition: a stop, the end, or whose it is ("la fille de …")."""


def closed(text: str, matches: list[re.Match[str]], kin: int) -> bool:
    """The family word `kin` of an apposition ends it: "Marine, la fille de Jean", "hope (de
    oudste)"; "this winter, the kids were sick" goes on as a clause."""
    return kin < len(matches) and CLOSED.match(text, matches[kin].end()) is not None


BIRTH_WORDS = frozenset(["née", "né", "born", "geboren"])
OPENING_GENITIVE = lazy(
    r"(?:^|[.!?:;]\s*)\s*[^\W\d_]+\s+(?:" + "|".join(GENITIVE) + r")\s", re.IGNORECASE
)
AND_WORD = lazy(r"\s(?:and|en|et)\s")


def worth_reading(text: str, runs: list[str]) -> bool:
    """Whether a shape of this module may be in the text beyond name_context's own trigger
    words: a birth, a call, a Flemish genitive opening a sentence, a pair of people joined by
    "and" (the words that gate the last two, "haar", "zijn", "school", are in most Dutch
    sentences: they are tested as shapes, not as words)."""
    if not BIRTH_WORDS.isdisjoint(runs) or not CALLS.isdisjoint(runs):
        return True
    if OPENING_GENITIVE.search(text):
        return True
    return not PAIR_WORDS.isdisjoint(runs) and AND_WORD.search(text) is not None


MONSIEUR_LEADS = frozenset(["avec", "chez", "pour", "par", "et", "vu", "voir", "appelé", "appeler",
                            "rdv", "contacté", "de", "à", "selon", "entretien"])  # fmt: skip
"""French words that lead to a man by "m" without its dot: "rdv avec m leroi"."""


def monsieur(text: str, matches: list[re.Match[str]], lowered: list[str], i: int,
             lexicon: Lexicon) -> bool:  # fmt: skip
    """ "m. vandenbroucke"; "rdv avec m leroi": "m" without its dot after a French link word
    or opening the note, and before a word of no language ("il m a dit", "ça m énerve": an
    elided pronoun)."""
    if i < 1 or lowered[i - 1] != "m":
        return False
    gap = text[matches[i - 1].end()]
    if gap == ".":
        return True
    if gap != " " or lowered[i] in lexicon.words:
        return False
    if i == 1:  # "m ouedraogo a besoin d'un interprète": the note opens on him
        return not text[: matches[0].start()].strip() and len(lowered[i]) > 2
    return lowered[i - 2] in MONSIEUR_LEADS
