"""The gazetteer of place names read by places.py: Belgian municipalities, deelgemeenten,
communes and neighbourhoods, world cities, towns of origin, foreign names of cities,
countries, and the short forms of Walloon names and saints ("st-gillis", "marchienne")."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon, read_data

PART = lazy(r"[^\W\d_]+")
ARTICLES = frozenset({"de", "la", "le", "les", "het", "den", "l"})


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case without accents: "Flénu" and "flenu" are the same place."""
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Gazetteer:
    names: frozenset[str]
    """Folded names, their parts joined by one space."""
    longest: dict[str, int]
    """First part of a name -> the most parts a name starting with it has."""
    seconds: dict[str, frozenset[str]]
    """First part -> the second parts of the names of several parts that start with it."""
    ambiguous: frozenset[str]


@cache
def gazetteer() -> Gazetteer:
    names: set[str] = set()
    longest: dict[str, int] = {}
    seconds: dict[str, set[str]] = {}
    origin = read_data("places_origin.txt")
    exonyms = read_data("exonyms.txt")
    countries = [line.replace("_", " ") for line in read_data("countries.txt")]
    lines = read_data("places.txt") + read_data("places_world.txt") + exonyms + countries
    for line in lines + origin:
        if line.isascii() and line.isalpha():  # one plain word: most lines, read fast
            word = line.lower()
            names.add(word)
            longest.setdefault(word, 1)
            continue
        parts = _folded_parts(line)
        if not parts:
            continue
        names.add(" ".join(parts))
        longest[parts[0]] = max(longest.get(parts[0], 0), len(parts))
        if len(parts) > 1:
            seconds.setdefault(parts[0], set()).add(parts[1])
        if parts[0] in SAINTS:  # "st-gillis" beside "sint-gillis"
            saint = [SAINTS[parts[0]], *parts[1:]]
            names.add(" ".join(saint))
            longest[saint[0]] = max(longest.get(saint[0], 0), len(saint))
            seconds.setdefault(saint[0], set()).add(saint[1])
    words = {fold(w) for line in read_data("place_words.txt") for w in line.split()}
    words.update(" ".join(_folded_parts(line)) for line in origin)
    words.update(name for name in map(fold, exonyms) if name in frequent())  # "damas", "homs"
    words.update(" ".join(_folded_parts(line)) for line in countries)  # "zit in roemenie"
    for short in _short_forms(names):  # "à marchienne": only after such a word
        names.add(short)
        longest.setdefault(short, 1)
        words.add(short)
    ambiguous = {n for n in names if n in words or len(n) <= 3
                 or (n.split(" ", 1)[0] in ARTICLES and _article_and_word(n))}  # fmt: skip
    followers = {first: frozenset(words) for first, words in seconds.items()}
    return Gazetteer(frozenset(names), longest, followers, frozenset(ambiguous))


@cache
def _accented_spellings() -> frozenset[str]:
    """The words of every place name that carry an accent, as the lists spell them."""
    files = ("places.txt", "places_world.txt", "exonyms.txt", "countries.txt", "places_origin.txt",
             "places_extra.txt")  # fmt: skip
    return frozenset(
        word.lower()
        for name in files
        for line in read_data(name)
        if not line.isascii()
        for word in PART.findall(line)
        if not word.isascii()
    )


def accented_word(word: str) -> bool:
    """A word typed with an accent that no place name has is the word: "maçon" (not Macon),
    "marché" (not Marche). Asked only of words that are not ASCII."""
    lowered = word.lower()
    return lowered in lexicon().words and lowered not in _accented_spellings()


SAINTS = {"sint": "st", "saint": "st", "sainte": "ste"}
"""How a saint's name is shortened in a note: "st-gillis", "st-josse", "ste-ode"."""


LINKED = lazy(r"^([a-z]{5,}) (?:au|aux|sur|lez|les|sous|en|la|le|de|du|d|a|l) ")
"""A Walloon name of several parts, said by its first: "marchienne-au-pont", "jemeppe-sur-meuse"."""


def _short_forms(names: set[str]) -> set[str]:
    shorts = {m.group(1) for name in names if " " in name and (m := LINKED.match(name))}
    return shorts - names - {"chapelle", "queue", "ville", "porte"}  # "porte": a door (reader42)


def _article_and_word(name: str) -> bool:
    """ "de panne", "le havre": an article and a word, or a Belgian surname ("de pinte"), may
    mean something else; "la louvière", "le roeulx" mean only the place."""
    first, _, rest = name.partition(" ")
    if first not in ARTICLES:
        return False
    words = lexicon()
    return (
        not rest
        or name in words.compound_surnames
        or any(words.is_word(part) or part in words.last for part in rest.split(" "))
    )


def _folded_parts(line: str) -> list[str]:
    """The folded words of a line; an ASCII line folds to its lower case (3x faster)."""
    return PART.findall(line.lower()) if line.isascii() else list(map(fold, PART.findall(line)))
