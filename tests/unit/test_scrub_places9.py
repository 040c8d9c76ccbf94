"""Issue #12, ninth session (scrubnames9): Belgian places typed with one slip where the slip
makes a word of no list but a split of two words ("anderlech" is "ander" + "lech"), and
after "à" typed without its accent ("habite a shaerbeek"). Invented sentences, none taken
from an evaluation set."""

from __future__ import annotations

import pytest

from tests.scrub_helpers import covered, kinds


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ze woont in anderlech sinds de zomer", "anderlech"),
        ("elle habite a shaerbeek avec ses enfants", "shaerbeek"),
        ("verhuisd naar molenbek bij haar zus", "molenbek"),
        ("hij werkt nu in mechlen", "mechlen"),
        ("de familie woont in vilvoorden", "vilvoorden"),
        ("il est parti a charlerois", "charlerois"),
        ("she lives at borgerhoud now", "borgerhoud"),
        ("ze zoekt werk bij ganshooren", "ganshooren"),
        ("de familie woont in waterschei, vlakbij de mijn", "waterschei"),
        ("hij is opgegroeid in winterslag", "winterslag"),
        ("elle habite à bois-de-breux", "bois-de-breux"),
        ("ze verhuisden naar de overleie", "overleie"),
    ],
)
def test_a_belgian_place_with_one_slip_after_a_place_word_is_masked(text: str, place: str) -> None:
    assert covered(text, place) >= 0.9, kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "ze zit in schuldbemiddeling en budgetbegeleiding",
        "hij gaat naar huisbezoek bij de kinderarts",
        "elle habite a cote de la gare",
        "she is at lunchtime with her mother",
        "in afwachting van de jeugdrechter",
    ],
)
def test_words_after_a_place_word_stay(text: str) -> None:
    assert kinds(text) == []
