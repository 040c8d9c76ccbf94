"""Shopping said right before a listed firm names a shop, not an employer ("boodschappen
gedaan in de colruyt")."""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy

SHOPPING = lazy(
    r"(?i:\b(?:boodschappen|inkopen|courses|achats|shopping|groceries)\b[^.;:!?\n]{0,25}?"
    r"\b(?:in|bij|chez|au|aux|à|at)\s+(?:(?:de|het|la|le|the)\s+|l['’])?$)"
)
"""A shop named where someone shops ("boodschappen gedaan in de colruyt", "courses au lidl"):
a place, not an employer, though the sentence goes on about the checkout (review48a)."""


def shopped_at(text: str, start: int) -> bool:
    """True when shopping is said right before the shop at `start`."""
    return SHOPPING.search(text, max(0, start - 45), start) is not None
