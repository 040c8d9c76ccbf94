"""Lower-case names that the shape of their clause reveals, whatever list the word is in:
the subject of a subordinate clause ("toen kibwe binnenkwam", "quand aminata est arrivée",
"when dritan came in"), a first name after an article and a diminutive ("la petite divine",
"de kleine yasmine", "little kofi"), a first name before a surname of the lists that is no
everyday word ("jan verbruggen", "ben okafor"), and a surname of particles after a title
("mme de la croix", "meneer van der berg"). Also the other way round: a first name that is
a word, said to be a word ("Destiny is een woord dat ze vaak gebruikt"), is no one."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.privacy.compounds import frequent, plain_word, strict_compound
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, cues
from bot.privacy.name_function_words import POSSESSIVES
from bot.privacy.name_greetings import THANKS, greeted
from bot.privacy.rare_words import rare_word
from bot.privacy.typos import typo_of_a_word

_CUES = cues()
CUES = frozenset().union(*_CUES.values())
NOT_VERBS = CUES - _CUES["verbs"]
AUXILIARIES = frozenset(["a", "is", "was", "est", "are", "were", "has", "had", "have", "heeft",
                         "zijn", "ben", "will", "can", "may", "must", "did", "does", "do", "kan",
                         "moet", "wil", "zal", "gaat", "va", "avait", "était", "sont"])  # fmt: skip
ALL_VERBS = _CUES["verbs"] | _CUES["subject_verbs"]
SENTENCE_END = frozenset(".!?:;\n")
OPENING = lazy(r"[.!?:;\n]\s*")
PEOPLE_VERBS = (_CUES["verbs"] | _CUES["subject_verbs"]) - AUXILIARIES
"""Verbs said of a person that are no auxiliary: after "adebayo found a", "a" is no verb."""
TITLES = _CUES["titles"]
RELATIONS = _CUES["relations"] | {"ma", "pa", "moe", "va"}
KIN_PREFIXES = ("schoon", "stief", "groot", "overgroot", "half", "belle", "beau", "step")
DIMINUTIVE_ENDINGS = ("eke", "ske", "ke", "ken", "kes", "tje", "tjes", "je", "jes")
PARTICLES = _CUES["particles"]
SUBORDINATORS = frozenset(["toen", "als", "omdat", "nadat", "zodra", "terwijl", "wanneer",
                           "voordat", "totdat", "sinds", "quand", "lorsque", "lorsqu",
                           "puisque", "when", "because", "while", "whilst", "until", "once",
                           "cause", "coz", "dat", "da", "that", "if", "si", "after", "before",
                           "since", "tot", "alors", "puis", "ensuite"])  # fmt: skip
"""Words that open a clause: its subject follows ("alors", "puis": a new clause too)."""
ODD_FIRST = frozenset(["ben", "said", "mark"])
"""First names that the lists leave out because they are words: "ben okafor"."""
LOOSE = frozenset(["als", "once", "since", "sinds", "cause"])
THAT = frozenset(["dat", "da", "that", "que"])
"""Also demonstratives: a clause only after a verb ("zegt dat naveed") or "parce que", "so that"."""
QUE_AFTER = frozenset(["parce", "pendant", "dès", "des", "avant", "après", "tandis", "alors",
                       "bien", "sans", "pour", "so", "zodat", "doordat", "opdat"])  # fmt: skip
THAT_AFTER = QUE_AFTER | _CUES["verbs"] | _CUES["subject_verbs"]
"""Also "as", "one time", "from": only a first name of the lists is a subject after them
("ze werkt als kassierster" stays)."""
DEFINITE = POSSESSIVES | frozenset(["de", "het", "la", "le", "the", "onze", "ons", "mijn", "ma",
                                    "mon", "notre", "our", "my", "die", "deze", "cette", "ce",
                                    "this", "that"])  # fmt: skip
DIMINUTIVES = frozenset(["kleine", "petite", "petit", "little", "lil", "lieve", "chère", "dear",
                         "grote", "jonge", "young"])  # fmt: skip
COPULAS = frozenset(["is", "was", "est", "était", "etait", "are", "were", "zijn", "waren", "sont",
                     "by", "van", "of", "du", "des", "de"])  # fmt: skip
"""After "le petit prince" a copula or "by" says a thing is named, not a person."""
AFTER = SUBORDINATORS | DIMINUTIVES | THANKS | {"que"}
"""Words after which a rule below may find a name."""
CHAT = frozenset(["efkes", "effe", "effekes", "efjes", "eventjes", "ff", "asap", "stp", "svp",
                  "pls", "plz", "btw", "direct", "direkt", "nog", "toch", "vite", "weer", "ook",
                  "al", "even", "snel", "nu", "ok", "oké", "okay", "ofzo", "enzo"])  # fmt: skip
"""Chat words that follow a first name in a note ("amir efkes gebeld"): never a surname."""
SAID_A_WORD = lazy(
    r"(?i:\s+(?:is|was|est|c'est|zijn)\s+(?:(?:een|a|an|un|une|the|het|de|le|la|mooi|mooie"
    r"|beau|belle|nice|beautiful|lovely)\s+){0,2}(?:woord|word|mot|begrip|term|terme|concept"
    r"|thema|theme|thème|waarde|value|valeur|deugd|virtue|vertu)\b"
    r"|\s+(?:betekent|means|meant|signifie|veut\s+dire)\b"
    r"|\s+(?:is|was|est)\s+(?:wat|what|ce\s+qui|ce\s+que)\b)"  # "hope is wat haar overeind houdt"
)
CLITIC = lazy(r"(?i:(?:lorsqu|puisqu|jusqu|qu)['’])(?=\w)")
"""A French "que" elided onto a name ("lorsqu'aminata"): the word stays, the name goes."""
LETTERS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûüœ")


def clause_names(
    text: str,
    matches: list[re.Match[str]],
    lowered: list[str],
    lexicon: Lexicon,
    free: bytearray | None = None,
) -> dict[int, bool]:
    """Start of a word -> True when its clause makes it a name, False when it is said to be
    a word. Only shapes no other rule decides: the caller's rules win where both speak.
    `free`: 1 where no other recogniser claimed the text ("Madame de la Poste")."""
    found: dict[int, bool] = {}
    if len(matches) < 2:
        return found  # every rule here reads a word beside the name
    last = len(matches) - 1
    first, word_names = lexicon.first, lexicon.word_names
    present = set(lowered)  # set operations in C pick the few words a rule may speak of
    keys = (present & first) | (present & ODD_FIRST) | (present & CHAT)  # first: word names too
    after = present & AFTER
    candidates = {i for i, word in enumerate(lowered) if word in keys} if keys else set()
    if after:
        candidates.update(i + 1 for i, word in enumerate(lowered[:-1]) if word in after)
    openers = _openers(text, matches)  # only before a verb does an opener matter here
    candidates.update(i for i in openers if i < last and lowered[i + 1] in ALL_VERBS)
    for i in sorted(candidates):
        word = lowered[i]
        gap = text[matches[i - 1].end() : matches[i].start()] if i else text[: matches[i].start()]
        previous = lowered[i - 1] if gap == " " else ""
        opens = not gap.strip() if not i else gap.rstrip()[-1:] in SENTENCE_END
        if word not in lexicon.words and word not in first and _flemish(word, lexicon):
            found[matches[i].start()] = False  # "dat appke was lief", "omdat schoonma komt"
            continue
        if word in CHAT and previous in first:
            found[matches[i].start()] = False  # "amir efkes gebeld": no surname
            continue
        if word in word_names and SAID_A_WORD.match(text, matches[i].end()):
            found[matches[i].start()] = False
            continue
        if previous in THANKS and (
            _thanked(matches[i].group(), word, lexicon) or greeted(text, matches[i], lexicon)
        ):
            found[matches[i].start()] = True  # "thanks ebere", "merci yacouba"
        if i == last or text[matches[i].end() : matches[i + 1].start()] != " ":
            continue
        if _surname_after(word, lowered[i + 1], lexicon) or _pair_acts(lowered, i, lexicon):
            found[matches[i].start()] = found[matches[i + 1].start()] = True
        if not _looks_like_a_name(matches[i].group(), word):
            continue
        if opens and matches[i].group()[0].islower() and _opener(lowered, i, lexicon):
            found[matches[i].start()] = True  # "fikre komt uit een groot gezin"
        if _subject(lowered, i, previous, lexicon) or _little(lowered, i, previous, lexicon):
            found[matches[i].start()] = True  # "toen kibwe binnenkwam", "la petite divine"
    if not TITLES.isdisjoint(lowered) or "m" in lowered:
        _titled_particles(text, matches, lowered, lexicon, found, free)
    return found


def _openers(text: str, matches: list[re.Match[str]]) -> list[int]:
    """The words that open a sentence (by index): the first, and those after a full stop."""
    last = matches[-1].start()
    ends = {m.end() for m in OPENING.finditer(text, matches[0].end(), last + 1)}
    if not ends or min(ends) > last:
        return [0]  # most texts: one sentence, its full stop after the last word
    return [0] + [i for i, match in enumerate(matches) if match.start() in ends]


def _thanked(word: str, bare: str, lexicon: Lexicon) -> bool:
    """After "thanks", "merci", "hey": a word of no list (not a typo) is whom it is said to."""
    return (
        _looks_like_a_name(word, bare)
        and _unknown(bare, lexicon, rare=True)
        and not typo_of_a_word(bare, lexicon)
    )


def _opener(lowered: list[str], i: int, lexicon: Lexicon) -> bool:
    """A lower-case word of no list opening a sentence before a verb said of people; not a
    typo of a frequent word ("vandag komt ze" stays)."""
    word = lowered[i]
    return (
        lowered[i + 1] in ALL_VERBS
        and _unknown(word, lexicon)
        and not typo_of_a_word(word, lexicon)
    )


def _subject(lowered: list[str], i: int, previous: str, lexicon: Lexicon) -> bool:
    """A name of no language opening a subordinate clause, a word (its verb) after it."""
    word, following = lowered[i], lowered[i + 1]
    if (
        not _opens_clause(lowered, i, previous)
        or not _unknown(word, lexicon, rare=True)
        or typo_of_a_word(word, lexicon)
    ):
        return False
    if previous in LOOSE and word not in lexicon.first:
        return False
    if previous in THAT and (i < 2 or lowered[i - 2] not in THAT_AFTER):
        return False  # "dat appke was lief": a demonstrative, unless "zegt dat", "dit que"
    return lexicon.is_word(following) and following not in NOT_VERBS


def _little(lowered: list[str], i: int, previous: str, lexicon: Lexicon) -> bool:
    """A first name after "the little", "de kleine"; one that is a word ("divine", "prince")
    only when no copula or "by" follows: "le petit prince est un livre" stays."""
    word = lowered[i]
    if previous not in DIMINUTIVES or i < 2 or lowered[i - 2] not in DEFINITE:
        return False
    return word in lexicon.first and (word not in lexicon.words or lowered[i + 1] not in COPULAS)


def _looks_like_a_name(word: str, bare: str) -> bool:
    return (
        len(bare) >= 3
        and not (word.isupper() and len(word) > 1)
        and LETTERS.fullmatch(bare) is not None
        and not VOWELS.isdisjoint(bare)
        and bare not in CUES
        and bare not in CHAT
    )


def _opens_clause(lowered: list[str], i: int, previous: str) -> bool:
    if previous in SUBORDINATORS:
        return True
    return previous == "que" and (i < 2 or lowered[i - 2] not in ("ce", "ne"))


def _unknown(word: str, lexicon: Lexicon, rare: bool = False) -> bool:
    """A first name of no language, or a word of no list ("kibwe", "aminata"); with `rare`,
    also a word only the long word lists know ("sékou", not "wifi": rare_words.py)."""
    if word in lexicon.first:
        return word not in lexicon.words
    if "-" in word and all(lexicon.is_word(part) for part in word.split("-")):
        return False  # "voulez-vous", "celle-ci"
    if _flemish(word, lexicon):
        return False
    if rare and rare_word(word, lexicon):
        return True  # "keita", "sékou": even a surname of the lists
    return word not in lexicon.last and not lexicon.is_word(word)


def _pair_acts(lowered: list[str], i: int, lexicon: Lexicon) -> bool:
    """A first name of no frequent word, then a rarer word, then a verb of people: a first
    name and a surname, whatever lists the surname is in ("sarah baker came in", "joy
    mbeki belde"); an auxiliary may follow a verb ("zainab share a room"): not enough."""
    word, following = lowered[i], lowered[i + 1]
    if word not in lexicon.first or word in frequent() or word in CUES or i + 2 >= len(lowered):
        return False
    if following in frequent() or following in CUES or following in CHAT:
        return False
    if _opens_clause(lowered, i, lowered[i - 1] if i else "") or strict_compound(
        following, lexicon
    ):
        return False  # "toen wanjiru binnenkwam begon ze": a verb ends a Dutch clause
    return len(following) >= 3 and following.isalpha() and lowered[i + 2] in PEOPLE_VERBS


@lru_cache(maxsize=4096)  # decided once a word
def _flemish(word: str, lexicon: Lexicon) -> bool:
    """A Flemish diminutive of a word ("appke", "kotteke", "sms'ke") or a family word with
    its prefix ("schoonma", "stiefpa"): words, not names."""
    for suffix in DIMINUTIVE_ENDINGS:
        stem = word[: -len(suffix)]
        stem = stem.rstrip("'’")
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        single = stem[:-1] if stem[-1] == stem[-2] else stem  # "kotteke": "kot"
        if lexicon.is_word(stem) or lexicon.is_word(single):
            return True
    return any(word.startswith(p) and word[len(p) :] in RELATIONS for p in KIN_PREFIXES)


def _surname_after(word: str, following: str, lexicon: Lexicon) -> bool:
    """A first name (even one that is a word: "jan", "ben") before a surname of the lists
    that is no everyday word and no frequent one: "jan verbruggen", "ben okafor"."""
    if word not in ODD_FIRST and (word not in lexicon.first or word in CUES):
        return False  # "une amie samira": a family or friend word is no first name
    if word in lexicon.word_names:
        return False  # "grace baptist church": a word-name needs a verb (`_pair_acts`)
    if following in CUES or following in CHAT or len(following) < 4:
        return False
    return following in lexicon.last and following not in lexicon.words


def _titled_particles(
    text: str,
    matches: list[re.Match[str]],
    lowered: list[str],
    lexicon: Lexicon,
    found: dict[int, bool],
    free: bytearray | None,
) -> None:
    """A title ("m." too, not after a number), two particles or more, a word: "mme de la croix",
    "m. van der stappen". Dutch "van de", "van het", "de la" also say where someone works ("meneer
    van de gemeente", "madame de la mairie"): then the word must be a surname or no word."""
    for i, word in enumerate(lowered[:-3]):
        monsieur = word == "m" and text[matches[i].end() : matches[i + 1].start()] == ". "
        monsieur = monsieur and not text[: matches[i].start()].rstrip()[-1:].isdigit()
        if (word not in TITLES and not monsieur) or lowered[i + 1] not in PARTICLES:
            continue
        j = i + 1
        while j + 1 < len(lowered) and lowered[j + 1] in PARTICLES:
            j += 1
        if j - i < 2 or j + 1 >= len(lowered):
            continue
        gaps = (text[matches[k].end() : matches[k + 1].start()] for k in range(i, j + 1))
        if any(g not in (" ", ". ") for g in gaps):
            continue
        name = lowered[j + 1]
        if name in CUES or not _looks_like_a_name(matches[j + 1].group(), name):
            continue
        chain = lowered[i + 1 : j + 1]
        loose = chain in (["van", "de"], ["van", "het"], ["de", "la"])
        capital = matches[j + 1].group()[0].isupper()  # "Mme de la Croix": a proper noun
        if loose and not capital and name not in lexicon.last and plain_word(name, lexicon):
            continue
        if free is not None and not all(free[matches[k].start()] for k in range(i + 1, j + 2)):
            continue  # part of it is an organisation's ("la Poste"): no half name
        for k in range(i + 1, j + 2):
            found[matches[k].start()] = True
