"""Streets abroad, in their own language, where a family's relatives live: "atatürk caddesi
no 45", "ul. kwiatowa 8 m 3", "calle mayor 15", "rua augusta 120", "corso garibaldi 7",
"strada unirii 22" (review34c). The street type of the country, its name, and the number."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]
NAME = r"[^\W\d_][\w'’.-]*"
NUMBER = (
    r"(?:(?:no|nr|n°|nº)\.?\s*)?\d{1,4}[a-z]?(?:\s*/\s*\d{1,3}|\s+(?:m|apt|ap|d)\.?\s*\d{1,3})?"
)
TYPE_AFTER = lazy(
    rf"(?i:(?<![\w'’-])((?:{NAME}\s+){{1,2}}(?:caddesi|cad\.|cd\.|sokak|sokağı|sok\.|sk\.|bulvarı"
    rf"|blv\.|mahallesi|mah\.)\s+{NUMBER})(?![\w-]))"
)
"""Turkish: the name, then the type ("atatürk caddesi no 45")."""
TYPE_BEFORE = lazy(
    rf"(?i:(?<![\w'’-])((?:ul\.|ulica|aleja|calle|c/|avenida|avda\.|rua|travessa"
    rf"|viale|piazza|corso|strada|bulevardul|calea|ulitsa)\s+(?:{NAME}\s+){{0,2}}"
    rf"{NAME}\s+{NUMBER})(?![\w-]))"
)
"""Polish, Spanish, Portuguese, Italian, Romanian: the type, then the name ("corso garibaldi
7"); not "via", a preposition of three languages ("via de ring 3 keer")."""
HINT = Stems(
    "caddesi|cad|cd|sokak|sokağı|sok|sk|bulvarı|blv|mahallesi|mah|ul|ulica|aleja|calle|c"
    "|avenida|avda|rua|travessa|viale|piazza|corso|strada|bulevardul|calea|ulitsa"
)


def foreign_streets(text: str) -> Iterator[Found]:
    if not HINT.in_text(text):
        return
    for pattern in (TYPE_AFTER, TYPE_BEFORE):
        for match in pattern.finditer(text):
            yield match.start(1), match.end(1), "address"
