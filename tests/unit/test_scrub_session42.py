"""#12's forty-second session: rules from misses that writers of many tuning sets share (mined
over every tuning set, review51a opened at the session's start among them); sentences made up
here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import kinds, masked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("said heeft de waarborg eindelijk betaald", "said"),
        ("said a été transféré à la prison de lantin", "said"),
        ("de zus van said wil geen contact", "said"),
        ("rdv chez said demain matin", "said"),
    ],
)
def test_said_names_someone_in_dutch_and_french(text: str, name: str) -> None:
    assert (name, "name") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "mum said she could not sleep",
        "the landlord said a lot of things",
        "dad said afraid of the dog",
        "she said no to the offer",
    ],
)
def test_said_in_english_stays_a_verb(text: str) -> None:
    assert "said" not in kinds(text, "name")


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("de rosse van nummer 12 stond weer aan de deur", "de rosse"),
        ("den dikke van hiernaast brengt soep", "den dikke"),
        ("de lange van blok b zegt dat de lift kapot is", "de lange"),
    ],
)
def test_a_street_nickname_before_where_someone_lives_is_a_name(text: str, nickname: str) -> None:
    assert (nickname, "name") in masked(text)


@pytest.mark.parametrize(
    "text", ["de rosse kat van de buren is weg", "de dikke map van het ocmw ligt klaar"]
)
def test_an_adjective_before_a_thing_stays(text: str) -> None:
    assert not kinds(text, "name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("rose sortie de l'hôpital hier soir", "rose"),
        ("grace hospitalisée depuis jeudi", "grace"),
        ("hope opgenomen na een val", "hope"),
        ("blessing discharged this morning, needs a bed", "blessing"),
        ("great-grandma rose celebrates her birthday", "rose"),
        ("een jonge gast, prince, slaapt in het park", "prince"),
    ],
)
def test_a_word_name_with_what_befalls_a_person_or_a_family_word(text: str, name: str) -> None:
    assert (name, "name") in masked(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("met joy at the tram stop, she looked tired", "joy"),
        ("tel hope 0471 22 33 44 na 17u", "hope"),
        ("phone 0485 11 22 33 of grace, evenings only", "grace"),
        ("winter family moved to a flat in evere", "winter"),
        ("rose vd buren komt de sleutel brengen", "rose"),
        ("rose from the parish group brought soup", "rose"),
    ],
)
def test_a_word_name_met_phoned_or_from_somewhere(text: str, name: str) -> None:
    assert (name, "name") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "met winter in aantocht wordt het zwaar",
        "winter van vorig jaar kwam hard aan",
        "Winter family day at school was fun",
        "hope from the start was that he would stay",
    ],
)
def test_a_season_or_a_hope_stays_a_word(text: str) -> None:
    assert not kinds(text, "name")


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("mr lambert a été échevin mr pendant dix ans", "échevin mr"),
        ("elle avait été conseillère communale à namur", "conseillère communale"),
        ("ze zegt dat hij schepen is in mol", "schepen"),
        ("mme dubois (échevine ecolo à wavre) a téléphoné", "échevine ecolo"),
        ("dhr maes, schepen van cultuur, belde terug", "schepen van cultuur"),
        ("mr benali conseiller communal à forest passe demain", "conseiller communal"),
    ],
)
def test_a_persons_own_office_in_other_shapes(text: str, office: str) -> None:
    assert (office, "politics") in masked(text)


def test_an_office_and_its_party_after_a_dutch_clause() -> None:
    found = masked("hij zegt dat hij gemeenteraadslid is voor groen, niemand mag het weten")
    assert ("gemeenteraadslid", "politics") in found
    assert ("groen", "politics") in found


@pytest.mark.parametrize(
    "text",
    [
        "zijn broer, schepen van sport, belde",
        "son père a été bourgmestre du village",
        "mme lenoir dit que son fils est échevin",
        "de burgemeester, schepen en raadsleden waren er",
    ],
)
def test_a_relatives_or_a_councils_office_is_no_ones_politics(text: str) -> None:
    assert not kinds(text, "politics")


def test_a_french_possessive_is_no_son() -> None:
    found = masked("mme wauters dit que son mari est échevin ps")
    assert ("échevin ps", "politics") in found


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("young man from eritrea, tb treatment at the clinic", "tb"),
        ("cough for weeks, wss tb", "tb"),
        ("hiv test next tuesday", "hiv"),
        ("buurman zegt dat ze weer drinkt", "drinkt"),
        ("hij heeft opnieuw gedronken, kinderen bij oma", "gedronken"),
        ("drinkt sinds zijn ontslag", "drinkt"),
        ("son mari boit et devient agressif", "boit"),
        ("le fils boit encore, la mère est épuisée", "boit"),
        ("ms getting worse, needs a stairlift", "ms"),
        ("ms wordt erger, rolstoel nodig", "ms"),
    ],
)
def test_conditions_said_short_or_by_the_verb(text: str, condition: str) -> None:
    assert (condition, "health") in masked(text)


@pytest.mark.parametrize(
    "text",
    ["a 1 tb disk for the office", "il boit encore son café", "hij drinkt weer water"],
)
def test_a_disk_or_a_coffee_is_no_condition(text: str) -> None:
    assert not kinds(text, "health")


@pytest.mark.parametrize(
    ("text", "detention"),
    [
        ("her brother is back inside since may", "inside"),
        ("he did 2 yrs inside", "did 2 yrs inside"),
    ],
)
def test_back_inside_is_detention(text: str, detention: str) -> None:
    assert (detention, "detention") in masked(text)


@pytest.mark.parametrize("text", ["she went back inside the house", "back inside, warm at last"])
def test_going_back_indoors_is_no_detention(text: str) -> None:
    assert not kinds(text, "detention")


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("hij haalt zijn methadon bij free clinic", "free clinic"),
        ("sleeps at the hub humanitaire most nights", "hub humanitaire"),
        ("hiv follow-up in itg every three months", "itg"),
        ("suivi par le chêne aux haies depuis mars", "chêne aux haies"),
        ("gesprek gepland met iemand van wel jong", "wel jong"),
        ("trouvé un logement via rainbowhouse", "rainbowhouse"),
    ],
)
def test_services_named_bare(text: str, service: str) -> None:
    assert (service, "organisation") in masked(text)


@pytest.mark.parametrize(
    "text", ["the town needs a free clinic", "hij is toch wel jong om alleen te wonen"]
)
def test_a_kind_of_clinic_or_being_young_stays(text: str) -> None:
    assert not kinds(text, "organisation")


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("mag ik langskomen op de bist 12 in wilrijk", "bist 12"),
        ("verhuisd naar de ploeg 3 in ninove", "ploeg 3"),
        ("lives at de wand 20 in laken", "wand 20"),
    ],
)
def test_a_street_named_by_a_word_and_its_article(text: str, street: str) -> None:
    assert (street, "address") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "op de bus 7 naar huis",
        "ze zit op de kamer 12 in het ziekenhuis",
        "aan de tafel 2 in de zaal",
        "op de ploeg 2, vroege shift",
    ],
)
def test_a_bus_a_room_or_a_table_is_no_street(text: str) -> None:
    assert not kinds(text, "address")


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("hij slaapt nu in jongerenhuis horizon", "jongerenhuis horizon"),
        ("loon komt via interimkantoor jobflex", "interimkantoor jobflex"),
        ("ze poetst bij schoonmaakbureau glans", "schoonmaakbureau glans"),
        ("op de wachtlijst bij centrum de klaproos", "centrum de klaproos"),  # kind too: #12, 45th
        ("night shifts at bakery brodo, paid cash", "bakery brodo"),
        ("her boy is at oakfield primary since september", "oakfield primary"),
        ("owes money at medipoint pharmacy", "medipoint pharmacy"),
    ],
)
def test_an_organisation_named_after_a_compound_or_english_kind(
    text: str, organisation: str
) -> None:
    assert (organisation, "organisation") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "naar jeugdhuis vanavond",
        "bij poetsbureau morgen",
        "in centrum de stad",
        "at primary school since may",
        "from work to bakery then home",
        "went to the pharmacy at noon",
    ],
)
def test_a_kind_before_a_time_a_town_or_a_route_names_nothing(text: str) -> None:
    assert not kinds(text, "organisation")


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("dhr nowicki pool, werkt in de bouw", "pool"),
        ("wiśniewski (pool) zonder werk sinds maart", "pool"),
        ("Marek, Pool, werkt in de haven", "Pool"),
    ],
)
def test_a_pole_beside_a_name_is_an_origin(text: str, origin: str) -> None:
    assert (origin, "origin") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "the gym, pool, sauna are closed",
        "kids love the pool (pool day on friday)",
        "mr smith pool cleaner came by",
    ],
)
def test_a_swimming_pool_is_no_origin(text: str) -> None:
    assert not kinds(text, "origin")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("slaapt soms aan de porte de hal", "porte de hal"),
        ("he begs near place flagey most days", "place flagey"),
        ("elle vend des fleurs à sainte-catherine", "sainte-catherine"),
        ("trein naar brussel-noord gemist", "brussel-noord"),
    ],
)
def test_brussels_gates_squares_and_stations_are_places(text: str, place: str) -> None:
    assert (place, "place") in masked(text)


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("mr lenoir pb d'alcool depuis son divorce", "pb d'alcool"),
        ("mme haddad dépendance au jeu, grosses dettes", "dépendance au jeu"),
        ("vader alcohol probleem, moeder werkt", "alcohol probleem"),
        ("tendinite au poignet, ne peut plus repasser", "tendinite"),
        ("oma is blind aan 1 oog sinds de operatie", "blind aan 1 oog"),
        ("grandpa is blind in one eye since the fall", "blind in one eye"),
    ],
)
def test_health_said_short_or_by_its_kind(text: str, condition: str) -> None:
    assert (condition, "health") in masked(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("so tired today, back pain, coffee machine broken", "back pain"),
        ("elle est enceinte de jumeaux, seule", "enceinte de jumeaux"),
    ],
)
def test_the_writers_own_pain_and_twins_are_not_masked_whole(text: str, kept: str) -> None:
    assert kept not in kinds(text, "health")


def test_a_word_name_after_a_niece_is_a_name() -> None:
    assert ("grace", "name") in masked("nichtje grace logeert bij oma in deurne")


@pytest.mark.parametrize(
    "text",
    [
        "son at dance academy on wednesdays",
        "kids at nearest primary, no bus needed",
        "son at sixth form college, a levels",
        "mevr in afkickcentrum de nieuwe regels zijn streng",
        "papa in afkickcentrum het eten is slecht",
        "chez colruyt porte-monnaie oublié",
    ],
)
def test_reader42s_ordinary_words_stay(text: str) -> None:
    assert not kinds(text, "organisation")
    assert not kinds(text, "place")


def test_a_word_after_a_bare_name_stays_outside() -> None:
    found = masked("gezin in opvangcentrum fedasil e-mail gestuurd")
    assert not [said for said, _ in found if "e-mail" in said]


def test_a_door_is_no_place() -> None:
    assert not kinds("mme au cpas porte plainte? non", "place")
