"""Issue #12, twelfth session: a house number before a street of two or three capitalised
words, as an English or French note writes a Flemish address ("22 Koningin Astridlaan").
Every address is invented."""

from __future__ import annotations

import pytest

from tests.scrub_helpers import of_kind


def addresses(text: str) -> list[str]:
    return of_kind(text, "address")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she lives at 14 Lange Lozanastraat", ["14 Lange Lozanastraat"]),
        ("flat 3, 22 Koningin Astridlaan", ["22 Koningin Astridlaan"]),
        ("moved to 5 Sint-Pietersnieuwstraat last week", ["5 Sint-Pietersnieuwstraat"]),
        ("at 45 kerkstraat since june", ["45 kerkstraat"]),
    ],
)
def test_a_number_before_a_street_of_capitalised_words(text: str, expected: list[str]) -> None:
    assert addresses(text) == expected


@pytest.mark.parametrize(
    "text", ["ze heeft 3 kinderen in de Kerkstraat", "2 kids in Kerkstraat, no job"]
)
def test_a_count_before_words_is_no_house_number(text: str) -> None:
    assert addresses(text) == []
