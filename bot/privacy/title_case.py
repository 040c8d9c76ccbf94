"""#12's thirteenth session (precise16): in a sentence typed In Title Case, a capital tells
no organisation. "He Works At The Station At Night" masked "Station At Night" as an employer
(a capitalised name after a word about work). There, an organisation is kept only where the
same sentence in lower case has one too ("She Works At Colruyt In Halle" still masks
"Colruyt In Halle"); names and places keep their own reading (a short place after a word of
place, "Woont In On", stays masked).

And the other way (#12, the fifteenth session, probe19): words typed in capitals ("MRS KOVACS
refused", "VAN DEN BROECK ANNICK kwam ni opdagen") tell the name rules nothing, as every word
has a capital; a name the same words hold in lower case is a name there too."""

from __future__ import annotations

from collections.abc import Callable

from bot.privacy.gazetteer import fold, gazetteer
from bot.privacy.lazy_patterns import lazy
from bot.privacy.overlaps import capitalised_throughout

Found = tuple[int, int, str]


def titled(text: str) -> bool:
    """Whether every word of `text` starts with a capital (and not all its letters are)."""
    return text.istitle() and not text.isupper() and capitalised_throughout(text)


def organisations_read_lower(
    text: str, found: list[Found], rescan: Callable[[str], list[Found]]
) -> list[Found]:
    """`found` without the organisations that the lower-case reading of `text` lacks, and
    each kept one no wider than that reading's: capitals say no name goes on ("Au Chu De
    Charleroi Pour Son Coeur": #12, forty-seventh session)."""
    reading = rescan(text.lower())
    lower = [(s, e) for s, e, kind in reading if kind == "organisation"]
    kept = []
    for start, end, kind in found:
        if kind != "organisation":
            kept.append((start, end, kind))
        elif read := [(s, e) for s, e in lower if s < end and start < e]:
            cut = max(e for _, e in read)
            if DANGLING.search(text, max(0, cut - 5), cut):
                cut = end  # "Institut Notre-Dame De La | Sagesse" read lower: no end there
            elif (town := TOWN_NEXT.match(text, cut)) and fold(town.group(1)) in gazetteer().names:
                cut = min(end, town.end())  # "Clinique Saint-Luc | De Bouge": its town stays in
            kept.append((max(start, min(s for s, _ in read)), min(end, cut), kind))
            kept += [f for f in reading if cut <= f[0] and f[1] <= end and f[2] != "organisation"]
    return kept  # and what the cut-off words hold: "Basisschool De Regenboog | In [Jette]"


TOWN_NEXT = lazy(r"(?i:\s+(?:de|du|van|te)\s+([^\W\d_][\w'’-]*))")
DANGLING = lazy(r"(?i:\b(?:de|la|le|les|du|des|l['’]|van|het|den|der|the|of)\s*$)")
"""A lower-case reading that stops on a particle ("institut notre-dame de la") found no end."""


SHOUTED = lazy(r"(?<![\w'’-])[A-ZÀ-Ý]{2,}(?:[ '’-]+[A-ZÀ-Ý]{2,})+(?![\w'’-])")
"""Two or more words in capitals in a row."""


def shouted_names(
    text: str, found: list[Found], rescan: Callable[[str], list[Found]]
) -> list[Found]:
    """`found` and the names that the runs of capitals hold when read in lower case."""
    if text.islower():
        return found  # most notes: no capital at all
    runs = [match.span() for match in SHOUTED.finditer(text)]
    if not runs:
        return found
    pieces, position = [], 0
    for start, end in runs:
        pieces += [text[position:start], text[start:end].lower()]
        position = end
    lowered = "".join([*pieces, text[position:]])
    if len(lowered) != len(text):
        return found
    taken = [(start, end) for start, end, _ in found]
    extra = [
        (start, end, kind)
        for start, end, kind in rescan(lowered)
        if kind == "name"
        and any(s <= start and end <= e for s, e in runs)
        and not any(s < end and start < e for s, e in taken)
    ]
    return sorted([*found, *extra], key=lambda span: span[0]) if extra else found
