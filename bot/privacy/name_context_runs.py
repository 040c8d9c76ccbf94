"""Surnames after a title and particles, and children listed after a group word: the parts
of name_context.py that read a run of words ("mw. de wolf", "de tweeling thabo en ayo")."""

from __future__ import annotations

import re

from bot.privacy.lexicon import Lexicon
from bot.privacy.name_context_words import (
    ARTICLES,
    PARTICLES,
    SERVICES,
    TITLES,
)
from bot.privacy.name_cues import frequent
from bot.privacy.name_function_words import AND, POSSESSIVES


def joined(text: str, matches: list[re.Match[str]], left: int, right: int, marks: str) -> bool:
    between = text[matches[left].end() : matches[right].start()]
    return len(between) <= 3 and between.strip(marks) == ""


def cue_joined(text: str, matches: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """Whether the word before word `i` is its cue: next to it, or after a comma, or after
    a title's dot ("mevr. janssens"); a relation's dot ends a sentence ("dreigt met
    deurwaarder. vlgnde week terug": #12, fifty-third session)."""
    return joined(text, matches, i - 1, i, " .," if lowered[i - 1] in TITLES else " ,")


def surname_word(word: str, lexicon: Lexicon, context: frozenset[str]) -> bool:
    """After a title and "de", "van den": a surname or a word of no list, no particle,
    cue or service ("mevrouw van de kinderbijslag" is someone of a service)."""
    if not word.isalpha() or word in PARTICLES or word in context or word in SERVICES:
        return False
    return word in lexicon.last or not lexicon.is_word(word)


def after_title_and_particles(
    text: str, matches: list[re.Match[str]], lowered: list[str], i: int
) -> list[int]:
    """ "mw. de wolf", "mevrouw vd berghe": a title, particles, then the surname, all of
    which are masked (the particles too: half a surname still identifies)."""
    j = i - 1
    while j > 0 and lowered[j] in PARTICLES and joined(text, matches, j - 1, j, " ."):
        j -= 1
    if lowered[j] not in TITLES and not (lowered[j] == "m" and text[matches[j].end()] == "."):
        return []
    return [matches[k].start() for k in range(j + 1, i + 1)]


def listed_group(
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
