"""#12's thirty-first session: rules from the misses of review40a (a set written from the label
brief alone, kept unread for a session and then opened as a tuning set) and from sentences
made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    "text",
    [
        "niks speciaals, rijstevlaai was op",
        "de appeltaart was op, rijstevlaai ook",
        "zon vandaag eindelijk, kinderen buiten",
        "soleil aujourd'hui enfin, les enfants dehors",
        "rain today again, kids inside all day",
    ],
)
def test_a_compound_with_a_linking_e_and_the_weather_today_stay_words(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("joy vandaag niet op school", ("joy", "name")),
        ("roos vandaag naar de dokter", ("roos", "name")),
        ("gerstemans belde vandaag", ("gerstemans", "name")),
    ],
)  # fmt: skip
def test_a_person_before_today_and_a_surname_stay_names(text: str, found: tuple[str, str]) -> None:
    assert found in masked(text)
