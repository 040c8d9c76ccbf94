"""#12's twenty-third session: names and everyday words two reviewers who never read the rules
(review23c, review24a/b) saw read wrongly, each tried on sentences made up here in nl, fr and
en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("will and mark were both at school when i came", {"will", "mark"}),
        ("miracle and praise missed the bus again", {"miracle", "praise"}),
        ("joy and blessing were at home", {"joy", "blessing"}),
        ("ok. grace and mercy came by this morning", {"grace", "mercy"}),
        ("rose et jade sont absentes aujourd'hui", {"rose", "jade"}),
        ("roos en noor waren ziek", {"roos", "noor"}),
    ],
)
def test_two_word_names_opening_a_sentence_then_a_persons_act(text: str, names: set[str]) -> None:
    assert {found for found, kind in masked(text) if kind == "name"} == names


@pytest.mark.parametrize(
    "text",
    [
        "hope and faith are important",
        "love and patience were needed",
        "the bill and the mark were both there",
        "le ciel était céleste, les enfants jouaient dehors au parc",
        "la chambre des filles est jolie mais humide",
    ],
)
def test_words_said_of_a_thing_stay(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("gisteren was kevin er niet", "kevin"),
        ("de verantwoordelijke is ahmed", "ahmed"),
        ("hier était fatima chez nous", "fatima"),
    ],
)
def test_a_name_after_a_copula_still_names(text: str, name: str) -> None:
    assert (name, "name") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "ramen moeten gelapt worden zegt mvr lachend",
        "Hoop is het enige wat ze nog heeft zei mvr",
        "clb gaat mee kijken naar het schoolverzuim",
        "Clb had gebeld",
        "de oudste zoon die zijn moeder troostte",
        "mvr suste de baby",
        "mvr bakt taart voor de buren",
    ],
)
def test_a_title_an_acronym_or_a_dutch_verb_form_names_no_one(text: str) -> None:
    assert [kind for _, kind in masked(text) if kind == "name"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mevr d'hondt zoekt een nieuwe huisarts", "d'hondt"),
        ("cheikh prie beaucoup", "cheikh"),
        ("mvr Peeters belde", "Peeters"),
    ],
)
def test_a_name_that_looks_like_a_verb_or_a_title_still_names(text: str, name: str) -> None:
    assert (name, "name") in masked(text)
