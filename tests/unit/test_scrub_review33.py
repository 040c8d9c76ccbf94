"""#12's twenty-sixth session: words of no one that a reviewer who never read the rules
(review33a) saw masked in clean notes, each tried on sentences made up here in nl, fr and en,
beside the same shapes that still say something about someone."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    "text",
    [
        "maandag geen school dus de kinderen waren thuis",
        "onze vzw vergadert volgende week over het budget",
        "de asbl organise une fête de quartier en juin",
        "hier soir tout le quartier chantait sous la pluie",
        "we aten italiaanse spaghetti en chinese noedels bij de buren",
        "turkish delight and greek yoghurt on the table",
        "an indian summer this week and chinese whispers in the team",
        "bij monopoly moest ik twee keer naar de gevangenis",
        "au monopoly il est allé en prison trois fois",
        "prison break was on netflix while we talked",
        "je suis prisonnier de la routine le lundi",
        "infosessie bij vvsg over het nieuwe decreet",
        "inscription chez bruxelles formation pour un module",
        "de kinderen keken naar pieter post en tom en jerry",
        "un poster de lucky luke dans la chambre",
        "quiche lorraine et beef wellington au menu",
        "partie de uno avec les enfants",
        "a slice of victoria sponge with the coffee",
        "the baby checkup is next week",
    ],
)  # fmt: skip
def test_words_of_no_one_review33a_saw_masked(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("zijn dochter zit op school du parc in elsene", ("school du parc", "organisation")),
        ("ze is vrijwilliger bij vzw kompas", ("vzw kompas", "organisation")),
        ("hij zat twee jaar in de gevangenis", ("zat twee jaar in de gevangenis", "detention")),
        ("ze is turkse van origine", ("turkse", "origin")),
        ("ils vivent au quartier du tivoli", ("tivoli", "place")),
        ("elle est prisonnière à lantin depuis mars", ("est prisonnière", "detention")),
    ],
)  # fmt: skip
def test_the_same_shapes_still_mask_someone(text: str, found: tuple[str, str]) -> None:
    assert found in masked(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("rdv avec m leroi demain a 10h", [("leroi", "name")]),
        ("entretien chez m kabasele pour le loyer", [("kabasele", "name")]),
        ("il m a dit que tout va bien", []),
        ("ça m énerve un peu", []),
        ("vu avec m et mme le directeur", []),
    ],
)  # fmt: skip
def test_monsieur_without_its_dot(text: str, found: list[tuple[str, str]]) -> None:
    """ "m" for monsieur typed without its dot (a lead reviewers left), not the elided "me"."""
    assert masked(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("he lives at church street 5", [("church street 5", "address")]),
        ("mrs brown lives at browning lane 4 in genk",
         [("brown", "name"), ("browning lane 4", "address"), ("genk", "place")]),
        ("the bus goes down main road 4 times a day", []),
        ("we drove along the avenue 12 minutes", []),
    ],
)  # fmt: skip
def test_english_streets_with_the_number_after(text: str, found: list[tuple[str, str]]) -> None:
    """The Belgian order in an English note (review33b): "summer street 5", not a count."""
    assert masked(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("il vit en habitation protégée Les Tilleuls à Mons",
         [("habitation protégée Les Tilleuls", "organisation"), ("Mons", "place")]),
        ("he lives in sheltered housing Het Anker",
         [("sheltered housing Het Anker", "organisation")]),
        ("hij woont in beschut wonen sinds maart", [("beschut wonen", "health")]),
    ],
)  # fmt: skip
def test_sheltered_housing_named(text: str, found: list[tuple[str, str]]) -> None:
    """A sheltered home by its name is a care place (review33b); unnamed it is a health fact."""
    assert masked(text) == found


def test_a_town_after_the_red_cross() -> None:
    """ "la croix rouge de jambes": the service says the word is its town (review33b)."""
    assert ("jambes", "place") in masked("un colis de la croix rouge de jambes")
    assert ("as", "place") in masked("het rode kruis van as helpt")


def test_a_town_after_a_postcode_is_not_cut_mid_word() -> None:
    """ "14 rue gray 1040 etterbeek": the street's window ended inside the town, and the
    address took "1040 e" (review31b)."""
    assert masked("mrs wright moved to 14 rue gray 1040 etterbeek") == [
        ("wright", "name"),
        ("14 rue gray 1040", "address"),
        ("etterbeek", "place"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("dossier Mustafa K.D. doorgestuurd", [("Mustafa K.D", "name")]),
        ("dossier Mehdi A.K. envoyé au juriste", [("Mehdi A.K", "name")]),
        ("mrs Claes-Van Loo needs new glasses", [("Claes-Van Loo", "name")]),
        ("elle vit à la mrs sainte-anne depuis mars", [("sainte-anne", "organisation")]),
    ],
)  # fmt: skip
def test_initials_in_a_row_and_mrs_as_a_title(text: str, found: list[tuple[str, str]]) -> None:
    """A row of initials after a first name (review27b), without its last full stop as the
    writers mark it; "mrs" is a care home only after "la" (maison de repos et de soins)."""
    assert masked(text) == found
