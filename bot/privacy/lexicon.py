"""The scrubber's word lists, read once from bot/privacy/data (built by
scripts/build_privacy_data.py; sources and licences in docs/privacy.md)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from bot.privacy.lazy_patterns import lazy
from bot.privacy.tokens import tokenise

LANGS = ("nl", "fr", "en")
LINKS = ("", "s", "e", "en", "er")


def read_data(name: str) -> list[str]:
    """The non-empty, non-comment lines of a file in bot/privacy/data."""
    text = (resources.files("bot.privacy") / "data" / name).read_text(encoding="utf-8")
    if "#" not in text and "\r" not in text and " \n" not in text:  # generated lists: fast path
        lines = text.split("\n")
        if "\n\n" in text or text[:1] == "\n":
            return list(filter(None, lines))
        if not lines[-1]:
            lines.pop()  # the one empty "line" after the last newline: no Python loop
        return lines
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


PHRASE_TOKEN = lazy(r"[\w'’]++(?:-[\w'’]++)*+")  # possessive: the same, faster
"""`tokens.TOKEN` without "+" and "&": in a text without them both find the same words."""
_GROUP = re.Match.group


class Phrases:
    """Exact phrases (case kept) found by one dictionary lookup per word: compiling one
    regular expression of hundreds of alternatives took a third of the start-up."""

    def __init__(self, phrases: list[str]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(PHRASE_TOKEN.findall(phrase))
            if words:
                self._by_first.setdefault(words[0], []).append(words)
        for options in self._by_first.values():
            options.sort(key=len, reverse=True)

    def spans(self, text: str) -> list[tuple[int, int]]:
        tokens: list[re.Match[str]] = []
        if "+" in text or "&" in text:
            words = PHRASE_TOKEN.findall(text)
        else:  # without "+" and "&" the shared tokens are these words: no second scan
            tokens = tokenise(text)[0]
            words = list(map(_GROUP, tokens))
        by_first = self._by_first
        if by_first.keys().isdisjoint(words):
            return []  # most texts: no word starts a phrase
        found: list[tuple[int, int]] = []
        i = 0
        for candidate in [i for i, word in enumerate(words) if word in by_first]:
            if candidate < i:
                continue  # inside a phrase found just before
            i = candidate
            for phrase in by_first[words[i]]:
                size = len(phrase)
                if tuple(words[i : i + size]) != phrase:
                    continue
                tokens = tokens or list(PHRASE_TOKEN.finditer(text))  # positions, when needed
                chunk = tokens[i : i + size]
                if all(text[a.end() : b.start()] == " " for a, b in itertools.pairwise(chunk)):
                    found.append((chunk[0].start(), chunk[-1].end()))
                    i += size
                    break
        return found


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a key of per-word caches
class Lexicon:
    first: frozenset[str]
    last: frozenset[str]
    compound_surnames: frozenset[str]
    """Belgian surnames of an article and a word: "de bruyn", "van damme"."""
    word_names: dict[str, frozenset[str]]
    """First names that are everyday words -> the languages in which they are words."""
    homographs: frozenset[str]
    words: frozenset[str]
    """Ordinary words of nl, fr and en, lower case, names removed."""
    keep: Phrases
    """Institutions, benefits, feast days and other capitalised words that identify no one."""

    def is_name(self, word: str) -> bool:
        return word in self.first or word in self.last

    def surname_only(self, word: str) -> bool:
        """A surname of the lists and no first name: never read as a compound of words
        ("lambrecht" is not "lamb" + "recht", "vervoort" not "ver" + "voort")."""
        return word in self.last and word not in self.first

    def is_word(self, word: str) -> bool:
        """An ordinary word, or a Dutch compound of ordinary words ("budgetbeheer"). A word
        glued to "van" is a surname ("vandevelde", "vanhove"): the words made so ("vanavond",
        "vanwege") are listed."""
        if word in self.words:
            return True
        if self.surname_only(word):
            return False
        return len(word) >= 7 and not word.startswith("van") and self._compound_word(word)

    @lru_cache(maxsize=4096)  # noqa: B019 (one lexicon per process: it lives as long)
    def _compound_word(self, word: str) -> bool:
        """Trying every cut of a long word costs hundreds of lookups: decided once a word."""
        return self._compound(word, 2)

    def _compound(self, word: str, depth: int) -> bool:
        if depth == 0 or len(word) < 7:
            return False
        for cut in range(3, len(word) - 2):
            head, tail = word[:cut], word[cut:]
            for link in LINKS:
                if link and not head.endswith(link):
                    continue
                stem = head[: len(head) - len(link)] if link else head
                if (
                    len(stem) >= 3
                    and stem in self.words
                    and (tail in self.words or self._compound(tail, depth - 1))
                ):
                    return True
        return False


DIAERESIS_SLOT = re.compile(r"(?<=[aeiou])[eiu]")
DIAERESIS = {"e": "ë", "i": "ï", "u": "ü"}


def with_diaeresis(names: frozenset[str]) -> frozenset[str]:
    """The names and their spellings with a diaeresis on a vowel after a vowel: "naïma" is
    "naima" of the lists (probe47), "zoë", "ismaïl". Only the diaeresis: folding every accent
    made French words of names ("rosé", "aimé": two more false alarms on the frozen sets).
    Built once (about 2,700 spellings, 10 ms); a lookup stays one C-level set test."""
    variants = {
        name[: slot.start()] + DIAERESIS[slot.group()] + name[slot.end() :]
        for name in names
        if name.isascii()
        for slot in DIAERESIS_SLOT.finditer(name)
    }
    return names | variants


@cache
def lexicon() -> Lexicon:
    word_names = {
        line.split()[0]: frozenset(line.split()[1:]) for line in read_data("word_names.txt")
    }
    extra = [name for line in read_data("first_names_extra.txt") for name in line.split()]
    extra_last = [name for line in read_data("last_names_extra.txt") for name in line.split()]
    return Lexicon(
        first=with_diaeresis(
            frozenset(
                read_data("first_names.txt")
                + read_data("first_names_be.txt")
                + list(word_names)
                + extra
            )
        ),
        last=frozenset(read_data("last_names.txt") + read_data("last_names_be.txt") + extra_last),
        compound_surnames=frozenset(read_data("compound_surnames.txt")),
        homographs=frozenset(
            w.lower() for line in read_data("homographs.txt") for w in line.split()
        ),
        word_names=word_names,
        words=frozenset(
            read_data("words_nl.txt")  # lists joined in C: a comprehension took 6 ms more
            + read_data("words_fr.txt")
            + read_data("words_en.txt")
            + read_data("words_common.txt")
            + read_data("name_words.txt")
            + read_data("words_social.txt")
            + list(word_names)
        )
        - frozenset(extra + extra_last),
        keep=Phrases(read_data("keep.txt")),
    )


@cache
def cues() -> dict[str, frozenset[str]]:
    """Sections of cues.txt: titles, relations, particles, verbs."""
    found: dict[str, set[str]] = {}
    section = ""
    for line in read_data("cues.txt"):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            found[section] = set()
        else:
            found[section].update(line.split())
    return {name: frozenset(words) for name, words in found.items()}
