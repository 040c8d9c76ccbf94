"""A first name and a surname with "van der"/"van den": "pieter van der berg (dutch)",
"sofie vanden meer belde" (#12, fifty-sixth session, probe208). The surnames lists hold
"van der linden", not every word after the particle ("berg", "meer", "kuip" are Dutch
words), so the first name was masked alone. Today's Dutch says "van de" and "van het";
"der"/"den" after "van" are a surname's, and the word after them is its name. Not "van de"
("rose van de nagelstudio": where she works)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.privacy.lazy_patterns import lazy

VAN_DER = lazy(r"(?i:\s(?:van\s+der|van\s+den|vander|vanden)\s+([^\W\d_][\w'’-]{2,})(?![\w'’-]))")
IDIOMS = frozenset(["beginne", "lijve", "huize", "eerste", "tweede", "derde", "vierde", "vijfde",
                    "zesde", "zevende", "achtste", "negende", "tiende", "laatste"])  # fmt: skip
"""Old datives that follow "van den" in set phrases ("van den beginne"), and floors said in
dialect ("dirk van den tweede verdiep": probe74)."""


def van_der_end(text: str, end: int, claimed: Sequence[tuple[int, int]]) -> int:
    """Where a first name's span ends once the surname after it is taken in (not over a span
    claimed before)."""
    after = VAN_DER.match(text, end)
    if after is None or after.group(1).lower() in IDIOMS:
        return end
    if any(s < after.end() and e > end for s, e in claimed):
        return end
    return after.end()
