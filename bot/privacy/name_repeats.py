"""A name masked once in an answer is masked wherever it comes back: in capitals, in lower
case, with an English possessive ("Zorbek kwam. ik zag zorbek en ZORBEK en zorbek's kat").
The rules read each place on its own, and a name they caught after "mevrouw" they may miss
three words later; the worker's tap hides every form of a word, and so does this. Names that
are also ordinary words ("grace", "roos", "will") are left to their own context: "grace" the
person does not make "the grace period" a name; only the word opening the note follows them
("france (la dame s'appelle france)": a note opens with whom it is about)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.privacy.lexicon import Lexicon
from bot.privacy.name_cues import frequent
from bot.privacy.names import TOKEN as WORD

POSSESSIVE = ("'s", "’s")


def _bare(word: str) -> str:
    lowered = word.lower()
    return lowered[:-2] if lowered.endswith(POSSESSIVE) else lowered


def repeated_names(
    text: str, named: Iterable[tuple[int, int]], taken: Iterable[tuple[int, int]], lexicon: Lexicon
) -> list[tuple[int, int]]:
    """Other occurrences, outside `named` and `taken`, of the words of the names in `named`
    that are no ordinary word; each without its "'s" (kept, as after any masked name)."""
    named, taken = list(named), list(taken)
    opening = _opening_word_name(text, named, taken, lexicon)
    lowered = text.lower()
    names = {
        bare
        for start, end in named
        for match in WORD.finditer(text, start, end)
        if len(bare := _bare(match.group())) > 2
        and lowered.count(bare) > 1  # most names come once: one C-level count decides
        and not lexicon.is_word(bare)
    }
    if "@" in text or " at " in lowered or "[at]" in lowered or "(at)" in lowered:
        names.update(_mailed_names(text, lowered, taken, lexicon))
    if not names:
        return opening
    busy = bytearray(len(text) + 1)
    for start, end in (*named, *taken):
        busy[start:end] = b"\x01" * (end - start)
    found = []
    for match in WORD.finditer(text):
        start, word = match.start(), match.group()
        bare = _bare(word)
        if bare in names and not busy[start] and not busy[match.end() - 1]:
            found.append((start, start + len(bare)))
    return found + [span for span in opening if span not in found]


def _opening_word_name(
    text: str, named: list[tuple[int, int]], taken: Iterable[tuple[int, int]], lexicon: Lexicon
) -> list[tuple[int, int]]:
    """The word opening the note when it is a name that is also a word and the rules masked
    it further on: "france (la dame s'appelle france) habite …" (probe80). Only there: "grace"
    the person does not make "the grace period" a name."""
    first = WORD.search(text)
    if first is None or text[: first.start()].strip() or len(bare := _bare(first.group())) < 3:
        return []
    if not lexicon.is_word(bare) or bare in frequent():  # not "will check on will"
        return []
    later = any(
        _bare(match.group()) == bare
        for start, end in named
        if start > first.start()
        for match in WORD.finditer(text, start, end)
    )
    if not later or any(start <= first.start() < end for start, end in (*named, *taken)):
        return []
    return [(first.start(), first.start() + len(bare))]


MAIL_HEAD = re.compile(
    r"^(?:([^\W\d_]{3,})[._-]?|([^\W\d_]{2})[._-])[\w.-]*\s*(?:@|\[at\]|\(at\)|\s+at\s+)"
    r"|^@([^\W\d_]{3,})[._-]",
    re.IGNORECASE,
)


def _mailed_names(
    text: str, lowered: str, taken: Iterable[tuple[int, int]], lexicon: Lexicon
) -> set[str]:
    """The first word of an e-mail address when the note names it again: "email is
    joy.mbala at gmail dot com, joy prefers whatsapp" (review48a), "mo.benali[at]… vr mo", and of
    a handle ("telegram @nouri_bxl of nouri", review49a): someone's own address."""
    found = set()
    for start, end in taken:
        head = MAIL_HEAD.match(text[start:end])
        if head is None:
            continue
        word = next(group for group in head.groups() if group).lower()
        if lowered.count(word) > 1 and word not in frequent() and lexicon.is_name(word):
            found.add(word)
    return found
