"""A street with no number right after a verb of living, in lower case or without its article:
"elle habite place du jeu de balle", "woont rue de la station", "mvr woont in Kerkstraat",
"lives on rue haute", "lives on Baker Road". Where someone lives; the number may follow later
or not at all."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.streets import GENERIC_STREETS, LIVING

Found = tuple[int, int, str]
STOP = (
    r"depuis|sinds|since|avec|met|with|et|en|and|mais|maar|but|pour|voor|for|chez|bij|sa|son"
    r"|ses|zijn|haar|her|his|in|à|au|op|on|at|nog|toujours|still|now|nu|maintenant|al|déjà"
    r"|deja|dans|near|naast|près|pres|sur|samen|ensemble|together|alone|alleen|seule?|is|est"
    r"|was|il|elle|ze|hij|she|he|qui|die|who|that|dat|que|niet|pas|not|meer|plus|anymore"
)
LIVED_STREET = lazy(
    r"(?i:\b(?:woont|woon|wonen|woonde|habite|habitent|habitait|vit|vivent|vivait|lives|live"
    r"|lived|living|logeert|loge|verblijft|moved|verhuisd|déménagé|demenage)"
    r"(?:\s+(?:nu|now|maintenant|toujours|nog|still|sinds kort))?"
    r"(?:\s+(?:in|op|aan|on|at|à|a|au|in\s+de|op\s+de|aan\s+de|naar|to))?\s+)"
    r"((?i:rue|place|avenue|av\.|chaussée|chaussee|boulevard|bd|quai|impasse|square|drève)"
    r"\s+(?:(?i:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?"
    rf"(?!(?i:{STOP})\b)[^\W\d_][\w'’-]*"
    rf"(?:\s+(?!(?i:{STOP})\b)(?:de\s+la|de|du|des|la|le|[^\W\d_][\w'’-]*)){{0,3}}"
    r"|[^\W\d_][\w'’-]*(?i:straat|laan|steenweg|lei|plein|dreef|kaai|vest|singel|dries)"
    r"|[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+)?(?i:road|street|lane|avenue|drive|close|crescent"
    r"|terrace|grove))\b"
)
"""A verb of living, perhaps "nu" and a preposition, then a French street word and up to four
words of its name (no word of `STOP`), or a Dutch street compound."""


def lived_streets(text: str) -> Iterator[Found]:
    if not LIVING.in_text(text):
        return
    for match in LIVED_STREET.finditer(text):
        street = match.group(1)
        if street.lower() in GENERIC_STREETS:
            continue
        end = match.end(1)
        while text[end - 1] in "'’-":
            end -= 1
        yield match.start(1), end, "address"
