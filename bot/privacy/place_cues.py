"""Words before a town that is also an everyday word and that say it is meant as the place:
a verb of living or moving, a street with its number and a comma (kept apart from `places`
to keep modules small)."""

from __future__ import annotations

from bot.privacy.gazetteer import fold, gazetteer
from bot.privacy.lazy_patterns import lazy

RESIDENCE = lazy(
    r"(?i:\b(?:woont|wonen|woonde|woonden|verhuisd|verhuist|verhuizen|verhuisde|moved|moves"
    r"|moving|lives|lived|living|habite|habitent|habitait|déménagé|déménage|déménagent|vit"
    r"|vivent|vivait)\s+(?:(?:in|naar|to|à|a|te|en)\s+|(?:in|dans)\s+(?:the|les)\s+))$"
)
"""A verb of living or moving, then the place: the town is meant even when it is also a word
("woont in as", "moved to duffel", "habite à ans"); a neighbourhood after its article ("lives
in the marolles", "vit dans les marolles")."""
SERVICE_BEFORE = lazy(
    r"(?i:\b(?:ocmw|cpas|vdab|caw|clb|politie|police|gemeente|commune|forem|actiris|jeugdhulp|stad"
    r"|ville|sociaal huis|gemeentehuis|maison communale|croix[ -]rouge|rode kruis|red cross"
    r"|gemeenteraad|burgemeester|schepen|bourgmestre|conseil communal|gevangenis|prison)\s+"
    r"(van\s+|de\s+|d'|du\s+|of\s+)?)$"
)
"""A service or a town's council with its town: the town says where the person lives (or
whose office it is: "de gemeenteraad van zele", review45a), a prison with its town ("zit vast
in gevangenis haren", probe83)."""
FEAST_SAINTS = frozenset(["nicolas", "niklaas", "nicolaas", "maarten", "martin", "valentin",
                          "valentijn", "sylvestre", "silvester", "jean", "jan", "hubert",
                          "eloi", "catherine", "barbe", "patrick", "joseph", "jozef"])  # fmt: skip
"""Saints whose day is said like a town after "de", "voor" ("turc de saint-josse" is from the
town)."""
AFTER_ADDRESS = lazy(
    r"(?i:(?:[^\W\d_]{2,}(?:straat|laan|lei|plein|weg|baan|dreef|markt|kaai|dijk|vest|singel"
    r"|gracht|kouter|place|plaats)|\b(?:kouter|markt|place|rue|avenue|av|chaussée|chée|boulevard"
    r"|bd|quai|street|st|road|rd|square|lane|drive|str))\.?\s+\d{1,4}(?:bis|ter|[a-z])?"
    r"(?:\s*(?:bus|bte|boîte|box)\s*\w{1,4})?(?:,\s*|\s+))$"
)
"""A street, its number and a comma or a space: the town comes next ("grand-place 18, ath",
"statiestraat 45 zele": probe68; "… box 4, dour": fifty-first session); a count of years stays
(`everyday_towns`: "5 ans")."""
AFTER_FRENCH_ADDRESS = lazy(
    r"(?i:\b(?:rue|avenue|av|chaussée|chée|boulevard|bd|quai|place|square|drève|impasse)\.?"
    r"(?:\s+[^\W\d_][\w'’-]*){1,4}\.?\s+\d{1,4}(?:bis|ter|[a-z])?"
    r"(?:\s*(?:bus|bte|boîte|box)\s*\w{1,4})?(?:,\s*|\s+))$"
)
"""A French street's name before its number, then the town: "rue des alliés 54 bte 3 forest"
(#12, forty-fourth session, four tuning sets)."""


TOWN_ENDS = lazy(r"\s*(?:[,.;:)!?]|\s-\s|$)")
"""What follows a town written after its street: the end of that part of the note."""


def town_after_address(text: str, start: int, end: int) -> bool:
    """The word at `start` comes right after a street and its number. After a French street,
    whose name may run to more words, only a word that ends that part of the note is its town
    ("… bte 3 forest, frigo vide"); one the note goes on from opens the next words ("rue haute
    45 sale et encombré", "… 2, marche difficile", "… 1122, odeur de moisi": reader44). The
    Dutch pattern is as it was ("kerkstraat 12, geel")."""
    if AFTER_ADDRESS.search(text, max(0, start - 40), start):
        return True
    if AFTER_FRENCH_ADDRESS.search(text, max(0, start - 50), start) is None:
        return False
    return TOWN_ENDS.match(text, end) is not None


QUARTER = lazy(
    r"-(?i:noord|zuid|oost|west|centrum|nord|sud|est|ouest|centre|ville|dorp|stad|mijn|haven"
    r"|heide|statie|station|bad|kolonie|tuinwijk|kanaal|plage|village|bas|haut|cité|kerk)\b"
)
"""A part of a town after it: "antwerpen-noord", "liège-centre", "beringen-mijn" (its mine),
"lommel-kolonie", "eisden-tuinwijk" (#12, forty-ninth session)."""


SUBJECT_BEFORE = lazy(r"(?i:(?:\b|['’])(?:il|elle|on|ils|elles|hij|ze|zij|je|he|she|they)\s+$)")


SPEAKS = lazy(
    r"\s+(?:called|calls|phoned|said|says|asked|belde|belt|zei|zegt|vroeg|vertelde|appelle"
    r"|rappelle|a\s+appelé|a\s+dit|a\s+téléphoné)\b"
)


def verb_or_speaker(text: str, start: int, end: int, ambiguous: bool) -> bool:
    """Whether the one-word town from `start` to `end` is no place here: in lower case right
    after a subject pronoun it is the verb ("qu'on jette", "il jette tout": jeter, not Jette;
    review25b); capitalised and speaking it is someone, when the name is also a word or a
    first name (`ambiguous`: "the tenant, Mark called")."""
    if ambiguous and text[start].isupper() and SPEAKS.match(text, end):
        return True
    return (
        text[start].islower() and SUBJECT_BEFORE.search(text, max(0, start - 8), start) is not None
    )


WORD_TOWN_AFTER = lazy(
    r"(?:,\s*|\s+)([^\W\d_][\w'’-]+)(?=\s*(?:[,.;:!?)(]|$)|\s+(?:bij|chez|near)\b)"
)
"""A town right after an address, its name a word too, before the end of that part of the note
("… rue du moulin 9 box 4, dour,", "molenveld 8 wellen bij"): the place rules leave such towns
alone unless a street word shows the address (#12, fifty-first session); not before "et", "en",
"depuis", "met": "rue haute 45 sale et encombré" (reader44), "…, marche depuis son accident"
(reader51b)."""


def claim_towns_after_addresses(
    text: str,
    found: list[tuple[int, int, str]],
    occupied: bytearray,
    claimed: list[tuple[int, int]],
) -> None:
    """Places added to `found` (and `claimed`, `occupied`) for the towns named by a word right
    after an address some rule found."""
    places = gazetteer()
    for end in [end for _, end, kind in found if kind == "address"]:
        town = WORD_TOWN_AFTER.match(text, end)
        if town is None or occupied.find(1, town.start(1), town.end(1)) >= 0:
            continue
        named = fold(town.group(1).lower())
        if named in places.names and named in places.ambiguous:
            start, stop = town.span(1)
            occupied[start:stop] = b"\x01" * (stop - start)
            claimed.append((start, stop))
            found.append((start, stop, "place"))
