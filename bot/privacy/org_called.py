"""A firm, shop or school the note names by saying what it is called: "a company called
brightlane", "een firma die cleanmaster heet", "une société qui s'appelle netcleaning",
"works at a car wash called speedy wash", "un snack qui s'appelle le palmier". The kind of
place and the verb of naming say that the next words are a name, whatever they are, so no
list is asked. After an indefinite article the name may run to three words; after any other
word only one, and no verb ("the school called her mum" is a call)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.org_shapes import NO_NAME, VERBS

Found = tuple[int, int, str]
ONE_WORD = lazy(
    r"(?i:\b(?:company|firm|business|shop|factory|restaurant|agency|charity|church|mosque|club"
    r"|school|nursery)\s+(?:called|named)\s+([^\W\d_][\w'’&-]*)"
    r"|\b(?:firma|bedrijf|bedrijfje|zaak|winkel|fabriek|vzw|kerk|moskee|club|school|restaurant"
    r"|kantoor|interimkantoor)\s+(?:(?:die|dat)\s+([^\W\d_][\w'’&-]*)\s+heet|genaamd\s+"
    r"([^\W\d_][\w'’&-]*)|met\s+de\s+naam\s+([^\W\d_][\w'’&-]*))"
    r"|\b(?:société|societe|entreprise|boîte|boite|magasin|usine|asbl|église|eglise|mosquée"
    r"|restaurant|agence|école|ecole|club)\s+(?:qui\s+s(?:['’]\s?|\s)appelle|nommée?|appelée?)"
    r"\s+([^\W\d_][\w'’&-]*))"
)
"""A kind, a naming verb and one word: the name."""
KINDS = (
    r"shop|store|company|firm|restaurant|snack|bar|café|cafe|car\s*wash|carwash|garage|bakery"
    r"|salon|hotel|hôtel|factory|club|school|charity|agency|bedrijf|bedrijfje|firma|winkel"
    r"|winkeltje|zaak|zaakje|kapsalon|nachtwinkel|fabriek|frituur|frietkot|fritkot|bakkerij"
    r"|slagerij|vereniging|uitzendkantoor|interimkantoor|société|entreprise|magasin"
    r"|boutique|épicerie|friterie|boulangerie|boucherie|usine|association|école|agence"
)
NAMING = (
    r"called|named|genaamd|die\s+(?:heet|noemt)|dat\s+(?:heet|noemt)"
    r"|qui\s+s(?:['’]\s?|\s)appelle|nommée?|appelée?"
)
STOP = (
    r"in|at|on|op|te|à|a|au|near|naast|près|and|en|et|but|maar|mais|for|voor|pour|since|sinds"
    r"|depuis|where|waar|où|with|met|avec|who|die|qui|that|dat|que|is|est|was|the|de|het"
    r"|le|la|les|van|of|du|des|from|uit|every|elke|chaque|now|nu|maintenant"
)
WORD = r"[^\W\d_][\w'’&.-]*"
AFTER_ARTICLE = lazy(
    rf"(?i:\b(?:a|an|een|un|une)\s+(?:[^\W\d_]+\s+)?(?:{KINDS})\s+(?:{NAMING})\s+"
    rf"((?:(?:de|het|le|la|les|l['’]|the)\s*)?{WORD}(?:\s+(?!(?:{STOP})\b){WORD}){{0,2}}))"
)
"""An indefinite article, perhaps an adjective, the kind, the verb of naming, then up to three
words of the name (an article may open it); a preposition or a clause word ends it."""
A_CALL = lazy(
    r" +(?:back|about|again|yesterday|today|twice|this|last|earlier|because|asking|saying|to\s+say"
    r"|to\s+ask)\b"
)
"""What follows the person a school or firm called."""
HINT = ("called", "named", "genaamd", "heet", "noemt", "naam", "appel", "nomm")


def called_firms(text: str) -> Iterator[Found]:
    """The name of a firm, shop or school the note says it is called, the longest first."""
    lowered = text.lower()
    if not any(hint in lowered for hint in HINT):
        return
    for match in AFTER_ARTICLE.finditer(text):
        start, end = match.span(1)
        while end > start and text[end - 1] in ".-'’":
            end -= 1  # "speedy wash.": the sentence's full stop
        yield start, end, "organisation"
    for match in ONE_WORD.finditer(lowered):
        group = next(g for g in range(1, 6) if match.group(g))
        if match.group(group) in NO_NAME | VERBS or A_CALL.match(lowered, match.end(group)):
            continue  # "the school called mum back": a call, not a name
        yield match.start(group), match.end(group), "organisation"
