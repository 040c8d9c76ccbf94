"""A firm, shop or school found together with the town it is in after "à", "te" or "at"
("delhaize à marche", "bekaert te zwevegem") is masked as two details, the firm and the town,
with the preposition kept between them: the note still reads, each detail is masked as what it
is. Not after "in" ("colruyt in ninove"): writers label that as one name as often as two, and
the two-detail reading cost recall on three sets (thirty-first session); nor a kind alone that
its town names ("l'hôpital à mons", "aux scouts à waterloo")."""

from __future__ import annotations

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.organisations import KIND_WORD, LEGAL_FORMS
from bot.privacy.overlaps import a_lone_article
from bot.privacy.places import place_names

ARTICLE = lazy(r"^(?:(?:the|het|de|la|le|les|aux|au|du|l['’]|'t)\s*)+")
IN_TOWN = lazy(r"(?i:\s+(?:à|a|te|at)\s+)")
"""The words that put a firm in its town; "van", "de" belong to a name ("atheneum van halle")."""


def town_apart(text: str, start: int, end: int) -> int:
    """Where the firm from `start` to `end` stops: before one of IN_TOWN and a place name that
    runs to the span's end and that the place recogniser masks there by itself (it reads "te
    balen", "à lot" as words: those stay inside the firm's span), else at `end`."""
    for match in IN_TOWN.finditer(text, start, end):
        if match.start() == start:
            continue
        firm = ARTICLE.sub("", text[start : match.start()].lower())
        generic = KIND_WORD.fullmatch(firm) or firm in LEGAL_FORMS  # "scouts", "chiro"
        if generic or all(word in frequent() for word in firm.split()):
            continue  # not "l'hôpital à mons", "aux scouts à waterloo": a kind, named by its town
        kept = any(a < end and match.end() < b for a, b in lexicon().keep.spans(text))
        kept = kept or a_lone_article(text, match.end(), end)  # "à eine": the scrubber keeps it
        if not kept and (match.end(), end, "place") in set(place_names(text)):
            return match.start()  # the town is masked on its own; never "colruyt te balen"
    return end
