"""A first name that is also a word, then a verb of being, having or taking and a special
category ("hope is pregnant", "joy has diabetes", "roos is moslim", "joy est lesbienne",
"patience takes her insulin", "dat hope zwanger is"): an abstract noun has no health, faith,
origin nor orientation, and takes no pills of its own. `name_word_names` asks this of a
word-name opening a sentence or a clause, or in lower case. Kept apart from it to keep modules
small."""

from __future__ import annotations

import itertools

from bot.privacy.lazy_patterns import lazy

STATING = frozenset(["is", "was", "est", "était", "etait", "a", "has", "had", "heeft", "zit",
                     "takes", "took", "prend", "neemt", "nam", "suffers", "souffre", "lijdt",
                     "uses", "gebruikt"])  # fmt: skip
"""Verbs after which a special category is the subject's own."""
TAKING = frozenset(["takes", "took", "prend", "neemt", "nam", "uses", "gebruikt"])
BEFALLEN = frozenset(
    ["sortie", "sorti", "partie", "parti", "hospitalisée", "hospitalisé", "arrivée", "rentrée",
     "revenue", "tombée", "expulsée", "expulsé", "opérée", "opéré", "hébergée", "hébergé",
     "décédée", "décédé", "enceinte", "opgenomen", "bevallen", "opgepakt", "vrijgekomen",
     "overleden", "gearresteerd", "admitted", "discharged", "arrested", "evicted", "pregnant"]
)  # fmt: skip
"""What befalls a person and no abstract noun, participles first: "rose sortie de clinique"
(fourteen tuning sets miss "rose", most of them so), "hope opgenomen", "grace discharged"."""
VERB_THEN = lazy(
    r"\s+([^\W\d_]+)\s+(?:(?:a|an|the|een|de|het|un|une|le|la|les|des|du|of|on|op|sous|in|en"
    r"|aan|au|from|van|very|heel|erg|très|tres|zeer)\s+){0,2}"
)
"""The verb after the name, then at most two small words before what it states."""
POSSESSIVE = lazy(r"\s+(?:her|his|their|haar|zijn|hun|sa|son|ses|leur|leurs)\s")
SUBORDINATE = lazy(r"(?i:\b(?:dat|da|omdat|toen|terwijl|nadat|sinds|als)\s+$)")
"""A Dutch clause whose verb comes last: "ze zegt dat hope zwanger is"."""
BEING_LAST = lazy(r"(?i:\s+(?:is|was|werd|wordt|blijft|bleef|geworden|heeft|had)\b)")


def states_a_category(text: str, start: int, end: int) -> bool:
    """The word-name from `start` to `end` is followed by such a verb and a special category,
    by a verb of taking and a possessive ("takes her ..."), or, in a Dutch clause, by the
    category and then the verb ("dat hope zwanger is")."""
    after = VERB_THEN.match(text, end)
    if after is None or after.group(1).lower() not in STATING:
        return _stated_last(text, start, end)
    if after.group(1).lower() in TAKING and POSSESSIVE.match(text, after.end(1)):
        return True
    from bot.privacy.orientation import orientations  # they read no names: no cycle
    from bot.privacy.sensitive import special_categories

    stated = itertools.chain(special_categories(text), orientations(text))
    return any(end < first <= after.end() for first, _, _ in stated)


def _stated_last(text: str, start: int, end: int) -> bool:
    if not SUBORDINATE.search(text, max(0, start - 8), start):
        return False
    from bot.privacy.sensitive import special_categories

    for first, last, _ in special_categories(text):
        if first > end and not text[end:first].strip() and BEING_LAST.match(text, last):
            return True
    return False
