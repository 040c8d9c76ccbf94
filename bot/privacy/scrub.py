"""Free-text scrubbing: identifying details become bracketed labels before anything is kept.

Shaped identifiers first (e-mail, bank and national numbers, phones, dates, addresses,
postcodes, organisations), then person names in what is left. Every caller goes through
`Scrubber.scrub`; labels are msgids in the worker's language and never carry a letter of
the original.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bot.msgid import N_
from bot.privacy.lexicon import Lexicon, lexicon
from bot.privacy.names import names
from bot.privacy.patterns import RECOGNISERS

LABELS = {
    "email": N_("[e-mail]"),
    "phone": N_("[phone]"),
    "iban": N_("[bank account]"),
    "national_id": N_("[national number]"),
    "date": N_("[date]"),
    "address": N_("[address]"),
    "place": N_("[place]"),
    "organisation": N_("[organisation]"),
    "name": N_("[name]"),
}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str


def find_spans(text: str, words: Lexicon | None = None) -> list[Span]:
    """Every identifying span, earlier recognisers winning where spans overlap."""
    taken: list[Span] = []
    for recogniser in RECOGNISERS:
        for start, end, kind in recogniser(text):
            if start < end and all(end <= s.start or start >= s.end for s in taken):
                taken.append(Span(start, end, kind))
    claimed = [(s.start, s.end) for s in taken]
    taken.extend(
        Span(start, end, "name") for start, end in names(text, words or lexicon(), claimed)
    )
    return sorted(taken, key=lambda s: s.start)


class Scrubber:
    """Replaces identifying spans by labels in the worker's language."""

    def __init__(self, translate: Callable[[str, str], str]) -> None:
        self._translate = translate
        self._lexicon = lexicon()

    def scrub(self, text: str, lang: str) -> str:
        return "".join(self._pieces(text, lang))

    def _pieces(self, text: str, lang: str) -> Iterator[str]:
        position = 0
        for span in find_spans(text, self._lexicon):
            yield text[position : span.start]
            yield self._translate(lang, LABELS[span.kind])
            position = span.end
        yield text[position:]
