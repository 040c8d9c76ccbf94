"""Free-text scrubbing: identifying details become bracketed labels before anything is kept.

Shaped identifiers first (e-mail, handles, bank and national numbers, phones, plates, dates,
addresses, postcodes, organisations), then special categories (health, religion, origin,
detention), Belgian place names, and person names in what is left. Every caller goes through
`Scrubber.scrub` or `Scrubber.review`; labels are msgids in the worker's language and never
carry a letter of the original. The review also lists the words the scrubber was unsure of,
for the worker to hide with one tap (`Scrubber.mask`)."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial

from bot.msgid import N_
from bot.privacy.address_edges import address_edges, start_edges
from bot.privacy.card_numbers import card_numbers
from bot.privacy.category_shorthand import shorthand_categories
from bot.privacy.category_steps import category_steps
from bot.privacy.club_names import club_names
from bot.privacy.cued_national import cued_national_numbers
from bot.privacy.employers import employers_at_work
from bot.privacy.english_streets import english_streets
from bot.privacy.estates import estates
from bot.privacy.everyday_towns import count_years, everyday_towns
from bot.privacy.foreign_streets import foreign_streets
from bot.privacy.glued_postcodes import glued_postcodes
from bot.privacy.health_loose import loose_health
from bot.privacy.holiday_parks import holiday_parks
from bot.privacy.letter_digits import lookalike_numbers
from bot.privacy.lexicon import LANGS, Lexicon, lexicon
from bot.privacy.lived_streets import lived_streets, numbered_homes
from bot.privacy.lower_estates import lower_estates
from bot.privacy.name_asides import asides
from bot.privacy.name_before_category import names_before_traits
from bot.privacy.name_cues import article_surnames
from bot.privacy.name_east_asian import with_east_asian_names
from bot.privacy.name_edges import edges
from bot.privacy.name_inversion import not_names
from bot.privacy.name_kin_forms import aged_names, kunyas, nicknames, told_names
from bot.privacy.name_list_fill import names_completed
from bot.privacy.name_marks import marked_names
from bot.privacy.name_places import place_surnames
from bot.privacy.name_repeats import repeated_names
from bot.privacy.names import names
from bot.privacy.org_called import called_firms
from bot.privacy.org_chez_shops import chez_shops
from bot.privacy.org_creditors import creditors
from bot.privacy.org_destinations import named_destinations
from bot.privacy.org_tails import org_edges
from bot.privacy.org_trades import trade_names, trades_at_work
from bot.privacy.organisations import institutions_and_categories
from bot.privacy.orientation import orientations
from bot.privacy.overlaps import a_lone_article, left_over, second_reading, widen_organisation
from bot.privacy.patterns import NEED_DIGITS, RECOGNISERS, organisations
from bot.privacy.phone_numbers import joined_phones, service_numbers
from bot.privacy.place_cues import claim_towns_after_addresses
from bot.privacy.place_typos import misspelt_places
from bot.privacy.places import origin_places, place_names, rare_streets, streets
from bot.privacy.plain_phrases import plain_phrases
from bot.privacy.political_offices import offices_and_parties
from bot.privacy.politics import politics
from bot.privacy.postcode_towns import foreign_postcodes, postcode_towns
from bot.privacy.prison_towns import prison_towns
from bot.privacy.school_of import schools_of
from bot.privacy.spelled_dates import spelled_dates
from bot.privacy.spoken_languages import spoken_languages
from bot.privacy.spoken_phones import spoken_phones
from bot.privacy.squares import squares
from bot.privacy.streets_before_postcodes import (
    numbered_streets,
    numbers_with_boxes,
    streets_before_postcodes,
)
from bot.privacy.streets_in_towns import numbered_before_towns, streets_in_towns
from bot.privacy.title_case import organisations_read_lower, shouted_names, titled
from bot.privacy.tokens import DOTTED_I, TYPED_SEPARATORS, has_digit
from bot.privacy.topics import TOPICAL, no_ones
from bot.privacy.unsure import unsure_words
from bot.privacy.worship_names import worship_names

Recogniser = Callable[[str], Iterable[tuple[int, int, str]]]
ORDER: tuple[Recogniser | None, ...] = (
    service_numbers, lookalike_numbers, postcode_towns, joined_phones,
    cued_national_numbers, spoken_phones, kunyas, marked_names,
    *(r for r in RECOGNISERS if r is not organisations), card_numbers, spelled_dates,
    aged_names, told_names, nicknames, asides, everyday_towns, orientations, politics,
    offices_and_parties, club_names, prison_towns, spoken_languages, chez_shops, called_firms,
    loose_health, schools_of, trade_names, employers_at_work, creditors,
    institutions_and_categories, trades_at_work, named_destinations, shorthand_categories,
    category_steps,
    None, count_years, place_surnames, foreign_streets, streets, streets_before_postcodes,
    estates, lower_estates, holiday_parks, lived_streets, streets_in_towns, numbered_before_towns,
    glued_postcodes, foreign_postcodes,
    place_names, misspelt_places, origin_places, rare_streets, article_surnames, plain_phrases,
    numbers_with_boxes, numbered_streets, numbered_homes, english_streets, worship_names, squares,
)  # fmt: skip
"""Recognisers in order of precedence; None: keep.txt's phrases claim their words there.
`patterns.organisations` runs inside `institutions_and_categories`, joined with the rest."""
DIGITS_ONLY = (
    *NEED_DIGITS, lookalike_numbers, rare_streets, streets_before_postcodes, numbered_streets,
    numbered_homes, english_streets, foreign_streets, numbers_with_boxes, glued_postcodes,
    postcode_towns, cued_national_numbers, joined_phones, foreign_postcodes, service_numbers,
    card_numbers, numbered_before_towns,
)  # fmt: skip
WITHOUT_DIGITS = tuple(r for r in ORDER if r not in DIGITS_ONLY)
"""The same without those that find nothing in a text without digits (each checks too)."""
LABELS = {
    "email": N_("[e-mail]"),
    "handle": N_("[handle]"),
    "phone": N_("[phone]"),
    "iban": N_("[bank account]"),
    "national_id": N_("[national number]"),
    "plate": N_("[licence plate]"),
    "date": N_("[date]"),
    "address": N_("[address]"),
    "place": N_("[place]"),
    "organisation": N_("[organisation]"),
    "health": N_("[health]"),
    "religion": N_("[religion]"),
    "origin": N_("[origin]"),
    "detention": N_("[detention]"),
    "orientation": N_("[orientation]"),
    "politics": N_("[politics]"),
    "name": N_("[name]"),
    "chosen": N_("[hidden]"),
}


def label_pattern(labels: Iterable[str]) -> re.Pattern[str]:
    """Labels already in a text: scrubbing twice changes nothing more. Only the labels
    themselves: other bracketed text ("[Jan]") is scrubbed like any other."""
    return re.compile("|".join(map(re.escape, sorted(set(labels), key=len, reverse=True))))


LABEL = label_pattern(LABELS.values())


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class Review:
    """What the scrubber did to one answer, for the worker to check before it is kept."""

    text: str
    replaced: int
    """How many details were replaced by a label."""
    unsure: tuple[str, ...]
    """Words left in `text` that may still identify someone, in order, each once."""


def find_spans(
    text: str, words: Lexicon | None = None, labels: re.Pattern[str] = LABEL, reread: bool = True
) -> list[Span]:
    """Every identifying span, earlier recognisers winning where spans overlap (`reread`:
    and what a second scrub would find where a dropped span left words, `overlaps.py`)."""
    if DOTTED_I in text:  # "İ".lower() is two characters: spans found in lower case shift
        return find_spans(text.replace(DOTTED_I, "I"), words, labels, reread)
    if not text.isascii() and (plain := text.translate(TYPED_SEPARATORS)) != text:
        return find_spans(plain, words, labels, reread)  # "0475–38–21–90": the same length
    if not _LOADED:
        return _first_spans(text, words, labels, reread)
    words = words or lexicon()
    occupied = bytearray(len(text))  # 1 where a span is claimed: one C-level scan per candidate
    claimed: list[tuple[int, int]] = []
    found: list[tuple[int, int, str]] = []
    if "[" in text:
        for match in labels.finditer(text):
            start, end = match.span()
            claimed.append((start, end))
            occupied[start:end] = b"\x01" * (end - start)
    kept = words.keep.spans(text)
    dropped: list[tuple[int, int]] = []
    for recogniser in ORDER if has_digit(text) else WITHOUT_DIGITS:
        spans = recogniser(text) if recogniser else [(s, e, "label") for s, e in kept]
        for start, end, kind in spans:
            if text[start] == "(" and ")" not in text[start:end]:  # "(0475 12 34 56)"
                start += 1  # the bracket is the sentence's, not the number's: both stay
            found_at = start, end
            if kind == "organisation":
                start, end = org_edges(text, start, end, words)  # "bij mipori vime", "café le coq"
            elif kind == "address":
                start, end = address_edges(text, start, end)  # "34 avenue Louise, 2nd floor"
            elif kind in ("iban", "health", "detention"):
                start = start_edges(text, start, kind)  # "BE 6 8 5390 …", "sous méthadone"
            if occupied.find(1, start, end) >= 0 and occupied.find(1, *found_at) < 0:
                start, end = found_at  # widened into a span claimed before ("…, block e")
            if start < end and occupied.find(1, start, end) < 0:
                if kind != "label" and a_lone_article(text, start, end):
                    continue
                if kind in TOPICAL and no_ones(text, start, end, kind):
                    continue  # "vorming autisme voor alle medewerkers", "hond heeft schurft"
                occupied[start:end] = b"\x01" * (end - start)
                claimed.append((start, end))
                if kind != "label":
                    found.append((start, end, kind))
            elif kind == "organisation" and widen_organisation(text, occupied, found, start, end):
                claimed.append((start, end))
            elif start < end:
                dropped.append((start, end))
    claim_towns_after_addresses(text, found, occupied, claimed)  # "… box 4, dour,"
    claimed.extend(not_names(text, words))  # "patience zegt ze", "the autumn": words here
    named = list(edges(text, names(text, words, claimed), words, claimed))
    taken = [*claimed, *((s, e) for s, e, _ in found)]
    named = with_east_asian_names(text, named, taken, words)  # "nguyen thi hoa", "zhang wei"
    named += repeated_names(text, named, taken, words)
    found.extend((start, end, "name") for start, end in named)
    found.extend((start, end, "name") for start, end in names_before_traits(text, found, words))
    found = names_completed(text, found, words)  # "marieke van der linden", "…, river and sunny"
    if reread and any(left_over(text, occupied, start, end) for start, end in dropped):
        found.extend(
            second_reading(text, found, LABELS, partial(_found, words=words, labels=labels))
        )
    if reread and titled(text):  # "He Works At The Station At Night": no employer
        found = organisations_read_lower(text, found, partial(_found, words=words, labels=labels))
    if reread:  # "MRS KOVACS refused": capitals tell no name, the lower-case reading does
        found = shouted_names(text, found, partial(_found, words=words, labels=labels))
    found.sort(
        key=lambda span: span[0]
    )  # stable, as before: a name after a recognised span at the same start
    return [Span(start, end, kind) for start, end, kind in found]


def _found(text: str, words: Lexicon, labels: re.Pattern[str]) -> list[tuple[int, int, str]]:
    return [(span.start, span.end, span.kind) for span in find_spans(text, words, labels, False)]


_LOADED: list[bool] = []
"""Empty until a first text was scrubbed: that one loads the word lists."""


def _first_spans(
    text: str, words: Lexicon | None, labels: re.Pattern[str], reread: bool
) -> list[Span]:
    """The first text loads hundreds of thousands of words into sets and dicts; the garbage
    collector, run over and over while they grow, found nothing to free and cost about a
    fifth of that start-up. Paused meanwhile (and only if it ran)."""
    _LOADED.append(True)
    paused = gc.isenabled()
    gc.disable()
    try:
        return find_spans(text, words, labels, reread)
    finally:
        if paused:
            gc.enable()


class Scrubber:
    """Replaces identifying spans by labels in the worker's language."""

    def __init__(self, translate: Callable[[str, str], str]) -> None:
        self._translate = translate
        self._lexicon = lexicon()
        translated = [translate(lang, msgid) for lang in LANGS for msgid in LABELS.values()]
        self._labels = label_pattern([*LABELS.values(), *translated])

    def scrub(self, text: str, lang: str) -> str:
        return "".join(self._pieces(text, find_spans(text, self._lexicon, self._labels), lang))

    def review(self, text: str, lang: str) -> Review:
        """The scrubbed text, how many details were replaced, and the words to check."""
        spans = find_spans(text, self._lexicon, self._labels)
        scrubbed = "".join(self._pieces(text, spans, lang))
        return Review(scrubbed, len(spans), unsure_words(scrubbed, self._lexicon, self._labels))

    def mask(self, text: str, word: str, lang: str) -> Review:
        """Hide `word` everywhere in an already scrubbed `text` (any case, whole words).
        `replaced`: how many more labels the text shows (a phrase around a label hides it
        with one label: no more than before, so the show-back's count stays true)."""
        pattern = re.compile(rf"(?<![\w@]){re.escape(word)}(?![\w@])", re.IGNORECASE)
        label = self._translate(lang, LABELS["chosen"])
        if inside := len(self._labels.findall(word)):  # a phrase around a label: hidden whole
            masked, hidden = pattern.subn(label, text)
            unsure = unsure_words(masked, self._lexicon, self._labels)
            return Review(masked, hidden - hidden * inside, unsure)
        pieces, replaced, position = [], 0, 0
        labels = [m.span() for m in self._labels.finditer(text)]
        for start, end in [*labels, (len(text), len(text))]:
            outside, count = pattern.subn(label, text[position:start])
            pieces.append(outside + text[start:end])
            replaced += count
            position = end
        masked = "".join(pieces)
        return Review(masked, replaced, unsure_words(masked, self._lexicon, self._labels))

    def _pieces(self, text: str, spans: list[Span], lang: str) -> Iterator[str]:
        position = 0
        for span in spans:
            yield text[position : span.start]
            yield self._translate(lang, LABELS[span.kind])
            position = span.end
        yield text[position:]
