"""Issue #12, twelfth session: a first name typed in lower case after the role of a
professional around the family (wijkagent, deurwaarder, opvoedster, huissier, caseworker,
social worker) is a name; the role alone stays. Every sentence is invented."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import find_spans
from tests.scrub_helpers import of_kind


def names(text: str) -> list[str]:
    return of_kind(text, "name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gesproken met wijkagent tom", ["tom"]),
        ("de deurwaarder jan kwam langs", ["jan"]),
        ("haar opvoedster lien is ziek", ["lien"]),
        ("le huissier dupont est passé", ["dupont"]),
        ("the social worker anna called", ["anna"]),
    ],
)
def test_a_name_after_a_professionals_role_is_masked(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de deurwaarder kwam langs",
        "de wijkagent kwam langs voor de buren",
        "le huissier est passé",
        "the worker will call",
        "the caseworker left early",
    ],
)
def test_the_role_alone_stays(text: str) -> None:
    assert find_spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("met with mrs o'connor", ["o'connor"]), ("o'connor called back", ["o'connor"])],
)
def test_an_irish_surname_of_the_lists_in_lower_case(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", ["at 5 o'clock she left", "quelqu'un est venu"])
def test_other_apostrophes_stay(text: str) -> None:
    assert find_spans(text) == []
