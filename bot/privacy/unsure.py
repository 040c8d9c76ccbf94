"""The words of a scrubbed answer that may still identify someone, for the worker to check.

The scrubber cannot know everything (a rare surname written in lower case, a nickname, an
employer it has never seen), so it offers what it left but was unsure of: capitalised
words in mid-sentence, rare words, long numbers, words right after a form of address or a
family word, indirect identifiers (a great age, triplets, a relative's public office), and
a school or employer named by a word after a verb of school or work ("zit op de regenboog"),
a word opening a sentence before a verb only a person does ("bill wants to stop"), and the
words the learned name model scores as names (`name_model.py`).
"""

from __future__ import annotations

import re

from bot.privacy.language import language_of
from bot.privacy.language_words import words_of
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, cues
from bot.privacy.name_clauses import CHAT
from bot.privacy.name_model import offered_names
from bot.privacy.name_surname_words import unsure_surname
from bot.privacy.name_word_uses import unsure_people
from bot.privacy.offer_shapes import (
    capitals_say_nothing,
    frequent_word,
    offered_shapes,
    plain_word,
)
from bot.privacy.rare_facts import indirect_identifiers
from bot.privacy.tokens import DOTTED_I
from bot.privacy.unsure_places import named_places

MOST = 8
WORD = lazy(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]|\d[\d./ -]{3,}\d")
OPENERS = set('.!?:;("“«•\n')
CONTRACTION = lazy(r"(?i:^(?:[cdjlmnst]|qu|lorsqu|puisqu|i)['’]|['’](?:s|m|re|ve|ll|d|t)$)")
_CUES = cues()
CUE_WORDS = _CUES["titles"] | _CUES["relations"]
NAME_LABELS = ("[name]", "[naam]", "[nom]")
"""The name label in en, nl, fr: a surname-word is offered only after one."""
COMPANY = frozenset(["met", "avec", "with", "bij", "chez", "voor", "aan", "naar", "pour", "for"])


def unsure_words(text: str, lexicon: Lexicon, label: re.Pattern[str]) -> tuple[str, ...]:
    """Words of `text` (outside labels) worth a second look, in order, each once."""
    labels = [m.span() for m in label.finditer(text)]
    phrases = [*indirect_identifiers(text), *named_places(text), *unsure_people(text)]
    phrases += offered_shapes(text, lexicon)
    kept = labels + lexicon.keep.spans(text) + phrases  # no word of a phrase offered twice
    covered = bytearray(len(text) + 1)  # each word looked up, not searched for among all
    for s, e in kept:  # spans: 300 labels in a long answer made this quadratic (0.3 s)
        covered[s:e] = b"\x01" * (e - s)
    edges = (frozenset(s for s, _ in labels), frozenset(e for _, e in labels))
    found: list[tuple[int, str]] = [(s, text[s:e]) for s, e in phrases]
    found += offered_names(text, labels, covered)  # the learned model's second opinion
    lang = language_of(text)
    previous = ""
    shouted = capitals_say_nothing(text)  # "İ" alone grows when lower-cased: read as "I"
    for match in WORD.finditer(text.replace(DOTTED_I, "I").lower() if shouted else text):
        start, word = match.start(), match.group()
        if covered[start]:
            previous = ""
            continue
        if _worth_a_look(text, start, word, previous, lexicon, edges, lang):
            found.append((start, word))
        previous = word.lower()
    chosen: list[str] = []
    for _, word in sorted(found):
        if word.lower() not in {w.lower() for w in chosen} and len(chosen) < MOST:
            chosen.append(word)
    return tuple(chosen)


def _solid_compound(word: str, lexicon: Lexicon) -> bool:
    """ "kookclub", "leefgeld": two words of four letters or more (a longer word: any split
    the lexicon accepts); a short name does not split that way."""
    if len(word) > 9:
        return lexicon.is_word(word)
    return any(
        word[:cut] in lexicon.words and word[cut:] in lexicon.words
        for cut in range(4, len(word) - 3)
    )


ARTICLE = lazy(
    r"(?i:(?:\b(?:een|het|the|a|an|un|une)|(?<!\w)(?:naar|bij|in|op|aan|voor|uit|to|at|on"
    r"|from|chez|dans|sur|pour|avec)\s+(?:de|le|la|the))\s+$)"
)
"""An article right before a word: "een mol", "naar de bakker", "chez le boulanger". Not
"de", "le" or "la" alone, nor after "van": particles of surnames ("van de velde")."""


def _after_an_article(text: str, start: int) -> bool:
    return ARTICLE.search(text, max(0, start - 16), start) is not None


Edges = tuple[frozenset[int], frozenset[int]]
"""Where the labels of a text start, and where they end."""


def _after_label(start: int, labels: Edges) -> bool:
    return start - 1 in labels[1]


def _next_to_label(text: str, start: int, size: int, labels: Edges) -> bool:
    return start - 1 in labels[1] or start + size + 1 in labels[0]


def _worth_a_look(
    text: str,
    start: int,
    word: str,
    previous: str,
    lexicon: Lexicon,
    labels: Edges,
    lang: str | None,
) -> bool:
    digits = sum(ch.isdigit() for ch in word)
    if digits:
        return digits >= 5
    bare = CONTRACTION.sub("", word).lower().strip("'’-")
    if len(bare) < 3 or bare in CUE_WORDS or bare in CHAT:  # "amir [naam] efkes"
        return False
    if bare not in lexicon.words and plain_word(bare, lexicon):
        return False  # "rendez-vous", "cant", "clb", "meega": everyday, only unlisted
    could_be_a_name = bare in lexicon.first or bare in lexicon.last or not lexicon.is_word(bare)
    if previous in CUE_WORDS and could_be_a_name and not frequent_word(bare, lang, lexicon):
        return True  # "haar zoon kwabena"
    if bare in lexicon.word_names:  # "dochter joy", "visite chez fiston"
        foreign = lang is not None and lang not in lexicon.word_names[bare]
        return foreign or previous in COMPANY
    if _next_to_label(text, start, len(word), labels) and bare in lexicon.first:
        return True  # "samia [naam]": the rest of a name
    after_name = lang and bare.isalpha() and _after_label(start, labels)
    if after_name and text[: start - 1].endswith(NAME_LABELS) and unsure_surname(bare, lexicon):
        return True  # "[naam] wit", "[nom] grand": a surname that is a frequent word
    if after_name and len(bare) > 3 and bare not in words_of(lang):
        return True  # "[naam] ferraro": no word of the sentence's language
    if word.islower() and bare in lexicon.last and _after_an_article(text, start):
        return False  # "een mol in de tuin", "naar de bakker": a surname used as a word
    if bare not in lexicon.words and not bare.isupper() and not _solid_compound(bare, lexicon):
        return True  # a rare word, also one that only splits into scraps ("chi-dera")
    before = text[:start].rstrip()
    opens = not before or before[-1] in OPENERS
    return word[0].isupper() and not opens
