"""Care places, places of worship and schools that a note names by their own name.

"opgenomen in Stuivenberg", "elle dort au Samusocial", "moskee El Fath", "school de
klimop": a listed name after a preposition, a place of worship or a school with the word
that names it. A school's name is often an everyday word ("de klimop", "het kompas"), so
only the most frequent words are refused ("naar school de hele dag").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from bot.privacy.lexicon import lexicon, read_data
from bot.privacy.tokens import PhraseIndex, tokenise

Found = tuple[int, int, str]
BEFORE = re.compile(
    r"(?i:\b(?:in|naar|op|uit|bij|à|au|aux|chez|at|to|from|van|de|du|avec|with|met)\s+"
    r"(?:(?:het|de|'t|le|la|les|the)\s+|l['’])?)$"
)
"""A care place by its name comes after a preposition: "in Stuivenberg", "au Samusocial"."""
WORSHIP = re.compile(
    r"\b(?:moskee|mosquée|mosque|kerk|église|church|synagoge|synagogue|tempel|temple|gurdwara)\s+"
    r"(?:(?:al|el|an|ar|at|as|ad|de|het|la|le|the)[ -])?([^\W\d_][\w'’-]+)"
)
"""A place of worship by its name: "moskee el fath", "église Saint-Remi", "kerk Sint-Jan"."""
SCHOOL = re.compile(
    r"\b(?:school|schooltje|école|ecole|campus)\s+(?:de|het|'t|la|le|les|l['’])\s*"
    r"([^\W\d_][\w'’-]+)"
)
"""A school by its name: "school de klimop", "école les marronniers"."""
NOT_A_NAME = frozenset(["die", "dat", "met", "voor", "van", "in", "is", "en", "of", "op", "bij",
                        "uit", "waar", "qui", "que", "pour", "avec", "dans", "est", "et", "ou",
                        "with", "that", "for", "and", "which", "who", "at", "the"])  # fmt: skip


@cache
def _index() -> PhraseIndex:
    return PhraseIndex(dict.fromkeys(read_data("care_places.txt"), "organisation"))


@cache
def _starts() -> frozenset[str]:
    return frozenset(name.split()[0] for name in read_data("care_places.txt"))


@cache
def _frequent() -> frozenset[str]:
    return frozenset(read_data("words_common.txt"))


KIND_AFTER = re.compile(
    r"\b[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3}\s+(?:prison|jail|hospital|clinic|school"
    r"|college|academy|centre|center|mosque|church|synagogue|primary|kliniek|ziekenhuis)\b"
)
"""A capitalised name before its kind, as English puts it: "Haren prison", "Brugmann
hospital", "Don Bosco school"."""
ARTICLES = ("The ", "A ", "An ", "De ", "Het ", "Le ", "La ", "Our ", "His ", "Her ", "My ")
COMPOUND = re.compile(
    r"\b[A-ZÀ-Ý][\w'’-]*(?:school|college|instituut|ziekenhuis|kliniek|lyceum|atheneum|centrum"
    r"|kathedraal|kerk|moskee)\b"
)
"""A capitalised compound whose last part is a kind: "Sint-Lievenscollege", "Klimopschool"."""


def care_places(text: str, lowered: str) -> Iterator[Found]:
    if not _starts().isdisjoint(tokenise(text)[1]):
        for start, end, _ in _index().find(text):
            a_word = lexicon().is_word(text[start:end].lower())
            if text[start].isupper() or (not a_word and BEFORE.search(text, 0, start)):
                yield start, end, "organisation"
    if not text.islower():
        for match in KIND_AFTER.finditer(text):
            name = match.group()
            opens = not text[: match.start()].strip() or text[: match.start()].rstrip()[-1] in ".!?"
            if not name.startswith(ARTICLES) and not (opens and name.count(" ") < 2):
                yield match.start(), match.end(), "organisation"
        for match in COMPOUND.finditer(text):
            yield match.start(), match.end(), "organisation"
    for pattern in (WORSHIP, SCHOOL):
        for match in pattern.finditer(lowered):
            name = match.group(1)
            if len(name) > 3 and name not in NOT_A_NAME and name not in _frequent():
                yield match.start(), match.end(), "organisation"
