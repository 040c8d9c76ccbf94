"""#12's twenty-fifth session: places and addresses a reviewer who never read the rules
(review29b) saw missed, each tried on sentences made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ze wonen in de wijk de zwaluw sinds mei", ("zwaluw", "place")),
        ("fam woont in wijk ganzendries", ("ganzendries", "place")),
        ("la famille vit à la cite du moulin a jumet", ("cite du moulin", "place")),
        ("they live in the cité lemmens near the station", ("cité lemmens", "place")),
        ("they moved to the ravelijn estate last year", ("ravelijn", "place")),
        ("the youth worker meets him in the brabantwijk area", ("brabantwijk", "place")),
        ("ze wonen in toren 3 verdiep 11 zonder lift", ("toren 3 verdiep 11", "address")),
        ("appartement bloc d 4e etage sans ascenseur", ("bloc d 4e etage", "address")),
        ("they live in block a 3rd floor", ("block a 3rd floor", "address")),
        ("bezoek bij fam op heidehoek 27 3600 genk", ("heidehoek 27", "address")),
        ("nouvelle adresse les trieux 14 bte 2 6040 jumet", ("trieux 14 bte 2", "address")),
        ("madame vit sous les saules 9 a bouge", ("sous les saules 9", "address")),
        ("il réside au 31 les hayettes", ("31 les hayettes", "address")),
        ("the family is staying at 8 kouterveld with an aunt", ("8 kouterveld", "address")),
        ("adresse rue de la paix 12 bt 3", ("rue de la paix 12 bt 3", "address")),
    ],
)  # fmt: skip
def test_places_review29b_saw_missed(text: str, found: tuple[str, str]) -> None:
    assert found in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "in de wijk rondhangen met vrienden",
        "ze woont in een rustige wijk",
        "un quartier difficile pour les jeunes",
        "they meet in the local area",
        "we sat in the waiting area",
        "ze woont al 3 jaar in die flat",
        "ze woont op 5 minuten van school",
        "she lives at 12 different addresses in a year",
        "woont in 1 kamer met 4 kinderen",
        "in de blok 2 weken studeren",
        "betaalde 1200 euro voor 3 maanden",
    ],
)
def test_words_near_those_shapes_stay(text: str) -> None:
    assert masked(text) == []
