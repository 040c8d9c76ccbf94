"""#12's thirty-second session: rules from the misses of review41a (a set written from the
label brief alone, kept unread for a session and then opened as a tuning set) and from
sentences made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("m. van der stappen , 88 ans, veut rester chez lui", ("van der stappen", "name")),
        ("m. de la croix a appelé hier", ("de la croix", "name")),
        ("bel b. mahieu morgen over de huur", ("b. mahieu", "name")),
        ("call back t. verbeke on monday", ("t. verbeke", "name")),
        ("rdv chez p. lambotte demain matin", ("p. lambotte", "name")),
    ],
)  # fmt: skip
def test_monsieur_before_particles_and_an_initial_after_a_call_are_names(
    text: str, found: tuple[str, str]
) -> None:
    assert found in masked(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("jongen prince (p.m.) 16j, spijbelt veel", [("prince", "name"), ("p.m.", "name")]),
        ("rose (r. k.) 20a, slaapt bij een vriendin", [("rose", "name"), ("r. k.", "name")]),
        ("sami (s.b.) est revenu ce matin", [("sami", "name"), ("s.b.", "name")]),
        ("kevin aka de lange, terug op straat", [("kevin", "name"), ("de lange", "name")]),
        ("lou alias loulou dort chez sa tante", [("lou", "name"), ("loulou", "name")]),
        ("titi (surnom du fils martens) pleure beaucoup", [("titi", "name")]),
    ],
)  # fmt: skip
def test_initials_a_nickname_and_an_alias_beside_a_name_are_names(
    text: str, found: list[tuple[str, str]]
) -> None:
    for detail in found:
        assert detail in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "m. de la mairie a dit non",
        "zie verslag (o.a.) en bijlage",
        "the client (i.e.) did not come",
        "we meet at 3 (p.m.) tomorrow",
        "met a. and the kids",
    ],
)
def test_abbreviations_in_brackets_and_a_body_after_monsieur_stay(text: str) -> None:
    assert masked(text) == []
