"""The holder of an account or a contract, named after "op naam van", "au nom de", "in the name
of", "titulaire", "houder": "iban au nom de marchal", "op naam van van den broeck k."
(probe57). After those words comes a person or a firm: the words up to a pause, a digit or a
word of the notes, when one of them is no frequent word ("au nom de sa mère", "op naam van
zijn vrouw", "au nom de la société" name no one)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues, lexicon

HOLDER = lazy(
    r"(?i:\b(?:op\s+(?:de\s+)?naam\s+van|ten\s+name\s+van|au\s+nom\s+d[e'’]|in\s+(?:the\s+)?name"
    r"\s+of|titulaire(?:\s+du\s+compte)?\s*:?|(?:rekening)?houder\s*:?|account\s+holder\s*:?)"
    r"\s*((?:(?:[^\W\d_][\w'’-]*|[^\W\d_]\.)(?:\s+|$|(?=[,;:!?)]))){1,4}))"
)
TITLES_AND_KIN = cues()["titles"] | cues()["relations"] | frozenset(["proprio", "propriétaire"])
"""Words before the holder's name that stay: "au nom de mr lambert", "van schoonbroer karim"."""
PARTICLES = cues()["particles"] | frozenset(["van", "den", "der", "de", "le", "la", "du", "el"])
ENDS = frozenset(
    ["en", "et", "and", "om", "pour", "for", "bij", "chez", "à", "in", "te", "is", "est", "was",
     "maar", "mais", "but", "want", "car", "omdat", "parce", "because", "sinds", "depuis",
     "since", "voor", "met", "avec", "with", "zijn", "haar", "hun", "sa", "son", "ses", "leur",
     "his", "her", "their", "mijn", "mon", "ma", "my", "een", "un", "une", "a", "the", "het",
     "nog", "pas", "niet", "not", "ook", "aussi", "also", "bank", "banque", "rekening",
     "compte", "account", "vérifier", "checken", "check", "nakijken"]
)  # fmt: skip
"""Words that end the holder's name or show that none follows."""


HINTS = ("nom", "naam", "name", "titulaire", "houder", "holder")
"""Without one of these HOLDER cannot match."""


def holders(text: str) -> Iterator[tuple[int, int, str]]:
    """Each holder's name after an account's or a contract's "in the name of"."""
    lowered = text.lower()
    if not any(hint in lowered for hint in HINTS):
        return
    common, names = frequent(), lexicon()
    for match in HOLDER.finditer(text):
        begin, end = None, match.start(1)
        named = last_listed = False
        for word in match.group(1).split():
            position, bare = text.index(word, end), word.lower().rstrip(".")
            if not named and bare in TITLES_AND_KIN:  # "au nom de mr [lambert]", "la maman"
                begin, end = None, position + len(word)
                continue
            initial = len(bare) == 1
            listed = bare in names.first or bare in names.last  # "peeters jan"
            if bare in ENDS or not (bare in PARTICLES or initial or listed or bare not in common):
                break  # "au nom de marchal demain": the name ends before a frequent word
            begin = position if begin is None else begin
            end = position + len(word.rstrip("."))  # the full stop stays outside
            named = named or not (bare in PARTICLES or initial)
            last_listed = listed
        if text[end : end + 1] == "," and not last_listed:
            continue  # "op naam van leasingfirma, ...": a firm as often as a person
        if named and begin is not None:
            yield begin, end, "name"
