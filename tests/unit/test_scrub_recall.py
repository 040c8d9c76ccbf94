"""Issue #12, third session: place and person recall on notes typed like on a phone. Each
rule with positive and negative cases in nl, fr and en."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import find_spans


def masked(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_spans(text)]


def masked_words(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze woont in mol bij haar moeder", ["mol"]),
        ("hij is naar spa gegaan voor werk", ["spa"]),
        ("il habite à ans chez son cousin", ["ans"]),
        ("she lives in ath with her kids", ["ath"]),
        ("verhuisd van boom naar geel", ["boom", "geel"]),
        ("il a déménagé de ans à huy", ["ans", "huy"]),
    ],
)
def test_short_towns_that_are_words_after_a_preposition(text: str, expected: list[str]) -> None:
    assert masked_words(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we zitten in lot 3 van de verkaveling",
        "de mol in de tuin is weg",
        "deux ans à attendre une réponse",
        "she went to spy on the neighbours",
        "van boom tot vrucht, zei de docent",
    ],
)
def test_short_towns_stay_words_elsewhere(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij is geboren in emirdag", [("emirdag", "place")]),
        ("hij vertelde dat hij in emirdag geboren is", [("emirdag", "place")]),
        ("il vient de bukavu avec ses enfants", [("bukavu", "place")]),
        ("ze komt uit kolwezi", [("kolwezi", "place")]),
        ("they fled from a village near kunduz", [("kunduz", "place")]),
        ("elle est née à gitarama", [("gitarama", "place")]),
    ],
)
def test_towns_in_no_list_where_someone_was_born_or_comes_from(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ze komt uit een grote familie",
        "il vient de partir",
        "hij komt van zijn werk",
        "she came from the office late",
        "geboren in een moeilijke periode",
    ],
)
def test_origin_words_without_an_unknown_town_mask_nothing(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    "text", ["il habite chez son cousin", "elle dort chez sa cousine", "her son cousin came"]
)
def test_a_family_word_after_a_family_word_is_no_name(text: str) -> None:
    assert masked(text) == []
