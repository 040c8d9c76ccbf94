"""Dates in Dutch, French and English notes: a date of birth ("°14/02/1956", "1956-02-14"),
numeric dates, and dates with the month written out ("3 maart 1990", "March 3, 1990"); a
day and month without a year only after a word of birth ("geboren op 3 maart"): without
one it is an appointment ("reporté au 14 mars") and names no one.

Each pattern runs only when the text has what it needs (a digit, "°" or "-", a separator
between digits, a year): most sentences have none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.tokens import has_digit

Found = tuple[int, int, str]
DATE_SEPARATOR = lazy(r"\d[./-]\d")
MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|janvier|février|fevrier|mars|fév|fev"
    r"|mar"
    r"|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv"
    r"|févr|avr|juil|déc|january|february|march|may|june|july|august|october|december|oct"
)  # fmt: skip
DATES = (
    lazy(
        r"(?<![nN])°\s?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:°\s?)?(?<![\d-])(?:19|20)\d\d-[01]\d-[0-3]\d\b"
        r"|(?<![nN])°\s?(?:19|20)\d\d(?!\d)"
    ),
    lazy(
        r"(?<![\d.,/-])(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)?\d{2}"
        r"(?![\d.,/-]\d)"
    ),
    lazy(
        rf"(?i:\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|e|er|ste|de)?(?:\s+of)?\s+(?:{MONTHS})\.?"
        r"(?:\s+(?:19|20)\d{2})?\b)"
    ),
    lazy(rf"(?i:\b(?:{MONTHS})\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}\b)"),
)
"""Born (or an ISO date), numeric, day and month, month and day with a year. "n°" is a
number sign, not "born": "facture n° 45678912" keeps its number."""
YEAR = lazy(r"(?:19|20)\d\d")
BIRTH_CUE = lazy(
    r"(?i:geboren|geb\.|gebdat|\bddn\b|(?<![nN])°|\bnée?\b|\bnee?(?=\s+l[ea]\b)|naissance|born|birth|\bdob\b"
    r"|verjaar|jarig|anniversaire|geboorte)"
)
"""A day and month without a year is a date of birth only after such a word."""
SHORT_YEAR = lazy(r"\s+['’]?\d{2}\b(?![.:,]?\d|\s*(?:u\b|h\b|uur|heures?|am\b|pm\b))")
"""A year of two digits after a date of birth's day and month: "geboren op 7 feb 82"
(review31b); not an hour ("reporté au 14 mars 10h")."""


COMPACT = lazy(r"(?<![\d.,/-])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d.,/-]\d)")
"""A date of birth typed as the systems store it, after a word of birth: "dob 19930427"."""
DAY_FIRST = lazy(
    r"(?<![\d.,/-])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d(?![\d.,/-]\d)"
    r"|(?<![\d.,/-])(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)?\d\d(?![\d.,/-]?\d)"
)
"""A date of birth typed day first without separators or with spaces, right after a word of
birth: "geboren 14031989", "dob 14 03 89" (review38a's leads)."""
CLOSE_CUE = lazy(r"(?i:(?:geboren|geb\.?|gebdat|\bddn|°|\bnée?|naissance|born|birth|\bdob)"
                 r"(?:\s*(?:op|on|le|:|the|in))?\s*$)")  # fmt: skip
"""A word of birth right before the number: further away a number is anything."""
LIFE_EVENT_CUE = lazy(
    r"(?i:(?:overleden|overlijden|overleed|gestorven|stierf|décédée?|decedee?|died|passed\s+away|†"
    r"|(?:wordt|werd)\s+(?:18|achttien)|turns?\s+(?:18|eighteen)|turned\s+(?:18|eighteen)"
    r"|(?:a|aura|a\s+eu)\s+(?:18|dix-huit)\s+ans|devenue?\s+majeure?)(?:\s+(?:op|on|le|the))?\s*$)"
)
"""A death or a coming of age right before a day and month: "man overleden op 3 maart",
"décédé le 4 février", "†28/01", "turns 18 on 5 january" (probe187, probe189) date one
person's life; without such a word the day is an appointment."""
DAY_MONTH = lazy(r"(?<![\d.,/-])(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])(?![\d.,/-]?\d)")


def dates(text: str) -> Iterator[Found]:
    if not has_digit(text):
        return
    for match in COMPACT.finditer(text) if YEAR.search(text) else ():
        if BIRTH_CUE.search(text, max(0, match.start() - 30), match.start()):
            yield match.start(), match.end(), "date"
    for match in DAY_FIRST.finditer(text):
        if CLOSE_CUE.search(text, max(0, match.start() - 20), match.start()):
            yield match.start(), match.end(), "date"
    for match in DAY_MONTH.finditer(text) if DATE_SEPARATOR.search(text) else ():
        if LIFE_EVENT_CUE.search(text, max(0, match.start() - 20), match.start()):
            yield match.start(), match.end(), "date"
    needed = ("°" in text or "-" in text, DATE_SEPARATOR.search(text) is not None, True, True)
    for pattern, possible in zip(DATES if YEAR.search(text) else DATES[:3], needed, strict=False):
        for match in pattern.finditer(text) if possible else ():
            if pattern is DATES[2] and not _of_birth(text, match):
                continue  # "le rendez-vous est reporté au 14 mars": no one's birthday
            short = SHORT_YEAR.match(text, match.end()) if pattern is DATES[2] else None
            yield match.start(), short.end() if short else match.end(), "date"


def _of_birth(text: str, match: re.Match[str]) -> bool:
    """A written-out date with its year, or a day and month after a word of birth, death or
    coming of age."""
    cue = BIRTH_CUE.search(text, max(0, match.start() - 40), match.start())
    event = LIFE_EVENT_CUE.search(text, max(0, match.start() - 20), match.start())
    return YEAR.search(match.group()) is not None or cue is not None or event is not None
