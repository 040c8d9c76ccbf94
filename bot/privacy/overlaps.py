"""Where two rules find overlapping spans: one scrub reaches what two would.

`find_spans` lets the earlier rule win and drops the later span whole. When that span
reached past the winner ("Rue Haute 12 B" claimed, "B-1000 Bruxelles" dropped), the words
it alone covered stayed, and a second scrub found them next to the new label
("[address]-1000 Bruxelles"). So when a dropped span leaves a letter or digit uncovered,
the text is read once more with its labels in place, as a second scrub would read it, and
what that finds is masked too. A lone article is no detail: a rule that reads a label as
the word after it ("atteinte d'un [health]", "at the [organisation]") is not followed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from bot.privacy.lexicon import lexicon

Found = tuple[int, int, str]

ARTICLES = frozenset(
    ["de", "het", "een", "'t", "the", "a", "an", "le", "la", "les", "l'", "un", "une", "des", "du",
     "d'", "der", "den", "die", "das", "ein", "eine"]
)  # fmt: skip
"""Words that name no one on their own, whatever rule found them."""


def left_over(text: str, occupied: bytearray, start: int, end: int) -> bool:
    """Whether a span dropped for an overlap covers a letter or digit no span claimed."""
    free = occupied.find(0, start, end)
    while free >= 0:
        if text[free].isalnum():
            return True
        free = occupied.find(0, free + 1, end)
    return False


def a_lone_article(text: str, start: int, end: int) -> bool:
    return text[start:end].lower().replace("’", "'") in ARTICLES


def second_reading(
    text: str,
    found: Iterable[Found],
    labels: Mapping[str, str],
    find: Callable[[str], Iterable[Found]],
) -> list[Found]:
    """What `find` adds on `text` with `found` replaced by their labels, at the offsets of
    `text` (a new span lies between labels: labels are claimed before every rule)."""
    pieces: list[str] = []
    gaps: list[tuple[int, int, int]] = []  # start and end in the labelled text, start in text
    position = cursor = 0
    for start, end, kind in sorted(found):
        gaps.append((cursor, cursor + start - position, position))
        pieces += (text[position:start], labels[kind])
        cursor += start - position + len(labels[kind])
        position = end
    gaps.append((cursor, cursor + len(text) - position, position))
    pieces.append(text[position:])
    more = []
    for start, end, kind in find("".join(pieces)):
        for gap_start, gap_end, original in gaps:
            if gap_start <= start and end <= gap_end:
                more.append((start - gap_start + original, end - gap_start + original, kind))
                break
    return more


WORD = re.compile(r"[^\W\d_]+")
BRACKETED = re.compile(r"\[[^\]\n]*\]")


def capitalised_throughout(text: str) -> bool:
    """ "She Gets Out Next Month On Holiday", "HE GETS OUT": a capital tells no name there.
    (A short place that is also a word, "On", masked there once, hid "on holiday" from the
    release rule, which a second scrub then read as "gets out next month [place]".)"""
    words = WORD.findall(BRACKETED.sub(" ", text))  # a label: a word, but not the writer's
    labels = text.count("[")
    return len(words) + labels > 3 and all(word[0].isupper() for word in words)


CONNECTORS = frozenset(
    ["in", "te", "à", "a", "au", "aux", "en", "et", "and", "maar", "mais", "but", "op", "at", "on",
     "bij", "chez", "near", "uit", "from", "of", "with", "met", "avec", "voor", "pour", "for",
     "sinds", "since", "depuis", "goe", "ook", "aussi", "also", "too", "nog", "encore"]
)  # fmt: skip
"""Words that join a name to what follows it: a later span holding one reads past the name."""


NAME_ARTICLES = frozenset(["de", "het", "den", "ter", "ten", "'t", "t", "le", "la", "les", "du",
                           "des", "the"])  # fmt: skip
"""What opens the name a later rule read after a kind an earlier rule read alone."""


def widen_organisation(
    text: str, occupied: bytearray, found: list[Found], start: int, end: int
) -> bool:
    """Whether a later organisation's span replaced the organisations found before that it
    holds whole, with the rest of it free and a name's article after them: "work at
    champignonkwekerij de heuvel," where one rule read the kind alone and a later one the kind
    and its name (#12, forty-ninth session: the earlier rule winning left "de heuvel")."""
    inner = [span for span in found if start <= span[0] and span[1] <= end]
    if start >= end or not inner or any(kind != "organisation" for _, _, kind in inner):
        return False
    extra = text[max(span[1] for span in inner) : end].lower().split()
    if min(inner)[0] != start or not extra or not (extra[0] in NAME_ARTICLES or _own(extra)):
        return False  # "l'église l'aide", "lidl warehouse", "bvba without": not a name's words
    if not CONNECTORS.isdisjoint(extra):
        return False  # "bouw verstraete in zaventem": a name and where it is
    held = bytearray(occupied[start:end])
    for inner_start, inner_end, _ in inner:
        held[inner_start - start : inner_end - start] = b"\x00" * (inner_end - inner_start)
    if held.find(1) >= 0:
        return False  # it overlaps a span it does not hold whole, or a label
    found[:] = [span for span in found if span not in inner]
    found.append((start, end, "organisation"))
    occupied[start:end] = b"\x01" * (end - start)
    return True


def _own(extra: list[str]) -> bool:
    """One word of no word list: the name a later rule read after a kind an earlier rule read
    alone ("shift in kringwinkel kaproen": probe210, #12's fifty-sixth session); not a word
    ("cleaning nv till he", "kfc rhodienne voetballen")."""
    word = extra[0] if len(extra) == 1 else ""
    return len(word) > 3 and word.isalpha() and not lexicon().is_word(word)  # not "vr", "nr"
