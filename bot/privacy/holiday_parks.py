"""Campings and holiday parks where people live all year, with their name: "woont op camping
de vossenberg", "au parc résidentiel les hirondelles", "holiday park het wielewaalnest", and
the pitch they live on ("chalet 17", "caravane 62", "perceel 41"). Permanent living on a
camping is a known face of poverty in Flanders and Wallonia; the park's name is someone's
address (#12, forty-eighth session: 15 labelled on the tuning sets, none found before)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import dutch_verb_form, frequent
from bot.privacy.french_name_words import AFTER_NOUN
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.org_compound_kinds import PARTICIPLE
from bot.privacy.places import fold, gazetteer
from bot.privacy.typos import typo_of_a_word

Found = tuple[int, int, str]
KIND = (
    r"camping|recreatiepark|recreatiedomein|vakantiepark|vakantiedomein|bungalowpark"
    r"|chaletpark|caravanpark|parc\s+r[ée]sidentiel|parc\s+de\s+loisirs|village\s+de\s+vacances"
    r"|domaine\s+de\s+vacances|holiday\s+park|caravan\s+park|trailer\s+park|mobile\s+home\s+park"
    r"|(?<=\bau\s)domaine|(?<=\bop\s)domein|(?<=\bvan\s)domein|(?<=\bin\s)domein"
    r"|(?<=\bop\s)domaine|(?<=\bop\s)terrein|(?<=\ble\s)terrain|caravan\s+site"
    r"|woonwagenterrein|doortrekkersterrein"
)
"""The kinds; "domaine"/"domein" only after "au", "op", "van", "in" (not "dans le domaine
de la santé"); sites of caravans ("op terrein de kievitshoek", "sur le terrain les peupliers",
"caravan site de witte berk": #12, fifty-first session, probe183)."""
SITES = ("terrein", "terrain", "caravan site", "woonwagenterrein", "doortrekkersterrein")
SITE_PEOPLE = frozenset(["gens", "bewoners", "habitants", "voisins", "occupants", "résidents",
                         "families", "familles", "voyageurs", "reizigers"])  # fmt: skip
"""Kinds whose name, after an article, may be everyday words but for its last ("op terrein de
lange akker"), and the people a site has, no name of it."""
PITCHES = (
    r"chalet|caravane|caravan|pitch|plot|perceel|standplaats|emplacement|mobilhome|bungalow"
    r"|huisje|lodge|parcelle"
)
ARTICLE = r"(?:(?:de|het|den|ter|ten|les|le|la|des|du|the)\s+|(?:l|'t|t)['’]?\s*)?"
WORD = r"[^\W\d_][\w'’-]*"
PARK = lazy(
    rf"(?i:(?<![\w-])(?:{KIND})\s+({ARTICLE}{WORD}(?:\s+(?!(?:{PITCHES})\b){WORD})?)"
    rf"(?=\s*(?:[,.;:!?)(/]|$|\s(?:à|a|in|te|near|près|pres|bij|{PITCHES}|allée|allee|n°|nr"
    r"|met|avec|with|since|sinds|depuis|en|et|and|voor|pour|for|sans|zonder|without|maar|mais"
    r"|but|weekends?)\b|\s+\d)))"
)
"""The kind and a name of one or two words up to the clause's end, a preposition, a
conjunction or a pitch; not a verb (reader48c: "op camping de huurachterstand eerst aflossen",
"holiday park the domiciliation was refused")."""
PITCH = lazy(
    r"(?i:(?<![\w-])(?:chalet|caravane|caravan|pitch|plot|perceel|standplaats|emplacement"
    r"|mobilhome|bungalow|huisje|lodge|parcelle)\s+(?:n°\s*|nr\.?\s*|no\.?\s*)?\d{1,4}[a-z]?\b"
    r"|(?<![\w-])allée\s+\d{1,3}\s*,?\s*n°\s*\d{1,4}\b)"
)
"""A pitch by its number, beside a park: "chalet 17", "perceel 41", "allée 4 n°17"."""
GENERIC = frozenset(
    """municipal communal communale sauvage car cars gaz site terrain permanent permanente
    vol full open dicht fermé ferme closed zomer été summer winter hiver gratuit scouts chiro
    syndicat mutualité mutuelle commune ville cpas ocmw gemeente stad school caravane caravan
    provincial provinciaal provinciale communaal gemeentelijk caravans chalet chalets tent tente
    tentes mobilhome trip trips holiday holidays vacation reis voyage spot gear materiaal
    matériel""".split()  # noqa: SIM905
)
"""Words after a kind that say what kind of camping, not which one."""
STOP_FIRST = frozenset(
    """near in te bij à a avec met with en et and voor pour for op on at van of dans from uit
    naar is est was heeft has wil veut wants maar mais but want car because dont waar où where
    sans zonder without sinds since depuis weekend weekends this next last cet cette ce whole
    volgende vorige deze elke every chaque tous samen together ensemble""".split()  # noqa: SIM905
)
"""Words that start the next part of the clause, or a time, not a name."""
ARTICLES = frozenset(["de", "het", "den", "ter", "ten", "les", "le", "la", "des", "du", "the",
                      "'t", "t"])  # fmt: skip
HINT = lazy(r"(?i:camping|park|parc|domein|domaine|village|terrein|terrain|caravan site)")


def holiday_parks(text: str) -> Iterator[Found]:
    """Spans of named campings and parks, and of the numbered pitch beside one."""
    if HINT.search(text) is None:
        return
    places, common = gazetteer(), frequent()
    found = False
    for match in PARK.finditer(text):
        name = match.group(1).lower().split()
        bare = name[1:] if name[0] in ARTICLES else name
        site = match.group().lower().startswith(SITES) and len(bare) < len(name)
        if site and (bare[-1] in common or bare[-1] in SITE_PEOPLE):
            continue  # "op terrein de politie,", "sur le terrain les gens,": no name
        if not bare or not all(_own_word(w, frozenset() if site else common) for w in bare):
            continue
        if len(bare) == 1 and fold(bare[0]) in places.names:
            continue  # "camping de hotton": the town, found by the place rules
        found = True
        yield match.start(1) if site else match.start(), match.end(), "place"  # the kind outside
    if found:
        for match in PITCH.finditer(text):
            yield match.start(), match.end(), "address"


def _english_past(word: str) -> bool:
    """An English verb in the past ("cancelled", "closed"): a word of the lists in "-ed"."""
    return word.endswith("ed") and word in lexicon().words


def _own_word(word: str, common: frozenset[str]) -> bool:
    """A word that may be part of a park's name: four letters or more, no frequent word (a
    colour may be: "les sapins bleus"), no function word, no verb in any form ("gezien",
    "coupée", "cancelled", "permanently") and no word cut by an apostrophe ("d'eau")."""
    if len(word) < 4 or "'" in word or "’" in word or word in STOP_FIRST or word in GENERIC:
        return False
    if word in common and word not in AFTER_NOUN:
        return False
    if dutch_verb_form(word, lexicon()) or PARTICIPLE.fullmatch(word) or _english_past(word):
        return False
    listed = word in lexicon().words
    if listed and word.endswith(("é", "ée", "és", "ées", "ing", "ly")):
        return False  # "le frigo partagé", "stays at a holiday park permanently"
    plural = word.rstrip("sx") in lexicon().words  # "les glycines"
    return listed or plural or not typo_of_a_word(word, lexicon())
