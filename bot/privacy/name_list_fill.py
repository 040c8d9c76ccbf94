"""The rest of a list of people once two of it are names (#12, fifty-eighth session): "kids picked
for the camp: aaliyah, noah, dior, river and sunny" names five children; the name rules find
"aaliyah" and "noah" but leave the first names that are words ("river", "sunny"). When at least
two items of a list of single words are names already, each other item that is a first name of
the lists, or no word of any list, is one too. A list of things ("bread, milk and eggs") holds
no name to start from; a word of the lists that is no first name ("dior", "ben", a Dutch verb;
"school") stays."""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon
from bot.privacy.name_particle_joins import particle_joins

ITEM = r"[^\W\d_][\w'’-]*"
LIST = lazy(
    rf"(?<![\w'’-])(?:{ITEM},\s*){{1,8}}{ITEM},?\s+(?:and|en|et|&)\s+{ITEM}(?![\w'’-])",
)
"""Single words joined by commas and a last "and"/"en"/"et"."""
WORD = lazy(ITEM)
JOINS = frozenset(["and", "en", "et"])
"""The last item's joining word, no item itself."""


def names_completed(
    text: str, found: list[tuple[int, int, str]], lexicon: Lexicon
) -> list[tuple[int, int, str]]:
    """`found` with names split by a particle joined, first names given their particle
    surname (`particle_joins`), and lists that are mostly names filled."""
    return list_fill(text, particle_joins(text, found, lexicon), lexicon)


def list_fill(
    text: str, found: list[tuple[int, int, str]], lexicon: Lexicon
) -> list[tuple[int, int, str]]:
    """`found` with the unnamed first names of a list that holds two names added."""
    if "," not in text:
        return found
    lowered = text.lower()
    taken = [(start, end) for start, end, _ in found]
    names = {(start, end) for start, end, kind in found if kind == "name"}
    added: list[tuple[int, int, str]] = []
    for match in LIST.finditer(lowered):
        items = [m.span() for m in WORD.finditer(lowered, match.start(), match.end())]
        items = [span for span in items if lowered[span[0] : span[1]] not in JOINS]
        named = [span for span in items if span in names]
        if len(named) < 2:
            continue
        for start, end in items:
            word = lowered[start:end]
            if any(a < end and start < b for a, b in taken):
                continue
            if word in lexicon.first or not lexicon.is_word(word):
                added.append((start, end, "name"))
    return [*found, *added]
