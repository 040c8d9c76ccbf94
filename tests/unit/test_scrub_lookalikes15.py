"""Issue #12, twelfth session: bank, national and phone numbers typed with a look-alike letter
for a digit (o/O for 0, l/I for 1) are masked whole; words and amounts with such a letter
stay. Every number is invented."""

from __future__ import annotations

import pytest

from bot.privacy.letter_digits import GROUP, mixed
from tests.scrub_helpers import kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gsm nr o47o 12 34 56", [("o47o 12 34 56", "phone")]),
        ("tel: O2 345 67 89 na vijf uur", [("O2 345 67 89", "phone")]),
        ("son gsm 0470 l2 34 56", [("0470 l2 34 56", "phone")]),
        ("iban BE68 539O 0754 7034", [("BE68 539O 0754 7034", "iban")]),
        ("rijksregister 85.O7.30-033.6l", [("85.O7.30-033.6l", "national_id")]),
    ],
)
def test_a_number_with_a_look_alike_letter_is_masked_whole(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ze woont op nummer 1O",
        "het kost 2O euro",
        "ik heb l0 kinderen",
        "hello 2 you",
        "10 liter olie",
    ],
)
def test_short_groups_and_words_stay(text: str) -> None:
    assert kinds(text) == []


def test_a_group_needs_a_digit_and_a_letter() -> None:
    groups = [m.group() for m in GROUP.finditer("o47o 12 olie I 2 l0l hello")]
    assert [group for group in groups if mixed(group)] == ["o47o", "l0l"]
