"""Names that are everyday words, told apart by the words around them (#12, names14).

A title and a French particle before a word that acts ("mme de la croix a appelé", "m. le
blanc veut"), a first name after a family word and an age ("my daughter (6) lily"), a
first name someone calls or meets ("tried to call mark but"), and a name opening a clause
before "and his mum" ("rob and his mum were"). The same words as words stay: "le blanc des
murs", "mark the date", "by june", "her son will come", "monsieur le directeur a dit"."""

from __future__ import annotations

import re

from bot.privacy.lexicon import Lexicon, cues, lexicon
from bot.privacy.name_cues import frequent
from bot.privacy.name_function_words import AND, POSSESSIVES

_CUES = cues()
CUES = frozenset().union(*_CUES.values())
TITLES = _CUES["titles"] | {"m"}
""""m." and "m" stand for monsieur only before a particle ("m. le blanc", "m van der")."""
PARTICLES = _CUES["particles"]
KIDS = frozenset(["petit", "petite", "grand", "grande", "little", "gamin", "gamine", "jongste",
                  "oudste", "youngest", "eldest", "grandson", "granddaughter", "stepson",
                  "stepdaughter", "petit-fils", "petite-fille", "kleinkind"])  # fmt: skip
RELATIONS = _CUES["relations"] | KIDS
CLITICS = frozenset(["nous", "vous", "me", "te", "lui", "leur", "se", "m'a", "l'a", "y"])
"""French pronouns between a subject and its verb: "madame de la motte nous attend"."""
ACTS = _CUES["verbs"] | _CUES["subject_verbs"] | {"n'a", "n'est", "ne", "a", "veut", "vient"}
ACTING = ACTS | CLITICS
ROLES = frozenset(["directeur", "directrice", "juge", "maire", "mairie", "commune", "gemeente",
                   "cpas", "ocmw", "police", "politie", "docteur", "dokter", "médecin", "président",
                   "présidente", "ministre", "bourgmestre", "burgemeester", "procureur", "école",
                   "school", "poste", "post", "banque", "bank", "mutuelle", "mutualiteit", "syndic",
                   "propriétaire", "curé", "commissaire", "greffier", "notaire", "professeur",
                   "prof", "concierge", "voisin", "voisine", "agent", "agente", "inspecteur",
                   "inspectrice", "assistant", "assistante", "responsable", "chef", "patron",
                   "patronne", "préfet", "préfète", "commune", "administration", "ville", "stad",
                   "région", "famille", "maison", "crèche", "kinderopvang", "rijksregister",
                   "dienst", "service", "centre", "centrum", "vakbond", "syndicat", "justice",
                   "wijk", "quartier", "home", "ziekenhuis", "hôpital", "kliniek", "clinique",
                   "ambassade", "consulat", "croix-rouge", "caisse", "onthaal",
                   "accueil", "paroisse", "parochie", "église", "kerk", "mosquée", "moskee",
                   "synagogue", "temple", "tempel"])  # fmt: skip
"""Roles and bodies a title and a particle name ("madame de la mairie", "meneer van de
gemeente", "monsieur le directeur"): a person, but not by name."""
AGED = re.compile(
    r"([^\W\d_][\w-]*)\s?\(\d{1,2}\s?(?:j|jaar|ans|an|y|yrs|years|mois|maanden|months)?\)\s$"
)
"""A word and an age in brackets, right before a word: "her son (4) ", "le petit (3 ans) "."""
CONTACT = frozenset(["call", "called", "calling", "phone", "phoned", "ring", "rang", "reach",
                     "reached", "text", "texted", "email", "emailed", "met", "meet", "meeting",
                     "visit", "visited", "asked", "ask", "told", "tell", "saw", "see", "helped",
                     "help", "bellen", "belde", "gebeld", "appeler", "appelé",
                     "téléphoné"])  # fmt: skip
AFTER_CONTACT = frozenset(["but", "and", "about", "twice", "today", "tomorrow", "yesterday",
                           "again", "back", "this", "last", "later", "earlier", "too", "when",
                           "because", "if", "to", "on", "at", "maar", "en", "mais", "et",
                           "vandaag", "morgen", "gisteren", "aujourd'hui", "hier", "demain",
                           "opnieuw", "encore"])  # fmt: skip
