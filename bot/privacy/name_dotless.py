"""Initials typed loosely. Two without their full stops ("bij jp thuis", "gj zijn broer", "pj
zegt"): a person only where a note puts one (opening it or after "bij", "met", "chez") and
where a person's word follows (a possessive, "thuis", a verb of saying); two consonants are
also the shorthand of the notes ("hb is goed verlopen", "pv opgemaakt", "tv kapot"): those are
listed. One opening a note before who they are in brackets: "w. (le voisin) dit" (probe71)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues

Found = tuple[int, int, str]
DOTLESS = lazy(
    r"(?i:(?:^\s*|[.;:!?]\s+|\b(?:bij|met|chez|avec|with|voor|pour)\s+)"
    r"([bcdfghjklmnpqrstvwxz]{2})(?=\s+(?:zijn|haar|z['’]n|zn|thuis|zegt|zei|belde|says|said"
    r"|called|dit|a\s+dit|est\s+passé|kwam)\b))"
)
SHORTHAND = frozenset(
    """hb nb ps pv cv tv wc kg km mr dr st vb bv nv rv rr nn pc pz gp ct mg ml cm mm hr sp cd dj
    fb bb gb mb kb wz vz tb hp pp ss rx dl jl tl cc""".split()  # noqa: SIM905
)
"""Shorthand of the notes and of units: never someone's initials."""
OPENING_ROLE = lazy(
    r"(?i:^\s*([b-z])\.?\s*\(\s*(?:(?:le|la|de|het|the|l['’])\s*)?([a-zà-ÿ]+)\s*\))"
)
"""One initial opening a note and a family word or role in brackets after it."""


def dotless_initials(text: str) -> Iterator[Found]:
    """Each pair of initials without full stops where a person stands."""
    if len(text) < 5:
        return
    for match in DOTLESS.finditer(text):
        if match.group(1).lower() not in SHORTHAND:
            yield match.start(1), match.end(1), "name"
    role = OPENING_ROLE.match(text)
    if role is not None and role.group(2).lower() in cues()["relations"]:
        yield role.start(1), role.end(1), "name"
