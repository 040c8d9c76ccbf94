"""Shops, restaurants and firms named next to a person: "garage Peeters", "restaurant de
gouden leeuw", "café 't pleintje"; a kind alone ("de bakker", "un restaurant") stays.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.care_places import NOT_A_NAME
from bot.privacy.compounds import frequent as _frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues, lexicon
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]
NAME = r"[\w'’]+(?:-[\w'’]+)*"
NAMED = lazy(r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*")
VERBS = cues()["verbs"]
SHOP_KINDS = (
    r"restaurant|hotel|hôtel|café|brasserie|bakkerij|boulangerie|frituur|friterie|kapsalon"
    r"|garage|snackbar|slagerij|boucherie|bistro|taverne|herberg|pizzeria|traiteur|salon"
)
SHOP_STEMS = ("restaurant", "hotel", "hôtel", "café", "brasserie", "bakkerij", "boulangerie",
              "frit", "kapsalon", "garage", "snack", "slagerij", "boucherie", "bistro", "tavern",
              "herberg", "pizz", "traiteur", "salon")  # fmt: skip
SHOP_HINT = Stems(
    [*SHOP_STEMS, "firma", "bedrijf", "fabriek", "soci", "entrepr", "usine", "compan", "factor",
     "kantoor", "transport", "schrijnwerk", "dakwerk", "bouwwerk", "tuinaanleg"]
)  # fmt: skip
FIRM = lazy(
    rf"\b(?:{SHOP_KINDS}|firma|bedrijf|fabriek|société|entreprise|usine|company|factory"
    r"|interimkantoor|dienstenchequebedrijf|poetsbedrijf|schoonmaakbedrijf|bouwbedrijf"
    r"|transportbedrijf|tuinbouwbedrijf|landbouwbedrijf|verhuisbedrijf|cateringbedrijf"
    r"|installatiebedrijf|aannemersbedrijf|uitzendbedrijf|transport|transporten"
    r"|schrijnwerkerij|dakwerken|bouwwerken|tuinaanleg)\s+"
    r"((?:(?:van\s+der|van\s+de|vanden|vander|van|de|le|la)\s+)?[^\W\d_][\w'’&-]+)"
)
"""A shop or firm named right after its kind: "garage Peeters", "firma janssens"."""
TAIL = lazy(
    r"\s*(?:&|en|et|and)\s+(?:zonen|zoon|sons|fils|co)\b"
    r"|\s+(?:clean|cleaning|services|service|group|bvba|bv|nv|srl|sprl)\b"
)
"""What a firm's name may end with: "garage d'hondt en zonen", "schoonmaakbedrijf iris clean"
(probe71)."""
SHOP = lazy(rf"\b(?:{SHOP_KINDS})\s+(?:(?:de|het|'t|le|la|les)\s+|l['’])({NAME})(?:\s+({NAME}))?")
"""A shop or restaurant by its name: "restaurant de gouden leeuw", "café 't pleintje"."""
DUTCH = frozenset(["de", "het", "'t"])
REFUSED = (
    NOT_A_NAME
    | VERBS
    | {
        "hele",
        "ganse",
        "volgende",
        "vorige",
        "laatste",
        "eerste",
        "andere",
        "zelfde",
        "buurt",
        "hoek",
        "straat",
        "stad",
        "wijk",
        "keuken",
    }
)
"""After a Dutch article the name may be any word that is not frequent: "café de zwaan"."""
ADJECTIVES = frozenset(["gouden", "zilveren", "kleine", "grote", "witte", "rode", "blauwe",
                        "groene", "zwarte", "gele", "oude", "nieuwe", "vrolijke", "blije", "lieve",
                        "hoge", "wilde", "stille", "petit", "petite", "grand", "grande", "vieux",
                        "vieille", "nouveau", "nouvelle", "bon", "bonne", "beau"])  # fmt: skip


THINGS = frozenset(["room", "rooms", "kamer", "kamers", "chambre", "chambres", "bar", "lobby",
                    "keuken", "kitchen", "staff", "personeel", "receptie", "reception", "gasten",
                    "guests", "ville", "manager", "job"])  # fmt: skip
"""What a kind is followed by as a thing of it, not its name: "a hotel room", "l'hôtel de
ville" (the town hall)."""


def _a_name(word: str) -> bool:
    return word not in NOT_A_NAME and word not in _frequent() and word not in VERBS


def shops(text: str, lowered: str) -> Iterator[Found]:
    """A firm or shop right after its kind, by a name that is no everyday word."""
    if not SHOP_HINT.in_text(text):
        return
    for match in FIRM.finditer(lowered):
        name = match.group(1)
        if name.split()[-1] in THINGS:
            continue
        if " " in name:  # an article and a surname: "tuinbouwbedrijf de clercq"
            last = name.split()[-1]
            if not _a_name(last) or (lexicon().is_word(last) and last not in lexicon().last):
                continue  # "la société de logement"
            yield match.start(), match.end(), "organisation"
            continue
        a_word = lexicon().is_word(name) and name not in lexicon().last  # "bakkerij janssens"
        if name[:4] in ("d'en", "d’en"):
            continue  # "la friterie d'en face" (probe71)
        if text[match.start(1)].isupper() or not (a_word or name in NOT_A_NAME):
            run = NAMED.match(text, match.start(1)) if text[match.start(1)].isupper() else None
            end = run.end() if run else match.end()
            tail = TAIL.match(lowered, end)
            yield match.start(), tail.end() if tail else end, "organisation"
    for match in SHOP.finditer(lowered):
        first, second = match.group(1), match.group(2)
        if first in THINGS:
            continue
        if first in ADJECTIVES and second and second not in NOT_A_NAME and second not in VERBS:
            yield match.start(), match.end(), "organisation"
        elif _a_name(first) and not lexicon().is_word(first):
            yield match.start(), match.end(1), "organisation"
        elif first not in REFUSED and first not in ADJECTIVES and match.group().split()[1] in DUTCH:
            yield match.start(), match.end(1), "organisation"  # "restaurant de kroon"
