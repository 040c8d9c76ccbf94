"""Campings and holiday parks where people live all year, with their name: "woont op camping
de vossenberg", "au parc résidentiel les hirondelles", "holiday park het wielewaalnest", and
the pitch they live on ("chalet 17", "caravane 62", "perceel 41"). Permanent living on a
camping is a known face of poverty in Flanders and Wallonia; the park's name is someone's
address (#12, forty-eighth session: 15 labelled on the tuning sets, none found before)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import dutch_verb_form, frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.places import fold, gazetteer

Found = tuple[int, int, str]
KIND = (
    r"camping|recreatiepark|recreatiedomein|vakantiepark|vakantiedomein|bungalowpark"
    r"|chaletpark|caravanpark|parc\s+r[ée]sidentiel|parc\s+de\s+loisirs|village\s+de\s+vacances"
    r"|domaine\s+de\s+vacances|holiday\s+park|caravan\s+park|trailer\s+park|mobile\s+home\s+park"
    r"|(?<=\bau\s)domaine|(?<=\bop\s)domein|(?<=\bvan\s)domein|(?<=\bin\s)domein"
)
"""The kinds; "domaine"/"domein" only after "au", "op", "van", "in" (not "dans le domaine
de la santé")."""
ARTICLE = r"(?:(?:de|het|den|ter|ten|les|le|la|des|du|the)\s+|(?:l|'t|t)['’]?\s*)?"
WORD = r"[^\W\d_][\w'’-]*"
PARK = lazy(
    rf"(?i:(?<![\w-])(?:{KIND})\s+({ARTICLE}{WORD}(?:\s+{WORD}){{0,2}}?)"
    r"(?=\s*(?:[,.;:!?)(/]|$|\s(?:à|a|in|te|near|près|pres|bij|chalet|caravane|caravan|pitch"
    r"|plot|perceel|standplaats|emplacement|allée|allee|n°|nr|met|avec|with|since|sinds|depuis"
    r"|en|et|and|voor|pour|for|weekends?|sans|zonder|without|is|est|was|heeft|a|has|wil|veut"
    r"|wants|maar|mais|but|want|car|because|dont|waar|où|where)\b|\s+\d)))"
)
"""The kind and its name up to the clause's end or a word that starts the next part."""
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
    caravans chalet chalets tent tente tentes mobilhome trip trips holiday holidays vacation
    reis voyage site spot gear materiaal matériel""".split()  # noqa: SIM905
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
HINT = lazy(r"(?i:camping|park|parc|domein|domaine|village)")


def holiday_parks(text: str) -> Iterator[Found]:
    """Spans of named campings and parks, and of the numbered pitch beside one."""
    if HINT.search(text) is None:
        return
    places, common = gazetteer(), frequent()
    found = False
    for match in PARK.finditer(text):
        name = match.group(1).lower().split()
        bare = [w for w in name if w not in ARTICLES]
        if not bare or any(w in STOP_FIRST or w in GENERIC for w in bare):
            continue
        if any(dutch_verb_form(w, lexicon()) or _english_past(w) for w in bare):
            continue  # "op camping de zon gezien" (reader48b): what was done there
        if name[0] not in ("ter", "ten") and all(w in common for w in bare):
            continue  # "au camping les voisins sont gentils", "camping trip cancelled"
        if len(bare) == 1 and fold(bare[0]) in places.names:
            continue  # "camping de hotton": the town, found by the place rules
        found = True
        yield match.start(), match.end(), "place"
    if found:
        for match in PITCH.finditer(text):
            yield match.start(), match.end(), "address"


def _english_past(word: str) -> bool:
    """An English verb in the past ("cancelled", "closed"): a word of the lists in "-ed"."""
    return word.endswith("ed") and word in lexicon().words