"""What may follow a name one calls: "call mark but", never a noun ("call mark the date")."""
OPENING = set(".!?:;\n")
FRENCH = frozenset(["le", "la", "du", "des"])
"""French particles that end a surname's particles ("de la croix", "le blanc", "du pont")."""
SUBJECTS = frozenset(["i", "we", "she", "he", "they", "you", "finally", "also", "just", "never"])
"""Before "met", who met: English ("i met grace"), not the Dutch "met" (with)."""
MODAL_NAMES = frozenset(["will", "may", "can"])
BASE_VERBS = frozenset(["be", "come", "call", "go", "get", "have", "do", "see", "take", "bring",
                        "pick", "help", "stay", "start", "try", "make", "give", "send", "sign",
                        "pay", "ring", "visit", "move", "need", "sleep", "work", "eat", "phone",
                        "text", "let", "tell", "ask", "say", "know", "want", "leave", "look",
                        "find", "keep", "stop", "show", "live", "meet", "wait", "write", "read",
                        "talk", "speak", "check", "drop", "fetch", "join", "attend", "apply",
                        "not", "never", "also", "still", "just", "probably", "maybe", "only",
                        "always", "soon", "finally", "explain", "drive", "walk", "use", "buy",
                        "sell", "cook", "clean", "collect", "follow", "return",
                        "answer"])  # fmt: skip
"""What follows an English modal ("her son will come", "his wife may not", "she can stay"):
after a family word, "will", "may", "can" there are verbs, no names ("will came by" is)."""


def word_uses(
    text: str, matches: list[re.Match[str]], lowered: list[str], lexicon: Lexicon
) -> dict[int, bool]:
    """Start of a word -> True where the words around it make it a name."""
    found: dict[int, bool] = {}
    present = set(lowered)  # set operations in C pick the few rules that may speak
    last = len(matches) - 1
    if not TITLES.isdisjoint(present) and not PARTICLES.isdisjoint(present):
        for i, word in enumerate(lowered[:-2]):
            if word in TITLES and lowered[i + 1] in PARTICLES:
                _titled(text, matches, lowered, i, found, lexicon)
    kin = "(" in text and not RELATIONS.isdisjoint(present)
    if kin or not CONTACT.isdisjoint(present):
        for i, word in enumerate(lowered[1:], 1):
            if word in CUES or len(word) < 3 or not word.isalpha():
                continue
            first = word in lexicon.first
            aged = kin and (first or not lexicon.is_word(word))
            if aged and _after_kin(text, matches, lowered, i):
                found[matches[i].start()] = True  # "my daughter (6) lily"
            elif first and _called(text, matches, lowered, i):
                found[matches[i].start()] = True  # "tried to call mark but"
    if not MODAL_NAMES.isdisjoint(present):
        for i in range(1, last):
            if lowered[i - 1] in RELATIONS and modal(lowered, i):
                found[matches[i].start()] = False  # "her son will come tomorrow"
    if not AND.isdisjoint(present) and not POSSESSIVES.isdisjoint(present):
        for i in range(last - 2):
            if lowered[i + 1] in AND and _with_family(text, matches, lowered, i, lexicon):
                found[matches[i].start()] = True
    return found


def modal(lowered: list[str], i: int) -> bool:
    """Word `i` is an English modal before a verb ("her daughter will call"), not a name."""
    return lowered[i] in MODAL_NAMES and i + 1 < len(lowered) and lowered[i + 1] in BASE_VERBS


def _gap(text: str, matches: list[re.Match[str]], i: int) -> str:
    """What stands between word `i` and the next."""
    return text[matches[i].end() : matches[i + 1].start()]


def _titled(
    text: str,
    matches: list[re.Match[str]],
    lowered: list[str],
    i: int,
    found: dict[int, bool],
    lexicon: Lexicon,
) -> None:
    """A title, particles, a word that a verb or the end follows: a surname ("mme de la croix
    a appelé", "m. le blanc veut"); a role or a body stays ("monsieur le directeur a dit")."""
    if lowered[i] == "m" and _gap(text, matches, i) not in (". ", " "):
        return
    j = i + 1
    while j + 1 < len(matches) and lowered[j + 1] in PARTICLES:
        j += 1
    if j + 1 >= len(matches) or any(_gap(text, matches, k) != " " for k in range(i + 1, j + 1)):
        return
    if _gap(text, matches, i) not in (" ", ". "):
        return
    name = lowered[j + 1]
    if name in CUES or name in ROLES or len(name) < 3 or not name.isalpha():
        return
    if lowered[j] not in FRENCH and lexicon.is_word(name) and name not in lexicon.last:
        return  # "pastoor van de parochie": a Dutch particle before a word is where, not who
    end = j + 1 == len(matches) - 1
    if end and text[matches[j + 1].end() :].strip(" .,!?") != "":
        return
    acts = not end and _gap(text, matches, j + 1) == " " and lowered[j + 2] in ACTING
    if not end and not acts:
        return
    for k in range(i + 1, j + 2):
        found[matches[k].start()] = True


