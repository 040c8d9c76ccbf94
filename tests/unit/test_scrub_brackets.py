"""A number in brackets keeps both brackets: the phone library's match may take the
opening one ("(02) 123 45 67" is a number's own notation), which left "[phone])" in the
kept text (tester, eighth session)."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import Scrubber

scrub = Scrubber(lambda _, msgid: msgid).scrub


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Mevrouw Peeters (0475 12 34 56) bedankte me.", "Mevrouw [name] ([phone]) bedankte me."),
        ("Madame Dubois (0475 12 34 56) m'a remercié.", "Madame [name] ([phone]) m'a remercié."),
        ("call her (0475/12.34.56) tomorrow", "call her ([phone]) tomorrow"),
        ("(0475 123456)", "([phone])"),
        ("bel (02) 123 45 67 morgen", "bel [phone] morgen"),  # the brackets are the number's
        ("tel: (+32) 475 12 34 56.", "tel: [phone]."),
    ],
)
def test_a_bracket_around_a_number_stays_with_its_partner(typed: str, kept: str) -> None:
    assert scrub(typed, "nl") == kept
