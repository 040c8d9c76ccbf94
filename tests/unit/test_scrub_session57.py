"""#12's fifty-seventh session: a firm by its legal form; a bar, hotel or undertaker by the
words after its kind; injuries told with their body part; a first name opening a note before
its bearer's job; an au pair's name; a Polish plate; French names of Flemish towns. Sentences
made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import kinds
from tests.unit.test_scrub_unseen_categories import hidden as covered


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("poetst vr brightwax bv", "brightwax bv"),
        ("maçon chez belconstruk sa, mal payé", "belconstruk sa"),
        ("le salaire de toitpro srl arrive en retard", "toitpro srl"),
        ("wages owed by baltrans uab since june", "baltrans uab"),
        ("posted via krakbud sp z o.o. last year", "krakbud sp z o.o."),
        ("travaille pr entretien soleil sprl, pas de contrat", "entretien soleil sprl"),
        ("agentschap zonnige zaak vzw zoekt een poetshulp", "zonnige zaak vzw"),
        ("cleaner for shine & sparkle bvba in leuven", "shine & sparkle bvba"),
        ("cleaner for net & propre services bvba in gent", "net & propre services bvba"),
    ],
)
def test_a_firm_by_its_legal_form(text: str, firm: str) -> None:
    assert covered(text, firm, "organisation")


def test_an_associations_form_before_its_name_is_no_firm_tail() -> None:
    """ "vzw troostpunt": the form opens the name; the words before it are no firm's."""
    found = kinds("verwijzing rouwbegeleiding vzw troostpunt", "organisation")
    assert not any("rouwbegeleiding" in said for said in found)


@pytest.mark.parametrize(
    "text",
    [
        "elle aime sa mère et sa, soeur aussi",
        "kost bv 5 euro of bv morgen",
        "de uitstap van de vzw was fijn",
        "een nv of een bv, dat maakt niet uit",
        "il vient d'une autre asbl et connait le réseau",
        "wants help w cv, tomorrow",
        "referred to grief support open hands asbl",
    ],
)
def test_a_legal_form_without_a_name_masks_nothing(text: str) -> None:
    """A form alone, an article or a determiner before it, a verb's clause, everyday words
    with no preposition before them."""
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("kelner in hotel beaurivage, baas betaalt zwart", "hotel beaurivage"),
        ("wants to quit brasserie orion in etterbeek", "brasserie orion"),
        ("diende op in strandbar noordstrand hele zomer", "strandbar noordstrand"),
        ("belt van begrafenissen vermeulen: factuur open", "begrafenissen vermeulen"),
        ("double shifts at pita palace", "pita palace"),
        ("stopte bij brasserie orion vorige maand na ruzie", "brasserie orion"),
        ("fired from bar solero after a theft", "bar solero"),
        ("ontslagen bij bar tropica na een ruzie", "bar tropica"),
        ("uitvaart geregeld door begrafenissen vermeulen, factuur", "begrafenissen vermeulen"),
    ],
)
def test_a_bar_hotel_or_undertaker_by_the_words_after_its_kind(text: str, place: str) -> None:
    assert covered(text, place, "organisation")