def _after_kin(text: str, matches: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """A first name, or no word at all, after a family word and an age: "my daughter (6) lily
    started", "le petit (3 ans) wassim"; "le petit (3 ans) ne parle pas" stays."""
    start = matches[i].start()
    aged = AGED.search(text, max(0, start - 40), start)
    return aged is not None and aged.group(1).lower() in RELATIONS


def _called(text: str, matches: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """A first name someone calls, meets or tells, at the end or before a small word that
    cannot start its object: "tried to call mark but", "met grace today"."""
    if lowered[i - 1] not in CONTACT or _gap(text, matches, i - 1) != " ":
        return False
    if lowered[i - 1] == "met" and (i < 2 or lowered[i - 2] not in SUBJECTS):
        return False  # "met hoop en moed verder": the Dutch "with"
    if i == len(matches) - 1:
        return text[matches[i].end() :].strip(" .,!?") == ""
    if lowered[i] in MODAL_NAMES:
        return False  # "a text can be skipped": a verb
    return _gap(text, matches, i).strip() != "" or lowered[i + 1] in AFTER_CONTACT


def _with_family(
    text: str, matches: list[re.Match[str]], lowered: list[str], i: int, lexicon: Lexicon
) -> bool:
    """A clause opening on a word, "and his mum": that word is someone ("rob and his mum
    were", "lina en haar mama"); a frequent word stays ("work and her kids")."""
    word = lowered[i]
    if word in CUES or len(word) < 3 or not word.isalpha():
        return False
    if word in frequent() and word not in lexicon.first:
        return False
    before = text[matches[i - 1].end() : matches[i].start()] if i else text[: matches[i].start()]
    if i and (before.strip() == "" or before.rstrip()[-1] not in OPENING):
        return False
    if any(_gap(text, matches, k) != " " for k in range(i, i + 3)):
        return False
    return lowered[i + 1] in AND and lowered[i + 2] in POSSESSIVES and lowered[i + 3] in RELATIONS


PEOPLE_ONLY = frozenset(["wants", "wanted", "says", "said", "told", "cried", "laughed", "refuses",
                         "refused", "thinks", "feels", "felt", "hopes", "hoped", "knows",
                         "phoned", "texted", "complained", "promised", "admitted", "lied",
                         "smiled", "shouted", "screamed"])  # fmt: skip
"""English verbs only a person does: a word opening a sentence before one is likely someone."""
NOT_SOMEONE = frozenset(["everyone", "everybody", "nobody", "someone", "somebody", "anyone",
                         "anybody", "noone", "who", "which", "that", "this", "what", "she", "he",
                         "they", "one", "none", "both", "all", "each", "another", "other",
                         "others", "people", "client", "clients", "staff", "work", "office",
                         "court", "hospital", "council", "landlady", "landlord", "doctor",
                         "nurse", "teacher", "worker", "manager", "boss", "officer", "judge",
                         "neighbour", "neighbor", "then", "and", "but", "also", "just", "never",
                         "still", "only", "again", "today", "yesterday", "tomorrow", "now",
                         "later", "here", "there", "honestly", "you", "whoever", "whatever",
                         "coach", "team", "family", "question"])  # fmt: skip
OPENED = re.compile(r"(?:^|[.!?;:\n]\s*)([a-z]{3,})(?=\s+(\w+))")
AGED_WORD = re.compile(
    r"([^\W\d_][\w-]*)\s?\(\d{1,2}\s?(?:j|jaar|ans|an|y|yrs|years|mois|maanden|months)?\)\s"
    r"([^\W\d_][\w'-]*)"
)


def unsure_people(text: str) -> list[tuple[int, int]]:
    """Words to offer for a tap, not to mask: a word opening a sentence before a verb only a
    person does ("bill wants to stop"), a word after a family word and an age ("her son (4)
    river"). The scrubbed text: a masked name is a label by now and is not offered again."""
    found: list[tuple[int, int]] = []
    if "(" in text:
        for match in AGED_WORD.finditer(text):
            word = match.group(2).lower()
            kin = match.group(1).lower() in RELATIONS
            if kin and word not in CUES and len(word) > 2 and word not in frequent():
                found.append(match.span(2))  # "her son (4) river"
    for match in OPENED.finditer(text):
        word, verb = match.group(1), match.group(2).lower()
        someone = word not in CUES and word not in NOT_SOMEONE and word not in ROLES
        plural = word.endswith("s") and lexicon().is_word(word[:-1])  # "conditions told"
        someone = someone and not plural
        if verb in PEOPLE_ONLY and someone:
            found.append(match.span(1))  # "bill wants to stop"
    return found
