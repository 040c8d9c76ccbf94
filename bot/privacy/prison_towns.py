"""Detention told by the town of a prison: time served there ("did two years in saint-gilles",
"deed drie jaar in merksplas") or a release from a town that is known for its prison only
("sort de lantin vendredi", "komt vrij uit wortel"). The town alone stays a place: people
live in Merksplas and Haren too."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.detention import NUMBER
from bot.privacy.lazy_patterns import lazy

Found = tuple[int, int, str]
PRISONS_ONLY = (
    r"lantin|paifve|jamioulx|merksplas|wortel|hoogstraten|ittre|marneffe|haren|saint-gilles"
    r"|sint-gillis|everberg|saint-hubert|leuze-en-hainaut|leuze|berkendael|andenne"
)
"""Towns said for their prison or youth institution when someone leaves them."""
PRISON_TOWNS = (
    PRISONS_ONLY + r"|vorst|forest|beveren|marche|dendermonde|brugge|bruges|gent|gand|antwerpen"
    r"|anvers|leuven|louvain|hasselt|mons|bergen|tournai|doornik|namur|namen|huy|hoei|dinant"
    r"|arlon|aarlen|mechelen|malines|oudenaarde|ieper|ypres|turnhout|tongeren|nivelles|verviers"
    r"|mol|ruiselede|tongres"
)
LONG = r"jaar|jaren|maanden|maand|ans?|années|mois|years?|months?"
"""Time served: months or years (two days in a town is a visit)."""
SERVED = lazy(
    rf"(?i:\b(?:did|does|deed|doet|zat|served|purge|purgeait|heeft\s+(?:\w+\s+)?gezeten)\s+"
    rf"(?:(?:{NUMBER})\s+)?(?:{LONG})\s+(?:in|à|a|te|at)\s+(?:{PRISON_TOWNS})\b"
    rf"|\b(?:spent|a\s+fait|a\s+passé|avait\s+fait|fait|passé)\s+(?:(?:{NUMBER})\s+)?(?:{LONG})"
    rf"\s+(?:in|à|a|at)\s+(?:{PRISONS_ONLY})\b)"
)
"""Time served in a prison's town: "did two years in saint-gilles", "a fait 3 ans à lantin"
("spent a year in brugge", "a fait 2 ans à namur" may be studies: only prison-only towns)."""
RELEASED = lazy(
    rf"(?i:\b(?:sort|sortira|sortait|sortie|sorti|sortir|est\s+sortie?|libérée?|liberee?"
    rf"|relâchée?|komt|kwam|komen)\s+(?:vrij\s+)?(?:de|d['’]|uit|van)\s*(?:{PRISONS_ONLY})\b"
    rf"|\b(?:released|got\s+out|gets\s+out|came\s+out|comes\s+out|out)\s+(?:from|of)"
    rf"\s+(?:{PRISONS_ONLY})\b)"
)
"""A release from a town known for its prison: "sort de lantin", "kwam vrij uit merksplas"."""
HINT = ("lantin", "paifve", "jamioulx", "merksplas", "wortel", "hoogstraten", "ittre",
        "marneffe", "haren", "gilles", "gillis", "everberg", "hubert", "leuze", "berkendael",
        "andenne", " in ", " à ", " a ", " te ", " at ")  # fmt: skip


def prison_towns(text: str) -> Iterator[Found]:
    """Spans of detention told by the town of a prison."""
    lowered = text.lower()
    if not any(hint in lowered for hint in HINT):
        return
    for match in SERVED.finditer(text):
        yield match.start(), match.end(), "detention"
    for match in RELEASED.finditer(text):
        yield match.start(), match.end(), "detention"
