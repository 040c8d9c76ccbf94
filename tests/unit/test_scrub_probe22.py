"""#12's eighteenth session: shapes generalised from the project's dev sentences (never from
a held-out or frozen set) and tried on sentences made up here, each with a case that must stay
(nl, fr, en)."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import find_spans


def masked(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ik heb blessing gisteren niet kunnen bereiken, daarna heb blessing gebeld", "blessing"),
        ("ik heb destiny teruggebeld over de huur", "destiny"),
        ("ik heb lieve bezocht in het ziekenhuis", "lieve"),
        ("j'ai vu destiny hier chez elle", "destiny"),
        ("j'ai vu patience ce matin au bureau", "patience"),
        ("phoned grace back about the rent", "grace"),
        ("texted joy twice, no answer", "joy"),
        ("zag precious in de wachtzaal", "precious"),
    ],
)
def test_a_word_name_as_the_bare_object_of_a_verb_of_contact(text: str, name: str) -> None:
    assert (name, "name") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb hoop gehad dat het lukt",
        "ik heb de mentor gebeld over de school",
        "she has hope again since the new flat",
        "a book called hope was on the table",
        "j'ai eu de la patience avec le proprio",
        "il a vu que la patience ne suffit pas",
    ],
)
def test_a_word_after_such_a_verb_stays_a_word(text: str) -> None:
    assert [kind for _, kind in masked(text) if kind == "name"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ik heb jabari gebeld ivm zijn papieren", "jabari"),
        ("nzinga, amani en jabari waren mee naar zee", "jabari"),
        ("j'ai vu salimata hier chez elle", "salimata"),
        ("gesprek met chioma over de huur", "chioma"),
        ("phoned wale back today", "wale"),
        ("alassane belde me terug", "alassane"),
    ],
)
def test_names_of_belgian_cities_that_no_list_held(text: str, name: str) -> None:
    assert (name, "name") in masked(text)
