"""Special categories of personal data (health, religion, origin, detention) and the
indirect identifiers a worker should look at (great ages, triplets, public offices).

Special categories are masked by default with their category's label; indirect
identifiers are not masked but offered for review, because only the worker knows whether
"97 jaar" or "zijn oom is burgemeester" singles someone out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from bot.privacy.lexicon import read_data
from bot.privacy.places import place_names

Found = tuple[int, int, str]
CATEGORIES = ("health", "religion", "origin", "detention")
ARTICLE = re.compile(r"(?i:\b(?:de|het|een|la|le|l'|une?|the|a)\s*)$")
LINK = re.compile(r"(?i:\s+(?:van|in|de|d'|à|of|at)\s*)")
INDIRECT = re.compile(
    r"(?i:\b(?:9\d|1[01]\d)\s*(?:jaar|ans|years?|-year-old|j)\b"
    r"|\b(?:drieling|vierling|triplés|triplets|quadruplés|quadruplets|tweeling|jumeaux|twins)\b"
    r"|\b(?:[89]|1[0-9]|acht|negen|tien|elf|twaalf|huit|neuf|dix|onze|douze|eight|nine|ten"
    r"|eleven|twelve)\s+(?:kinderen|enfants|children|kids)\b"
    r"|\b(?:burgemeester|schepen|minister|kamerlid|volksvertegenwoordiger|senator|gedeputeerde"
    r"|bourgmestre|échevin|échevine|ministre|députée?|sénateur|mayor|alderman|mp"
    r"|politieagent|rechter|juge|judge)\b"
    r"|\b(?:in de krant|op tv|dans le journal|à la télé|in the paper|on tv|in the news)\b)"
)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    sections: dict[str, list[str]] = {}
    section = ""
    for line in read_data("sensitive.txt"):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            sections[section] = []
        else:
            sections[section].extend(form.replace("_", " ") for form in line.split())
    return {name: _alternatives(forms) for name, forms in sections.items()}


def _alternatives(forms: list[str]) -> re.Pattern[str]:
    longest_first = sorted(forms, key=len, reverse=True)
    escaped = (re.escape(form).replace(r"\ ", r"\s+") for form in longest_first)
    return re.compile(r"(?<![\w-])(?:" + "|".join(escaped) + r")(?![\w-])", re.IGNORECASE)


def special_categories(text: str) -> Iterator[Found]:
    """Health, religion, origin and detention words; a prison takes its article and town."""
    for category, pattern in _patterns().items():
        for match in pattern.finditer(text):
            start, end = match.span()
            if category == "detention":
                article = ARTICLE.search(text, 0, start)
                start = article.start() if article else start
                link = LINK.match(text, end)
                if link:
                    town = next(place_names(text[link.end() :]), None)
                    if town and town[0] == 0:
                        end = link.end() + town[1]
            yield start, end, category


def indirect_identifiers(text: str) -> Iterator[tuple[int, int]]:
    """Spans the worker should review: great ages, multiple births, public offices, news."""
    for match in INDIRECT.finditer(text):
        yield match.span()
