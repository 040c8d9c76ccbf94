"""Issue #12, twelfth session: a first name opening a note typed in telegraphic style, before
an adverb, a negation or a possessive ("Kevin vandaag niet thuis"), and "zn" for "zijn"; names
that a note opens with as words stay. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.scrub_helpers import of_kind


def names(text: str) -> list[str]:
    return of_kind(text, "name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kevin vandaag niet thuis", ["Kevin"]),
        ("Kevin zijn fiets is gestolen", ["Kevin"]),
        ("Kevin zn mama belde", ["Kevin"]),
        ("Sarah niet thuis. Kevin ook niet", ["Sarah", "Kevin"]),
        ("Inès toujours sans logement", ["Inès"]),
        ("Laura aussi absente ce matin", ["Laura"]),
        ("Liam still no job", ["Liam"]),
    ],
)
def test_a_first_name_opening_a_telegraphic_note_is_masked(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ben al thuis",
        "Dan nog even bellen",
        "Max nog 2 weken wachten",
        "Mei nog niet betaald",
        "Thuis niet veel veranderd",
        "Will not come back",
    ],
)
def test_names_a_note_opens_with_as_words_stay(text: str) -> None:
    assert names(text) == []
