"""E-mail addresses typed with a space around "@" or their last dot, which `contacts.EMAIL`
cuts short: "jolien.peeters@gmail .com" kept " .com", "lea_m@outlook. com" kept "com", and
"fatou.diallo @ gmail" (a known provider, its ending left out) was no address at all. The
whole address is one span, read before `contacts`' own patterns so that they cannot claim
a part of it. "@" with a space on its left and a public service's site after it is the
word "at", no one's address ("we zien elkaar @ ocmw.gent"): see `public_at`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon

Found = tuple[int, int, str]

ENDINGS = r"com|be|net|org|fr|nl|de|eu|lu|info|uk|io|ma|tr|ro|pl|bg|es|it|me|ch"
"""Endings of addresses spaced out or said ("hotmail . com", "dot ma"), here and in `contacts`;
any ending after a plain dot."""
PROVIDERS = (
    r"gmail|hotmail|outlook|yahoo|skynet|telenet|proximus|live|icloud|msn|protonmail|proton"
    r"|orange|voo|scarlet|gmx|aol|mail"
)
LOCAL = r"[\w+-]{1,64}(?:(?:\.|\s\.\s)[\w+-]+){0,16}"
"""The part before "@", its dots with a space on both sides or none: "lien . dewit"; at most
16 of them, so that a long chain of " . " is not read again from each of its words."""
SPACED = lazy(
    rf"(?i:(?<![\w.+-]){LOCAL}\s?@\s?[\w-]+(?:(?:\.|\s\.\s)[\w-]+){{0,16}}"
    rf"(?:\s\.\s?|\.\s|\s?,\s)(?:{ENDINGS})\b)"
)
"""A space before or after the last dot, or a comma for it: "jolien.peeters@gmail .com",
"fatima.b@gmail , com"."""
PROVIDER = lazy(
    rf"(?i:(?<![\w.+-]){LOCAL}\s@\s?(?:{PROVIDERS})\b"
    rf"(?:(?:\.|\s(?:dot|punt|point)\s)(?:{ENDINGS})\b)?)"
)
"""A space before "@" and a known provider, its ending perhaps left out or its dot said:
"fatou @ gmail", "fatou93 @ yahoo point fr"."""
SERVICES = (
    r"(?:www\.)?(?:ocmw|cpas|caw|vdab|actiris|forem|stad|gemeente|commune|ville|kindengezin|one"
    r"|onem|rva|riziv|inami|clb|pms|politie|police|mutualiteit|mutualite|cm|helan|partena"
    r"|solidaris|vlaanderen|wallonie|belgium|fgov|brussels|bruxelles|huurdersbond|jac|tejo|awel"
    r"|zelfmoord1813|1712)\b"
)
PUBLIC = lazy(rf"(?i:\s@\s*{SERVICES})")
"""A public service's site after "@" and a space: "@ ocmw.gent", "@ vdab.be"."""


PUBLIC_SITE = lazy(rf"(?i:(?<=\s@)\s*({SERVICES}(?:\.[\w-]+)+))")
"""The public site itself, claimed and kept, so that no place rule masks a part of it."""


def spaced_emails(text: str) -> Iterator[Found]:
    """Addresses with a space inside that `contacts.EMAIL` reads only in part."""
    if "@" not in text:
        return
    for pattern in (SPACED, PROVIDER):
        for match in pattern.finditer(text):
            found = match.group()
            if not re.search(r"\s", found) or public_at(found):
                continue
            local = found.split("@")[0].strip().lower()
            if pattern is PROVIDER and local in lexicon().words:
                continue  # "she works @ gmail": a word before " @ ", no one's address
            yield match.start(), match.end(), "email"
    for match in PUBLIC_SITE.finditer(text):
        yield match.start(1), match.end(1), "label"  # claimed, kept: "gent" of "ocmw.gent"


def public_at(found: str) -> bool:
    """`found` has "@" after a space and a public service's site after it: the word "at"."""
    return PUBLIC.search(found) is not None
