"""#12's forty-third session: rules from misses that writers of many tuning sets share (mined
over every tuning set, review52a and review53a opened at the session's start among them);
sentences made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


def kinds(text: str, kind: str) -> list[str]:
    return [said for said, found in masked(text) if found == kind]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("karim (gay) wordt gepest in de buurt", "gay"),
        ("mr adeyemi ghanaian, gay, asks about asylum", "gay"),
        ("bram kosovaar gay, bang van zijn familie", "gay"),
        ("rené couple gay avec son voisin, proprio pas content", "gay"),
        ("noah 19/03/2004 bi volgens haar, broer dreigt", "bi"),
        ("mme lambert bi, sa compagne a emménagé", "bi"),
        ("jeune théo trans rejeté par son père", "trans"),
        ("hij zegt dat zijn vriend robin trans is", "trans"),
        ("sacha (trans) zoekt een kamer", "trans"),
    ],
)
def test_an_orientation_said_of_a_name_without_a_verb_is_masked(text: str, word: str) -> None:
    assert word in kinds(text, "orientation")


@pytest.mark.parametrize(
    "text",
    [
        "the team went to gay pride in antwerp",
        "the gay bar on the corner closed",
        "found a gay-friendly shelter for the weekend",
        "ik ga morgen bi de buren langs",
        "bi-weekly meeting with the landlord",
        "de trans is vertraagd",
    ],
)
def test_the_same_words_about_no_one_stay(text: str) -> None:
    assert kinds(text, "orientation") == []


def test_a_person_word_before_trans_stays_in_the_span() -> None:
    assert "zoon trans" in kinds("mvr zegt dat zoon trans is", "orientation")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("winston lost his job at the garage, rent arrears", "winston"),
        ("winston belt morgen terug voor zijn huur", "winston"),
        ("oude fons leeft alleen, wil thuishulp", "fons"),
    ],
)
def test_names_that_word_lists_count_as_words_are_names(text: str, name: str) -> None:
    assert name in kinds(text, "name")
