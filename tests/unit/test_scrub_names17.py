"""#12, names17: title-case names of works and places, capitalised joiners, a name followed by
its own word as a verb, word-names after a person cue (nl, fr, en; sentences invented)."""

from __future__ import annotations

import pytest

from tests.scrub_helpers import of_kind


@pytest.mark.parametrize(
    "text",
    [
        "we zijn met de kinderen naar de Rose Garden geweest",
        "ze spelen graag in de Hope Garden achter de school",
        "on est allé au Rose Garden avec les enfants",
        "she took the kids to the Rose Garden on sunday",
        "the Rose Bar was closed when we passed",
        "we lazen Pierre En De Wolf samen voor het slapen",
        "on a lu Pierre Et Le Loup avant de dormir",
        "elle lit Alice Au Pays Des Merveilles à sa fille",
        "they watched Peter And The Wolf at school",
        "she read Alice In Wonderland to her son",
    ],
)
def test_a_title_case_work_or_place_that_opens_with_a_first_name_is_no_person(text: str) -> None:
    assert of_kind(text, "name") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rose Peeters belde gisteren over de huur", ["Rose Peeters"]),
        ("ik sprak met Rose Bakker over haar zoon", ["Rose Bakker"]),
        ("Pierre Lambert est passé ce matin", ["Pierre Lambert"]),
        ("Pierre Et Marie sont venus ensemble", ["Pierre", "Marie"]),
        ("Pierre En Marie kwamen samen langs", ["Pierre", "Marie"]),
        ("Pierre De Smet kwam langs met zijn moeder", ["Pierre De Smet"]),
        ("Sarah Black called about the rent", ["Sarah Black"]),
        ("Pierre And Marie came by together", ["Pierre", "Marie"]),
    ],
)
def test_a_first_name_before_a_surname_or_a_name_stays_a_person(
    text: str, names: list[str]
) -> None:
    assert of_kind(text, "name") == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("j'ai vu Marie En rentrant du marché", "Marie"),
        ("ik heb Marie En passant nog gezien", "Marie"),
        ("I saw Marie And then went home", "Marie"),
        ("we spoke to Tom Et cetera", "Tom"),
    ],
)
def test_a_capitalised_function_word_does_not_extend_a_name(text: str, name: str) -> None:
    assert of_kind(text, "name") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Will you call back tomorrow?",
        "Hope is small but real",
        "Patience nodig met de kinderen",
        "Grace à sa mère, tout va bien",
        "Lieve help is welkom",
        "Grace takes time",
    ],
)
def test_a_word_name_opening_a_sentence_as_a_word_stays(text: str) -> None:
    assert of_kind(text, "name") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Will will call back tomorrow", "Will"),
        ("Will will morgen terugbellen", "Will"),
        ("Hope hopes to stay in the flat", "Hope"),
        ("Rose rose early to catch the bus", "Rose"),
    ],
)
def test_a_name_followed_by_its_own_word_as_a_verb_is_a_name(text: str, name: str) -> None:
    assert of_kind(text, "name") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "will will call back tomorrow",
        "Will will.",
        "Hope, hope and more hope",
    ],
)
def test_a_repeated_word_without_a_name_shape_stays(text: str) -> None:
    assert of_kind(text, "name") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("met joy gesproken over de school", "joy"),
        ("mercy belde vanochtend", "mercy"),
        ("j'ai parlé avec joy hier soir", "joy"),
        ("I talked with joy about her rent", "joy"),
        ("gisteren met grace gebeld", "grace"),
        ("elle a rendu visite à patience", "patience"),
    ],
)
def test_a_word_name_after_a_person_cue_in_lower_case_is_a_name(text: str, name: str) -> None:
    assert of_kind(text, "name") == [name]
