"""Names that the company they keep gives away (#12, eleventh session): a list of people
ending on a family word ("blessing, mercy and the baby", "amina, yusuf en de kleine"), and a
rare word of the name lists after a word of company ("tea with diop", "bij mbaye"). The same
words as words stay: "hope, faith and love", "with aplomb" (no name list holds it)."""

from __future__ import annotations

import re

from bot.privacy.lexicon import Lexicon, cues
from bot.privacy.name_clauses import clause_names
from bot.privacy.name_cues import name_words
from bot.privacy.name_function_words import AND, POSSESSIVES
from bot.privacy.name_surname_words import word_surnames as word_surnames
from bot.privacy.name_word_uses import word_uses
from bot.privacy.rare_words import core, rare_word
from bot.privacy.typos import typo_of_a_word

_CUES = cues()
FAMILY = _CUES["relations"] | frozenset(
    ["kleine", "kleintje", "kleinste", "jongste", "oudste", "tweeling", "kids", "children",
     "kinderen", "kindjes", "enfants", "petits", "petite", "twins", "jumeaux", "bébés", "babies",
     "little", "youngest", "eldest", "sisters", "brothers", "zussen", "broers", "parents",
     "ouders", "grands-parents", "grandparents", "aunt", "uncle", "cousins"]
)  # fmt: skip
"""Words that end a list of people: "... en de kleine", "... and their dad"."""
DETERMINERS = POSSESSIVES | frozenset(["de", "het", "the", "la", "le", "les", "l'", "leurs",
                                       "mijn", "my", "ma", "mon", "mes", "onze", "ons", "our",
                                       "nos", "a", "een", "un", "une"])  # fmt: skip
COMPANY = frozenset(["met", "with", "avec", "bij", "chez", "voor", "pour", "for"])
"""Words of company or of a home: a rare word of the name lists after them is someone."""
SPEECH = frozenset(["said", "says", "asked", "asks", "replied", "replies", "answered", "added",
                    "told", "zegt", "zei", "vraagt", "vroeg", "antwoordt", "antwoordde", "roept",
                    "riep", "zucht", "zuchtte", "dixit", "répond", "répondit", "ajoute", "raconte",
                    "explique", "demande", "according"])  # fmt: skip
"""Verbs of speech or reporting before their speaker or addressee: "said kwame", "dixit
yasmina"; a pronoun and "aan", "tegen", "à", "to" may come between ("vraagt ze aan ilse")."""
BETWEEN = frozenset(["ze", "hij", "zij", "je", "il", "elle", "she", "he", "aan", "tegen", "à",
                     "to", "a"])  # fmt: skip


def clauses_and_company(
    text: str, matches: list[re.Match[str]], lowered: list[str], lexicon: Lexicon, free: bytearray
) -> dict[int, bool]:
    """`name_clauses.clause_names` (it wins where both decide), with `company_names` and
    `name_word_uses.word_uses` (names that are words, told by the words around them)."""
    found = word_uses(text, matches, lowered, lexicon) | company_names(
        text, matches, lowered, lexicon
    )
    return found | clause_names(text, matches, lowered, lexicon, free)


def company_names(
    text: str, matches: list[re.Match[str]], lowered: list[str], lexicon: Lexicon
) -> dict[int, bool]:
    """Start of a word -> True when a list of people or a word of company names it."""
    found: dict[int, bool] = {}
    last = len(matches) - 1
    for i, word in enumerate(lowered):
        if word in AND and 1 < i < last and _spaced(text, matches, i - 1, i):
            found.update(_people_list(text, matches, lowered, lexicon, i))
        elif word in SPEECH:
            found.update(_spoken(text, matches, lowered, lexicon, i))
        elif word in COMPANY and i < last and _spaced(text, matches, i, i + 1):
            following = lowered[i + 1]
            listed = following in lexicon.first or following in lexicon.last
            listed = listed and following not in name_words()  # "met ham": a dictionary's word
            if listed and matches[i + 1].group()[0].islower() and rare_word(following, lexicon):
                found[matches[i + 1].start()] = True  # "tea with diop", "bij mbaye"
    return found


def _spoken(
    text: str, matches: list[re.Match[str]], lowered: list[str], lexicon: Lexicon, verb: int
) -> dict[int, bool]:
    """The speaker or addressee after a verb of speech, when it is a first name of the lists
    that is no everyday word, a rare word, or a word of no language that is no typo."""
    j = verb + 1
    while j < len(matches) and j - verb < 3 and lowered[j] in BETWEEN:
        j += 1
    if j >= len(matches) or not all(_spaced(text, matches, k, k + 1) for k in range(verb, j)):
        return {}
    word = lowered[j]
    if not word.isalpha() or len(word) < 3 or not matches[j].group()[0].islower():
        return {}
    if word in FAMILY or word in DETERMINERS or word in BETWEEN or word in core():
        return {}
    listed = word in lexicon.first and word not in lexicon.homographs
    listed = listed and word not in lexicon.word_names and not lexicon.is_word(word)
    unknown = not lexicon.is_word(word) and not typo_of_a_word(word, lexicon)
    return {matches[j].start(): True} if listed or unknown or rare_word(word, lexicon) else {}


def _spaced(text: str, matches: list[re.Match[str]], i: int, j: int) -> bool:
    return text[matches[i].end() : matches[j].start()] == " "


def _people_list(
    text: str, matches: list[re.Match[str]], lowered: list[str], lexicon: Lexicon, join: int
) -> dict[int, bool]:
    """ "blessing, mercy and the baby": two or more names before "and", a family word after
    it (a determiner between); every listed word is a first name, rare or of no language."""
    tail = join + 1
    if lowered[tail] in DETERMINERS and tail < len(matches) - 1:
        tail += 1
    if lowered[tail] not in FAMILY:
        return {}
    items = [join - 1]
    while items[-1] > 0 and text[matches[items[-1] - 1].end() : matches[items[-1]].start()] == ", ":
        items.append(items[-1] - 1)
    if len(items) < 2:
        return {}
    words = [lowered[k] for k in items]
    named = [
        w.isalpha() and len(w) > 2 and w not in FAMILY and w not in DETERMINERS
        and (w in lexicon.first or w in lexicon.word_names or not lexicon.is_word(w)
             or rare_word(w, lexicon))
        for w in words
    ]  # fmt: skip
    if not all(named):
        return {}
    return {matches[k].start(): True for k in items}
