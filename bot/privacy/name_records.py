"""A note that opens like a record: one to three words and a date of birth ("kouassi joy
03-02-1998 registre bis …", probe81): the words are whom the record is about when each could
be a name (no frequent word, no cue such as "mvr" or "rrn") and one is a listed name. A name
beside its short form in brackets: "ibo (ibrahim) hangt rond" (probe82). And initials opening
the note: "t.k. back from", "sevda k. kwam zelf" (probe81, probe85, probe86)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues, lexicon
from bot.privacy.name_cues import frequent
from bot.privacy.name_initials import ABBREVIATIONS
from bot.privacy.name_vetoes import NO_NAMES

Found = tuple[int, int, str]
BIRTH_RECORD = lazy(
    r"\s*((?:[^\W\d_][\w'’-]+\s+){0,2}[^\W\d_][\w'’-]+)\s*,?\s+"
    r"(?:°\s*)?\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d\b"
)
"""From the note's start: the words, then the date written in figures."""
WORD = lazy(r"[^\W\d_][\w'’-]+")
RECORD_WORDS = frozenset(
    """rijksregister rrn insz niss ddn dob geb gbd gebdat geboortedatum geboren born née registre
    register bis date datum naissance birth""".split()  # noqa: SIM905
)
"""The cues of a record's number or date, which open such notes too: "rrn 85.07.12-…"."""
SHORT_FORM = lazy(r"(?<![\w'’-])([^\W\d_][\w'’-]{2,})\s*\(\s*([^\W\d_][\w'’-]{2,})\s*\)")
"""A word and one word in brackets."""
VOWEL = lazy(r"[aeiouyàâéèêëïîôöûü].*[aeiouyàâéèêëïîôöûü]|[aeiouy][^aeiouy]*$")
"""Two vowels, or one in a short form ("ibo", "mo"): an acronym ("clb", "vdab") has fewer."""


def _could_be_a_name(lowered: str) -> bool:
    """No frequent word, form of address or record's cue; a listed name, or a word of no list."""
    names = lexicon()
    if lowered in frequent() or lowered in cues()["titles"] or len(lowered) < 3:
        return False
    if lowered in RECORD_WORDS or lowered.endswith(("nr", "nummer", "number", "numéro")):
        return False
    return lowered not in names.words or names.is_name(lowered)  # no compound split: "kouassi"


def record_names(text: str) -> Iterator[Found]:
    """Spans of the words opening a record before a date of birth, of a name's short form
    beside it in brackets, and of initials opening the note."""
    record = BIRTH_RECORD.match(text) if text[:1].isalpha() or text[:1].isspace() else None
    if record is not None:
        words = [word.group().lower() for word in WORD.finditer(text, *record.span(1))]
        listed = any(lexicon().is_name(word) for word in words)
        if listed and all(_could_be_a_name(word) for word in words):
            yield record.start(1), record.end(1), "name"
    if "(" in text:
        yield from _short_forms(text)
    yield from _opening_initials(text)


OPENING_DOTS = lazy(
    r"\s*((?:[a-z]\.?-(?:[a-z]\.){1,2}|(?:[a-z]\.){2,3})(?:\s[a-z]\.)?)(?=[\s,:;]|$)"
    r"|\s*([^\W\d_][\w'’-]{2,})\s+([a-z]\.)(?=[\s,:;]|$)"
)
"""Initials with their stops opening the note ("t.k. back from", "r.v.d. veel afwezig",
"j-m.v. a replongé", "m.-c. d. gay"), or a word and one initial ("sevda k. kwam zelf")."""


CARE = frozenset(["az", "uz", "rz", "pc", "pz", "chu", "chr", "cgg", "wgc", "ssm", "opz"])
"""Hospitals and care centres by their letters."""
TIMES = frozenset(["a.m.", "p.m.", "v.m.", "n.m."])
"""The morning and the afternoon ("a.m. bezoek, p.m. tel"); "a.m. belde" is another rule's."""
SURNAME_AFTER = lazy(r"\s+([^\W\d_][\w'’-]{2,})")


def _opening_initials(text: str) -> Iterator[Found]:
    """The person a note opens with, by initials: not a dotted abbreviation ("o.a.", "p.s.",
    "n.b."); a word before one initial could be a name ("sevda k."; not "zie b.")."""
    opening = OPENING_DOTS.match(text)
    if opening is None:
        return
    if opening.group(1):
        dotted = opening.group(1).split()[0]
        letters = dotted.replace(".", "")
        service = letters in NO_NAMES or letters in CARE  # "r.v.a. adres", "a.z. tel spoed"
        if dotted not in ABBREVIATIONS | TIMES and not service:
            surname = SURNAME_AFTER.match(text, opening.end(1))
            listed = surname is not None and surname.group(1).lower() in lexicon().last
            if surname and listed and _could_be_a_name(surname.group(1).lower()):
                yield opening.start(1), surname.end(1), "name"  # "m.-t. fontaine" whole
            else:
                yield opening.start(1), opening.end(1) - 1, "name"
    elif _could_be_a_name(opening.group(2).lower()):
        yield opening.start(2), opening.end(3) - 1, "name"


def _short_forms(text: str) -> Iterator[Found]:
    """ "ibo (ibrahim)": a listed first name on one side; on the other a shorter word that
    starts as the name does, no frequent word, no cue ("sarah (zus)"), no listed surname."""
    names = lexicon()
    for match in SHORT_FORM.finditer(text):
        outside, inside = match.group(1).lower(), match.group(2).lower()
        for given, other, start, end in (
            (outside, inside, match.start(2), match.end(2)),
            (inside, outside, match.start(1), match.end(1)),
        ):
            plain = other in frequent() or other in cues()["titles"] or other in cues()["relations"]
            plain = plain or other in names.last  # "el amrani (youssef)": the surname's rules
            short = len(other) < len(given) and other[0] == given[0]  # "ibo" for "ibrahim"
            short = short and VOWEL.search(other) is not None  # not "(clb)", "(vdab)"
            if given in names.first and given not in frequent() and short and not plain:
                yield start, end, "name"
