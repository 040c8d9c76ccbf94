"""The shape of each country's IBAN: its length and which places hold digits or letters.

A text cut at random ("in 2019 verhuisde") passes the mod-97 check once in 97 tries, so the
check alone masked ordinary sentences; a known country with its exact length and layout
does not. The layouts are the SWIFT IBAN registry's, read from python-stdnum's copy of it
(`stdnum.numdb`, the data its own `iban.validate` checks against), plus the African
countries whose banks issue IBANs outside the registry (Morocco, Algeria, the UEMOA and
CEMAC countries), where only the length is checked.
"""

from __future__ import annotations

import re
from functools import cache

OUTSIDE_REGISTRY = {
    **dict.fromkeys(("MA", "SN", "CI", "ML", "BF", "BJ", "NE", "TG", "GW"), "24!c"),
    **dict.fromkeys(("CM", "CG", "GA", "TD", "CF", "GQ", "MG"), "23!c"),
    "DZ": "22!c",
}
"""Basic bank account layouts of countries the registry leaves out: their length only."""
CLASSES = {"n": "[0-9]", "a": "[A-Z]", "c": "[A-Z0-9]"}
PART = re.compile(r"(\d+)!([nac])")


@cache
def _layout(country: str) -> tuple[re.Pattern[str], int] | None:
    """`country`'s whole IBAN as a pattern, and its length; None: no IBANs there."""
    from stdnum import numdb  # at first use: reading the registry is no start-up work

    bban = OUTSIDE_REGISTRY.get(country)
    if bban is None and len(country) == 2 and country.isalpha():
        bban = numdb.get("iban").info(country)[0][1].get("bban")
    if not bban:
        return None
    parts = PART.findall(bban)
    pattern = "".join(f"{CLASSES[kind]}{{{size}}}" for size, kind in parts)
    return re.compile(rf"{country}[0-9]{{2}}{pattern}"), 4 + sum(int(size) for size, _ in parts)


def iban_length(country: str) -> int | None:
    """How many letters and digits an IBAN of `country` (upper case) has, if it has IBANs."""
    layout = _layout(country)
    return None if layout is None else layout[1]


def fits_country(compact: str) -> bool:
    """`compact`, upper case without separators, has its country's exact IBAN layout."""
    layout = _layout(compact[:2])
    return layout is not None and layout[0].fullmatch(compact) is not None


def fits_with_a_slip(compact: str) -> bool:
    """`compact` (upper case, no separators) fits its country's layout once one character is
    added or dropped: "NL61RABO445677482", a digit short, is still a Dutch IBAN's shape."""
    if iban_length(compact[:2]) is None:
        return False
    head, rest = compact[:4], compact[4:]
    dropped = (head + rest[:k] + rest[k + 1 :] for k in range(len(rest)))
    added = (head + rest[:k] + "0" + rest[k:] for k in range(len(rest) + 1))
    return any(fits_country(candidate) for candidate in (*dropped, *added))
