"""#12's fifty-third session: opticians, practices and halls of faith named by their own words,
congregations named before their kind or with "of", and an organisation that a later rule
widened into a town keeping its own words. Sentences made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import find_spans
from tests.unit.test_scrub_probe21 import kinds


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("afspraak bij tandartsenpraktijk de linde volgende week", "tandartsenpraktijk de linde"),
        ("ze wordt weggestuurd uit evangeliegemeente de poort", "evangeliegemeente de poort"),
        ("vader is ouderling in koninkrijkszaal rozenhof", "koninkrijkszaal rozenhof"),
        ("zoekt contact met cemevi kolenberg", "cemevi kolenberg"),
        ("maaltijden via traiteur berkenhof, zoutarm", "traiteur berkenhof"),
        ("verhuist naar serviceflats zonnegloed in het najaar", "serviceflats zonnegloed"),
        ("van parochie sint-gummarus ter heide kwam iemand", "parochie sint-gummarus ter heide"),
    ],
)  # fmt: skip
def test_dutch_practices_and_halls_of_faith_with_a_name_are_organisations(
    text: str, place: str
) -> None:
    assert place in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "we gaan dat in praktijk brengen.",
        "in de praktijk werkt dat niet",
        "bij praktijk morgen langs",
        "via parochie de pastoor gebeld",
        "naar de kerk de zondag",
        "le frère de la paroisse l'aide beaucoup",
        "parents at kingdom hall don't accept it",
    ],
)  # fmt: skip
def test_practices_and_halls_without_a_name_stay(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "congregation"),
    [
        ("she sings at grace harvest chapel on sundays", "grace harvest chapel"),
        ("the pastor of living fountain ministries pays her rent", "living fountain ministries"),
        ("zingt in koor van zion praise assembly", "zion praise assembly"),
        ("sings at tabernacle of praise, no papers", "tabernacle of praise"),
        ("pastor van house of restoration stuurt lijst", "house of restoration"),
        ("biserica penticostala betel gaf kleren", "biserica penticostala betel"),
        ("communie in parafia sw jadwigi", "parafia sw jadwigi"),
    ],
)  # fmt: skip
def test_congregations_named_before_their_kind_or_with_of(text: str, congregation: str) -> None:
    assert congregation in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "the school assembly was long today",
        "the general assembly of the union",
        "a gospel church nearby helps",
        "meets at the community centre",
        "left pentecost glory centre after a fight",
        "she lives in a house of her own",
    ],
)  # fmt: skip
def test_kinds_with_ordinary_or_general_words_stay(text: str) -> None:
    assert kinds(text, "organisation") == []


def test_a_congregation_before_a_town_another_rule_claimed_keeps_its_own_name() -> None:
    text = "elle va à l'église de réveil bethanie jumet le dimanche"
    assert "bethanie" in kinds(text, "organisation")
    assert "jumet" in kinds(text, "place")


def test_a_place_of_worship_before_a_claimed_town_keeps_its_kind_and_name() -> None:
    """A guard of the older reading (the second scrub found it); the fall-back itself is
    what the "bethanie" test above needs."""
    text = "hij bidt elke dag in masjid tawfiq anneessens en is daar vaak"
    found = {text[s.start : s.end]: s.kind for s in find_spans(text)}
    assert found.get("masjid tawfiq") == "organisation"
    assert found.get("anneessens") == "place"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("werkt in rijsel bij een transportfirma", "rijsel"),
        ("son mari travaille à roubaix chez un grossiste", "roubaix"),
        ("ne peut plus aller travailler à tourcoing", "tourcoing"),
        ("lives in halluin but the kids go to school here", "halluin"),
        ("zijn vrouw woont in maastricht", "maastricht"),
    ],
)  # fmt: skip
def test_towns_across_the_border_are_places(text: str, town: str) -> None:
    assert town in kinds(text, "place")


@pytest.mark.parametrize(
    "text", ["she went to the best school", "elle a mangé une madeleine", "de oude sedan"]
)
def test_border_towns_that_are_words_stay(text: str) -> None:
    assert kinds(text, "place") == []


def test_border_towns_are_the_neighbours_towns_near_a_belgian_place() -> None:
    from scripts.build_privacy_data import border_towns

    def city(gid: int, country: str, people: int, lat: float, lon: float) -> dict[str, object]:
        return {"geonameid": gid, "name": f"t{gid}", "countrycode": country,
                "population": people, "latitude": lat, "longitude": lon}  # fmt: skip

    cities = {
        "1": city(1, "BE", 5_000, 50.80, 3.20),  # a Belgian place near the border
        "2": city(2, "FR", 20_000, 50.72, 3.16),  # 9 km away: a border town
        "3": city(3, "FR", 8_000, 50.72, 3.16),  # too small
        "4": city(4, "FR", 90_000, 48.85, 2.35),  # far away
        "5": city(5, "ES", 50_000, 50.75, 3.18),  # no neighbour
    }
    assert border_towns(cities) == {2}


@pytest.mark.parametrize(
    ("text", "fact", "kind"),
    [
        ("l'infirmière passe pour son ulcère tous les jours", "ulcère", "health"),
        ("the nurse dresses the ulcer on her leg", "ulcer", "health"),
        ("le dentiste veut 150 cash pour un abcès dentaire", "abcès dentaire", "health"),
        ("mr sat in the sun all day, risk of dehydration", "dehydration", "health"),
        ("huisarts akkoord met morfinepomp thuis", "morfinepomp", "health"),
        ("torn ligament in his knee, no insurance", "torn ligament", "health"),
        ("traitement hormonal acheté en ligne", "traitement hormonal", "health"),
        ("joueur compulsif depuis des années", "joueur compulsif", "health"),
        ("druze family, the son is at school here", "druze", "religion"),
        ("no church, she is a freethinker", "freethinker", "religion"),
        ("mr moreau militant écolo, veut un potager", "militant écolo", "politics"),
    ],
)  # fmt: skip
def test_health_faith_and_politics_of_this_session(text: str, fact: str, kind: str) -> None:
    assert fact in kinds(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "ik zweer dat ik betaald heb",
        "de grond is helemaal uitgedroogd",
        "refuses a blood transfusion, says the nurse",
        "un produit écolo militant",
        "the job market looks anaemic this year",
    ],
)
def test_words_near_those_facts_stay(text: str) -> None:
    assert not any(kinds(text, kind) for kind in ("health", "religion", "politics")), (
        "an everyday word or a fact writers leave unlabelled"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("judge verhoeven appointed an administrator", "verhoeven"),
        ("mediator smolders says nothing can be done", "smolders"),
        ("ruzie met haar bewindvoerder vercammen, wil naar de vrederechter", "vercammen"),
        ("le médiateur dumoulin n'est pas content", "dumoulin"),
    ],
)  # fmt: skip
def test_a_judge_a_mediator_or_an_administrator_before_a_surname(text: str, name: str) -> None:
    assert name in kinds(text, "name")


@pytest.mark.parametrize(
    "text",
    [
        "eigenaar dreigt met vrederechter. vlgnde week terug",
        "huisbaas dreigt met deurwaarder. vlg week terug",
        "the judge said no",
        "le juge a dit non",
        "administrator says no money",
    ],
)
def test_a_relations_dot_ends_the_sentence_and_a_bare_role_names_no_one(text: str) -> None:
    assert kinds(text, "name") == []


def test_a_titles_dot_still_reads_the_name_after_it() -> None:
    assert kinds("mevr. janssens belde terug", "name") == ["janssens"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("woont blok c verdiep 6 app 63 sinds maart", "blok c verdiep 6 app 63"),
        ("woont kerkstraat 4 app 12 in gent", "kerkstraat 4 app 12"),
        ("habite rue haute 12 appartement 3", "rue haute 12 appartement 3"),
    ],
)  # fmt: skip
def test_a_flats_number_after_the_address_is_the_addresss(text: str, address: str) -> None:
    assert address in kinds(text, "address")


def test_a_house_number_takes_no_half_of_the_word_appartement() -> None:
    assert kinds("habite rue haute 12 appartement au rez", "address") == ["rue haute 12"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("factuur van az ter wende van vorig jaar", "az ter wende"),
        ("operatie in kliniek hof ter linden, voorschot", "kliniek hof ter linden"),
        ("ligt in az sint-jozef ter heide", "az sint-jozef ter heide"),
        ("ze zit op sint-ritacollege ter duinen", "sint-ritacollege ter duinen"),
        ("woont in lokaal opvanginitiatief ter beke", "lokaal opvanginitiatief ter beke"),
        ("picking apples at fruit farm ter hulst near the border", "fruit farm ter hulst"),
    ],
)  # fmt: skip
def test_flemish_names_with_ter_are_the_organisations(text: str, place: str) -> None:
    assert place in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "in het centrum ter hoogte van de kerk",
        "bij apotheek de kroon ten laste van het ocmw",
        "bezoek hof ter lo 5, niemand thuis",
        "ze woont in het centrum ter plaatse",
    ],
)  # fmt: skip
def test_phrases_and_streets_with_ter_stay_out(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("suivie à la polyclinique des saules, a peur du quartier", "polyclinique des saules"),
        ("virement vers cabinet dentaire des érables pour mme", "cabinet dentaire des érables"),
        ("inscrite à la mm les peupliers, enfin un médecin", "mm les peupliers"),
        ("répit au centre de répit les mouettes pendant 8 jours", "centre de répit les mouettes"),
        ("facture du chr les bouleaux, rappel", "chr les bouleaux"),
    ],
)  # fmt: skip
def test_french_practices_and_clinics_with_their_article(text: str, place: str) -> None:
    assert place in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "au cabinet médical des maisons voisines",
        "au centre de répit les enfants jouent",
        "à la polyclinique le matin",
    ],
)
def test_french_practices_without_a_name_stay(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("school vti den bosch called this morning", "vti den bosch"),
        ("her son starts at athenaeum zuid on monday", "athenaeum zuid"),
    ],
)
def test_a_school_by_den_or_the_english_athenaeum(text: str, school: str) -> None:
    assert school in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "via traiteur hapjes voor het feest, veel te duur",
        "brilglazen via optiek terugbetaald door mutualiteit? navragen",
        "ticket de la pharmacie des médicaments pas remboursés, à vérifier",
        "horaires du cabinet médical des vacances affichés sur la porte",
        "le cabinet dentaire des étudiants à l'université est moins cher",
        "calcul rénal de 5 mm des douleurs depuis hier",
        "épicerie sociale des produits frais à petit prix le jeudi",
        "community centre ten minutes from her flat, she walks there",
        "at the centre ten people were waiting for food parcels",
        "he works at a farm ten km outside town, no bus",
        "the church centre ten streets away gives food",
        "she needs a quiet house of worship near the flat",
    ],
)  # fmt: skip
def test_reader53b_lookalikes_name_no_organisation(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    "text",
    [
        "plante déshydratée sur le balcon",
        "légumes déshydratés dans le colis alimentaire",
        "soupe déshydratée, c'est tout ce qu'il mange",
        "dehydrated vegetables in the food parcel",
    ],
)
def test_reader53b_dried_food_and_plants_are_no_health(text: str) -> None:
    assert kinds(text, "health") == []


@pytest.mark.parametrize(
    "text",
    [
        "aanvraag voor serviceflats ingediend, wachtlijst van twee jaar",
        "à l'optique des lunettes à 1 euro avec la carte",
    ],
)
def test_reader53c_lookalikes_name_no_organisation(text: str) -> None:
    assert kinds(text, "organisation") == []


def test_reader53c_a_hospital_with_ter_after_an_elided_article() -> None:
    text = "il a été hospitalisé à l'az ter duinen à la côte"
    assert "az ter duinen" in kinds(text, "organisation")
