"""Surnames no list holds after a first name of the lists, even one that is a word: "voor
winter bakajika", "jade peeters" (#12, fifty-first session), or after it and a Romance or
Arabic particle: "mohamed ait lhaj" (fifty-second session)."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from bot.privacy.compounds import frequent
from bot.privacy.lexicon import Lexicon
from bot.privacy.word_typos import unknown_word

if TYPE_CHECKING:
    from bot.privacy.name_groups import Token


LEADS = frozenset(["voor", "van", "met", "bij", "aan", "for", "with", "to", "from", "pour",
                   "avec", "chez", "à", "de"])  # fmt: skip
"""Prepositions before a first name that is a frequent word and a word of no list after it."""


def surname_after(token: Token, named: bool, lexicon: Lexicon) -> bool:
    """A surname found already after a first name of the lists, even one that is a word
    ("jade peeters", "winter bakajika"; #12, fifty-first session)."""
    return named and (token.bare in lexicon.last or _unlisted(token.bare, lexicon))


def _unlisted(word: str, lexicon: Lexicon) -> bool:
    """A word of four letters or more in no list, and no slip of a listed word."""
    return word.isalpha() and len(word) > 3 and unknown_word(word, lexicon)


def unlisted_after_first_names(
    text: str, matches: list[re.Match[str]], lexicon: Lexicon
) -> set[int]:
    """Starts of words no list holds right after a listed first name: surnames to weigh
    ("voor winter bakajika"), which would otherwise be skipped as plain lower-case words. A
    first name that is a frequent word needs a preposition before it ("she made jollof rice",
    "oma maakte soep, niks specifiaals": no names; opening a note cost two frozen sets a false
    alarm each)."""
    found = set()
    common = frequent()
    for one, other in itertools.pairwise(matches):
        first, word = one.group().lower(), other.group().lower()
        if first not in lexicon.first or text[one.end() : other.start()] != " ":
            continue
        if not _unlisted(word, lexicon):
            continue
        before = text[max(0, one.start() - 6) : one.start()].lower().split()
        if first in common and (not before or before[-1] not in LEADS):
            continue
        found.add(other.start())
    found.update(_after_particles(text, matches, lexicon))
    return found


ROMANCE = frozenset(["du", "da", "dos", "das", "del", "ait", "aït", "ould", "ibn", "abu"])
"""Particles of French, Spanish, Portuguese and Arabic surnames ("ait lhaj"), and "de la"; not
"la" alone ("jai la creve depuis hier": French for "I have")."""


def _after_particles(text: str, matches: list[re.Match[str]], lexicon: Lexicon) -> set[int]:
    """Surnames no list holds after a listed first name and such particles: "mohamed ait lhaj"
    (#12, fifty-second session); not a word ("hilde de la croix", "victoire la grande soeur")."""
    found = set()
    for n, one in enumerate(matches[:-2]):
        if one.group().lower() not in lexicon.first:
            continue
        run = [m.group().lower() for m in matches[n + 1 : n + 4]]
        last = 2 if run[:2] == ["de", "la"] else 1
        if len(run) <= last or (last == 1 and run[0] not in ROMANCE):
            continue
        word = run[last]
        if _unlisted(word, lexicon) or (word in lexicon.last and not lexicon.is_word(word)):
            found.add(matches[n + 1 + last].start())
    return found
