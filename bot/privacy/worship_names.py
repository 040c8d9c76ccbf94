"""A place of worship's own name after its kind, typed in lower case: "la mosquée al amal",
"l'église évangélique bethel", "the gurdwara sri guru nanak sahib", "de pinksterkerk new
jerusalem" (review31b). The kind word tells the faith (`sensitive`); the name tells which
congregation, and so which neighbourhood: it is masked as an organisation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.compounds import frequent, plain_word
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.org_named_kinds import FIRM_STOP

Found = tuple[int, int, str]
KIND = lazy(
    r"(?i:\b(?:mosquée|mosquee|moskee|mosque|masjid|église|eglise|kerk|church|temple|tempel"
    r"|gurdwara|mandir|synagogue|synagoge|pinksterkerk|chapelle|chapel|kapel)"
    r"(?:\s+(?:évangélique|evangelique|evangelische|evangelical|pentecôtiste|pentecotiste"
    r"|protestante?|orthodoxe?|catholique|katholieke|baptiste|baptist|adventiste|hindoe|hindu"
    r"|sikh))?\s+)"
)
WORD = re.compile(r"([^\W\d_][\w'’-]*)(\s+|$)")
NAME_PARTS = frozenset(
    """al el ar an as sri shri new nouvelle nieuw notre dame onze lieve vrouw saint sainte sint
    st house of praise grace holy christ jesus god glory zion bethel bethlehem emmanuel eben
    ezer mount sinai living faith victory divine""".split()  # noqa: SIM905
)
"""Words a congregation's name is made of that are frequent words too."""
OWN_NAMES = frozenset(["bethel", "zion", "emmanuel", "bethlehem", "sinai", "jerusalem", "ebenezer"])
"""Biblical names a congregation takes, words of some list: a name all the same."""
HINT = lazy(r"mosq|moske|masjid|glise|kerk|church|temple|tempel|gurdwara|mandir|synag|chap|kapel")
"""KIND's words as substrings: one scan in C before the rule runs."""


def worship_names(text: str) -> Iterator[Found]:
    if HINT.search(text.lower()) is None:
        return
    common, words = frequent(), lexicon()
    for kind in KIND.finditer(text):
        position, end, names = kind.end(), 0, 0
        for _ in range(5):
            word = WORD.match(text, position)
            if word is None:
                break
            said = word.group(1).lower()
            if said not in NAME_PARTS and (said in common or said in FIRM_STOP):
                break
            names += said in OWN_NAMES or not plain_word(said, words)
            end, position = word.end(1), word.end()
        if end and names:  # with its kind, as one name; without, when a faith claimed the kind
            yield kind.start(), end, "organisation"
            yield kind.end(), end, "organisation"
