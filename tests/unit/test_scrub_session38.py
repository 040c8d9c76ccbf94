"""#12's thirty-eighth session: rules from the misses and false alarms of review47a (a set
written from the label brief alone, kept unread for a session and then opened as a tuning
set), of the probe sets written during the session (each scored unread first) and from
sentences made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("vd chez les ouedraogo burkinabè 4 enfants dans 2 pièces", "burkinabè"),
        ("chez les diallo guinéens depuis mars", "guinéens"),
    ],
)
def test_a_french_family_before_an_origin_is_no_language_lesson(text: str, origin: str) -> None:
    assert (origin, "origin") in masked(text)


@pytest.mark.parametrize(
    "text", ["hij volgt les turks in het buurthuis", "krijgt les in het frans"]
)
def test_a_dutch_lesson_in_a_language_stays_a_language(text: str) -> None:
    assert not [span for span in masked(text) if span[1] == "origin"]
