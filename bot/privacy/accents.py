"""Patterns that also match the words typed without their accents ("va a la mosquee",
"frequente l'eglise"): a worker on a phone often leaves them out, and a special category
typed that way is the same fact."""

from __future__ import annotations

import re

from bot.privacy.gazetteer import fold

BARE = {"é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a", "ç": "c", "î": "i",
        "ï": "i", "ô": "o", "û": "u", "ù": "u"}  # fmt: skip
"""The French and Dutch accented letters and their bare forms."""
ACCENTED = re.compile("[" + "".join(BARE) + "]")


def accent_free(pattern: str) -> str:
    """`pattern` with each accented letter outside a character class also matching its bare
    letter ("mosquée" -> "mosqu[ée]e"), and each elided "l'" also typed with a space ("l
    eglise"). Only for patterns whose classes hold no accented letter: checked, so that a
    later edit cannot break a class silently."""
    if re.search(r"\[[^\]]*[" + "".join(BARE) + r"][^\]]*\]", pattern):
        raise ValueError("an accented letter inside a character class")
    pattern = pattern.replace("l['’]", "l(?:['’]|\\s+)")  # "va a l eglise": no apostrophe
    return ACCENTED.sub(lambda m: f"[{m.group()}{BARE[m.group()]}]", pattern)


def bare_words(words: frozenset[str]) -> frozenset[str]:
    """`words` and their forms without accents."""
    return words | {fold(word) for word in words}
