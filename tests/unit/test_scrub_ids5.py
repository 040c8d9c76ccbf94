"""Issue #12, fifth session: identifiers and addresses in more notations, and the ordinary
text beside them that must stay. Every sentence is invented; each row is counted caught as
the benchmark counts it (at least 90 % of its letters and digits masked)."""

from __future__ import annotations

import pytest

from bot.privacy.iban_formats import fits_country
from bot.privacy.patterns import valid_iban
from bot.privacy.scrub import find_spans


def covered(text: str, identifier: str) -> float:
    start = text.index(identifier)
    inside = {i for s in find_spans(text) for i in range(s.start, s.end)}
    chars = [start + i for i, ch in enumerate(identifier) if ch.isalnum()]
    return sum(i in inside for i in chars) / len(chars)


def masked(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "in 2019 verhuisde ze naar haar zus",
        "op 12 maart kwam ze langs met de kinderen",
        "de 12 kinderen van de klas gingen mee",
        "en 2021 elle a déménagé chez sa soeur",
        "at 10 the bus left without them",
    ],
)
def test_a_sentence_that_passes_mod_97_by_chance_is_no_iban(text: str) -> None:
    assert not any(s.kind == "iban" for s in find_spans(text)), masked(text)


def test_only_a_known_country_with_its_exact_layout_is_an_iban() -> None:
    assert not valid_iban("in 2019 verhuisde")  # passed mod-97 before the layout check
    assert fits_country("NL91ABNA0417164300")
    assert not fits_country("NL91ABNA041716430")  # a digit short
    assert not fits_country("NL9104171643001234")  # digits where the bank's letters go
    assert fits_country("MA64011519000001205000534921")  # outside the SWIFT registry
