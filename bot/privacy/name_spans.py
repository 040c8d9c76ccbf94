"""Marked name tokens turned into spans (with the initials before or after them), and the
two per-text checks the name rules make before marking: a handle's glued words and the
language after "is" (kept apart from `name_groups` to keep modules small)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.language import SENTENCE, language_of
from bot.privacy.lazy_patterns import lazy
from bot.privacy.name_clauses import CLITIC
from bot.privacy.name_groups import Token
from bot.privacy.name_initials import titled_initial_before

LOWER_INITIAL_BEFORE = lazy(r"(?<![\w.'’-])[b-ln-tv-z]\. $")
"""One lower-case initial before a name: "o. kaya", "m. f. dubois" ("a." ends English and French
clauses, "m." is "monsieur", "u." ends a Dutch one: "dank u. jan kwam")."""


def _initials_before(text: str, begin: int, gap: str = ". ") -> int:
    """Where a name starts with its initials: "J. Janssens", "Y.B. Jan" (not "B. Jan"), and
    one initial in lower case ("o. kaya")."""
    if begin >= 3 and LOWER_INITIAL_BEFORE.search(text, begin - 4, begin):
        return begin - 3
    while (begin > len(gap) and text[begin - len(gap) : begin] == gap
           and text[begin - len(gap) - 1].isupper()
           and (begin == len(gap) + 1 or not text[begin - len(gap) - 2].isalnum())):  # fmt: skip
        begin, gap = begin - len(gap) - 1, "."
    return begin


def spans(text: str, tokens: list[Token], marked: list[bool]) -> Iterator[tuple[int, int]]:
    """The marked tokens joined into names, with an initial before or after them."""
    start = end = -1
    for token, is_name in zip(tokens, marked, strict=True):
        if not is_name:
            continue
        clitic = CLITIC.match(token.word)
        begin = token.start + (clitic.end() if clitic else 0)  # "lorsqu'[aminata]"
        begin = titled_initial_before(text, _initials_before(text, begin))
        if start >= 0 and (text[end:begin] in (" ", "-", "") or _initials(text, end, token)):
            end = token.end
            continue
        if start >= 0:
            yield start, _initial_after(text, end)
        start, end = begin, token.end
    if start >= 0:
        yield start, _initial_after(text, end)


def _initials(text: str, end: int, token: Token) -> bool:
    """ "Y.B.": one letter, a full stop, one letter make one name."""
    one = token.end - token.start == 1 and text[end - 1 : end].isupper()
    return one and text[end : token.start] == "." and (end < 2 or not text[end - 2].isalpha())


def _initial_after(text: str, end: int) -> int:
    """ "Sofie V.", "Amina B.", "ali b.": the initial of a surname joins the name; an English
    possessive stays outside it ("[name]'s mum")."""
    if text[end - 2 : end] in ("'s", "’s"):
        return end - 2
    initial = text[end : end + 3]
    if len(initial) != 3 or initial[0] != " " or initial[2] != "." or not initial[1].isalpha():
        return end
    if initial[1].isupper():
        return end + 2
    after = text[end + 3 : end + 4]  # "ahmet y. gebeld", "ozturk m.": not "jan a.s. maandag"
    if initial[1].isascii() and not after.isalnum() and after != "." and after != "-":
        return end + 2
    return end


def foreign_after(text: str, end: int, own: frozenset[str]) -> bool:
    """Whether what follows "is", "was" is in a language the name is no word of: "is" alone
    reads as Dutch, so "Patience is needed here" is English and "Precious is vandaag niet
    gekomen" Dutch."""
    sentence = SENTENCE.match(text, end)
    rest = language_of(sentence.group()) if sentence else None
    return rest is not None and rest not in own


AT_RUN = lazy(r"@\w+")


def handle_runs(text: str, free: bytearray) -> None:
    """Words glued to an "@" ("@0Aß") are a handle's, not a name: masking a piece of one
    would leave a handle shape that a second pass masks ("@0[x]"), so they are taken."""
    if "@" in text:
        for run in AT_RUN.finditer(text):
            free[run.start() : run.end()] = bytes(run.end() - run.start())
