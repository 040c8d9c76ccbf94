"""#12's twenty-third session: names and everyday words two reviewers who never read the rules
(review23c, review24a/b) saw read wrongly, each tried on sentences made up here in nl, fr and
en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("will and mark were both at school when i came", {"will", "mark"}),
        ("miracle and praise missed the bus again", {"miracle", "praise"}),
        ("joy and blessing were at home", {"joy", "blessing"}),
        ("ok. grace and mercy came by this morning", {"grace", "mercy"}),
        ("rose et jade sont absentes aujourd'hui", {"rose", "jade"}),
        ("roos en noor waren ziek", {"roos", "noor"}),
    ],
)
def test_two_word_names_opening_a_sentence_then_a_persons_act(text: str, names: set[str]) -> None:
    assert {found for found, kind in masked(text) if kind == "name"} == names


@pytest.mark.parametrize(
    "text",
    [
        "hope and faith are important",
        "love and patience were needed",
        "the bill and the mark were both there",
        "le ciel était céleste, les enfants jouaient dehors au parc",
        "la chambre des filles est jolie mais humide",
    ],
)
def test_words_said_of_a_thing_stay(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("gisteren was kevin er niet", "kevin"),
        ("de verantwoordelijke is ahmed", "ahmed"),
        ("hier était fatima chez nous", "fatima"),
    ],
)
def test_a_name_after_a_copula_still_names(text: str, name: str) -> None:
    assert (name, "name") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "ramen moeten gelapt worden zegt mvr lachend",
        "Hoop is het enige wat ze nog heeft zei mvr",
        "clb gaat mee kijken naar het schoolverzuim",
        "Clb had gebeld",
        "de oudste zoon die zijn moeder troostte",
        "mvr suste de baby",
        "mvr bakt taart voor de buren",
    ],
)
def test_a_title_an_acronym_or_a_dutch_verb_form_names_no_one(text: str) -> None:
    assert [kind for _, kind in masked(text) if kind == "name"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mevr d'hondt zoekt een nieuwe huisarts", "d'hondt"),
        ("cheikh prie beaucoup", "cheikh"),
        ("mvr Peeters belde", "Peeters"),
    ],
)
def test_a_name_that_looks_like_a_verb_or_a_title_still_names(text: str, name: str) -> None:
    assert (name, "name") in masked(text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("dort chez un ami rue de Brabant, 1030 Schaerbeek", "rue de Brabant"),
        ("rue du Fort, 1060 Saint-Gilles", "rue du Fort"),
        ("Huisbezoek gedaan, rabotstraat, 9000 gent", "rabotstraat"),
        ("visit done, rue brogniez, 1070 anderlecht", "rue brogniez"),
        ("sleeping at a friend's on rue de brabant, 1210 saint-josse", "rue de brabant"),
        ("lives on Church street, 2000 antwerpen", "Church street"),
    ],
)
def test_a_street_without_a_number_before_a_postcode(text: str, street: str) -> None:
    assert (street, "address") in masked(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ze woont in de Cité Modèle", "Cité Modèle"),
        ("cité du Tivoli à Jumet", "cité du Tivoli"),
        ("la cité de la Houssière", "cité de la Houssière"),
        ("in de Arenawijk", "Arenawijk"),
        ("in de wijk Rabot", "Rabot"),
        ("the Versailles estate in Neder-Over-Heembeek", "Versailles estate"),
    ],
)
def test_an_estate_or_quarter_said_with_its_kind(text: str, place: str) -> None:
    assert (place, "place") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "dans le quartier, les voisins se connaissent",
        "elle vit dans la cité, pas loin de la gare",
        "ze wonen in een woonwijk",
        "en résidence principale",
        "the estate agent called",
        "à la rue, 1000 euros de dettes",
    ],
)
def test_a_quarter_or_street_word_alone_stays(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("@Céline : tu peux passer chez Mme Janssen", ("@Céline", "handle")),
        ("@Zoë kan jij bellen", ("@Zoë", "handle")),
        ("Mme Kaczmarek (Ewa) poetst bij de buren", ("Ewa", "name")),
        ("Après entretien avec M. D'Hondt", ("D'Hondt", "name")),
        ("gesprek met J. Peeters", ("J. Peeters", "name")),
        ("Vos, Bakker en De Backer zitten samen", ("Vos", "name")),
    ],
)
def test_names_beside_a_mark_an_initial_or_a_list(text: str, found: tuple[str, str]) -> None:
    assert found in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "madame pleurait pendant l'entretien",
        "monsieur rougissait",
        "Vos in de tuin",
        "ik woon in blok B. Morgen ga ik naar de markt",
        "rdv @ 14h",
    ],
)
def test_a_verb_an_animal_or_a_block_letter_stays(text: str) -> None:
    assert [kind for _, kind in masked(text) if kind in ("name", "handle")] == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("moving to Place Bethléem in Saint-Gilles", "Place Bethléem"),
        ("on se voit place Flagey demain", "place Flagey"),
        ("the Parvis de Saint-Gilles", "Parvis de Saint-Gilles"),
        ("at his wife's, 112 chaussee de ninove", "112 chaussee de ninove"),
    ],
)
def test_a_square_by_its_name_or_a_street_typed_without_its_accent(text: str, street: str) -> None:
    assert (street, "address") in masked(text)


@pytest.mark.parametrize(
    "text",
    ["je cherche une place de Parking", "sur place Demain on verra", "une place en crèche"],
)
def test_a_place_that_is_a_spot_stays(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "de kinderen kijken Bluey op de tablet",
        "kleren gekocht via Vinted",
        "une bouteille de Spa sur la table",
        "Monsieur a bu une Chimay",
        "Bouillon de poulet préparé pour le petit malade",
        "les enfants attendent le pere Noel",
        "ruzie met de buren, niemand opgepakt",
        "police came last week for noise, nobody was arrested",
        "Italiaanse pasta met tomatensaus",
        "couscous à la marocaine ce soir",
        "pizza turque pour les enfants",
    ],
)
def test_a_product_a_show_a_dish_or_a_denied_arrest_names_no_one(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("woont in Chimay", ("Chimay", "place")),
        ("zijn zoon is opgepakt", ("is opgepakt", "detention")),
        ("mme est marocaine", ("marocaine", "origin")),
    ],
)
def test_the_same_words_said_of_a_person_still_count(text: str, found: tuple[str, str]) -> None:
    assert found in masked(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mrs baker's flat was cold", "baker"),
        ("mrs smith's son called", "smith"),
        ("dhr plaatje zei dat hij niet kon betalen", "plaatje"),
        ("de familie vos woont hier al lang", "vos"),
        ("de familie bakker moet verhuizen", "bakker"),
    ],
)
def test_a_surname_that_is_a_word_after_a_title_or_a_family(text: str, name: str) -> None:
    assert (name, "name") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "mvr zelf belde",
        "mr already called",
        "zij kent het gezin langer dan ik",
        "de familie van mijn man",
        "het gezin kan niet rondkomen",
        "the baker's son brought bread",
    ],
)
def test_a_word_beside_a_title_or_a_family_that_names_no_one(text: str) -> None:
    assert [kind for _, kind in masked(text) if kind == "name"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("joy is blij vandaag", "joy"),
        ("hope is alone at home", "hope"),
        ("grace is 7", "grace"),
        ("roos is bij oma", "roos"),
        ("victoire est heureuse", "victoire"),
        ("roos vandaag niet op school", "roos"),
        ("joy today at the doctor", "joy"),
    ],
)
def test_a_word_name_opening_a_note_then_a_persons_state_or_day(text: str, name: str) -> None:
    assert (name, "name") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "patience is needed",
        "hope is gone",
        "hoop is er niet meer",
        "faith is strong",
        "hope today is low",
        "patience vandaag nodig",
        "patience paid off",
    ],
)
def test_a_word_name_said_as_a_word_stays(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("ze woont place de la gare", "place de la gare"),
        ("elle habite place du jeu de balle depuis 2 ans", "place du jeu de balle"),
        ("mvr woont in Kerkstraat", "Kerkstraat"),
        ("woont rue de la station met haar zoon", "rue de la station"),
        ("he lives on rue haute with his mum", "rue haute"),
        ("12 bte 3", "12 bte 3"),
        ("ze woont op nummer 45 bus 2", "45 bus 2"),
    ],
)
def test_a_street_after_a_verb_of_living_or_a_number_with_its_box(text: str, street: str) -> None:
    assert (street, "address") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "ze woont in de winkelstraat",
        "she lives in a place near the station",
        "elle habite une place",
        "lijn 95 bus 3 minuten te laat",
        "de 12 bus 3 keer gemist",
    ],
)
def test_a_place_to_live_or_a_bus_that_is_no_address(text: str) -> None:
    assert [kind for _, kind in masked(text) if kind == "address"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("mvr is schepen in haar gemeente", "schepen"),
        ("elle est échevine à Namur", "échevine à Namur"),
        ("mr was vroeger gemeenteraadslid", "gemeenteraadslid"),
        ("she is an MP", "MP"),
        ("elle a voté MR", "a voté MR"),
        ("ze deelt folders van de Open VLD", "Open VLD"),
    ],
)
def test_an_office_held_a_past_vote_or_a_party_by_its_own_name(text: str, found: str) -> None:
    assert (found, "politics") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "de burgemeester kwam langs",
        "un geste ecolo pour la planète",
        "ps: bel morgen",
        "de N-VA wil besparen",
        "zijn vader is burgemeester",  # a relative's office: a rare fact the worker reviews
        "her uncle was the mayor of Genk",
    ],
)
def test_an_office_in_its_role_or_a_word_like_a_party_stays(text: str) -> None:
    assert [kind for _, kind in masked(text) if kind == "politics"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("mvr heeft sinds kort een geleidehond", "geleidehond"),
        ("kevin gaat naar de dagkliniek", "dagkliniek"),
        ("mme a fait un baby blues", "baby blues"),
        ("il a été hospitalisé sous contrainte", "hospitalisé sous contrainte"),
        ("hij zegt dat hij stemmen hoort", "stemmen hoort"),
        ("mme est bipo", "bipo"),
        ("ze heeft last van haar suiker", "last van haar suiker"),
        ("il prend du subu", "subu"),
        ("he is on the spectrum", "on the spectrum"),
    ],
)
def test_health_told_by_an_aid_a_ward_or_a_workers_words(text: str, found: str) -> None:
    assert (found, "health") in masked(text)


@pytest.mark.parametrize(
    "text", ["mvr krijgt thuisverpleging na de operatie", "il est accro au foot"]
)
def test_care_at_home_or_a_hobby_is_no_condition(text: str) -> None:
    assert [kind for _, kind in masked(text) if kind == "health"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("baby kan naar kdv t wiegeltje vanaf september", "kdv t wiegeltje"),
        ("ze eten soms in het sociaal restaurant t schuurke", "sociaal restaurant t schuurke"),
        ("vader is lid van duivenmaatschappij de zwaluw in izegem", "duivenmaatschappij de zwaluw"),
        ("le petit va à la MCAE les lutins", "MCAE les lutins"),
        ("Monsieur travaille à l'ETA Le Tremplin Vert", "ETA Le Tremplin Vert"),
        (
            "La fille est en séjour à la Maison Communautaire La Canopée.",
            "Maison Communautaire La Canopée",
        ),
    ],
)
def test_a_care_place_club_or_workshop_named_after_its_kind(text: str, name: str) -> None:
    assert (name, "organisation") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "au centre la semaine prochaine",
        "in het café de hele avond",
        "naar de gym de hele week",
        "ze gaat naar de fanfare de zondag",
    ],
)
def test_a_kind_before_a_time_names_nothing(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "elle sort avec des filles, ses parents ne savent rien",
            ("sort avec des filles", "orientation"),
        ),
        ("she is into women", ("is into women", "orientation")),
        ("hij valt op mannen", ("valt op mannen", "orientation")),
        ("zoon zit binnen sinds januari", ("zit binnen sinds januari", "detention")),
    ],
)
def test_same_sex_partners_in_the_plural_and_prison_since_a_month(
    text: str, found: tuple[str, str]
) -> None:
    assert found in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "il sort avec des copains",
        "she is into football",
        "hij sort avec des filles",
        "de kinderen zitten binnen sinds de regen",
    ],
)
def test_friends_a_hobby_or_children_indoors_stay(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Talked to Sunday (first name) about his debts", "Sunday"),
        ("Parlé avec Bonheur (prénom) de ses dettes", "Bonheur"),
        ("la maman appelle son fils « Loulou », vrai prénom Louis", "Loulou"),
        ('ze noemen hem "Bolleke" thuis', "Bolleke"),
    ],
)
def test_a_name_the_note_marks_as_one(text: str, name: str) -> None:
    assert (name, "name") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "vul je naam in (voornaam)",
        "hij noemt het 'de kooi'",
        'ze noemen dat "de grote kuis"',
        'she called "help" from the window',
    ],
)
def test_a_forms_instruction_or_a_quoted_thing_names_no_one(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "elle se sent comme les petits riens qu'on jette, dit-elle",
        "il jette tout à la poubelle",
        "Visite avec l'AS du CPAS, RIS accordé depuis février.",
        "il regarde Télévie sur Auvio",
    ],
)
def test_a_verb_like_a_town_or_a_workers_title_like_a_town_stays(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(("text", "place"), [("woont in jette", "jette"), ("woont in As", "As")])
def test_the_same_towns_where_someone_lives_stay_masked(text: str, place: str) -> None:
    assert (place, "place") in masked(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Hij helpt in de nachtwinkel Istanbul Market aan de kaai", "nachtwinkel Istanbul Market"),
        ("werkt als chauffeur voor Peeters & Zn transporten", "Peeters & Zn"),
        ("speelt bij FC Kuregem Stars", "FC Kuregem Stars"),
        ("haar man werkt bij Dupont & Fils", "Dupont & Fils"),
    ],
)
def test_an_organisations_name_goes_on_in_capitals_or_with_its_family(text: str, org: str) -> None:
    assert (org, "organisation") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "le centre de planning familial organise une porte ouverte",
        "de krant schreef over het vlaams belang en de peilingen",
    ],
)
def test_a_french_de_after_a_kind_or_a_party_in_the_news_stays(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "12 bte 3 de lait",
        "2 bus 5 kg",
        "la Cité Administrative",
        "le Quartier Général",
        "Nom (prénom)",
    ],
)
def test_a_quantity_an_institution_or_a_forms_field_stays(text: str) -> None:
    assert masked(text) == []
