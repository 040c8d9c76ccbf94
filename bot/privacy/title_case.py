"""#12's thirteenth session (precise16): in a sentence typed In Title Case, a capital tells
no organisation. "He Works At The Station At Night" masked "Station At Night" as an employer
(a capitalised name after a word about work). There, an organisation is kept only where the
same sentence in lower case has one too ("She Works At Colruyt In Halle" still masks
"Colruyt In Halle"); names and places keep their own reading (a short place after a word of
place, "Woont In On", stays masked)."""

from __future__ import annotations

from collections.abc import Callable

from bot.privacy.overlaps import capitalised_throughout

Found = tuple[int, int, str]


def titled(text: str) -> bool:
    """Whether every word of `text` starts with a capital (and not all its letters are)."""
    return text.istitle() and not text.isupper() and capitalised_throughout(text)


def organisations_read_lower(
    text: str, found: list[Found], rescan: Callable[[str], list[Found]]
) -> list[Found]:
    """`found` without the organisations that the lower-case reading of `text` lacks."""
    lower = [(s, e) for s, e, kind in rescan(text.lower()) if kind == "organisation"]
    return [
        (start, end, kind)
        for start, end, kind in found
        if kind != "organisation" or any(s < end and start < e for s, e in lower)
    ]
