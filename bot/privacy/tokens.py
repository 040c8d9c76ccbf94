"""Words and phrases found by one dictionary lookup per word, shared by the special
categories, the employers and the rare facts that look at the same text."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

Found = tuple[int, int, str]
ELISION = re.compile(r"^(?:[ldjmnst]|qu)['’]")
TOKEN = re.compile(r"[\w'’+&]+(?:-[\w'’+&]+)*")


class PhraseIndex:
    """Words and phrases matched whole and in any case by a lookup per word, which is
    many times faster than one regular expression with hundreds of alternatives."""

    def __init__(self, phrases: dict[str, str]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, tag in phrases.items():
            words = tuple(phrase.lower().split())
            self._by_first.setdefault(words[0], []).append((words, tag))
        for options in self._by_first.values():
            options.sort(key=lambda option: len(option[0]), reverse=True)

    def find(self, text: str) -> Iterator[Found]:
        tokens, lowered = tokenise(text)
        by_first = self._by_first
        if by_first.keys().isdisjoint(lowered):
            return
        i = 0
        for candidate in [j for j, word in enumerate(lowered) if word in by_first]:
            if candidate < i:
                continue  # inside a phrase found just before
            i = candidate
            for words, tag in by_first[lowered[i]]:
                size = len(words)
                if tuple(lowered[i : i + size]) == words and _spaced(text, tokens[i : i + size]):
                    yield tokens[i].start(), tokens[i + size - 1].end(), tag
                    i += size
                    break


@lru_cache(maxsize=4)
def tokenise(text: str) -> tuple[list[re.Match[str]], list[str]]:
    """The words of `text` and their lower-case bare forms, shared by every phrase index
    that looks at the same text (health words, employers)."""
    tokens = list(TOKEN.finditer(text))
    lowered = text.lower()
    if len(lowered) == len(text):
        words = [lowered[t.start() : t.end()] for t in tokens]
    else:
        words = [t.group().lower() for t in tokens]
    if "'" in text or "’" in text:
        words = [_bare(word) for word in words]
    return tokens, words


def _bare(word: str) -> str:
    """ "l'hypertension" -> "hypertension": a French article clings to its word."""
    return ELISION.sub("", word) if "'" in word or "’" in word else word


def _spaced(text: str, tokens: list[re.Match[str]]) -> bool:
    return all(text[a.end() : b.start()].isspace() for a, b in itertools.pairwise(tokens))
