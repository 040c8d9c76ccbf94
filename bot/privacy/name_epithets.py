"""A Flemish neighbourhood's nickname for someone, an article and an adjective before where the
person lives: "de rosse van nummer 8 zuipt", "den dikke van hiernaast kwam roepen" (nine tuning
sets of seven writers). The adjective alone is a description ("de rosse kat"); with "van" and a
place, a number or "hiernaast" it is what the street calls one person."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy

EPITHET = lazy(
    r"(?i:(?<![\w'’-])(de|den)\s+(?:rosse|rooie|dikke|dikken|lange|kale|blonde)\s+van\s+"
    r"(?='t\b|t\b|het\b|de\b|den\b|nummer\b|nr\b|blok\b|hiernaast\b|hierover\b|\d|"
    r"(?-i:[a-z])[a-z]+(?:straat|laan|plein|baan|weg|dreef|kaai|lei|wijk)\b))"
)


def epithets(text: str) -> Iterator[tuple[int, int, str]]:
    """ "de rosse" in "de rosse van de dambruggestraat": the article with the adjective."""
    if " van " not in text.lower():
        return
    for match in EPITHET.finditer(text):
        yield match.start(), match.end() - len(" van "), "name"
