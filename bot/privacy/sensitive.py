"""Special categories of personal data (health, religion, origin, detention) and the
indirect identifiers a worker should look at (great ages, triplets, public offices).

Special categories are masked by default with their category's label; indirect
identifiers are not masked but offered for review, because only the worker knows whether
"97 jaar" or "zijn oom is burgemeester" singles someone out.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache, lru_cache

from bot.privacy.lexicon import read_data
from bot.privacy.places import place_names

Found = tuple[int, int, str]
CATEGORIES = ("health", "religion", "origin", "detention")
ARTICLE = re.compile(r"(?i:\b(?:de|het|een|la|le|l'|une?|the|a)\s*)$")
LINK = re.compile(r"(?i:\s+(?:van|in|de|d'|à|of|at)\s*)")
DURATION = re.compile(
    r"(?i:\b(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|un|une|deux|trois|quatre"
    r"|cinq|six|sept|huit|dix|one|two|three|four|five|six|ten|half)\s+(?:jaar|maanden|maand"
    r"|weken|ans?|mois|semaines|years?|months?|weeks)\s+(?:(?:de|in|of|in\s+de)\s+)?)$"
)
SERVED = re.compile(
    r"(?i:\b(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|half)\s+"
    r"(?:jaar|maanden|maand|weken)\s+(?:gezeten|vastgezeten|opgesloten|cel|celstraf"
    r"|effectief|nat)\b)"
)
"""Time served, said without a word for prison: "hij heeft drie jaar gezeten"."""
JOIN = re.compile(r"(?i:\s+(?:aan|met|van|op|with|to|from|of|on|de|d'|du|des|à|au|aux)\s+|\s+)$")
"""Two words of one category with at most a small word between ("verslaafd aan cocaïne",
"diagnosed with schizophrenia") make one span."""
ELISION = re.compile(r"^(?:[ldjmnst]|qu)['’]")
SUFFIXES = {"health": ("kanker", "verslaving", "verslaafd", "stoornis", "stoornissen", "syndroom",
                       "patiënt", "patiënte", "ziekte", "tumor", "infarct", "depressie",
                       "psychose", "fobie", "phobie", "dementie", "medicatie")}  # fmt: skip
"""Dutch compounds end in their head word: "gokverslaving", "angststoornis", "hartpatiënt"."""
SUFFIX_HINT = re.compile("|".join(e for endings in SUFFIXES.values() for e in endings))
INDIRECT = re.compile(
    r"(?i:\b(?:9\d|1[01]\d)\s*(?:jaar|ans|years?|-year-old|j)\b"
    r"|\b(?:[1-9]|1\d|2[0-3])\s*(?:maanden|maand|mois|months?|weken|semaines|weeks)\s*(?:oud|old)?\b"
    r"|\b(?:pasgeboren|newborn|nouveau-née?)\b"
    r"|\b(?:drieling|vierling|triplés|triplets|quadruplés|quadruplets|tweeling|jumeaux|twins)\b"
    r"|\b(?:[89]|1[0-9]|acht|negen|tien|elf|twaalf|huit|neuf|dix|onze|douze|eight|nine|ten"
    r"|eleven|twelve)\s+(?:kinderen|enfants|children|kids)\b"
    r"|\b(?:burgemeester|schepen|minister|kamerlid|volksvertegenwoordiger|senator|gedeputeerde"
    r"|bourgmestre|échevin|échevine|ministre|députée?|sénateur|mayor|alderman|mp"
    r")\b"
    r"|\b(?:in de krant|dans le journal|in the paper|in the news)\b)"
)


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


@cache
def _index() -> PhraseIndex:
    phrases: dict[str, str] = {}
    section = ""
    for line in read_data("sensitive.txt"):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        else:
            phrases.update((form.replace("_", " "), section) for form in line.split())
    phrases.update((country.replace("_", " "), "origin") for country in read_data("countries.txt"))
    return PhraseIndex(phrases)


def _compounds(text: str) -> Iterator[Found]:
    """Dutch compounds whose last part is a health word the list does not hold whole."""
    if not SUFFIX_HINT.search(text.lower()):
        return
    for match in TOKEN.finditer(text):
        word = match.group().lower()
        for category, endings in SUFFIXES.items():
            if any(word.endswith(e) and len(word) >= len(e) + 3 for e in endings):
                yield match.start(), match.end(), category


def _found(text: str) -> list[Found]:
    found = [*_index().find(text), *_compounds(text)]
    if "jaar" in text or "maand" in text or "weken" in text:
        found += [(m.start(), m.end(), "detention") for m in SERVED.finditer(text)]
    if not found:
        return found
    found.sort()
    merged: list[Found] = []
    for start, end, category in found:
        if merged and start < merged[-1][1]:
            continue
        if merged and merged[-1][2] == category and JOIN.fullmatch(text, merged[-1][1], start):
            merged[-1] = (merged[-1][0], end, category)
        else:
            merged.append((start, end, category))
    return merged


def special_categories(text: str) -> Iterator[Found]:
    """Health, religion, origin and detention words; a prison takes its article, a length
    of time and its town."""
    for start, end, category in _found(text):
        if category == "detention":
            article = ARTICLE.search(text, 0, start)
            start = article.start() if article else start
            duration = DURATION.search(text, 0, start)
            start = duration.start() if duration else start
            link = LINK.match(text, end)
            if link:
                town = next(place_names(text[link.end() :], lenient=True), None)
                if town and town[0] == 0:
                    end = link.end() + town[1]
        yield start, end, category


def indirect_identifiers(text: str) -> Iterator[tuple[int, int]]:
    """Spans the worker should review: great ages, multiple births, public offices, news."""
    for match in INDIRECT.finditer(text):
        yield match.span()
