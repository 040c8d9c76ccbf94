"""Words and phrases found by one dictionary lookup per word, shared by the special
categories, the employers and the rare facts that look at the same text; and the cheap
hints that decide whether a rule needs to scan a text at all."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from bot.privacy.lazy_patterns import lazy

DOTTED_I = "\u0130"
"""The one character whose lower case is longer ("İsmail", "İstanbul"): read as "I" wherever
a text is lower-cased for offsets that must still fit the text."""
TYPED_SEPARATORS = str.maketrans(
    "\u2010\u2011\u2012\u2013\u2014\u2212\u2007\u2009\u200a\u202f", "------    "
)
"""Dashes a phone's keyboard makes of "-" ("0475–38–21–90") and the narrow spaces of French
keyboards ("0493\u202f27\u202f18"): read as "-" and " ", one character each, so every span
found in the plain text is the same span in the typed one."""

Found = tuple[int, int, str]
ELISION = lazy(r"^(?:[ldjmnst]|qu)['’]")
APOSTROPHE = lazy("['’]")
TOKEN = lazy(r"[\w'’+&]++(?:-[\w'’+&]++)*+")
"""Possessive (`++`): nothing follows, so no backtracking can change a match; a third faster."""


def as_read(form: str) -> str:
    """A listed form as `tokenise` reads a text: "problème_d'alcool" -> "problème alcool"
    (an elided article clings to its word and is dropped there)."""
    return " ".join(ELISION.sub("", word) for word in form.split("_"))


def readings(form: str) -> Iterator[str]:
    """`as_read`, and the form typed without its apostrophe ("crises d angoisse", "problème
    d alcool") or, for a phrase, without its accents, as a phone's notes often are."""
    typed = [form, APOSTROPHE.sub("_", form)] if "'" in form or "’" in form else [form]
    if "_" in form and not form.isascii():  # "problemes d alcool"; one word: `health_typos`
        typed += [_unaccented(variant) for variant in typed]
    yield from dict.fromkeys(as_read(variant) for variant in typed)


def _unaccented(form: str) -> str:
    decomposed = unicodedata.normalize("NFD", form)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


class PhraseIndex:
    """Words and phrases matched whole and in any case by a lookup per word, which is
    many times faster than one regular expression with hundreds of alternatives.

    Phrases of several words are filed under their first two: many start with "de", "in"
    or "la", so a lookup of the pair skips the dozens that cannot match here."""

    def __init__(self, phrases: dict[str, str], possessive: bool = False) -> None:
        self._possessive = possessive
        """Whether "pastor's" counts as "pastor": not for names of firms ("mcdonald's") nor
        where a Dutch plural ("oma's") would read as one."""
        self._pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
        self._single: dict[str, str] = {}
        for phrase, tag in phrases.items():
            words = tuple(phrase.lower().split())
            if len(words) == 1:
                self._single.setdefault(words[0], tag)  # the first one wins, as before
            else:
                self._pairs.setdefault((words[0], words[1]), []).append((words, tag))
        for options in self._pairs.values():
            options.sort(key=lambda option: len(option[0]), reverse=True)  # longest first
        self._firsts = frozenset(self._single).union(first for first, _ in self._pairs)

    def find(self, text: str) -> Iterator[Found]:
        tokens, lowered = tokenise(text)
        firsts, pairs, single = self._firsts, self._pairs, self._single
        if self._possessive and ("'s" in text or "’s" in text):
            yield from self._possessives(tokens, lowered)
        if firsts.isdisjoint(lowered):
            return
        last = len(lowered) - 1
        i = 0
        for candidate in [j for j, word in enumerate(lowered) if word in firsts]:
            if candidate < i:
                continue  # inside a phrase found just before
            i = candidate
            word = lowered[i]
            found = False
            for words, tag in pairs.get((word, lowered[i + 1]), ()) if i < last else ():
                size = len(words)
                if tuple(lowered[i : i + size]) == words and _spaced(text, tokens[i : i + size]):
                    yield tokens[i].start(), tokens[i + size - 1].end(), tag
                    i += size
                    found = True
                    break
            if not found and word in single:  # a phrase of one word: shorter than any pair
                yield tokens[i].start(), tokens[i].end(), single[word]
                i += 1

    def _possessives(self, tokens: list[re.Match[str]], lowered: list[str]) -> Iterator[Found]:
        """A one-word phrase with an English possessive, the "'s" left out: "the pastor's
        wife" (the office is the pastor's, the wife has none)."""
        for token, word in zip(tokens, lowered, strict=True):
            if word.endswith(("'s", "’s")) and word not in self._single:
                tag = self._single.get(word[:-2])
                if tag:
                    yield token.start(), token.end() - 2, tag


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


LETTERS = lazy(r"[^\W\d_]+")
DIGIT = lazy(r"\d")
SENTENCE_END = lazy(r"[.!?;]\s+")


def sentence_starts(text: str) -> tuple[int, ...]:
    """Where each sentence of `text` starts: 0, and after each full stop, "?", "!" or ";" and
    its spaces (rules that read only a note's opening words match there, no scan)."""
    return (0, *(match.end() for match in SENTENCE_END.finditer(text)))


@lru_cache(maxsize=4)
def has_digit(text: str) -> bool:
    """Whether `text` holds a digit: asked by several recognisers of the same text, and a
    text without one is scanned to its end each time."""
    return DIGIT.search(text) is not None


@lru_cache(maxsize=4)
def letter_runs(text: str) -> list[str]:
    """The runs of letters of `text` in lower case, in order (callers never change the list).
    A stem made only of letters occurs in the lower-cased text exactly when it occurs in
    one of these runs, so a hint is decided per distinct word, once, not per sentence."""
    return LETTERS.findall(text.lower())


_FAMILIES: list[Stems] = []
_PHRASED: list[Stems] = []
"""The families with stems of more than letters ("& co", " to "): decided on the whole
lower-cased text, once per text with the words' bits, so that asking is one lookup."""
_MASKS: dict[str, int] = {}
"""Word -> the families (bits) whose stems it holds; bounded, a long-running bot sees many."""
_TEXTS: dict[str, int] = {}
"""The last few texts -> the same for the whole text: every family asks about the same one."""


_INSIDE: dict[str, int] = {}
"""Stem -> the families (bits) that look for it anywhere in a word."""
_ENDINGS: dict[str, int] = {}
"""Stem -> the families (bits) that look for it at a word's end."""
_LONGEST = [0]
"""The longest stem of any family: no longer piece of a word needs a lookup."""
_SHORTEST = [1 << 30]
"""The shortest: no shorter piece needs one either."""


def _word_mask(word: str) -> int:
    """The families whose stems `word` holds: every piece of the word up to the longest stem
    looked up once (about 30 lookups for a word of eight letters) instead of testing each of
    the thousand stems with `in` (a tenth of all scrubbing time in 2026-12, 0.35 ms a new
    word). A very long word (hostile input) is asked family by family instead."""
    size = len(word)
    if size > 64:
        return sum(f._bit for f in _FAMILIES if f.holds(word))
    mask = 0
    longest, shortest = _LONGEST[0], _SHORTEST[0]
    inside, endings = _INSIDE, _ENDINGS
    for start in range(size):
        for end in range(start + shortest, min(size, start + longest) + 1):
            bits = inside.get(word[start:end])
            if bits:
                mask |= bits
        bits = endings.get(word[start:])
        if bits:
            mask |= bits
    return mask


class Stems:
    """Substrings without which a rule cannot match ("werk", "schoo"): the same answer as
    searching the lower-cased text for any of them, at the cost of a dictionary lookup per
    word instead of a scan with dozens of alternatives per sentence. `stems`: the stems, or
    one string of them separated by "|" (as the regular expression was written); `ending`:
    only at the end of a word ("straat" in "kerkstraat", not in "straatje")."""

    def __init__(self, stems: str | Iterable[str], ending: bool = False) -> None:
        self.stems = tuple(stems.split("|") if isinstance(stems, str) else stems)
        self.ending = ending
        self._words = tuple(s for s in self.stems if LETTERS.fullmatch(s) and s == s.lower())
        self._phrases = tuple(s for s in self.stems if s not in self._words)
        """Stems with a space or an upper-case letter: looked for in the lower-cased text."""
        if ending and self._phrases:
            raise ValueError(f"word endings must be lower-case letters: {self._phrases}")
        self._bit = 1 << len(_FAMILIES)
        _FAMILIES.append(self)
        if self._phrases:
            _PHRASED.append(self)
        table = _ENDINGS if ending else _INSIDE
        for stem in self._words:
            table[stem] = table.get(stem, 0) | self._bit
        _LONGEST[0] = max(_LONGEST[0], *map(len, self._words), 0)
        _SHORTEST[0] = min(_SHORTEST[0], *map(len, self._words), 1 << 30)
        _MASKS.clear()  # masks computed before this family know nothing of it
        _TEXTS.clear()

    def in_text(self, text: str) -> bool:
        mask = _TEXTS.get(text)  # asked thirty times per text: the cached answer, inline
        return bool((_mask(text) if mask is None else mask) & self._bit)

    def holds(self, word: str) -> bool:
        return word.endswith(self._words) if self.ending else any(s in word for s in self._words)


def _mask(text: str) -> int:
    found = _TEXTS.get(text)
    if found is not None:
        return found
    found = 0
    for word in letter_runs(text):
        mask = _MASKS.get(word)
        if mask is None:
            if len(_MASKS) > 8192:
                _MASKS.clear()
            mask = _MASKS[word] = _word_mask(word)
        found |= mask
    if _PHRASED:
        lowered = text.lower()
        for family in _PHRASED:
            if not found & family._bit and any(stem in lowered for stem in family._phrases):
                found |= family._bit
    if len(_TEXTS) >= 8:
        _TEXTS.clear()
    _TEXTS[text] = found
    return found
