"""National register and BIS numbers typed loosely after their cue, which
`patterns.national_numbers` leaves: spaces around the dashes ("rrn: 76 06 30 - 312 - 83")
or a letter O for a zero ("rrn 8O063031283", next to each other on a phone's keyboard).
Only after a cue (rrn, insz, niss, rijksregister, bis, …) and only when the digits start
with a date of birth (a BIS month too): a phone number after "12 bis" starts with "04"
and is left to the phone rules, a house number's "bis" is none, and a file's number after
its word ("dossier 2024 - 1234 - 56") stays unless it has a national number's eleven digits
("rr nr … klopt niet in dossier: 71 11 04 - 233 18", probe186)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.loose_ids import REFERENCE, in_belgian_iban
from bot.privacy.patterns import DATE_SHAPED, NATIONAL_CONTEXT, ibans

Found = tuple[int, int, str]

LOOSE = lazy(r"(?<![\w.,+])\d(?:(?:\s?[-./]\s?|\s)?[\dOo]){9,11}(?![\w]|[.,]\d)")
"""Ten to twelve digits (an "O" among them), each group apart by a space, a dash, a dot or
a slash with spaces around it."""
CUE_REACH = 50
HOUSE_BIS = lazy(r"(?i:\d\s*bis$)")
"""A house number's "bis" ("rue haute 12 bis") is no BIS number's cue."""


def cued_national_numbers(text: str) -> Iterator[Found]:
    """Loosely typed national numbers right after their cue."""
    if sum(map(str.isdigit, text)) < 9:  # ten digits, one of them perhaps an "O"
        return
    for match in LOOSE.finditer(text):
        digits = "".join(
            ch for ch in match.group().replace("O", "0").replace("o", "0") if ch.isdigit()
        )
        if not 10 <= len(digits) <= 12 or DATE_SHAPED.match(digits) is None:
            continue
        before = max(0, match.start() - CUE_REACH)
        if len(digits) != 11 and REFERENCE.search(text, before, match.start()):
            continue  # "dossier 2024 - 1234 - 56": a service's own number
        cues = NATIONAL_CONTEXT.finditer(text, before, match.start())
        cued = any(not HOUSE_BIS.search(text, max(0, cue.start() - 6), cue.end()) for cue in cues)
        if cued and not _in_an_iban(text, match.start(), match.end()):
            yield match.start(), match.end(), "national_id"


def _in_an_iban(text: str, start: int, end: int) -> bool:
    """ "niss 52.12.16-800.90 compte BE60 1434 1227 6070": the account's digits after the
    cue are no second national number (the label kept "BE60" in sight), nor are a Belgian
    account's with wrong check digits ("rek be43 0612 1187 7703")."""
    if in_belgian_iban(text, start):
        return True
    return any(a <= start and end <= b for a, b, _ in ibans(text))
