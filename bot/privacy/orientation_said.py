"""Orientation words said of a named person without a verb: "mr x bi, partner moved in",
"jeune yanis trans rejeté", "haar lief sam trans is", "dimitri (bi)", "jeune kevin gay,".

Hurried notes drop the verb after a name; `orientation.py` reads "bi" and "trans" only with
one ("is bi", "trans jongen") because alone both are also parts of other words and typos
("bi" for "bij"). Here they count only right after a word (a name or a date) and before a
comma, a conjunction or a verb that says what the word did to the person.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon

Found = tuple[int, int, str]
ARTICLES = frozenset(["de", "het", "een", "la", "le", "les", "the", "a", "une", "un", "des"])
"""Before these "trans" or "bi" is no person's word: "de trans is" is no note's Dutch."""
AFTER = r"(?=\s*[,;]|\s+(?:en|et|and|selon|volgens|according|maar|mais|but)\b)"
BI = lazy(r"(?i:(?<=[^\W_]\s)(bi)" + AFTER + r"|\((bi|trans)\))")
""""Bi" after a name or a date and before a comma or a conjunction, and "(bi)", "(trans)"."""
TRANS = lazy(
    r"(?i:\b(?:jeune|young|jonge|lief|copain|copine|vriend|vriendin|partner)\s+[^\W\d_][\w'’-]*"
    r"\s+(trans)\b(?![\w-])|(?<![\w'’-])([^\W\d_][\w'’-]*)\s+(trans)(?=\s+(?:is|was|est"
    r"|rejetée?|gepest|harcelée?|bullied)\b))"
)
""""Trans" after a young person's or a partner's name, or said of a name before its verb."""
NAMED_GAY = lazy(r"(?i:(?<![\w'’-])([^\W\d_][\w'’-]*)\s+(gay)(?=\s*[,.;]|\s+(?:and|en|et)\b))")
""""Gay" after a listed name and before a comma or a conjunction: "jeune kevin gay, viré"."""


def said_orientations(text: str) -> Iterator[Found]:
    """Orientation words the verb was dropped from, after a name."""
    lowered = text.lower()
    if "bi" in lowered or "(trans)" in lowered:
        for match in BI.finditer(text):
            group = 1 if match.group(1) else 2
            yield match.start(group), match.end(group), "orientation"
    if "gay" in lowered:
        names = lexicon()
        for match in NAMED_GAY.finditer(text):
            said = match.group(1).lower()
            if (said in names.first or said in names.last) and not names.is_word(said):
                yield match.start(2), match.end(2), "orientation"
    if "trans" in lowered:
        for match in TRANS.finditer(text):
            if match.group(1):
                yield match.start(1), match.end(1), "orientation"
            elif match.group(2).lower() not in ARTICLES:
                yield match.start(3), match.end(3), "orientation"
