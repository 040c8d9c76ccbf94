"""A first name and the surname after it held together across a particle (#12, fifty-eighth
session): "marieke van der linden", "mariette vd eynde", "hanne vd velde". The name rules find
the first name, and sometimes the surname's last word, but leave the particle, or the particle
and its word: half a surname still identifies.

Two names with only a particle between them are one name. After a first name, a particle and a
word of no list (a surname the lists hold only as a surname, or none) finish the name; a word
of the lists ("hanne de hele dag", "sofie vd buurtwerking", "victor du bosquet": "bosquet" is a
French word), a town or a word claimed by another detail stops it."""

from __future__ import annotations

from collections.abc import Sequence

from bot.privacy.compounds import frequent
from bot.privacy.gazetteer import fold, gazetteer
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon

PARTICLES = (
    r"van\s+(?:de|der|den)|vande|vander|vanden|vd|v\.d\.|de\s+la|de|den|der|du|ben|bin|ibn"
    r"|el|da|dos|di|del|della|von"
)
"""Not "van", "le" or "ter" alone: "rose van hiernaast", "grace le week-end" say where or
when."""
BETWEEN = lazy(rf"\s+(?:{PARTICLES})\s+")
"""Only a particle between two names: "marieke [van der] linden"."""
PARTICLE_WORD = lazy(
    rf"\s+(?:(?:{PARTICLES})\s+|de\s+l['’]\s*)(?![^\W\d_]['’])"
    r"([^\W\d_][\w'’-]{2,})(?![\w'’-])"
)
"""A particle and a word right after a first name: "mariette [vd eynde]"; not an elided
article's word ("espoir de l'école")."""


def particle_joins(
    text: str, found: list[tuple[int, int, str]], lexicon: Lexicon
) -> list[tuple[int, int, str]]:
    """`found` with names split by a particle joined, and first names given the particle
    surname that follows them."""
    lowered = text.lower()
    taken = [(start, end) for start, end, kind in found if kind != "name"]
    joined: list[tuple[int, int]] = []
    for start, end in sorted((start, end) for start, end, kind in found if kind == "name"):
        if joined and (between := BETWEEN.fullmatch(lowered, joined[-1][1], start)):
            joined[-1] = (joined[-1][0], between.end() + (end - start))
            continue
        joined.append((start, end))
    named = [_with_surname(lowered, span, joined, taken, lexicon) for span in joined]
    return [*((s, e, k) for s, e, k in found if k != "name"), *((s, e, "name") for s, e in named)]


def _with_surname(
    lowered: str,
    span: tuple[int, int],
    named: list[tuple[int, int]],
    taken: Sequence[tuple[int, int]],
    lexicon: Lexicon,
) -> tuple[int, int]:
    start, end = span
    if lowered[start:end].split()[-1] not in lexicon.first:
        return span
    match = PARTICLE_WORD.match(lowered, end)
    if match is None:
        return span
    word = match.group(1)
    surname = not lexicon.is_word(word)  # "vd eynde"; "van de buren", "vd buurtwerking" stay
    if not surname or word in frequent() or fold(word) in gazetteer().names:
        return span
    if any(a < match.end() and end < b for a, b in [*taken, *named] if (a, b) != span):
        return span
    return start, match.end()
