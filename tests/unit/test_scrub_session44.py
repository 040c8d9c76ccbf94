"""#12's forty-fourth session: rules from misses that writers of many tuning sets share (mined
over every tuning set, review54a and probe136-141 opened at the session's start among them);
sentences made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import kinds, masked


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("blessing, ook bless genoemd, slaapt in het station", ["blessing", "bless"]),
        ("precious, also called preshy, sleeps at her aunt's", ["precious", "preshy"]),
        ("joy, also known as joyjoy, lost her job", ["joy", "joyjoy"]),
    ],
)
def test_a_second_name_the_note_gives_is_masked_with_the_first(text: str, names: list[str]) -> None:
    found = kinds(text, "name")
    assert all(name in found for name in names)


def test_a_role_given_a_nickname_stays() -> None:
    assert kinds("de kapitein, ook wel baas genoemd, zat er weer", "name") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bank details for joy: see the file", "joy"),
        ("salif en centre fermé à vottem, sa femme cherche", "salif"),
        ("desta , eritrean minor, lives with a cousin", "desta"),
    ],
)
def test_names_in_the_shapes_writers_share_are_names(text: str, name: str) -> None:
    assert name in kinds(text, "name")


@pytest.mark.parametrize(
    "text",
    [
        "the visit to school went fine",
        "details for the meeting follow by mail",
        "visit to hope street for the housing office",
        "visit to summer camp with son",
    ],
)
def test_the_same_prepositions_before_ordinary_words_stay(text: str) -> None:
    assert kinds(text, "name") == []


def test_a_detention_stays_masked_beside_someone_looking_for_training() -> None:
    text = "karim sous bracelet électronique, cherche formation cariste"
    assert "sous bracelet électronique" in kinds(text, "detention")


def test_a_training_about_a_detention_still_names_no_one() -> None:
    assert masked("session bracelet électronique pour les nouveaux") == []


@pytest.mark.parametrize(
    ("text", "detention"),
    [
        ("her son is in a closed youth centre since may", "closed youth centre"),
        ("placed in a closed youth institution, visit on sunday", "closed youth institution"),
        ("kai 17 arrested, in juvenile custody, mum on the phone", "juvenile custody"),
        ("rayan est en ipppj depuis 2 semaines", "ipppj"),
    ],
)
def test_youth_detention_in_english_and_typed_long_is_masked(text: str, detention: str) -> None:
    assert any(detention in span for span in kinds(text, "detention"))


@pytest.mark.parametrize(
    ("text", "faith"),
    [
        ("ouders streng gereformeerd, schrik dat hij buiten vliegt", "gereformeerd"),
        ("winston (jamaican, rastafarian) wants a vegetarian parcel", "rastafarian"),
        ("mrs bouzid is converted to catholicism, her brothers left", "catholicism"),
    ],
)
def test_faiths_writers_share_are_masked(text: str, faith: str) -> None:
    assert any(faith in span for span in kinds(text, "religion"))


@pytest.mark.parametrize(
    "text",
    [
        "mr mukendi est pasteur dans une église de réveil à ixelles",
        "karim gaat ni meer naar de moskee, vader boos",
    ],
)
def test_words_writers_leave_beside_a_faith_stay_readable(text: str) -> None:
    spans = kinds(text, "religion")
    assert "église de réveil" not in spans and not any("gaat" in span for span in spans)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("mr van der linden lives on the lakensestraat near the church", "lakensestraat"),
        ("bompa still lives alone on the brugsesteenweg", "brugsesteenweg"),
        ("fam yilmaz carnotstraat 2de verdiep, schimmel overal", "carnotstraat"),
        ("jos uit de molenstraat is terug aan t drinken", "molenstraat"),
        ("dirk van de kapelstraat zegt dat zijn vrouw vergeetachtig is", "kapelstraat"),
        ("jef van de diestsevest heeft terug schulden", "diestsevest"),
    ],
)
def test_a_flemish_street_without_its_number_is_an_address(text: str, street: str) -> None:
    assert street in kinds(text, "address")


@pytest.mark.parametrize(
    "text",
    [
        "de eenrichtingsstraat aan school is afgesloten",
        "de winkel van de kerkstraat is dicht",
        "ze werkt in de kerkstraat",
        "de oprijlaan lag vol sneeuw",
        "tom van de arbeidsmarkt, zoals ze hem noemt",
        "jos van de supermarkt belde",
        "jef van de fluovest, de klaarover",
        "piet van de huurmarkt, zoals mevr hem noemt",
    ],
)
def test_streets_of_every_town_and_words_stay_readable(text: str) -> None:
    assert kinds(text, "address") == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("suivie au chs notre-dame des champs depuis mars", "chs notre-dame des champs"),
        ("suivi au chp le chêne aux haies, rdv lundi", "chp le chêne aux haies"),
        ("jimmy (15) suspended from ti ter heide", "ti ter heide"),
        ("oudste wil naar vti ter dijle maar geen plaats", "vti ter dijle"),
        ("ruth wants dutch classes at cvo de linde", "cvo de linde"),
        ("jongste gaat naar jc de kreuner", "jc de kreuner"),
        ("zoekt werk via interim flexpro", "interim flexpro"),
        ("poetst via dienstencheques het hoekje, loon te laat", "dienstencheques het hoekje"),
        ("schulden bij fitness powerhouse in hasselt", "fitness powerhouse"),
        ("kreeg een brief van incasso vindex", "incasso vindex"),
        ("tel van huisvesting kempenland: wachtlijst 4 jaar", "huisvesting kempenland"),
        ("sarah works at laundry quickclean 6 days a week", "laundry quickclean"),
    ],
)
def test_services_and_firms_by_kind_and_name_are_masked(text: str, org: str) -> None:
    assert org in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "rdv au chs le matin",
        "ze blijft in het chs de komende maanden",
        "il va au jc de temps en temps",
        "jc de buurman heeft de verhuis helpen doen",
        "ze zat in het chs het voorbije jaar",
        "elle dort au chs de nuit",
        "werkt via interim sinds maandag",
        "gaat naar fitness elke week",
        "ze werkt via dienstencheques bij een dame",
        "in het ka de zelfde klas",
    ],
)
def test_the_same_kinds_before_ordinary_words_stay(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("mvr claes 84j gevallen, heupbreuk, ligt in het ziekenhuis", "heupbreuk"),
        ("papa gevallen in het wzc, heupfractuur, ligt op spoed", "heupfractuur"),
        ("mémé a fait une chute, col du fémur cassé", "col du fémur"),
        ("violence conjugale, fracture au bras, plainte déposée", "fracture au bras"),
        ("tombé du toit, fracture vertèbre, pas assuré", "fracture vertèbre"),
        ("91 ans, chute, fracture de la hanche, hospitalisée", "fracture de la hanche"),
    ],
)
def test_broken_bones_are_health_details(text: str, health: str) -> None:
    assert health in kinds(text, "health")


@pytest.mark.parametrize(
    "text",
    [
        "the job market looks anaemic this year",
        "la pharmacie vend une crème contre l'eczéma",
        "de school gaf info over bloedarmoede",
        "la fracture numérique touche les familles",
    ],
)
def test_conditions_talked_about_or_as_images_stay(text: str) -> None:
    assert kinds(text, "health") == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("vad chez mme dupont rue des alliés 54 bte 3 forest, frigo vide", "forest"),
        ("rue de la station 41 jemeppe, chauffage en panne", "jemeppe"),
        ("grand-place 18, ath", "ath"),
    ],
)
def test_a_town_right_after_a_french_address_is_a_place(text: str, town: str) -> None:
    assert town in kinds(text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "chez tati rosa chaussée de mons 1122, odeur de moisi partout",
        "un logement chaussée de gand 512 bte 7, on l'aide pour le déménagement",
        "vad chez mme el khattabi rue haute 45 sale et encombré",
        "vad chez mme fernandez, rue du moulin 2, marche difficile pour mme",
        "hv at mr hussain, rue haute 45, sale on at tesco",
    ],
)
def test_a_word_opening_the_next_clause_after_an_address_stays(text: str) -> None:
    assert kinds(text, "place") == []


def test_a_call_from_a_name_that_is_the_moon_is_someone() -> None:
    assert "lune" in kinds("appel de lune ce matin, nouvelle adresse", "name")


def test_the_moonlight_stays_a_word() -> None:
    assert kinds("clair de lune ce soir au parc", "name") == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("adres: kon. astridlaan 14, geel. mvr aanwezig", "geel"),
        ("mvr is verhuisd: bredabaan 12 bus 3, schoten. ocmw opvolgen", "schoten"),
    ],
)
def test_a_town_after_a_dutch_address_and_a_comma_stays_a_place(text: str, town: str) -> None:
    assert town in kinds(text, "place")
