"""Shops, firms, care homes and congregations whose own name is capitalised while the word for
their kind is not: "works at bakery Het Warme Brood", "care home Hof ter Ooievaar", "Car Wash
Vitosha", "l'Épicerie du Coin Vert" (read by `organisations` with its own kinds), and a
congregation's capitalised words before its kind: "Glory Tabernacle", "Victory Chapel" (#12,
nineteenth session: probe24)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.gazetteer import fold, gazetteer
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.name_capitals import NEVER_SURNAMES
from bot.privacy.patterns import WORD
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]
SHOP_KINDS = (
    r"bakery|car\s?wash|care\s+home|nursing\s+home|kringloopwinkel|épicerie|epicerie|centrum"
    r"|centre|center|shop|store|supermarket|supermarkt|restaurant|snack|frituur|friterie|garage"
    r"|bakkerij|slagerij|boucherie|boulangerie|winkel|boutique|kapsalon|salon|firma|company"
    r"|factory|fabriek|usine|warehouse|magazijn|brasserie|taverne|bistro|pizzeria|hotel|hôtel"
)
"""Kinds of shop and firm that `organisations.KINDS` lacks, in any case before the name."""
SHOP_HINT = Stems(
    "bakery|wash|home|kringloop|picerie|centrum|centre|center|shop|store|supermar|restaurant"
    "|snack|frituur|friterie|garage|bakkerij|slagerij|boucherie|boulangerie|winkel|boutique"
    "|salon|firma|company|factory|fabriek|usine|warehouse|magazijn|brasserie|taverne|bistro"
    "|pizzeria|hotel|hôtel"
)
"""Cheap substrings: most notes hold none of them."""
NOT_NAMES = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday Maandag Dinsdag Woensdag
    Donderdag Vrijdag Zaterdag Zondag Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche
    I Ik Je Il Elle He She We They Ze Hij Zij""".split()  # noqa: SIM905
)
"""Capitalised words after a kind that start no name: a day, a pronoun."""
ARTICLES = frozenset(["The", "A", "An", "De", "Het", "Le", "La", "Les", "Un", "Une", "Een"])
"""An article starts a name only with a word after it: "bakery Het Warme Brood"."""
LINKS = frozenset(["des", "de", "du", "van", "het", "ter", "ten"])
"""Lower-case words `CAPITALS` lets lead the name ("l'Épicerie du Coin Vert")."""
LEADS = "|".join(sorted(LINKS, key=len, reverse=True))
INSIDE = "des|de|du|la|le|van|der|den|het|of|the|voor|et|en|ter|ten"
"""Lower-case words between the capitalised words of a name ("Hof ter Ooievaar")."""
CAPITALS = lazy(
    rf"\s+(?:(?:{LEADS})\s+)?[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:{INSIDE})\s+)?[A-ZÀ-Ý][\w'’-]*)*"
)
SPACED_CAPITAL = lazy(r"\s[A-ZÀ-Ý]")
"""What CAPITALS needs: KIND_WORD's scan is skipped in texts without it (most)."""
FIRM = Stems("firm")
BARE_FIRM = lazy(r"(?i:\b(?:firma|firme)\s+([^\W\d_][\w'’&-]*))")
"""The word for a firm alone before a name no word list holds: "de firma cleanmaster"."""
WORSHIP = Stems("chapel|tabernacle|ministr|assembly|fellowship|cathedral")
NAME_THEN_KIND = lazy(
    rf"\b((?:{WORD}\s+){{1,3}})(?:Chapel|Tabernacle|Ministries|Ministry|Assembly|Fellowship"
    r"|Cathedral)\b"
)
"""A congregation's own capitalised words before its kind: "Victory Chapel", "Glory
Tabernacle", "Christ Embassy Ministries"."""
WORD_IN = lazy(r"\S+")


def starts_a_name(words: list[str]) -> bool:
    """Capitalised words after a kind that can be its name: not a day nor a pronoun ("the shop
    Monday", "the care home I visited"), not an article alone ("at the shop The kids"), not
    one everyday word or month, nor a town after "van", "de" ("at the centre Mum was", "het
    centrum van Gent"; "Snack Anatolia" is a snack bar)."""
    if not words or words[0] in NOT_NAMES:
        return False
    own = words[1:] if words[0] in LINKS else words
    if len(own) == 1:  # one word: not a word of every day, a month, a feast or a town
        word = own[0].lower()
        town = own is not words and fold(word) in gazetteer().names  # "centrum van Gent"
        plain = word in frequent() or word in NEVER_SURNAMES or town
        return not plain and own[0] not in ARTICLES
    return bool(own)


def congregations(text: str) -> Iterator[Found]:
    """Each congregation's capitalised name with its kind; a leading article stays."""
    if text.islower() or not WORSHIP.in_text(text):
        return
    for match in NAME_THEN_KIND.finditer(text):
        for word in WORD_IN.finditer(text, match.start(1), match.end(1)):
            if word.group() not in NOT_NAMES and word.group() not in ARTICLES:
                yield word.start(), match.end(), "organisation"  # "The Victory Chapel": no "The"
                break


def capitals_after(kind_word: re.Pattern[str], text: str, lowered: str) -> Iterator[Found]:
    """A kind (`kind_word`, read in `lowered`) followed by capitalised words: "l'Hôpital
    Universitaire des Enfants", "bakery Het Warme Brood"."""
    if len(text) != len(lowered) or not SPACED_CAPITAL.search(text):
        return
    for match in kind_word.finditer(lowered):
        if (run := CAPITALS.match(text, match.end())) and starts_a_name(run.group().split()):
            yield match.start(), run.end(), "organisation"


def bare_firms(text: str) -> Iterator[Found]:
    """ "de firma cleanmaster", "une firme cleanpro"; "de firma belt", "de firma zelf" stay."""
    if not FIRM.in_text(text):
        return
    words = lexicon().words
    for match in BARE_FIRM.finditer(text):
        if match.group(1).lower() not in words:
            yield match.start(), match.end(), "organisation"
