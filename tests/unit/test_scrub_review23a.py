"""#12's twenty-second session: special categories a second reviewer who never read the
rules (review23a) saw missed, and the everyday notes it saw masked, each tried on sentences
made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mr heeft extreemrechtse ideeën", ("extreemrechtse ideeën", "politics")),
        ("he votes far right", ("votes far right", "politics")),
        ("il vote pour l'extrême droite", ("vote pour l'extrême droite", "politics")),
        ("mr est gauchiste", ("gauchiste", "politics")),
        ("le père est un militant communiste", ("militant communiste", "politics")),
        ("mr is a monarchist", ("monarchist", "politics")),
        ("dhr is PVDA-lid", ("PVDA-lid", "politics")),
        ("mr est encarté au PS", ("encarté au PS", "politics")),
        ("sa fille est dans les jeunes socialistes", ("jeunes socialistes", "politics")),
        ("mr zit bij de rode vakbond", ("rode vakbond", "politics")),
        ("mr fait partie du syndicat chrétien", ("syndicat chrétien", "politics")),
        ("mme est déléguée dans sa boîte", ("déléguée dans sa boîte", "politics")),
        ("mrs is a trade union rep", ("trade union rep", "politics")),
    ],
)
def test_politics_told_in_one_word_or_by_a_nickname(text: str, expected: tuple[str, str]) -> None:
    assert expected in masked(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("les voisins le traitent de pédé", ("pédé", "orientation")),
        ("buren roepen 'flikker' naar hem", ("flikker", "orientation")),
        ("daughter is transitioning", ("transitioning", "orientation")),
        ("l'ado veut les bloqueurs de puberté", ("bloqueurs de puberté", "orientation")),
        ("ze is in transitie van vrouw naar man", ("van vrouw naar man", "orientation")),
        (
            "hij heeft een relatie met een andere man",
            ("een relatie met een andere man", "orientation"),
        ),
        ("tiener twijfelt aan zijn geaardheid", ("zijn geaardheid", "orientation")),
        ("ze is een transvrouw, hormoonbehandeling gestart", ("hormoonbehandeling", "orientation")),
    ],
)
def test_orientation_told_by_a_slur_a_step_or_a_doubt(text: str, expected: tuple[str, str]) -> None:
    assert expected in masked(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de oma is grabataire, escarres", ("grabataire", "health")),
        ("zoon deed een suïcidepoging", ("suïcidepoging", "health")),
        ("il picole dès le matin", ("picole", "health")),
        ("he's been clean 6 months", ("clean", "health")),
        ("zoon is nu 2 maand clean", ("clean", "health")),
        ("he goes to NA meetings", ("NA", "health")),
        ("suivi au SSM pour ses angoisses", ("SSM", "health")),
        ("moet terug naar 't zothuis", ("zothuis", "health")),
        ("mr est franc-maçon", ("franc-maçon", "religion")),
        ("mvr zit bij de getuigen", ("getuigen", "religion")),
        ("elle est devenue très religieuse", ("très religieuse", "religion")),
        ("he's Black and gets stopped", ("Black", "origin")),
        ("la famille est rom", ("rom", "origin")),
        ("le fils est métis", ("métis", "origin")),
        ("dad is inside, mum copes alone", ("inside", "detention")),
        ("zijn zoon draagt een bracelet", ("bracelet", "detention")),
        ("mr est en sursis probatoire", ("est en sursis probatoire", "detention")),
    ],
)
def test_a_state_a_slang_word_or_a_community(text: str, expected: tuple[str, str]) -> None:
    assert expected in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "mvr maakt Marokkaanse koekjes voor het schoolfeest",
        "rdv au café turc en face de la gare",
        "we met at the Moroccan bakery near the station",
        "zoon verslaafd aan Fortnite volgens mama",
        "het huis is clean sinds de poetsvrouw",
        "she had a fit when she saw the bill",
        "the cat is inside, door closed",
        "une cérémonie religieuse à l'école",
        "mme a été orientée vers le cpas",
        "changement d'état civil pour le mariage",
    ],
)
def test_food_shops_games_and_tidy_houses_stay(text: str) -> None:
    assert [(part, kind) for part, kind in masked(text) if kind != "name"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze is 6 maand zwanger", "6 maand zwanger"),
        ("she is 7 months pregnant", "7 months pregnant"),
        ("she has stage 3 breast cancer", "stage 3 breast cancer"),
    ],
)
def test_how_far_a_pregnancy_or_a_cancer_is_belongs_to_it(text: str, expected: str) -> None:
    assert (expected, "health") in masked(text)


def test_which_pregnancy_it_is_stays_outside_as_the_writers_label_it() -> None:
    """Writers of four sets label "zwanger", not "van de vierde"."""
    assert ("zwanger", "health") in masked("ze is zwanger van de vierde")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mr has bowel cancer, terminal", ("bowel cancer, terminal", "health")),
        ("mrs has depression and anxiety", ("depression and anxiety", "health")),
        ("mrs has epilepsy, had a fit at school", ("had a fit", "health")),
        ("zijn been is afgezet", ("been is afgezet", "health")),
        ("mvr snuift in het weekend", ("snuift", "health")),
        ("she's got a bun in the oven", ("bun in the oven", "health")),
        ("le père a quitté la mère pour un homme", ("pour un homme", "orientation")),
        (
            "hij heeft zijn vrouw verlaten voor een andere man",
            ("voor een andere man", "orientation"),
        ),
    ],
)
def test_the_last_details_review23a_saw_missed(text: str, expected: tuple[str, str]) -> None:
    assert expected in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "de bypass rond de stad staat vast",
        "hij heeft zijn job verlaten voor een man die beter betaalt",
    ],
)
def test_a_road_and_a_new_boss_stay(text: str) -> None:
    assert [(part, kind) for part, kind in masked(text) if kind != "name"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vandaag gesproken met umm idris van de moskee", "umm idris"),
        ("parlé avec oum samira de la mosquée", "oum samira"),
        ("de oudste, said (16), werkt in een nachtwinkel", "said"),
        ("mrs fisher, the neighbour, called the police", "fisher"),
    ],
)
def test_a_kunya_a_child_with_its_age_and_a_surname_before_a_comma(
    text: str, expected: str
) -> None:
    """review23c: the kunya stayed beside a masked name; a word-name with an age was read as
    a word; "mrs fisher," as a title and a trade."""
    assert (expected, "name") in masked(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("marie-claire dupont (54) woont alleen", ["marie-claire dupont"]),
     ("mevrouw zelf, ze wil niet", [])],
)  # fmt: skip
def test_a_full_name_stays_whole_and_a_title_with_zelf_names_no_one(
    text: str, expected: list[str]
) -> None:
    assert [part for part, kind in masked(text) if kind == "name"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("roos was niet thuis, buurman zegt dat ze logeert", "roos"),
        ("hope wasn't home, neighbour says she sleeps at her mum's", "hope"),
        ("according to joy the rent hasn't been paid", "joy"),
        ("selon patience le loyer est payé", "patience"),
    ],
)
def test_a_word_name_opening_a_note_before_a_persons_act_or_quoted(
    text: str, expected: str
) -> None:
    assert (expected, "name") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "patience zegt ze in het frans als de kinderen zeuren",
        "hope is all we have left",
        "selon moi c'est bon",
        "nmbs ticket naar zee voor de uitstap van de vzw in juli",
    ],
)
def test_a_quoted_word_a_virtue_and_an_outing_stay(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "het is non-stop druk in de wachtzaal",
        "de buren zijn getuigen.",
        "Dan belde de huisbaas nog",
        "de PZ Antwerpen belde, een politiezone",
    ],
)
def test_a_police_zone_witnesses_and_then_are_no_special_category_or_name(text: str) -> None:
    assert [(p, k) for p, k in masked(text) if k in ("religion", "health", "name")] == []


def test_om_before_a_name_is_dutch_for_to() -> None:
    assert ("fatima", "name") in masked("ze komt om fatima te halen")
