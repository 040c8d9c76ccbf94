"""A first name opening a note typed in telegraphic style, before an adverb, a negation or a
possessive (#12, the twelfth session): "Kevin vandaag niet thuis", "Kevin zijn fiets is
gestolen", "Inès toujours sans logement", "Liam still no job". Word lists hold many first
names as words (wordfreq's lists have "kevin", "sarah", "laura"), so such a name opening a
sentence waited for a verb. Names that are words of a note's own ("Ben al thuis", "Dan nog
even", "Max nog 2 weken", "Mei nog niet betaald") stay: they are verbs, adverbs, a maximum or
a month there."""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon

TELEGRAPHIC = lazy(
    r"(?i:\s+(?:vandaag|gisteren|morgen|nog|ook|terug|opnieuw|weer|niet|ni|nooit|al|nu|zelf"
    r"|alleen|zijn|zn|z['’]n|haar|d['’]r|aujourd['’]hui|hier|demain|toujours|encore|aussi|pas"
    r"|jamais|déjà|seule?|today|yesterday|tomorrow|still|also|again|not|never|already|alone)"
    r"(?![\w'’-]))"
)
NOT_NAMES_HERE = frozenset(
    ["ben", "ken", "wil", "dan", "per", "max", "jan", "kan", "mag", "zal", "bent", "guy", "bill",
     "will", "may", "mark", "pat", "sterk", "mei", "juni", "juli", "april", "august", "june",
     "avril", "mars", "fleur", "rose", "nu", "al", "pas", "dat", "wat", "dit", "die", "hier",
     "noone", "ook", "nog", "wel", "toch", "zo", "moet", "mee", "net", "stel", "kom", "ga"]
)  # fmt: skip
"""First names of the lists that a note opens with as a word."""


ABSENT = lazy(
    r"(?i:\s+(?:weer\s+|encore\s+|again\s+)?(?:ni|niet|nie|pas|not|nooit|jamais|never)\s+"
    r"(?:thuis|la|là|home|there|open|aanwezig|present|présente?|opgedaagd|gekomen|venue?)\b)"
)
"""Not at home, in any case: "kathlijn ni thuis", "stephanye pas la", "wardje weer ni thuis"."""


def telegraphic(text: str, opener: str, end: int, lexicon: Lexicon) -> bool:
    """`opener`, the first word of a sentence ending at `end` (`name_openers.OPENING`), is a
    capitalised first name before a telegraphic adverb, or any first name or word of no
    language before "not at home" (probe19: a spelling of a name no list holds)."""
    if not opener.isalpha():
        return False
    word = opener.lower()
    if len(word) > 2 and ABSENT.match(text, end) and word not in NOT_NAMES_HERE:
        listed = word in lexicon.first and word not in lexicon.word_names
        return listed or word not in lexicon.words  # "kathlijn": no list, though "lijn" is
    if not opener[0].isupper():
        return False
    if word not in lexicon.first or word in NOT_NAMES_HERE or word in lexicon.homographs:
        return False
    return word not in lexicon.word_names and TELEGRAPHIC.match(text, end) is not None
