"""A word between a form of address and a verb only a person does is her surname, however
ordinary a word it is ("mvr plaatje belde", "dhr plaatje zei dat"; review23c). Kept apart from
`name_cues` to keep modules small."""

from __future__ import annotations

import re

from bot.privacy.compounds import frequent
from bot.privacy.lexicon import cues
from bot.privacy.name_cue_lists import SUBJECT_VERBS
from bot.privacy.name_function_words import ADDRESS_FORMS, SHORT_WORDS

TITLES = cues()["titles"]
SPEECH_AFTER = frozenset(["belde", "zei", "zegt", "vertelde", "vroeg", "called", "said", "says",
                          "told", "asked", "phoned", "dit", "disait", "appelle", "demande",
                          "demandait", "explique"])  # fmt: skip
"""Verbs only a person does, right after the word a title names."""
ADVERB_ENDINGS = ("end", "ende", "lijk", "ment", "ly", "ing")
"""Words of manner between a title and a verb ("mevrouw huilend belde"): no surname."""


def titled_speaker(
    text: str,
    matches: list[re.Match[str]],
    lowered: list[str],
    i: int,
    word: str,
    context: frozenset[str],
) -> bool:
    """Word `i` (`word`, without a possessive) follows a title and comes before such a verb,
    and is no frequent word, cue or word of manner."""
    if i == 0 or i + 1 >= len(lowered) or lowered[i + 1] not in SPEECH_AFTER:
        return False
    if lowered[i - 1] not in TITLES or text[matches[i - 1].end() : matches[i].start()] != " ":
        return False
    if len(word) < 4 or word in context or word in frequent() or word in SUBJECT_VERBS:
        return False
    return not word.endswith(ADVERB_ENDINGS)


def short_titled_name(text: str, matches: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """Two letters of no note's language right after a form of address: "mr li", "mvr ka"."""
    if i == 0 or len(lowered[i]) != 2 or lowered[i - 1] not in ADDRESS_FORMS:
        return False
    return lowered[i] not in SHORT_WORDS and text[matches[i - 1].end() : matches[i].start()] == " "
