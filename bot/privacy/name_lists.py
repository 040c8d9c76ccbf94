"""People named in a list of first names that are also words, told apart by what the list is
said to be: "grace, blessing and ayo are the three youngest", "mercy and gift are twins",
"sue en bob zijn haar grootouders"; "hope, faith and love are virtues" stays."""

from __future__ import annotations

import re

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, cues
from bot.privacy.name_groups import WORD_BEFORE, Token, gap

ITEM = r"[^\W\d_]\w*+(?:['’-]+\w++)*+"
KIN_LIST = re.compile(
    rf"(?i:(?<![\w'’-])((?:{ITEM},\s+)*{ITEM},?\s+(?:and|en|et|&)\s+{ITEM})\s+(?:are|were|zijn"
    r"|waren|sont|étaient)\s+(?:(?:the|de|les|her|his|their|haar|zijn|hun|ses|leurs|mijn|my"
    r"|mes|onze|our|nos|two|three|four|twee|drie|vier|deux|trois|quatre|all|allebei|both|tous"
    r"|toutes)\s+){0,2}(?:twins?|tweeling|jumeaux|jumelles|triplets|drieling|triplés|youngest"
    r"|eldest|oldest|jongsten?|oudsten?|plus\s+jeunes|aînés|brothers|sisters|broers|zussen"
    r"|zusjes|frères|sœurs|soeurs|cousins|cousines|neven|nichten|grandparents|grootouders"
    r"|grands-parents|parents|ouders|children|kids|kinderen|enfants|sons|daughters|zonen"
    r"|dochters|fils|filles|neighbours|buren|voisins|friends|vrienden|vriendinnen|amis|amies)\b)"
)
BOTH_LIST = re.compile(
    rf"(?i:(?<![\w'’-])((?:{ITEM},\s+)*{ITEM},?\s+(?:and|en|et|&)\s+{ITEM})\s+(?:both|all"
    r"|allebei|allemaal|alle\s+(?:twee|drie|vier)|tous\s+(?:les\s+)?(?:deux|trois|quatre)"
    r"|toutes\s+(?:les\s+)?(?:deux|trois|quatre))\s+([^\W\d_]+))"
)
"""A list said to do something together ("goodness and unique both need shoes", "mercy, gift
and favour all came"): people, when every item is a first name of the lists ("bread and
butter both cost more" stays)."""
TOGETHER_VERBS = frozenset(["need", "needs", "needed", "go", "went", "come", "came", "live",
                            "lived", "have", "had", "want", "wanted", "moeten", "gaan",
                            "gingen", "komen", "kwamen", "wonen", "hebben", "willen", "zijn",
                            "vont", "viennent", "sont", "ont", "habitent", "veulent",
                            "doivent"])  # fmt: skip
"""What people do together, when the verb list of `cues` lacks it."""
TWINS = ("twins", "twin", "tweeling", "jumeaux", "jumelles", "triplets", "drieling", "triplés")
"""Only people are twins: one first name makes the other a name too, word or not."""
QUANTIFIERS = (" both ", " all ", " allebei ", " allemaal ", " alle ", " tous ", " toutes ")
WORD = re.compile(ITEM)
JOINS = frozenset(["and", "en", "et"])
GATES = (" and ", " en ", " et ", " & ")
VERBS = (" are ", " were ", " zijn ", " waren ", " sont ", " étaient ")


def kin_lists(text: str, lexicon: Lexicon) -> dict[int, bool]:
    """Starts of the names in a list said to be kin, twins or friends: a list of first names
    (of the lists or of no language), each masked whatever else it means."""
    found: dict[int, bool] = {}
    lowered = text.lower()
    joined = " and " in lowered or " en " in lowered or " et " in lowered or " & " in lowered
    together = joined and any(q in lowered for q in QUANTIFIERS)
    if together:
        for match in BOTH_LIST.finditer(text):
            items = [w for w in WORD.finditer(text, match.start(1), match.end(1))
                     if w.group().lower() not in JOINS]  # fmt: skip
            act = match.group(2).lower()
            people = act in VERBS_OF_PEOPLE or act in TOGETHER_VERBS
            if people and all(w.group().lower() in lexicon.first for w in items):
                found.update((w.start(), True) for w in items)
    if not joined or not any(v in lowered for v in VERBS):
        return found  # most sentences: a few substring tests (GATES inline), no scan
    for match in KIN_LIST.finditer(text):
        items = [w for w in WORD.finditer(text, match.start(1), match.end(1))
                 if w.group().lower() not in JOINS]  # fmt: skip
        bare = [w.group().lower() for w in items]
        named = [b in lexicon.first or not lexicon.is_word(b) for b in bare]
        twins = match.group().lower().endswith(TWINS) and any(named)  # "rose et lys"
        if twins or all(named) or (len(bare) > 2 and all(named[:-1]) and bare[-1].isalpha()):
            found.update((w.start(), True) for w in items)  # "... and ayo": a third in a list
    return found


