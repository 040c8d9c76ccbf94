"""#12's thirteenth session (precise16): a lower-case word right after an article is a noun,
not a first name or a town. "the autumn", "les gilles" (the carnival figures), "un bouillon",
"une chimay" (the beer), "fait du bouillon", "a cup of bouillon". People and Belgian towns take
no article in the notes' three languages; towns that carry their article in their name ("la
louvière", "de panne", "le roeulx") are matched with it, so the article is inside the span.

Not Dutch "de" nor "het" (Flemish says "de jan", "het marieke"), not French "de" (a
preposition: "cpas de silly") nor "le"/"la" before a town (French puts them before countries:
"la turquie"), nor "a" (typed for "à" on a phone: "elle habite a jette"). "du" and "des" only
before a town (partitive: "du bouillon"); a country after them ("vient du congo") is an origin,
found by its own rule. Nor a capitalised word: "the Hilton" is a name."""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy

NAME_ARTICLE = lazy(r"(?i:(?:^|(?<=[\s(]))(?:the|an|un|une|een|les|des)\s+)$")
"""Before a first name: only articles that never stand before a person."""
TOWN_ARTICLE = lazy(
    r"(?i:(?:^|(?<=[\s(]))(?:the|an|un|une|een|les|du|des|cup\s+of|piece\s+of|glass\s+of"
    r"|bottle\s+of|bowl\s+of|tasse\s+de|verre\s+de|bol\s+de|bouteille\s+de|kop|glas|fles"
    r"|kom|speelt|speelde|spelen|speel|plays|play|played|playing)\s+)$"
)
"""Before a town: the same, a measure of food or drink ("a cup of bouillon"), or a verb of
playing with no preposition (an instrument: "hij speelt lier"; a club follows "tegen")."""
REACH = 24


def town_after_article(text: str, start: int) -> bool:
    """Whether the lower-case town at `start` follows an article or a measure: a product or a
    dish named after it ("un bouillon", "une chimay", "a cup of bouillon"), not the place."""
    if not text[start].islower():
        return False
    article = TOWN_ARTICLE.search(text, max(0, start - REACH), start)
    if article is None:
        return False
    # "in the marolles", "the cureghem area", "dans les marolles": a city quarter (review31a)
    said = article.group().lower().strip()
    return said not in ("the", "les", "de", "het", "du") or not _a_quarter(text, start)


def _a_quarter(text: str, start: int) -> bool:
    word = WORD_AT.match(text, start)
    return word is not None and word.group().lower() in QUARTERS


QUARTERS = frozenset(
    """marolles marollen matonge cureghem kuregem kureghem peterbos sablon zavel heyvaert
    anneessens dansaert chatelain châtelain brabantwijk noordwijk seefhoek rabot dampoort kiel
    luchtbal linkeroever tivoli bockstael helmet josaphat heysel heizel""".split()  # noqa: SIM905
)
"""Quarters an English note names with "the", as it names "the Bronx"."""


WORD_AT = lazy(r"[^\W\d_][\w'’-]*")


PRODUCT_ARTICLE = lazy(
    r"(?i:(?:^|(?<=[\s(]))(?:an|een|un|une|a)\s+(?:(?:old|new|oude|nieuwe|vieille|nouvelle"
    r"|tweedehands|second-hand|used|rode|witte|zwarte|grijze|red|white|black|grey|gray)\s+)?$)"
)
"""Before a brand: an indefinite article, perhaps an adjective ("drives an old ford")."""
PLACE_OF_WORK = lazy(r"(?i:\b(?:bij|in|at|for|voor|chez|à|au|van|from|of|de|op)\s+$)")
"""Before that article, a preposition of place: "works in a lidl", "bij een colruyt" is a
workplace, one branch of the firm."""


def product_after_article(text: str, start: int, english: bool) -> bool:
    """Whether the brand at `start` follows an indefinite article with no preposition of place
    before it: a thing someone has ("she drives a ford", "hij rijdt met een opel"), not the
    firm someone works for ("works in a lidl", "bij een colruyt").
    "a" counts only in an English sentence: French notes type "a" for "à" ("il travaille a
    caterpillar")."""
    found = PRODUCT_ARTICLE.search(text, max(0, start - 24), start)
    if found is None or (not english and found.group().lower().startswith("a ")):
        return False
    return PLACE_OF_WORK.search(text, max(0, found.start() - 8), found.start()) is None
