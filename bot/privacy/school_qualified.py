"""Schools whose kind carries its network or track, and the name after it in lower case:
"technisch instituut westhoek", "koninklijk atheneum de vesten", "vti de kruishoek". The
qualifier makes the kind a school's own name, so the words after it to the clause's end are
its name, words or not ("technisch instituut heilig hart"); seven such names were missed on
the tuning sets (#12, forty-eighth session). Without a qualifier ("instituut voor tropische
geneeskunde", "het instituut belt") the kind alone says too little."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent, plain_word
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues, lexicon
from bot.privacy.school_names import STOP, WORD, words_of_a_name, words_to_clause_end

Found = tuple[int, int, str]
QUALIFIED = lazy(
    r"(?<![\w'’-])(?:(?:technisch|technische|koninklijk|koninklijke|stedelijk|stedelijke"
    r"|gemeentelijk|gemeentelijke|provinciaal|provinciale|katholiek|katholieke|vrij|vrije"
    r"|beroeps)\s+(?:instituut|atheneum|lyceum|college|middenschool|scholengroep|campus)"
    r"|(?:ti|vti|kta|gti|sti|pti|vtst|kti))\s+"
    rf"((?:de|het|'t|den|ter|ten)\s+)?({WORD})(?:\s+({WORD}))?"
)
"""The qualified kind (or a technical school's initials), an article perhaps, two words."""
ENDS = lazy(
    r"\s*(?:[,.;:!?)(]|$)|\s+(?:in|te|en|sinds|want|maar|omdat|waar|ivm|à|et|and|since|met"
    r"|avec|with|op|voor|for|pour|is|zit|heeft|has|wil)\b"
)
"""Where the school's name ends: a pause, the note's end, or a word that starts what is said
about it."""
HINT = lazy(r"instituut|atheneum|lyceum|college|middenschool|scholengroep|campus|\bv?ti\b"
            r"|\bkta\b|\bgti\b|\bsti\b|\bpti\b|\bvtst\b|\bkti\b")  # fmt: skip
VERBS = cues()["verbs"]


def qualified_schools(lowered: str) -> Iterator[Found]:
    """Spans of schools named after a qualified kind, in a lower-cased text."""
    if HINT.search(lowered) is None:
        return
    for match in QUALIFIED.finditer(lowered):
        parts = [match.group(i) for i in (2, 3) if match.group(i)]
        if not _opens_a_name(parts[0], match.group(1) is not None, match.group().split()[0]):
            continue  # "technisch instituut richting lassen", "kta houtbewerking"
        kept = words_of_a_name(parts, STOP | VERBS)
        if kept == 2 and plain_word(parts[1], lexicon()) and parts[0] not in frequent():
            kept = 1  # "technisch instituut westhoek verwittigd": a name, then what was done
        else:
            kept = words_to_clause_end(ENDS, lowered, [match.end(n + 2) for n in range(kept)])
        if kept:
            yield match.start(), match.end(kept + 1), "organisation"


SAINTLY = frozenset(["heilig", "heilige", "sint", "onze", "noord", "zuid", "oost", "west"])
"""Frequent words that open a school's name: "technisch instituut heilig hart"."""
INITIALS = frozenset(["ti", "vti", "kta", "gti", "sti", "pti", "vtst", "kti"])
SCHOOL_WORDS = frozenset(["attest", "attesten", "diploma", "getuigschrift", "rapport", "examen",
                          "examens", "stage", "richting", "graad", "afdeling", "opleiding",
                          "klas", "klassen", "jaar", "leerjaar", "lessen", "les", "tso", "bso",
                          "aso", "kso", "okan", "internaat", "refter", "speelplaats"])  # fmt: skip
"""What a school gives or has, after its kind: "technisch instituut attest b gekregen"."""


def _opens_a_name(word: str, article: bool, kind: str) -> bool:
    """Whether the first word after the kind starts a name: not a frequent word (a track, a
    time, a person, a pronoun: "richting", "vroeger", "mama", "hem", "derde", reader48c) unless
    a saint's or the compass's; after bare initials not a plain word at all ("kta
    houtbewerking" is a track)."""
    if word.startswith(("sint-", "st-", "heilig-")) or word in SAINTLY:
        return True
    if word in SCHOOL_WORDS:
        return False
    if article:
        return True  # "technisch instituut de brug": who is there is `STOP`'s
    if word in frequent():
        return False
    return kind not in INITIALS or not plain_word(word, lexicon())