def test_a_verb_after_a_hotels_name_is_not_its_name() -> None:
    """reader57c: "hotel linde dreigt met uitzetting" kept "dreigt" in the name."""
    assert kinds("kamerverhuurder van hotel lindeboom dreigt met uitzetting", "organisation") == [
        "hotel lindeboom"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "in hotel kamers schoonmaken",
        "werkt in hotel als kelner",
        "naar café en dan naar huis",
        "werkt in hotel sinds mei",
        "goes to bar tonight",
        "werkte in pizzeria in aalst, geen loon",
        "noël au resto social, beaucoup de monde",
        "works in hotel since may, cleaning rooms",
        "rdv au café turc en face de la gare",
    ],
)
def test_a_kind_without_its_own_name_stays(text: str) -> None:
    """An activity, a time, a town or a word for a kind of place after the kind."""
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "injury"),
    [
        ("man van dak gevallen, 3 ribben gebroken", "3 ribben gebroken"),
        ("vader vinger geamputeerd door zaag", "vinger geamputeerd"),
        ("opperman zonder contract, hand in gips", "hand in gips"),
        ("tombée chez un client, fracture cheville", "fracture cheville"),
        ("brûlures aux mains à cause des produits", "brûlures aux mains"),
        ("brûlé à l'avant-bras avec l'huile", "brûlé à l'avant-bras"),
        ("plafonneur, dos bloqué, au noir", "dos bloqué"),
        ("burns on both arms from fryer oil", "burns on both arms"),
        ("cleaner at the hotel, broken finger, keeps working", "broken finger"),
        ("3e graads brandwonden na ongeval met friteuse", "3e graads brandwonden"),
        ("brandwonde 2e graad aan de hand", "brandwonde 2e graad"),
        ("prep cook, carpal tunnel in both hands", "carpal tunnel"),
        ("gisteren flauwgevallen op het dak", "flauwgevallen"),
        ("lost the baby at 6 days, heart defect", "heart defect"),
        ("wrist in cast, cannot work", "wrist in cast"),
        ("ankle fracture, no sick leave", "ankle fracture"),
        ("lost two fingers in a machine at work", "lost two fingers"),
        ("2 vingers kwijt aan de zaagmachine", "2 vingers kwijt"),
        ("2nd degree burns on the face", "2nd degree burns"),
        ("il a perdu deux doigts à l'usine", "perdu deux doigts"),
        ("arm in mitella, kan niet werken", "arm in mitella"),
        ("shoulder dislocated at work", "shoulder dislocated"),
        ("épaule déboîtée en tombant", "épaule déboîtée"),
    ],
)
def test_an_injury_told_with_its_body_part(text: str, injury: str) -> None:
    assert injury in kinds(text, "health")


@pytest.mark.parametrize(
    "text",
    [
        "de auto is kapot, garage morgen",
        "vandaag 23 km gefietst, benen kapot",
        "journée pourrie, j'ai mal au dos",
        "the broken window in the kitchen",
        "il a mal à la tête après la réunion",
        "lost my keys again",
        "ze is haar sleutels kwijt",
        "il a perdu son travail",
    ],
)
def test_a_tired_body_or_a_broken_thing_is_no_condition(text: str) -> None:
    """What the worker writes of a long day, and things that break."""
    assert kinds(text, "health") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("rose serveuse à la côte l'été", "rose"),
        ("lune serveuse au bar du coin", "lune"),
        ("hope poetst bij 6 gezinnen", "hope"),
        ("espoir nettoie chez 5 clients", "espoir"),
        ("grace works at the hotel since may", "grace"),
        ("joy werkt als poetsvrouw", "joy"),
        ("sunny kuist bureaus 's avonds", "sunny"),
        ("joy started as a cleaner last month", "joy"),
        ("au pair joy uit manila belde huilend", "joy"),
        ("aide ménagère grace chez la famille", "grace"),
    ],
)
def test_a_first_name_before_its_bearers_job(text: str, name: str) -> None:
    assert name in kinds(text, "name")


@pytest.mark.parametrize(
    "text",
    [
        "summer waitress job at the coast",
        "chauffeur is kelner geworden",
        "will cook for the kids",
        "a pair of shoes for the kids",
        "au pair bij een gezin gezocht",
    ],
)
def test_a_season_a_role_or_a_pair_is_no_name(text: str) -> None:
    assert kinds(text, "name") == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("camionnette PO 4KX21 saisie", "PO 4KX21"),
        ("drives a van DW 12345", "DW 12345"),
        ("busje PO 7KR55 getakeld", "PO 7KR55"),
    ],
)
def test_a_polish_plate_after_a_vehicle(text: str, plate: str) -> None:
    assert kinds(text, "plate") == [plate]


@pytest.mark.parametrize(
    "text", ["de auto van BMW 320D is kapot", "zijn wagen VW ID4 staat", "car costs EUR 12000"]
)
def test_a_car_model_or_an_amount_is_no_plate(text: str) -> None:
    assert kinds(text, "plate") == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("commis à l'hôtel, logée à coxyde", "coxyde"),
        ("il habite à aerschot depuis mai", "aerschot"),
        ("travaille à wervicq chez un fermier", "wervicq"),
    ],
)
def test_a_flemish_towns_french_name(text: str, town: str) -> None:
    assert town in kinds(text, "place")