NEGATED_VERB = re.compile(r" (?:ne\s+|n['’])([^\W\d_]+)")
"""French "ne" after a first name that is a word opening a sentence: "patience ne trouve
pas de travail" denies what a person does (the noun takes an article: "la patience")."""
NEXT = re.compile(r" ([^\W\d_]+)")
_CUES = cues()
PARTICLES, VERBS_OF_PEOPLE = _CUES["particles"], _CUES["verbs"]
DENIED = (VERBS_OF_PEOPLE | _CUES["subject_verbs"]) - {"est", "était", "a", "avait", "sont"}
"""What a person does, not what a thing is or has ("patience n'est pas mon fort")."""


def negated(text: str, end: int) -> bool:
    """A verb of a person, denied, right after the word that ends at `end`."""
    verb = NEGATED_VERB.match(text, end)
    return verb is not None and verb.group(1).lower() in DENIED


def surname_word(text: str, token: Token, lexicon: Lexicon) -> bool:
    """After a first name, a surname of the lists, or a surname that is also a word when a
    verb follows: "dirk vos is weduwnaar"."""
    if token.bare in lexicon.last:
        return True
    following = NEXT.match(text, token.end)
    verb = following is not None and following.group(1).lower() in VERBS_OF_PEOPLE
    return verb and token.bare in lexicon.homographs


def particles_lead_to_name(text: str, tokens: list[Token], marked: list[bool], i: int) -> bool:
    """ "Van den Broeck", "el Amrani": particles count when a capital or name follows."""
    j = i
    while j + 1 < len(tokens) and gap(text, tokens[j], tokens[j + 1]):
        j += 1
        if tokens[j].bare not in PARTICLES:
            return tokens[j].capital or marked[j]
    return False


TITLES = _CUES["titles"]
FOREIGN = frozenset(["el", "ould", "abu", "abou", "bou", "ait", "aït", "ibn", "bint"])
"""Particles of no note's language ("al", "ben", "da" are also Dutch or Italian words)."""


def titled_particles(text: str, tokens: list[Token], marked: list[bool], lexicon: Lexicon) -> None:
    """A surname of particles and a word after a title ("mevr van de velde-peeters", "dhr
    vanden bossche"), or after a particle of no note's language ("ould brahim a appelé"):
    the particles and the word are one name."""
    last: list[int] = []  # made at the first particle: most texts have none
    for i, token in enumerate(tokens):
        if token.bare not in PARTICLES or (i and marked[i - 1] and gap(text, tokens[i - 1], token)):
            continue
        last = last or _particle_runs(text, tokens)
        said = WORD_BEFORE.search(text, max(0, token.start - 12), token.start)
        titled = said is not None and said.group(1).lower() in TITLES
        j = last[i]
        if j + 1 == len(tokens) or not gap(text, tokens[j], tokens[j + 1]):
            continue
        word = tokens[j + 1].bare
        ordinary = word in VERBS_OF_PEOPLE or word in TITLES or lexicon.is_word(word)
        if (titled or token.bare in FOREIGN) and (lexicon.is_name(word) or not ordinary):
            for k in range(i, j + 2):
                marked[k] = True


def _particle_runs(text: str, tokens: list[Token]) -> list[int]:
    """Index -> the last particle of the run of particles from there: one pass from the
    end, not a scan from every particle ("de de de ..." was quadratic)."""
    last = list(range(len(tokens)))
    for j in range(len(tokens) - 2, -1, -1):
        if tokens[j + 1].bare in PARTICLES and gap(text, tokens[j], tokens[j + 1]):
            last[j] = last[j + 1]
    return last


COMPANY_BEFORE = lazy(r"(?i:\b(?:met|bij|avec|chez|with)\s+)$")
"""Before someone one talks to or is with: "gesprek met Vos", "chez Lemaire"."""


def with_company(text: str, token: Token) -> bool:
    return COMPANY_BEFORE.search(text, max(0, token.start - 8), token.start) is not None
