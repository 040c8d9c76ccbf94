"""Issue #12 point 6: identifiers whose check digits fail still identify someone.

Invented numbers: a Belgian IBAN with wrong check digits, phone numbers with a digit too
many or without their leading zero. Each in nl, fr and en, with the amounts, years and
counts beside them that must stay."""

from __future__ import annotations

import pytest

from bot.privacy.patterns import valid_iban
from bot.privacy.scrub import find_spans


def masked(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("huur gaat naar be62 0631 4478 2019 zei ze", "be62 0631 4478 2019", "iban"),
        ("son compte BE58-7340-1122-0389 est bloqué", "BE58-7340-1122-0389", "iban"),
        ("paid into BE 71 0961 2345 6760 last week", "BE 71 0961 2345 6760", "iban"),
        ("iban: BE6206314478201 (een cijfer te weinig)", "BE6206314478201", "iban"),
        ("account NL91ABNA0417164301 for the rent", "NL91ABNA0417164301", "iban"),
        ("gsm: 478 12 34 56 maar ze neemt niet op", "478 12 34 56", "phone"),
        ("haar gsm is 32 478 12 34 56", "32 478 12 34 56", "phone"),
        ("nr 0478 12 34 567 klopt niet helemaal", "0478 12 34 567", "phone"),
        ("appelle-la au 0475 12 34 5678 demain", "0475 12 34 5678", "phone"),
        ("call her on 486 20 11 57 after school", "486 20 11 57", "phone"),
    ],
)
def test_a_mistyped_number_is_still_masked(text: str, number: str, kind: str) -> None:
    assert (number, kind) in masked(text)


def test_the_belgian_iban_examples_really_fail_their_check() -> None:
    """Otherwise the test above proves nothing new."""
    for number in ("be62 0631 4478 2019", "BE58-7340-1122-0389", "NL91ABNA0417164301"):
        assert not valid_iban(number)


@pytest.mark.parametrize(
    "text",
    [
        "ze betaalt 1200 euro huur en 350 euro energie, schuld 12 345,67",
        "in 2019 2020 2021 en 2022 woonden ze telkens ergens anders",
        "il doit 1 250 000 centimes selon lui, on a ri",
        "she called twice between 9 and 12, then again at 14:30",
        "bel me morgen, niet voor 10 uur",
        "elle a appelé hier pour 45 euros et 30 centimes",
        "account for the rent and the 2 kids, bank says ok",
    ],
)
def test_amounts_years_and_times_stay(text: str) -> None:
    assert masked(text) == []
