"""A shop named by a person's name: the kind right before a name the name rules found, after
a preposition, is the shop's name with it ("schulden bij coiffure nathalie", "kapsalon
hairstyle marleen is failliet", "la patronne de institut beauté flore": #12, fifty-sixth
session, probe209; the writers mark the kind and the name as one organisation). The span
grows over the kind; what it hides is still a name's."""

from __future__ import annotations

from collections.abc import Sequence

from bot.privacy.lazy_patterns import lazy

SHOP_BEFORE = lazy(
    r"(?i:\b(?:bij|chez|in|at|van|de|à|au|du|envers|naar|voor|from|for|of|kapsalon|kapsaln)\s+"
    r"((?:coiffure|kapsalon|hairstyle|haarmode|kapperszaak|optiek|optique|bakkerij|boulangerie"
    r"|institut\s+beaut[ée]|beauty\s+(?:studio|salon|center|centre|lounge)|nails\s+by|hair\s+by"
    r"|frituur|friterie|traiteur|kinderopvang)\s+)$)"
)
"""The kind, and the preposition (or the word for a salon) before it."""


def shop_start(text: str, start: int, claimed: Sequence[tuple[int, int]]) -> int:
    """Where a name's span starts once a shop's kind before it is taken in (not over a span
    claimed before)."""
    kind = SHOP_BEFORE.search(text, max(0, start - 40), start)
    if kind is None or any(s < start and e > kind.start(1) for s, e in claimed):
        return start
    return kind.start(1)
