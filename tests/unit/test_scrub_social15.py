"""Issue #12, twelfth session: the words of the workers' own field are no names, where an
unknown word after "bij" or "met" would be read as one; a name beside them still is. And three
neighbourhoods the place lists lacked."""

from __future__ import annotations

import pytest

from bot.privacy.lexicon import lexicon
from bot.privacy.scrub import find_spans


@pytest.mark.parametrize(
    "text",
    [
        "bij hulpvragers die op hun autonomie staan",
        "samenwerking met ocmws en caws",
        "bij leefloners thuis is het vaak koud",
        "met de zorgkas gebeld over omnio",
    ],
)
def test_words_of_social_work_stay(text: str) -> None:
    assert find_spans(text) == []


def test_a_name_beside_them_is_still_masked() -> None:
    text = "ik was bij hulpvrager Yasmina thuis"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["Yasmina"]


def test_the_list_is_read_as_words() -> None:
    assert {"hulpvragers", "ocmws", "leefloners"} <= lexicon().words


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ze woont in de Rabotwijk sinds maart", "Rabotwijk"),
        ("hij woont in het Hoogkwartier", "Hoogkwartier"),
        ("woont in Tondeliers met haar zoon", "Tondeliers"),
    ],
)
def test_neighbourhoods_of_the_big_cities_are_places(text: str, place: str) -> None:
    assert (place, "place") in [(text[s.start : s.end], s.kind) for s in find_spans(text)]
