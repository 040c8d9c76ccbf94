"""Issue #12, second session: names after family words and "ons", institutions in lower
case and employers after a word about work, each with cases that must stay words."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import find_spans


def masked(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("haar vriend kevin komt mee naar de afspraak", ["kevin"]),
        ("ons kim heeft weer ruzie met de buren", ["kim"]),
        ("samen met oma rosa naar de winkel", ["rosa"]),
        ("la tata inès ne vient plus", ["inès"]),
        ("her nan rose looks after the kids", ["rose"]),
    ],
)
def test_first_names_that_are_words_after_a_family_word(text: str, names: list[str]) -> None:
    assert [t for t, kind in masked(text) if kind == "name"] == names


@pytest.mark.parametrize(
    "text",
    [
        "haar man werkt niet meer",
        "ons team vergadert dinsdag",
        "ons gesprek was goed",
        "haar vriend mag niet meer komen",
        "de moeder wil geen hulp",
        "his wife said no",
        "the mother will call back",
        "ons mama is boos",
    ],
)
def test_words_after_a_family_word_stay_words(text: str) -> None:
    assert masked(text) == []
