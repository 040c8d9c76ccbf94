"""Bank card numbers are masked as an account (#12's twenty-sixth session, review33b)."""

from __future__ import annotations

import pytest

from bot.privacy.card_numbers import luhn
from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("sa carte bancaire 6703 9876 5432 1098 a ete avalee", [("6703 9876 5432 1098", "iban")]),
        ("her debit card 6703-1111-2222-3333 got blocked", [("6703-1111-2222-3333", "iban")]),
        ("kaartnummer 4871049999999910", [("4871049999999910", "iban")]),
        ("zending 1234567890123 komt morgen", []),
        ("ze betaalde 1250.00 en 3400.50 euro", []),
    ],
)  # fmt: skip
def test_card_numbers(text: str, found: list[tuple[str, str]]) -> None:
    assert masked(text) == found


def test_the_luhn_check() -> None:
    assert luhn("4871049999999910")
    assert not luhn("4871049999999911")
