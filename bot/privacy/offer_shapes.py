"""More of what the show-back offers for a tap, and fewer buttons on words (#12, offers16).

Offered: a first name glued to a possessive "s" before a family word ("valentins dad",
"abdirahmans moeder"), a word listed with a masked name ("[name], [name] en jabari"), a
school or employer named by a word after a noun of work ("du travail à la sucrerie") or
before a school year ("à la farandole en maternelle"), a word only a word list knows where
a name stands ("met jabari naar de bank"), a first name that is a word before a spoken
Dutch possessive ("roos haar papieren"). Not offered: words made of
everyday words joined by a hyphen or an apostrophe ("rendez-vous", "aujourd'hui", "z'n"),
English contractions typed without an apostrophe ("cant"), and frequent words of the note's
language after a family word or a role ("the teacher said", "mijn collega nam")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from bot.privacy.compounds import frequent
from bot.privacy.language_words import words_of
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, cues, read_data
from bot.privacy.rare_words import rare_word
from bot.privacy.unsure_places import EVERYDAY

RELATIONS = cues()["relations"]
CUES = frozenset().union(*cues().values())
FIELD = lazy(r"\s*(?:\d|\[(?!(?:name|naam|nom)\]))")
"""A digit or a label other than a name's next: the word before is a field's name."""
PARTS = re.compile(r"['’-]")
NOT = frozenset(["ca", "are", "is", "was", "were", "do", "does", "did", "has", "have", "had",
                 "could", "should", "would", "wo", "ai", "must", "need", "might"])  # fmt: skip
"""What "n't" follows: "cant", "arent" typed without the apostrophe are no surnames."""
VOWELS = frozenset("aeiouyàâäéèêëïîôöùûüÿ")
SEPARABLE = ("mee", "op", "af", "uit", "aan", "door", "over", "terug", "weg", "om", "toe",
             "samen", "thuis", "vast", "los", "neer", "rond", "mis", "tegen")  # fmt: skip
"""Dutch separable prefixes: "meega", "afpakke" are verbs ("in", "na", "bij", "voor": too
many names start so)."""
VERB_ENDINGS = ("dde", "tte", "de", "te", "den", "ten", "en")
IMPERFECT = ("ais", "ait", "aient", "ions", "iez")
LABEL = r"\[(?:name|naam|nom)\]"
"""The name label in en, nl, fr (`unsure.NAME_LABELS`)."""
GLUED = lazy(r"(?i:\b([^\W\d_]{3,})s\s+([^\W\d_][\w-]*))")
LISTED = lazy(
    rf"(?i:{LABEL}(?:\s*,\s*|\s+(?:en|et|and|of|ou|or)\s+)([^\W\d_][\w'’-]*+)"
    rf"|(?<![\w\]'’-])([^\W\d_][\w'’-]*+)(?:\s*,\s*|\s+(?:en|et|and)\s+){LABEL})"
)
"""A word beside a masked name in a list: "[name] en jabari", "kwabena, [name]". A word starts
only where no part of a word is before it, and is read whole (`*+`): started after every "-"
of "a-a-a-…", the second half once took a second per 8,000 characters."""
WORKS = lazy(
    r"(?i:\b(?:travail|boulot|job|emploi|stage|werk|work|jobstudent)\s+"
    r"(?:à|a|chez|bij|op|at)\s+(?P<a>(?:la|le|l['’]|de|het|'t|the)\s*(?P<a_noun>[^\W\d_][\w-]+))"
    r"|\b(?:à|a|op|at|naar)\s+(?P<b>(?:la|le|l['’]|de|het|'t|the)\s*(?P<b_noun>[^\W\d_][\w-]+))"
    r"\s+(?:en\s+(?:maternelle|primaire|secondaire|première|deuxième|troisième|quatrième"
    r"|cinquième|sixième|[1-6]e|[1-6]ème)\b|in\s+(?:het\s+|de\s+)?(?:\w+\s+)?(?:leerjaar|kleuterklas"
    r"|kleuter|middelbaar|jaar)\b|in\s+year\s+\d))"
)
"""A place of work after a noun of work, a school before a school year."""
WORK_WORDS = frozenset(["travail", "boulot", "job", "emploi", "stage", "werk", "work",
                        "jobstudent", "maternelle", "primaire", "secondaire", "première",
                        "deuxième", "troisième", "quatrième", "cinquième", "sixième", "1e", "2e",
                        "3e", "4e", "5e", "6e", "1ème", "2ème", "3ème", "4ème", "5ème", "6ème",
                        "leerjaar", "kleuterklas", "kleuter", "middelbaar", "jaar",
                        "year"])  # fmt: skip
"""The words one of which `WORKS` needs: without them it is not run."""


@cache
def everyday() -> frozenset[str]:
    """The everyday words of nl, fr and en (words_core.txt) and the frequent words; unlike
    `rare_words.core` no employer and no service: those are worth a tap here."""
    return frozenset(read_data("words_core.txt")) | frequent()


def offered_shapes(text: str, lexicon: Lexicon) -> Iterator[tuple[int, int]]:
    """Spans of a scrubbed `text` to offer: glued possessives, words listed with a masked
    name, schools and employers named by a word."""
    present = {word.strip(".,;:!?()\"'") for word in text.lower().split()}
    if "s " in text and not RELATIONS.isdisjoint(present):  # set lookups pick the few texts
        for match in GLUED.finditer(text):
            stem, word = match.group(1).lower(), match.group(1).lower() + "s"
            kin = match.group(2).lower() in RELATIONS
            if kin and stem in lexicon.first and stem not in everyday() and word not in everyday():
                yield match.start(1), match.end(1) + 1  # the word: a tap hides it whole
    if "[" in text:
        for match in LISTED.finditer(text):
            group = 1 if match.group(1) else 2
            if _could_be_listed(match.group(group).lower(), lexicon):
                yield match.span(group)
    yield from rare_in_place(text, lexicon)
    if "haar " in text or "zijn " in text or "z'n " in text or " d'r " in text or "zn " in text:
        yield from owners(text, lexicon)
    for match in WORKS.finditer(text) if not WORK_WORDS.isdisjoint(present) else ():
        for side in ("a", "b"):
            noun = match.group(f"{side}_noun")
            if noun and noun.lower() not in EVERYDAY and noun.lower() not in everyday():
                yield match.span(side)


TOKEN = lazy(r"(?<![\w\[])[^\W\d_][\w'’-]*")
OPENS = frozenset('.!?:;\n"“«•(')
COMPANY = frozenset(["met", "avec", "with", "bij", "chez", "samen", "ensemble", "together"])
SEEN = frozenset(["zag", "gezien", "gesproken", "gebeld", "belde", "vu", "vue", "revu",
                  "appelé", "saw", "seen", "visited", "bezocht", "ontmoet", "rencontré",
                  "contacted"])  # fmt: skip
"""Where a name stands: after a word of company ("met jabari naar de bank", "avec thabo")
or of seeing or calling ("vu mbaye", "ferraro gezien")."""


def rare_in_place(text: str, lexicon: Lexicon) -> Iterator[tuple[int, int]]:
    """A word only a word list knows (`rare_words.rare_word`: "jabari", "thabo", "mbaye"),
    where a name stands: alone or nearly as the whole answer, opening a sentence, after a
    word of company, next to a word of seeing or calling. Elsewhere it is likely a word
    ("tajine", "baklava"), so it is offered only there."""
    tokens = list(TOKEN.finditer(text))
    short = len(tokens) <= 3 and "[" not in text
    for i, match in enumerate(tokens):
        word = match.group().lower()
        if word in CUES or word in SEEN or not rare_word(word, lexicon):
            continue  # "nonkel", "mvr", "téléphoné": cues, not names
        if FIELD.match(text, match.end()):
            continue  # "iban [bank account]", "dob 12/03": a field's name before its value
        at = match.start() - 1
        while at >= 0 and text[at].isspace():  # no slice of the text: a long answer
            at -= 1
        opens = at < 0 or text[at] in OPENS
        previous = tokens[i - 1].group().lower() if i else ""
        following = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
        placed = previous in COMPANY or previous in SEEN or following in SEEN
        if short or opens or placed:
            yield match.span()


OWNER = lazy(r"(?:^|[.!?;:\n]\s*)([^\W\d_][\w-]*)\s+(?:haar|zijn|z'n|zn|d'r|hare)\s+[^\W\d_]")
"""A sentence opening on a word and a Dutch spoken possessive: "roos haar papieren"."""


def owners(text: str, lexicon: Lexicon) -> Iterator[tuple[int, int]]:
    """A first name that is also a word, opening a sentence before "haar" or "zijn" and a
    noun, the spoken Dutch possessive ("Roos haar papieren zijn klaar", "lieve zijn fiets");
    not a frequent word ("dan zijn we", "hoop zijn er niet")."""
    for match in OWNER.finditer(text):
        word = match.group(1).lower()
        if word in lexicon.first and word not in frequent() and word not in CUES:
            yield match.span(1)


def _could_be_listed(word: str, lexicon: Lexicon) -> bool:
    if len(word) < 3 or word in everyday() or word in RELATIONS:
        return False
    return (
        word in lexicon.first
        or word in lexicon.last
        or rare_word(word, lexicon)
        or (not lexicon.is_word(word))
    )


@lru_cache(maxsize=4096)  # decided once a word
def plain_word(bare: str, lexicon: Lexicon) -> bool:
    """An everyday word the rare-word rule would offer: a word of words joined by a hyphen
    or an apostrophe (not of names only: "jean-pierre" stays rare), "cant" for "can't", an
    abbreviation of consonants only ("clb", "fgtb"), or a form of a listed word (below)."""
    if bare.endswith("nt") and bare[:-2] in NOT:
        return True
    if bare in lexicon.first or bare in lexicon.last:
        return False
    if bare.isalpha() and not VOWELS.intersection(bare):
        return True  # no name is written without a vowel
    if word_form(bare, lexicon):
        return True
    parts = [part for part in PARTS.split(bare) if part]
    if len(parts) < 2:
        return False
    words = all(len(part) < 2 or part in everyday() for part in parts)
    names = all(part in lexicon.first or part in lexicon.last for part in parts)
    return words and not names


def word_form(bare: str, lexicon: Lexicon) -> bool:
    """A Dutch or French form of a word the lists hold, not in them itself: a separable
    prefix before a word ("meega", "meebelde", "afpakke"), a past tense or infinitive ending
    on a word ("downloadde", "shiften", "bingewatchen"), two everyday Dutch words of three
    letters or more ("boomtak", "lidgeld"), a French imperfect of a verb in -er ("vérifiais")."""
    if len(bare) < 4 or not bare.isalpha():
        return False
    dutch = words_of("nl")
    for prefix in SEPARABLE:
        rest = bare[len(prefix) :]
        if bare.startswith(prefix) and len(rest) >= 2 and (rest in dutch or rest + "n" in dutch):
            return True
    for ending in VERB_ENDINGS:
        stem = bare[: -len(ending)]
        if bare.endswith(ending) and len(stem) >= 4 and lexicon.is_word(stem):
            return True
    for ending in IMPERFECT:
        stem = bare[: -len(ending)]
        if bare.endswith(ending) and len(stem) >= 3 and stem + "er" in lexicon.words:
            return True
    common = everyday()  # everyday parts: "zorbek" splits into two rare words, a name
    return any(
        bare[:cut] in dutch and bare[cut:] in dutch and {bare[:cut], bare[cut:]} <= common
        for cut in range(3, len(bare) - 2)
    )


def frequent_word(bare: str, lang: str | None, lexicon: Lexicon) -> bool:
    """A frequent word of the note's language (a verb, "elke"), not a name that is a word:
    after a family word or a role it goes on the sentence ("the teacher said")."""
    return (
        lang is not None
        and bare in everyday()
        and bare not in lexicon.word_names
        and bare in words_of(lang)
    )


CAPITAL = lazy(r"\b[^\W\d_][\w'’-]*")


def capitals_say_nothing(text: str) -> bool:
    """Most words capitalised ("She Gets Out Next Month", "ADRES ONBEKEND"): a capital in
    mid-sentence says nothing there, so the show-back reads the words in lower case."""
    if text.islower():
        return False  # most notes: no capital at all, no scan
    words = CAPITAL.findall(text)
    if len(words) < 4:
        return False
    return sum(1 for word in words if word[0].isupper()) >= 0.6 * len(words)
