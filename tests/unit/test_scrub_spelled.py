"""Dates of birth and phone numbers said in words (#12's twenty-sixth session, review31b)."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("geboren op twaalf juli negentien vijfentachtig", "twaalf juli negentien vijfentachtig"),
        ("geboren op de eerste van mei achtennegentig", "eerste van mei achtennegentig"),
        ("il est ne le quinze aout deux mille trois", "quinze aout deux mille trois"),
        ("elle est nee le vingt-deux decembre mil neuf cent soixante",
         "vingt-deux decembre mil neuf cent soixante"),
        ("he was born on the twenty third of june two thousand and five",
         "twenty third of june two thousand and five"),
        ("mr ne le 3 mars 79 a namur", "3 mars 79"),
    ],
)  # fmt: skip
def test_a_date_of_birth_in_words(text: str, date: str) -> None:
    assert (date, "date") in masked(text)


@pytest.mark.parametrize(
    "text",
    ["rdv le quinze mars a dix heures", "hij is geboren in mei", "born in may two years ago",
     "je ne le sais pas en mars"],
)  # fmt: skip
def test_dates_in_words_that_are_no_birth(text: str) -> None:
    assert not [kind for _, kind in masked(text) if kind == "date"]


def test_a_phone_said_with_double() -> None:
    """ "double one" is two digits of a dictated number (review31b)."""
    text = "her mobile is oh four eight five double one two three four five six"
    assert masked(text) == [("oh four eight five double one two three four five six", "phone")]
    assert masked("double check the two forms") == []
