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
    r"|gurdwara|mandir|synagogue|synagoge|pinksterkerk|chapelle|chapel|kapel|parochie|paroisse"
    r"|parafia|biserica|koninkrijkszaal|kingdom\s+hall|cemevi|pinkstergemeente|evangeliegemeente"
    r"|tabernacle)"
    r"(?:\s+(?:évangélique|evangelique|evangelische|evangelical|pentecôtiste|pentecotiste"
    r"|protestante?|orthodoxe?|catholique|katholieke|baptiste|baptist|adventiste|hindoe|hindu"
    r"|sikh|de\s+r[ée]veil|penticostala|sw|św))?\s+)"
)
WORD = re.compile(r"([^\W\d_][\w'’-]*)(\s+|$)")
NAME_PARTS = frozenset(
    """al el ar an as sri shri new nouvelle nieuw notre dame onze lieve vrouw saint sainte sint
    st house of praise grace holy christ jesus god glory zion bethel bethlehem emmanuel eben
    ezer mount sinai living faith victory divine heilige heilig familie hart ter ten""".split()  # noqa: SIM905
)
"""Words a congregation's name is made of that are frequent words too."""
OWN_NAMES = frozenset(["bethel", "zion", "emmanuel", "bethlehem", "sinai", "jerusalem", "ebenezer",
                       "betel", "bethesda"])  # fmt: skip
"""Biblical names a congregation takes, words of some list: a name all the same."""
OWN_KINDS = frozenset(
    ["pinkstergemeente", "evangeliegemeente", "koninkrijkszaal", "cemevi", "parochie", "paroisse"]
)
"""Kinds of one faith's own halls: after them an article and a word name the congregation
("uit pinkstergemeente de bron gezet", "van parochie de verrijzenis": probe193, #12's
fifty-third session); after "kerk" or "church" the word may say which building of a town."""
CONTRACTED = ("n't", "n’t", "'s", "’s")
"""A word that ends so is no name's ("kingdom hall wezembeek don't accept")."""
ARTICLE = lazy(r"(?i:(?:de|het|den|'t|t|la|le|les)\s+)")
HINT = lazy(
    r"mosq|moske|masjid|glise|kerk|church|temple|tempel|gurdwara|mandir|synag|chap|kapel|paro"
    r"|parafia|biserica|koninkrijk|kingdom|cemevi|gemeente|tabernacle|minist|assembl|fellowship"
    r"|house\s+of|centre|center"
)
"""KIND's words as substrings: one scan in C before the rule runs."""


def worship_names(text: str) -> Iterator[Found]:
    if HINT.search(text.lower()) is None:
        return
    yield from _named_before_kind(text)
    common, words = frequent(), lexicon()
    for kind in KIND.finditer(text):
        position, ends, names, most = kind.end(), [], 0, 5
        article = ARTICLE.match(text, position)
        if article is not None and kind.group(0).split()[0].lower() in OWN_KINDS:
            position, names, most = article.end(), 1, 1  # "pinkstergemeente de bron": a name
        for _ in range(most):
            word = WORD.match(text, position)
            if word is None:
                break
            said = word.group(1).lower()
            elided = said[2:] if said[:2] in ("l'", "d'", "l’", "d’") else ""
            if (
                said.endswith(CONTRACTED)
                or elided in common
                or (said not in NAME_PARTS and (said in common or said in FIRM_STOP))
            ):
                break
            names += said in OWN_NAMES or not plain_word(said, words)
            ends.append(word.end(1))
            position = word.end()
        if ends and names:  # with its kind, as one name; without, when a faith claimed the kind
            for start in (kind.start(), kind.end()):
                for end in reversed(ends):  # without a town another rule claimed: "bethesda jumet"
                    yield start, end, "organisation"


KIND_AFTER = lazy(
    r"(?i:\b(?:chapel|ministries|ministry|assembly|tabernacle|fellowship|cathedral|church"
    r"|centre|center)\b)"
)
FAITH_WORDS = (
    NAME_PARTS - {"of", "house", "al", "el", "ar", "an", "as", "ter", "ten"}
) | frozenset(
    """praise harvest fountain light restoration power mercy salvation redemption redeemed
    deliverance revival gospel pentecost pentecostal apostolic anglican baptist methodist
    evangelical life word spirit kingdom covenant rock miracle winners love peace blessed
    abundant everlasting eternal celestial cherubim seraphim redeemer shiloh calvary hosanna
    hallelujah fire""".split()  # noqa: SIM905
)
"""Words an English-speaking congregation's name is made of, before its kind: "grace harvest
chapel", "living fountain ministries", "christ light assembly" (probe193, #12's fifty-third
session); a school's or town's "general assembly" or "community centre" holds none."""
OF_NAME = lazy(
    r"(?i:\b(?:tabernacle|house|assembly|ministries|chapel)\s+of\s+(?:praise|restoration"
    r"|refuge|glory|grace|mercy|deliverance|victory|miracles)\b)"
)
"""A congregation named with "of": "tabernacle of praise", "house of restoration"; not "a
house of worship" (reader53b)."""
BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")


def _named_before_kind(text: str) -> Iterator[Found]:
    """A congregation's name of up to three words before its kind, a word of faith among
    them (and before a general kind a word no list holds too), and one named with "of"."""
    common, words = frequent(), lexicon()
    for kind in KIND_AFTER.finditer(text):
        start, faith, strange = kind.start(), False, False
        for _ in range(3):
            word = BEFORE.search(text, max(0, start - 40), start)
            if word is None:
                break
            said = word.group(1).lower()
            if said in FAITH_WORDS:
                faith = True
            elif said in common or said in FIRM_STOP or plain_word(said, words):
                break
            else:
                strange = True
            start = word.start(1)
        if faith and start < kind.start() and (strange or kind.group(0).lower() not in GENERAL):
            yield start, kind.end(), "organisation"
    for match in OF_NAME.finditer(text):
        yield match.start(), match.end(), "organisation"


GENERAL = frozenset(["centre", "center", "church", "cathedral"])
"""Kinds that go with faith words as a description too ("the holy cathedral", "a gospel
church"): named so only with a word no list holds ("pentecost glory centre" is left)."""
