"""Words before a town that is also an everyday word and that say it is meant as the place:
a verb of living or moving, a street with its number and a comma (kept apart from `places`
to keep modules small)."""

from __future__ import annotations

from bot.privacy.compounds import frequent
from bot.privacy.gazetteer import fold
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
    r"|bd|quai|street|st|road|rd|square|lane|drive|str)|\b(?:rue|avenue|av|chaussée|chée|boulevard"
    r"|bd|quai|place|square|drève|impasse)\.?(?:\s+[^\W\d_][\w'’-]*){1,4})\.?\s+\d{1,4}"
    r"(?:bis|ter|[a-z])?"
    r"(?:\s*(?:bus|bte|boîte)\s*\w{1,4})?(?:,\s*|\s+))$"
)
"""A street, its number and a comma or a space: the town comes next ("grand-place 18, ath",
"statiestraat 45 zele": probe68; "rue des alliés 54 bte 3 forest", a French street's name
before its number: #12, forty-fourth session, four tuning sets); a count of years stays
(`everyday_towns`: "5 ans")."""


def town_after_address(text: str, start: int, end: int) -> bool:
    """The word at `start` comes right after a street and its number; after a comma, a short
    or frequent word in lower case opens the next clause instead ("…1122, odeur de moisi")."""
    address = AFTER_ADDRESS.search(text, max(0, start - 40), start)
    if address is None:
        return False
    word = fold(text[start:end])
    clause = address.group().rstrip().endswith(",")
    return not (clause and text[start].islower() and (len(word) < 3 or word in frequent()))


QUARTER = lazy(
    r"-(?i:noord|zuid|oost|west|centrum|nord|sud|est|ouest|centre|ville|dorp|stad|mijn|haven"
    r"|heide|statie|station|bad)\b"
)
"""A part of a town after it: "antwerpen-noord", "liège-centre", "beringen-mijn" (its mine)."""


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
