"""Unknown lower-case words that a cue makes a person's name: a name of any origin typed
in lower case is in no list, but "haar vriend nsimba" and "nsimba belde" still name her."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from bot.privacy.compounds import dutch_verb_form, plain_word
from bot.privacy.compounds import frequent as frequent
from bot.privacy.lexicon import Lexicon, cues, lexicon
from bot.privacy.name_articles import article_surnames as article_surnames
from bot.privacy.name_cue_lists import (
    ELIDED_VERBS,
    INVERTING,
    LATER,
    MESSAGES,
    OBJECT_VERBS,
    about_what,
    before_a_verb,
    filed_word,
    heading,
    listed_or_owning,
    participle_ahead,
    shortened,
)
from bot.privacy.name_cue_lists import SUBJECT_VERBS as SUBJECT_VERBS
from bot.privacy.name_elisions import elision
from bot.privacy.name_function_words import COPULAS, NAMED_RECORDS, RECORDS
from bot.privacy.name_groups import SUBJECTS
from bot.privacy.name_title_nouns import title_as_noun
from bot.privacy.name_titled_speakers import short_titled_name, titled_speaker
from bot.privacy.offer_shapes import NOT as NEGATED
from bot.privacy.rare_words import core, everyday, rare_name, rare_word
from bot.privacy.rare_words import name_words as name_words
from bot.privacy.word_typos import unknown_word

_CUES = cues()
TITLES = _CUES["titles"]
TITLES_AND_RELATIONS = TITLES | _CUES["relations"]
VERBS = _CUES["verbs"]
COMPANY = frozenset(["met", "bij", "voor", "van", "aan", "naar", "avec", "chez", "pour", "with",
                     "for", "to", "door", "par", "by"])  # fmt: skip
"""After these, a longer word that is no ordinary word is someone: "de mama van chiamaka"."""
AUXILIARIES = frozenset(["heb", "hebben", "had", "hadden", "heeft"])
OF = frozenset(["de", "d'", "van", "of", "du", "from"])
HOUSEHOLDS = frozenset(["familie", "famille", "family", "gezin"])
QUANTIFIERS = frozenset(["elke", "allen", "nine", "eén"])  # names and words: "belt elke dag"
CUES = TITLES_AND_RELATIONS | COMPANY | VERBS | AUXILIARIES | OBJECT_VERBS | RECORDS
OPENING = re.compile(r"[.!?:;,(\"“«•\n]\s*")
TIMES_OF_DAY = ("matin", "soir", "après-midi", "morning", "afternoon", "evening", "tonight")
"""After "ce", "this": a clause whose subject may be a name ("ce matin kalonji est venue")."""
CLAUSE = frozenset(["dat", "omdat", "want", "maar", "toen", "als", "terwijl", "nadat", "zodat",
                    "que", "qu", "mais", "quand", "parce", "car", "puisque", "lorsque", "that",
                    "because", "but", "when", "while", "since", "so", "dus", "en", "et", "of",
                    "and", "then", "yesterday", "today", "later", "afterwards", "suddenly",
                    "ensuite", "puis", "alors", "hier", "demain", "soudain", "aujourd'hui",
                    "aujourd’hui", *TIMES_OF_DAY])  # fmt: skip
"""Words that open a clause whose subject may be a name: "omdat nsimba ziek was"."""


def cued_words(
    text: str,
    matches: list[re.Match[str]],
    lexicon: Lexicon,
    context: frozenset[str],
    lowered: list[str],
    named: frozenset[int] = frozenset(),
) -> set[int]:
    """Starts of lower-case words that are no ordinary word and no cue (`context`), right
    after a form of address, a family word or a word such as "met", or opening a sentence
    right before a verb of the notes ("belde", "zegt"); `lowered`: the matches in lower case;
    `named`: starts of words other rules already read as names (they name a list's others)."""
    if not matches:
        return set()
    starts = {m.end() for m in OPENING.finditer(text)}
    starts.add(matches[0].start())
    starts.update(matches[i + 1].start() for i, w in enumerate(lowered[:-1]) if w in CLAUSE)
    found = set()
    candidates = [i + 1 for i, word in enumerate(lowered[:-1]) if word in CUES or word in OF]
    candidates += [i + 1 for i, word in enumerate(lowered[:-1]) if word in NAMED_RECORDS]
    candidates += [i + 2 for i, word in enumerate(lowered[:-2]) if word in OBJECT_VERBS]
    candidates += [i for i, m in enumerate(matches[:-1]) if m.start() in starts]
    candidates += [i + 1 for i, word in enumerate(lowered[:-2]) if word in INVERTING]
    candidates = sorted(set(candidates))
    for i in candidates:
        match = matches[i]
        word = match.group()
        owner = word.endswith(("'s", "’s")) and len(word) > 5
        word = word[:-2] if owner else word  # "mrs baker's flat": the owner's name
        filed_capital = i > 0 and lowered[i - 1] in RECORDS  # "naam: Tsogaga"
        if short_titled_name(text, matches, lowered, i):
            found.add(match.start())  # "mr li vraagt", "mvr ka heeft"
        if len(word) < 3 or not (word[0].islower() or filed_capital):
            continue
        if not word.isalpha() and not elision(word, i, lowered, lexicon):
            continue
        if titled_speaker(text, matches, lowered, i, word, context):
            found.add(match.start())  # "mvr plaatje belde": between a title and her verb
            continue
        if not _may_be_found(word, lexicon, context):
            continue  # most words after "de", "met": ordinary words no rule below takes
        cue = (
            lowered[i - 1]
            if i and _gap_of_a_cue(text[matches[i - 1].end() : match.start()], lowered[i - 1])
            else ""
        )
        after_cue = (cue in TITLES_AND_RELATIONS and not _french_son(cue, lowered, i, word)) or (
            cue in COMPANY and (len(word) > 3 or word in lexicon.first) and word not in QUANTIFIERS
        )  # "ik belde kevin", "ik heb dylan gezien": a listed first name as the object
        after_cue = after_cue or (
            (cue in VERBS or cue in AUXILIARIES)
            and word in lexicon.first
            and word not in QUANTIFIERS
            and not (cue in COPULAS and word in core())  # "la chambre est jolie": a state
        )
        verb = before_a_verb(text, matches, lowered, i, lexicon) if match.start() in starts else 0
        if verb and cue in TIMES_OF_DAY and not filed_word(word, lexicon):
            verb = 0  # "this morning landord called": a typo, no one
        inverted = cue in VERBS and i > 1 and lowered[i - 2] in INVERTING and len(word) > 3
        after_cue = after_cue or (inverted and matches[i - 2].start() in starts)
        after_cue = after_cue or (cue in OBJECT_VERBS and len(word) > 3 and word not in QUANTIFIERS)
        later = cue in LATER and i > 1 and lowered[i - 2] in OBJECT_VERBS and len(word) > 3
        after_cue = after_cue or later  # "ik bel morgen yesandru", "i'll call tomorrow X"
        filed = cue in RECORDS or (match.start() in starts and heading(text, matches, lowered, i))
        filed = filed and filed_word(word, lexicon)  # "dossier kalonji", "kalonji: geen nieuws"
        after_cue = after_cue or (filed and len(word) > 3 and word not in QUANTIFIERS)
        noted = cue in NAMED_RECORDS and len(word) > 3 and about_what(lowered, i)
        noted = noted and word not in shortened()  # "tel afspr ivm": "afspraak" cut short
        after_cue = after_cue or (noted and filed_word(word, lexicon))  # "rdv mushai annulé"
        opened = i > 0 and matches[i - 1].start() in starts
        done_to = cue in INVERTING and opened and participle_ahead(lowered, i)
        done_to = done_to and filed_word(word, lexicon)
        after_cue = after_cue or (done_to and len(word) > 3)  # "gisteren kalonji gezien"
        kin = i > 1 and cue in OF and lowered[i - 2] in TITLES_AND_RELATIONS
        kin = kin or (i > 1 and cue in OF and lowered[i - 2] in MESSAGES and len(word) > 3)
        after_cue = after_cue or (kin and len(word) > 2)  # "le fils de mukeba", "mother of"
        after_cue = after_cue or (cue == "de" and _first_after_de(word, lexicon))
        surname = word in lexicon.homographs or word in lexicon.last
        plain = word in frequent() and not owner and not _acting(text, matches, lowered, i)
        if cue in TITLES and surname and word not in SUBJECT_VERBS and not plain:
            found.add(match.start())  # "mrs smith", "mr white lost": a surname that is a word
        elif cue in HOUSEHOLDS and surname and word not in context and word not in SUBJECTS:
            if lowered[i + 1 : i + 2] not in (["dan"], ["than"], ["que"]):  # "langer dan ik"
                found.add(match.start())  # "de familie vos": a family by its surname
        elif cue in HOUSEHOLDS and len(word) > 3 and _no_word_at_all(word, lexicon, context):
            found.add(match.start())  # "family begic", one slip from "begin" (probe66)
        elif (
            (filed or cue in NAMED_RECORDS)
            and (word in lexicon.last or word in lexicon.first)
            and word not in frequent()
            and word not in context
        ):
            found.add(match.start())  # "dossier ndiaye", "rdv kalonji": a listed name
        elif (
            cue in TITLES
            and _typed_surname(word, lexicon, context)
            and not title_as_noun(text, matches[i - 1].start(), word, lexicon)
        ):
            found.add(match.start())  # "mr pietrs", "mevr jansens": a typo is still a surname
        elif (
            (after_cue or verb)
            and word not in context
            and word not in SUBJECTS
            and (
                _no_word(word, lexicon)
                or (rare_name(lexicon, cue, lowered, i, verb) and not _before_elided(lowered, i))
            )
        ):
            found.add(match.start())
            if verb == 2:
                found.add(matches[i + 1].start())  # "tendai moyo kept calling"
    seeds = {i for i, m in enumerate(matches) if m.start() in found or m.start() in named}
    found.update(_surnames_of(text, matches, lowered, lexicon, context, found))
    found.update(listed_or_owning(text, matches, lowered, lexicon, context, seeds))
    first_names = lexicon.first
    for i in [i for i, word in enumerate(lowered[:-1], 1) if word in first_names]:
        word, spaced = lowered[i], text[matches[i - 1].end() : matches[i].start()] == " "
        surname = spaced and len(word) > 3 and word[0].islower() and _surname_after(word, lexicon)
        if surname and _no_word(lowered[i - 1], lexicon):  # "met yusuf kandemiroglu"
            found.add(matches[i].start())
    return found


NOT_AFTER_DE = frozenset(["max", "mai", "juin", "juillet", "avril", "mars", "août", "aout", "mei",
                          "juni", "juli", "april", "june", "may", "paris", "france",
                          "sante", "noël", "noel", "pâques", "paques"])  # fmt: skip
"""Words of the name lists that follow "de" as words: "de max deux euros", "la fin de mai",
"les cadeaux de noël"."""


def _first_after_de(word: str, lexicon: Lexicon) -> bool:
    """ "la chambre de sarah", "la voiture de steve": a listed first name that is no everyday
    word, after French "de" (probe19)."""
    return word in lexicon.first and word not in NOT_AFTER_DE and _no_word(word, lexicon)


ENGLISH_OWNERS = frozenset(["his", "her", "their", "the", "my", "our", "your", "a", "eldest"])


def _french_son(cue: str, lowered: list[str], i: int, word: str) -> bool:
    """ "son numero", "son velo": French "his/her", not an English son, unless an English
    owner comes before ("her son kwabena") or a first name of the lists follows that is no
    everyday word ("son aine", "son bebe": words typed without accents)."""
    if cue != "son" or (i > 1 and lowered[i - 2] in ENGLISH_OWNERS):
        return False
    return word not in lexicon().first or word in name_words()


def _acting(text: str, matches: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """A frequent word after a title is a surname when a verb or the end follows it: "mr
    white lost his wallet", "madame grand est venue"; "mevrouw zelf" stays."""
    if i + 1 == len(matches):
        return text[matches[i].end() :].strip(" .,!?") == ""
    between = text[matches[i].end() : matches[i + 1].start()]
    if between.strip() == "," and lowered[i] in lexicon().last:
        return True  # "mrs fisher, the neighbour": a listed surname, then who she is (review23c)
    return between == " " and lowered[i + 1] in VERBS


@lru_cache(maxsize=4096)
def _surname_after(word: str, lexicon: Lexicon) -> bool:
    """No word, typo, cue or name that is also a word: after a first name, a surname."""
    unlisted = _no_word(word, lexicon) or rare_word(word, lexicon)  # "kevin thabo"
    return word.isalpha() and word not in CUES and unlisted


@lru_cache(maxsize=4096)
def _may_be_found(word: str, lexicon: Lexicon, context: frozenset[str]) -> bool:
    """What either rule of `cued_words` needs of the word itself, decided once a word."""
    surname = word in lexicon.homographs or word in lexicon.last
    if word in context or word in SUBJECTS:
        return surname
    if not surname and dutch_verb_form(word, lexicon):
        return False  # "mvr bedankte me": a verb the lists hold only as its infinitive
    return surname or _no_word(word, lexicon) or not everyday(word, lexicon) or word not in core()


def _typed_surname(word: str, lexicon: Lexicon, context: frozenset[str]) -> bool:
    """After a form of address, a word of no language is a surname even when it is one
    slip from a word ("mr pietrs"): a title is followed by a name, not by a typo. So is a
    word only a big word list knows, no everyday word ("mrs kovacs": "kovac" is a word of
    some list, so `rare_word` took "kovacs" for its plural; probe19)."""
    if word in context or word in SUBJECTS or word in VERBS:
        return False
    return not lexicon.is_word(word) or (word.isalpha() and len(word) > 2 and word not in core())


def _before_elided(lowered: list[str], i: int) -> bool:
    """Word `i` comes before a verb with an elided object: "kiné m'a dit" (`ELIDED_VERBS`)."""
    return i + 1 < len(lowered) and lowered[i + 1] in ELIDED_VERBS


def _no_word(word: str, lexicon: Lexicon) -> bool:
    """No ordinary word, or a first name the word lists took in ("kevin") that is no everyday
    word (homographs.txt, name_words.txt) and has no context rule (word_names) of its own."""
    if word in name_words():
        return False  # "valid", "bebe", "ainee": everyday words, whatever list holds them
    if word.endswith("nt") and word[:-2] in NEGATED:
        return False  # "cant", "arent": "can't", "aren't" typed without the apostrophe
    if word in lexicon.first:
        everyday = word in lexicon.homographs
        return not everyday and word not in lexicon.word_names
    if word in lexicon.last:
        return not plain_word(word, lexicon)  # "moens": listed, one slip from "moes" all the same
    return unknown_word(word, lexicon)


def _surnames_of(
    text: str,
    matches: list[re.Match[str]],
    lowered: list[str],
    lexicon: Lexicon,
    context: frozenset[str],
    found: set[int],
) -> Iterator[int]:
    """ "ik heb met mudou fodindin gebeld": a word of no language right after a name a cue
    found is its surname."""
    for i, match in enumerate(matches[:-1]):
        if match.start() not in found or text[match.end() : matches[i + 1].start()] != " ":
            continue
        word = lowered[i + 1]
        unknown = matches[i + 1].group()[0].islower() and _no_word(word, lexicon)
        short = len(word) < 4 or not word.isalpha()
        if unknown and not short and word not in context and word not in CUES:
            yield matches[i + 1].start()


def _no_word_at_all(word: str, lexicon: Lexicon, context: frozenset[str]) -> bool:
    """In no word list and no cue, however close to a word: after a family word a name."""
    return not lexicon.is_word(word) and word not in context


def _gap_of_a_cue(gap: str, cue: str) -> bool:
    """Whether a cue still reads the next word across `gap`: a space, a comma or a colon, or
    a title's dot ("mevr. janssens"); a relation's dot ends a sentence ("dreigt met
    deurwaarder. vlgnde week terug": #12, fifty-third session)."""
    return gap.strip(" .,:") == "" and ("." not in gap or cue in TITLES)
