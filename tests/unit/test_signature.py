"""A coach's signature keeps the name they go by and nothing else a Telegram first name
may carry (a phone number, an address, someone else's name)."""

from __future__ import annotations

import pytest

from bot.telegram.coach_menu import signature


@pytest.mark.parametrize(
    ("first_name", "signed"),
    [
        ("Mira", "Mira"),
        ("Mira\u202e ", "Mira"),
        ("Mira 0470 98 76 54", "Mira"),
        ("Mira (coach van Jan Peeters)", "Mira"),
        ("Jan.Peeters@voorbeeld.be", "Jan"),
        ("Anne-Marie", "Anne-Marie"),
        ("0470 98 76 54", ""),
        ("", ""),
    ],
)
def test_a_signature_is_only_the_leading_name(first_name: str, signed: str) -> None:
    assert signature(first_name) == signed
