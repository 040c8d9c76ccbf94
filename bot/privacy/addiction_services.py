"""Addiction services whose name is an everyday word: "wil naar de sleutel voor begeleiding",
"afkicken in de kiem" (five tuning sets by five writers). "de sleutel" is a key and "de kiem" a
germ anywhere else, so the name counts only after a preposition of going or staying, in a note
that speaks of drugs or drink; the article is part of the name, as the writers label it."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.category_cues import words_of
from bot.privacy.lazy_patterns import lazy

Found = tuple[int, int, str]
NAMED = lazy(r"(?i:\b(?:naar|bij|in|via|van|uit)\s+(de\s+(?:sleutel|kiem))\b(?![\w'’-]))")
USE = frozenset(
    """coke cocaïne cocaine drugs drug gebruik gebruikt gebruiken gebruikte clean afkicken
    afkickt afgekickt ontwenning verslaafd verslaving heroïne heroine methadon alcohol drank
    drinkt zuipt cannabis wiet crack speed xtc pillen gokken gokverslaving""".split()  # noqa: SIM905
)
"""Words of use or withdrawal: the note is about an addiction."""


def addiction_services(text: str) -> Iterator[Found]:
    lowered = text.lower()
    if "sleutel" not in lowered and "kiem" not in lowered:
        return
    if USE.isdisjoint(words_of(text)):
        return
    for match in NAMED.finditer(text):
        yield match.start(1), match.end(1), "organisation"
