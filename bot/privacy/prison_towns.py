"""Detention told without a prison word: by the town of a prison, time served there ("did two
years in saint-gilles", "deed drie jaar in merksplas") or a release from a town that is known
for its prison only ("sort de lantin vendredi", "komt vrij uit wortel"); by Flemish "binnen"
with a time or "again" ("zit sinds maandag binnen", "da hij terug binnen zit"), English
"back inside"; by the time still to serve ("da haar papa nog twee jaar moet zitten"). The
town alone stays a place: people live in Merksplas and Haren too; "zit binnen" alone is
indoors."""

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
INSIDE = lazy(
    r"(?i:\bzit\s+(?:(?:sinds\s+\w+|al\s+\w+\s+\w+)(?:\s+(?:terug|weer|opnieuw))?"
    r"|terug|weer|opnieuw|nog\s+altijd)\s+binnen\b(?!\s+(?:te|in\s+huis|in\s+de\s+(?:living|keuken|kamer|zetel)|bij\s+het\s+vuur))"
    r"|\b(?:sinds\s+\w+\s+)?(?:terug|weer|opnieuw)\s+binnen\s+(?:zit|zat|zitten)\b"
    r"|\b(?:is|was|he's|she's|went|goes|got\s+sent)\s+(?:back\s+inside|inside\s+again)\b)"
)
"""Inside, said of a prison: a time or "again" with Flemish "zit binnen", English "back
inside"; not "zit binnen te lezen", "zit binnen in de living"."""
TO_SERVE = lazy(rf"(?i:\bnog\s+(?:(?:{NUMBER})\s+)?(?:{LONG})\s+(?:moet|moeten|moest)\s+zitten\b)")
"""Time still to serve, the Dutch verb last: "da haar papa nog twee jaar moet zitten"."""
HINT = ("lantin", "paifve", "jamioulx", "merksplas", "wortel", "hoogstraten", "ittre",
        "marneffe", "haren", "gilles", "gillis", "everberg", "hubert", "leuze", "berkendael",
        "andenne", " in ", " à ", " a ", " te ", " at ", "binnen", "inside", "zitten")  # fmt: skip


def prison_towns(text: str) -> Iterator[Found]:
    """Spans of detention told by the town of a prison."""
    lowered = text.lower()
    if not any(hint in lowered for hint in HINT):
        return
    for match in SERVED.finditer(text):
        yield match.start(), match.end(), "detention"
    for match in RELEASED.finditer(text):
        yield match.start(), match.end(), "detention"
    if "binnen" in lowered or "inside" in lowered:
        for match in INSIDE.finditer(text):
            yield match.start(), match.end(), "detention"
    if "zitten" in lowered:
        for match in TO_SERVE.finditer(text):
            yield match.start(), match.end(), "detention"
