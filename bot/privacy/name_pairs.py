"""Two people that only their neighbours reveal: two words said in brackets to be siblings
("precious and faith (sisters)") and a first name that is an English verb said twice at a
sentence's start ("may may come friday", "will will not go back"): #12, forty-ninth session;
and a listed surname opening a list of names. Read by `name_groups`; `names` reads the last
part, a name's other spelling beside it ("mme dufrasne (ou dufrane?)": fiftieth session)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from difflib import SequenceMatcher
from typing import Protocol

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon
from bot.privacy.name_function_words import AND as _AND

AND = _AND | {"ou", "or"}
"""Joiners of a list of people; "of" is left out: Dutch "of" is also "whether"."""


class Said(Protocol):
    start: int
    end: int
    bare: str
    opens: bool
    capital: bool


MODAL_NAMES = frozenset(["will", "may"])
"""First names that are English verbs: said twice at a sentence's start, the first is the name
(not "rain rain rain")."""
BE_AFTER = lazy(r"(?i:\s+(?:be|have|not\s+be)\b)")
KIN_AFTER = lazy(
    r"(?i:\s*\(\s*(?:sisters|brothers|twins|siblings|cousins|zussen|broers|tweeling|zus\s+en\s+broer"
    r"|broer\s+en\s+zus|soeurs|sœurs|frères|freres|jumeaux|jumelles|cousines|neven|nichten"
    r"|brother\s+and\s+sister|sister\s+and\s+brother|frère\s+et\s+sœur|frère\s+et\s+soeur)\s*\))"
)
"""Two words said in brackets to be siblings are two people: "precious and faith (sisters)",
"hope en blessing (zussen)" (#12, forty-ninth session)."""


def kin_in_brackets(text: str, end: int) -> bool:
    """Whether brackets right after `end` say the words before are siblings or cousins."""
    return KIN_AFTER.match(text, end) is not None


def doubled_modal_names(text: str, tokens: Sequence[Said], marked: list[bool]) -> None:
    """Mark a first name that opens a sentence before the same word as a verb."""
    for i, token in enumerate(tokens[:-2]):
        twin, third = tokens[i + 1], tokens[i + 2]
        if BE_AFTER.match(text, twin.end):
            continue  # "may may be hard" (the month), "will will be read" (a testament)
        if token.opens and token.bare in MODAL_NAMES and twin.bare == token.bare != third.bare:
            marked[i] = marked[i] or text[token.end : twin.start] == " "


def list_openers(text: str, tokens: Sequence[Said], marked: list[bool], lexicon: Lexicon) -> None:
    """ "Vos, Bakker en De Backer zitten samen": a listed surname opening a list of names is
    one of them, though a word opening a sentence alone ("Vos in de tuin") is not."""
    for i, token in enumerate(tokens[:-3]):
        if marked[i] or not (token.opens and token.capital) or not marked[i + 1]:
            continue
        if text[token.end : tokens[i + 1].start] != ", " or not tokens[i + 1].capital:
            continue
        known = token.bare in lexicon.last or token.bare in lexicon.homographs
        later = range(i + 2, min(i + 6, len(tokens) - 1))
        joined = any(tokens[j].bare in AND and marked[j + 1] for j in later)
        marked[i] = known and joined


VARIANT_AFTER = lazy(
    r"(?i:\s*(\()?\s*(?:of|ou|or|óf)\s+((?:(?:de|van|le|la|du|ter|ten|van\s+de[nr]?)\s+)?"
    r"[a-zà-ÿ][\w'’-]{3,})(\s*[?)])?)"
)
VARIANT_BEFORE = lazy(r"(?i:(?<![\w'’-])([a-zà-ÿ][\w'’-]{3,})\s+(?:of|ou|or|óf)\s+$)")
LAST_WORD = lazy(r"[\w'’-]+$")
FIRST_WORD = lazy(r"[\w'’-]+")


def with_spelling_variants(
    text: str, found: Iterable[tuple[int, int]], free: bytearray
) -> Iterator[tuple[int, int]]:
    """Each name of `found`, and how else it may be spelt beside it: "mvr debaene (of
    debane?)", "mme dufrasne (ou dufrane?)", "olexandr ou oleksandr" (#12, fiftieth session:
    probe173, probe175; "mr mertens ou martens", "mvr devriendt (of de vriendt?)": reader50b).
    Both start alike and differ by little, so "lundi (ou mardi?)" and "colour or color" (no
    name beside them) stay."""
    spans = list(found)
    starts = {start for start, _ in spans}
    for start, end in spans:
        before = VARIANT_BEFORE.search(text, max(0, start - 40), start)
        first = FIRST_WORD.match(text, start)
        if before and first and _new_spelling(first.group(), before, 1, free, starts):
            yield before.start(1), before.end(1)
        yield start, end
        after = VARIANT_AFTER.match(text, end)
        last = LAST_WORD.search(text, start, end)
        if after is None or last is None or (after.group(1) and not after.group(3)):
            continue
        for name in (last.group(), text[start:end]):  # "devriendt (of de vriendt?)"
            if _new_spelling(name, after, 2, free, starts):
                yield after.start(2), after.end(2)
                break


def _new_spelling(
    name: str, variant: re.Match[str], group: int, free: bytearray, starts: set[int]
) -> bool:
    """The words of `variant`'s `group` spell `name` otherwise, are free and found by no rule."""
    at, end = variant.span(group)
    return 0 not in free[at:end] and at not in starts and _alike(name, variant.group(group))


def _alike(one: str, other: str) -> bool:
    """Two spellings of one name, spaces left out ("de wilde", "dewilde"): the same first
    letter, four letters or more, and at most a letter or two added, dropped or changed."""
    if one.lower() == other.lower():
        return False  # the same word said twice
    one, other = one.lower().replace(" ", ""), other.lower().replace(" ", "")
    if min(len(one), len(other)) < 4 or one[0] != other[0]:
        return False
    return SequenceMatcher(None, one, other).ratio() >= 0.75
