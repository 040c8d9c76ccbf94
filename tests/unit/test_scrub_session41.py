"""#12's forty-first session: rules from the misses of review50a (a set written from the label
brief alone, kept unread for a session and then opened as a tuning set), from misses that
writers of many tuning sets share, and from the probe sets written during the session (each
scored unread first); sentences made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("mme popescu rom roumaine, 5 enfants, vivent dans une caravane", "rom roumaine"),
        ("la famille mihai rom installée sur un terrain", "rom"),
        ("harcelée à l'école car rom", "rom"),
        ("mme ionescu (rom) vit dans une caravane", "rom"),
    ],
)
def test_rom_is_an_origin(text: str, origin: str) -> None:
    assert (origin, "origin") in masked(text)


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("zegt dat hij suiker heeft en insuline vergeet", "suiker"),
        ("ik denk omdat ze suikerziekte heeft", "suikerziekte"),
        ("phobie sociale selon le médecin", "phobie sociale"),
        ("zoon heeft sociale fobie, gaat niet meer buiten", "sociale fobie"),
        ("claustrophobia, can't take the lift", "claustrophobia"),
    ],
)
def test_conditions_told_in_a_clause_or_by_their_kind(text: str, condition: str) -> None:
    assert (condition, "health") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik denk dat ze geen suiker heeft in huis",
        "dat ze suiker heeft gekocht voor de taart",
        "of hij suiker heeft nodig voor de koffie",
    ],
)
def test_sugar_in_the_house_is_no_condition(text: str) -> None:
    assert not [span for span in masked(text) if span[1] == "health"]


def test_esperance_without_its_accent_is_a_name() -> None:
    assert ("esperance", "name") in masked("esperance vroeg om voedselpakket, ocmw traag")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("hope eritrean, arrived via calais, sleeping at the hub", "calais"),
        ("tesfay zegt da hij alleen terug is uit calais", "calais"),
        ("wil naar duinkerke om over te steken", "duinkerke"),
        ("il est passé par vintimille", "vintimille"),
    ],
)
def test_towns_on_the_route_to_britain_are_places(text: str, place: str) -> None:
    assert (place, "place") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "hb in het kiel bij mariam",
        "mvr claes woont op de kiel, blok c",
        "den dikke van t kiel weer gezien",
        "prince hangt rond aan kiel",
        "hassan werkt in het zwart op het kiel",
    ],
)
def test_the_kiel_is_a_quarter(text: str) -> None:
    assert ("kiel", "place") in masked(text)


@pytest.mark.parametrize(
    "text", ["de kiel van de boot is gebarsten", "hij draagt een blauwe kiel op de markt"]
)
def test_a_keel_or_a_smock_is_no_place(text: str) -> None:
    assert not [span for span in masked(text) if span[1] == "place"]


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("tom verslaafd aan coke, volgt nu traject bij de sleutel", "de sleutel"),
        ("wil naar de sleutel voor begeleiding, gebruikt weer", "de sleutel"),
        ("afkicken in de kiem, drank laten staan", "de kiem"),
        ("mr rahimi afghan, ptsd, referred to ulysse", "ulysse"),
        ("veel trauma, ptss diagnose via solentra", "solentra"),
    ],
)
def test_services_named_by_a_word_or_bare_are_organisations(text: str, service: str) -> None:
    assert (service, "organisation") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb de sleutel van de kelder niet, drank in de kast",
        "hij vond de sleutel niet en bleef buiten",
        "de kiem van het probleem zit in de schulden",
    ],
)
def test_a_key_or_a_germ_is_no_organisation(text: str) -> None:
    assert not [span for span in masked(text) if span[1] == "organisation"]


@pytest.mark.parametrize(
    ("text", "membership"),
    [
        ("marc was abvv delegee bij de fabriek, ontslagen", "abvv delegee"),
        ("gerda (acv-lid) werkt in een textielbedrijf", "acv-lid"),
        ("mr van damme syndiqué fgtb, licencié", "syndiqué fgtb"),
        ("mr de clercq, acv puls member, shifts cut", "acv puls member"),
    ],
)
def test_a_union_named_before_or_after_its_role_goes_with_it(text: str, membership: str) -> None:
    assert (membership, "politics") in masked(text)


def test_going_to_a_union_for_benefits_stays() -> None:
    assert not masked("il passe à la fgtb pour ses alloc")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("mr o'brien (irish), laid off at the port", ("irish", "origin")),
        ("mrs van der meer, early dementia, daughter abroad", ("early dementia", "health")),
        ("mr kaya, accident de travail, main amputée", ("main amputée", "health")),
        ("wim terug aan den drank, slaapt in zn auto", ("terug aan den drank", "health")),
        ("4 nog thuis op sint-bernardse stwg 300 bus 14", ("sint-bernardse stwg 300 bus 14",
                                                           "address")),
    ],
)  # fmt: skip
def test_probe121_and_probe122_shapes(text: str, found: tuple[str, str]) -> None:
    assert found in masked(text)


@pytest.mark.parametrize("text", ["an irish pub on the corner", "une pizzeria italienne"])
def test_a_pub_or_a_pizzeria_named_after_a_people_is_no_origin(text: str) -> None:
    assert not masked(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("lotte 19j, trans, thuis buitengezet door vader", ("trans", "orientation")),
        ("théo 15 ans, gay, harcelé à l'école", ("gay", "orientation")),
        ("lily 14, insta @lilyy.bxl, meeting an older guy", ("lily", "name")),
        ("rose 80, parkinson's, husband can't cope", ("rose", "name")),
        ("sunday okafor stuurt loonfiches door", ("sunday okafor", "name")),
        ("mamadou (sénégalais), mouride, travaille", ("mouride", "religion")),
        ("mr haidari vit bloc c appart 7, fenêtre cassée", ("bloc c appart 7", "address")),
    ],
)
def test_probe123_and_probe124_shapes(text: str, found: tuple[str, str]) -> None:
    assert found in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "bus 14, trans en retard",
        "may 12, appointment at the cpas",
        "sunday morning the office was closed",
        "see you sunday at the meeting",
    ],
)
def test_an_age_a_day_or_a_bus_stays_a_word(text: str) -> None:
    assert not [span for span in masked(text) if span[1] in ("name", "orientation")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("jessica 19a trans, rejetée par sa famille", ("trans", "orientation")),
        ("karim belt, methadonbehandeling loopt via huisarts", ("methadonbehandeling", "health")),
    ],
)
def test_probe125_and_probe126_shapes(text: str, found: tuple[str, str]) -> None:
    assert found in masked(text)


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("vader is schots, komt uit glasgow", "schots"),
        ("her welsh boyfriend visits at weekends", "welsh"),
        ("son copain gallois vient le week end", "gallois"),
        ("mr o'connor, irish, worked at the airport", "irish"),
    ],
)
def test_the_british_isles_said_of_a_person_are_an_origin(text: str, origin: str) -> None:
    assert (origin, "origin") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "schotse ruit op de jas van de jongste",
        "ierse setter van de buren blaft",
        "whisky ecossais dans le placard",
        "danse irlandaise pour la petite",
        "irish stew for tea",
        "welsh cakes from nan",
    ],
)
def test_the_british_isles_naming_a_thing_stay(text: str) -> None:
    """reader41: a tartan, a setter, a stew name no one's origin."""
    assert not [span for span in masked(text) if span[1] == "origin"]
