"""A form of address, a lower-case initial and a surname: "gesprek met mr f. delvaux",
"called mr p. turner", "mevr. a. peeters" (review38b's leads, own sentences). The rules read
a word after a title as a name, but an initial between them hid the title; and an initial
was joined to a name only in capitals ("J. Janssens"). After a title the initial and the
word after it are one person, in any case; the full stop after the initial is required:
"mme a appelé" is a verb."""

from __future__ import annotations

import re

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, cues

TITLES = cues()["titles"]
TITLE = r"(?<![\w.])(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")\.?\s+"
"""A form of address and its full stop, if any: the longest first ("mevr" before "mev")."""
TITLE_AND_INITIAL = TITLE + r"[a-z]\.\s?"
TITLED_INITIAL = lazy(rf"(?i:{TITLE_AND_INITIAL}$)")
"""A title and an initial right before a surname: "mr f. ", "mevr. a. "."""
TITLED_INITIAL_IN_TEXT = lazy(rf"(?i:{TITLE_AND_INITIAL}\w)")
"""The same anywhere in a text: one scan before the loop over its words."""
CALLS = frozenset(["bel", "belde", "bellen", "terugbellen", "mailen", "call", "back", "called",
                   "ring", "rang", "phone", "text", "email", "appeler", "rappeler", "appelé",
                   "contacter", "contacté", "met", "with", "avec", "chez", "bij"])  # fmt: skip
"""Before an initial and a surname, a verb of calling or a "with" works as a title does: "call
back b. mahieu on", "bel j. claes morgen" (review41a's shape, own sentences)."""
CALLED_INITIAL = lazy(r"(?i:\b(?:" + "|".join(sorted(CALLS)) + r") [a-z]\. ?\w)")


def titled_initial_names(
    text: str, matches: list[re.Match[str]], lowered: list[str], lexicon: Lexicon
) -> dict[int, bool]:
    """Start of each word after a title and an initial -> True."""
    if ". " not in text:
        return {}
    if TITLED_INITIAL_IN_TEXT.search(text) is None and CALLED_INITIAL.search(text) is None:
        return {}
    found: dict[int, bool] = {}
    for i in range(2, len(matches)):
        initial, title = matches[i - 1], lowered[i - 2]
        leads = title in TITLES or title in CALLS
        if len(initial.group()) != 1 or not leads or not lowered[i].isalpha():
            continue
        if text[initial.end() : matches[i].start()] not in (". ", ".") or len(lowered[i]) < 2:
            continue
        if text[matches[i - 2].end() : initial.start()] not in (" ", ". "):
            continue
        word = lowered[i]
        listed = word in lexicon.last or word in lexicon.first or word in lexicon.homographs
        if listed or not lexicon.is_word(word):
            found[matches[i].start()] = True  # "mr p. turner"; not "mr f. and the kids"
    return found


def titled_initial_before(text: str, begin: int) -> int:
    """Where a name starts when a title and a lower-case initial stand before it."""
    found = TITLED_INITIAL.search(text, max(0, begin - 16), begin)
    if not found:
        return begin
    letter = text.rfind(".", found.start(), begin)
    return letter - 1


ABBREVIATIONS = frozenset(
    """i.e. e.g. o.a. a.s. z.s. p.s. n.b. a.u.b. m.a.w. d.w.z. z.s.m. i.p.v. t.a.v. m.b.t. n.a.v.
    o.b.v. i.v.m. t.e.m. t.o.v. a.d.h.v. c.à.d. c.a.d. p.ex. s.v.p. e.a. v.z.w. n.v.t.
    b.v. p.v. o.k. u.k. v.s. t.v. w.c. g.s.m. r.i.p. f.y.i. a.k.a. e.h.b.o. c.v. s.d.f.
    n.v. b.v.b.a. o.c.m.w. c.p.a.s. c.a.w. v.d.a.b. k.g. d.m.v. z.o.z. p.o. u.s. e.u. a.o.
    b.t.w. t.b.v. m.v.g. d.d. r.v.p. q.g. s.a. c.d. d.j.""".split()  # noqa: SIM905
)
"""Dotted abbreviations a verb, "niet" or a family word may follow ("p.v. niet ontvangen",
"o.k. mama belt", "r.i.p. opa": a second reader's own sentences); "a.m." and "p.m." are
initials too ("a.m. belde"), a time only after a number."""

RANKS = frozenset(["oudste", "jongste", "middelste", "aîné", "aînée", "aine", "ainee", "cadet",
                   "cadette", "benjamin", "eldest", "oldest", "youngest", "middle"])  # fmt: skip

FILES = frozenset(["dossier", "dossiers", "file", "fiche", "case", "cliënt", "client", "klant"])

RELEASED = frozenset(["released", "vrijgelaten", "vrijgekomen", "libéré", "libérée", "arrested",
                      "opgepakt", "aangehouden", "arrêté", "arrêtée", "admitted", "hospitalisé",
                      "hospitalisée", "connu", "connue"])  # fmt: skip
"""What happens only to a person right after their initials: "s.b. released from" (probe67)."""

YOUNG = frozenset(["teenager", "tiener", "ado", "adolescent", "adolescente", "minor", "mineur",
                   "mineure", "minderjarige", "kid", "kind", "child", "enfant"])  # fmt: skip
"""A young person's word in brackets after initials: "j.d. (teenager)" (probe68)."""

DONE_TO = frozenset(["referred", "doorverwezen", "verwezen", "orienté", "orientée", "envoyé",
                     "envoyée", "signalé", "signalée", "aangemeld"])  # fmt: skip
"""What is done to a person right after their initials, by someone: "r.t. referred by …"
(probe55). A detail's kind after them ("k.d. tel …") was tried and withdrawn: services are
written so too ("c.l.b. tel", "a.z. tel spoed": a reader's regressions)."""
