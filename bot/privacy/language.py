"""Which of Dutch, French or English a sentence is written in, from its small words.

A note mixes languages (a French street in an English note, an English first name in a
Dutch one); deciding per sentence lets "joy" be a word in English and a name in Dutch.
"""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy

SMALL_WORDS = {
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "in",
            "is",
            "op",
            "te",
            "dat",
            "die",
            "niet",
            "met",
            "voor",
            "zijn",
            "er",
            "ze",
            "hij",
            "zij",
            "haar",
            "hem",
            "maar",
            "ook",
            "nog",
            "bij",
            "naar",
            "als",
            "was",
            "heeft",
            "had",
            "wel",
            "geen",
            "om",
            "aan",
            "uit",
            "over",
            "zit",
            "gaat",
            "dan",
            "wat",
            "kan",
            "moet",
            "wil",
            "werd",
            "heel",
            "al",
            "mijn",
            "ik",
            "je",
            "we",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "un",
            "une",
            "des",
            "et",
            "de",
            "du",
            "en",
            "est",
            "à",
            "au",
            "aux",
            "pour",
            "pas",
            "que",
            "qui",
            "ne",
            "il",
            "elle",
            "ils",
            "elles",
            "son",
            "sa",
            "ses",
            "sur",
            "dans",
            "avec",
            "mais",
            "ou",
            "très",
            "a",
            "ont",
            "été",
            "chez",
            "depuis",
            "plus",
            "je",
            "nous",
            "vous",
            "on",
            "lui",
            "leur",
            "cette",
            "ce",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "a",
            "an",
            "and",
            "of",
            "in",
            "is",
            "to",
            "that",
            "it",
            "was",
            "he",
            "she",
            "they",
            "her",
            "his",
            "him",
            "with",
            "for",
            "on",
            "at",
            "not",
            "but",
            "has",
            "had",
            "have",
            "be",
            "are",
            "were",
            "from",
            "this",
            "by",
            "or",
            "as",
            "we",
            "you",
            "i",
            "my",
            "our",
            "their",
            "said",
        ]
    ),
}
WORD = lazy(r"[^\W\d_]+")


def language_of(sentence: str) -> str | None:
    """The language with the most small words in `sentence`, or None if there are none."""
    counts = dict.fromkeys(SMALL_WORDS, 0)
    for word in WORD.findall(sentence.lower()):
        for lang, words in SMALL_WORDS.items():
            if word in words:
                counts[lang] += 1
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] else None


SENTENCE = lazy(r"[^.!?\n]+")


def sentence_languages(text: str) -> dict[int, str | None]:
    """Start of each sentence -> its language (a token looks up its sentence's start)."""
    return {m.start(): language_of(m.group()) for m in SENTENCE.finditer(text)}


def language_at(languages: dict[int, str | None], position: int) -> str | None:
    starts = [s for s in languages if s <= position]
    return languages[max(starts)] if starts else None
