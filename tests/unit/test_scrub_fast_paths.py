"""#12 throughput: the faster lookups of this session find exactly what the first ones found.

Each reference below is the code as it was before the change, kept here to compare on the
project's own sentences (never the frozen sets) and on cases made to hit the edges."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from bot.privacy import sensitive
from bot.privacy.lexicon import read_data
from bot.privacy.tokens import PhraseIndex, tokenise
from tests.unit.test_scrub_speed import TEXTS

Found = tuple[int, int, str]


FirstIndex = dict[str, list[tuple[tuple[str, ...], str]]]


def first_index(phrases: dict[str, str]) -> FirstIndex:
    """PhraseIndex as first written: every phrase filed under its first word only (built
    once per test, not once per text: rebuilding it for each of ~2,300 texts took 87 s)."""
    by_first: FirstIndex = {}
    for phrase, tag in phrases.items():
        words = tuple(phrase.lower().split())
        by_first.setdefault(words[0], []).append((words, tag))
    for options in by_first.values():
        options.sort(key=lambda option: len(option[0]), reverse=True)
    return by_first


def first_find(by_first: FirstIndex, text: str) -> Iterator[Found]:
    """PhraseIndex.find as first written, on the index of `first_index`."""
    tokens, lowered = tokenise(text)
    i = 0
    for candidate in [j for j, word in enumerate(lowered) if word in by_first]:
        if candidate < i:
            continue
        i = candidate
        for words, tag in by_first[lowered[i]]:
            size = len(words)
            spaced = all(
                text[a.end() : b.start()].isspace()
                for a, b in itertools.pairwise(tokens[i : i + size])
            )
            if tuple(lowered[i : i + size]) == words and spaced:
                yield tokens[i].start(), tokens[i + size - 1].end(), tag
                i += size
                break


MADE_UP = {"de": "one", "De": "two", "de kat": "three", "de kat zit": "four", "de hond": "five",
           "kat zit": "six", "zit": "seven", "in de": "eight", "in": "nine", "l'école": "ten",
           "de kat zat": "eleven", "hond": "twelve"}  # fmt: skip
EDGES = ["de kat zit in de tuin", "De Kat zit", "de  kat zit", "de\nkat zit", "de kat", "de",
         "zit de kat zit", "in de hond", "de kat-zit", "kat zit de", "l'école de de kat zat", "",
         "de hond hond de kat zat", "in de de kat zit zit"]  # fmt: skip
INDEXES = {
    "made up": MADE_UP,
    "special categories": sensitive._phrases(),
    "care places": dict.fromkeys(read_data("care_places.txt"), "organisation"),
    "employers": dict.fromkeys(read_data("employers.txt"), "organisation"),
}


@pytest.mark.parametrize("name", INDEXES)
def test_phrases_filed_by_their_first_two_words_are_found_as_before(name: str) -> None:
    phrases = INDEXES[name]
    index = PhraseIndex(phrases)
    texts = [*TEXTS, *EDGES, *(" ".join(pair) for pair in itertools.pairwise(EDGES))]
    texts += [" ".join(list(phrases)[k : k + 3]) for k in range(0, len(phrases), 3)]
    found = [list(index.find(t)) for t in texts]
    assert sum(map(bool, found)) > 5, f"too few sentences hold a phrase of {name}"
    by_first = first_index(phrases)
    assert found == [list(first_find(by_first, t)) for t in texts]


def test_no_special_category_word_is_listed_twice_in_its_category() -> None:
    """Several developers add to sensitive.txt at once; a word listed twice does nothing
    but hide which line holds it (68 repeats were removed, closing7)."""
    category, seen, repeats = "", set[str](), list[str]()
    for line in read_data("sensitive.txt"):
        if line.startswith("["):
            category, seen = line, set()
            continue
        for word in line.split():
            if word in seen:
                repeats.append(f"{category} {word}")
            seen.add(word)
    assert repeats == []
