"""#12's forty-seventh session: French schools and clinics named by "royal" or a saint and the
words after "du"/"des" ("athénée royal des étangs"), the name everyone calls someone
("iedereen zegt maman rose"), a quoted nickname the note calls one; sentences made up here in
nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import kinds, masked


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("sa fille à athénée royal des saules, ça se passe mal", "athénée royal des saules"),
        ("opérée à clinique saint-vincent des bois, sort jeudi", "clinique saint-vincent des bois"),
        ("inscrit à l'institut sainte-claire du val pq proche", "institut sainte-claire du val"),
        ("exclu de collège notre-dame des vignes, maman perdue", "collège notre-dame des vignes"),
        ("her son at athénée royal des deux ponts says he is bullied",
         "athénée royal des deux ponts"),
    ],
)  # fmt: skip
def test_a_royal_or_saintly_school_takes_its_words_after_du_or_des(
    text: str, organisation: str
) -> None:
    assert organisation in kinds(text, "organisation")


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("à l'hôpital saint-pierre du lundi au vendredi", "hôpital saint-pierre"),
        ("à l'hôpital saint-pierre du lundi, il attend", "hôpital saint-pierre"),
        ("à l'hôpital saint-pierre des urgences, il attend", "hôpital saint-pierre"),
        ("suivie à la clinique saint-luc de la rue haute, ok", "clinique saint-luc"),
    ],
)
def test_a_time_a_service_or_a_street_after_a_saintly_name_stays_outside(
    text: str, organisation: str
) -> None:
    found = kinds(text, "organisation")
    assert found and found[0].startswith(organisation)
    assert not any(word in found[0] for word in ("lundi", "urgences", "rue"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mvr kabongo, iedereen zegt maman rose, haar kerk helpt", "maman rose"),
        ("bij mvr lutumba, iedereen noemt haar mama lulu, 6 kleinkinderen", "mama lulu"),
        ("jef (iedereen zegt pierke) slaapt in het station", "pierke"),
        ("everyone calls her auntie grace, she cooks for the street", "auntie grace"),
        ("la voisine, tout le monde l'appelle tata mimi, garde les petits", "tata mimi"),
    ],
)
def test_the_name_everyone_calls_someone_is_a_name(text: str, name: str) -> None:
    assert name in kinds(text, "name")


@pytest.mark.parametrize(
    "text",
    [
        "iedereen zegt dat het beter gaat, maandag terug",
        "iedereen zegt mama moet rusten na de operatie",
        "patje (iedereen noemt hem zo) slaapt in het park",
        "everyone calls her when the heating breaks down",
    ],
)
def test_what_everyone_says_is_no_name(text: str) -> None:
    assert not any(word in said for said, _ in masked(text) for word in ("dat", "mama", "zo",
                                                                          "when"))  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"pierrot" (surnom) sdf depuis 3 mois, dort sous le pont', "pierrot"),
        ('"bolle" (bijnaam, eigl jan peeters) slaapt in zn auto', "bolle"),
        ("«tito» (surnom) passe tous les jours au resto social", "tito"),
    ],
)
def test_a_quoted_word_the_note_calls_a_nickname_is_a_name(text: str, name: str) -> None:
    assert name in kinds(text, "name")


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("délégué chez verrerie de jumet, licencié hier", "verrerie de jumet"),
        ("travaille à boulangerie de fleurus, horaires coupés", "boulangerie de fleurus"),
        ("gesprek met dorpsrestaurant de pot ivm warme maaltijden", "dorpsrestaurant de pot"),
        ("ze kennen elkaar van naaiatelier de draad, willen samen", "naaiatelier de draad"),
        ("opgenomen in kinderpsychiatrie de kade, mama belt elke dag", "kinderpsychiatrie de kade"),
        ("zoontje gaat nr gemeenteschool de knipoog, mama zegt", "gemeenteschool de knipoog"),
    ],
)
def test_a_kind_and_its_town_or_a_dutch_compound_kind_and_article_name_a_place(
    text: str, organisation: str
) -> None:
    assert organisation in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "pharmacie de garde à côté de la gare, fermée",
        "hospitalisé en hôpital de jour, il rentre le soir",
        "in kinderpsychiatrie de dokter gezien, alles ok",
        "naar basisschool de juf gebeld voor een afspraak",
    ],
)
def test_a_kind_before_an_ordinary_word_names_nothing(text: str) -> None:
    assert kinds(text, "organisation") == []


def test_a_title_case_organisation_is_no_wider_than_its_lower_case_reading() -> None:
    """Capitals on every word say nothing about where a name ends."""
    assert kinds("Il Travaille Chez Verrerie De Jumet Depuis Mai", "organisation") == [
        "Verrerie De Jumet"
    ]


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("staying at youth centre de brug, wants school", "youth centre de brug"),
        ("she works at daycare de kleine vos, salary late", "daycare de kleine vos"),
        ("wants to enrol at technical school het baken", "technical school het baken"),
        ("no place at school de linde this year", "school de linde"),
        ("kids at the school de wilg, fine", "school de wilg"),
        ("the youth goes to club den hoek, football team", "club den hoek"),
    ],
)
def test_an_english_kind_before_a_dutch_article_names_a_place(text: str, organisation: str) -> None:
    assert organisation in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "he went to the centre de jour yesterday, ok",
        "he works at club de nuit, no contract",
    ],
)
def test_an_english_kind_before_french_words_names_nothing(text: str) -> None:
    assert not any("jour" in o or "nuit" in o for o in kinds(text, "organisation"))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("lastiggevallen door buren op kapelstr. 7, wil weg", "kapelstr. 7"),
        ("mvr peeters groenstr. 3, huurbaas wil haar eruit", "groenstr. 3"),
        ("fam haddou blok 7 app 104, lift kapot al 3 weken", "blok 7 app 104"),
    ],
)
def test_a_short_street_with_its_dot_and_a_block_with_its_flat_are_addresses(
    text: str, address: str
) -> None:
    """Before: "kapelstr. 7" was left whole, "7 app 104" read as a licence plate."""
    assert address in kinds(text, "address")


def test_a_full_street_word_and_a_stop_before_a_count_stay_apart() -> None:
    assert kinds("we stonden in de kerkstraat. 3 kinderen speelden", "address") == []


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("bosse à la friterie chez momo à jumet, payé en liquide", "friterie chez momo"),
        ("bossait chez supérette chez ali, contrat fini", "supérette chez ali"),
        ("she works at hair salon chez fatou, boss pays cash", "hair salon chez fatou"),
    ],
)
def test_a_shop_named_chez_and_a_first_name_is_an_organisation(
    text: str, organisation: str
) -> None:
    assert organisation in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    ["journée chargée, café chez une dame très gentille", "tarte au riz et café chez la voisine"],
)
def test_a_coffee_at_someone_s_home_is_no_shop(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    "text",
    [
        "to school de volgende dag, no problem",
        "at the clinic de dokter was kind",
        "into the home het was chaos",
        "at the hostel de jongens,",
        "near the house de buren,",
        "He Was At Home De Hele Dag",
        "at club de voetbal training was cancelled",
        "near the clinic den apotheker,",
    ],
)
def test_dutch_words_after_an_english_kind_that_name_nothing_stay(text: str) -> None:
    """reader47b: a time, a role, a plural or a Dutch clause after "at home", "to school"."""
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("clinique saint-luc du genou: opération prévue le 12/4", "clinique saint-luc"),
        ("kiné à la clinique saint-jean de la jambe droite, 2x", "clinique saint-jean"),
        ("pas de place à l'athénée royal de la rentrée, liste", "athénée royal"),
        ("il voudrait un athénée royal des métiers techniques, pas général", "athénée royal"),
    ],
)
def test_a_body_part_a_time_or_any_such_school_ends_a_saintly_name(
    text: str, organisation: str
) -> None:
    assert kinds(text, "organisation") == [organisation]


@pytest.mark.parametrize(
    "text",
    [
        "orkestr. 3 lessen per week aan de academie",
        "demonstr. 3 mei op school, hij doet mee",
        "distr. 3 pakketten van de voedselbank gekregen",
        "everyone calls her mama bear, she protects everyone",
    ],
)
def test_other_short_forms_and_a_pet_name_that_is_a_word_stay(text: str) -> None:
    assert masked(text) == []


def test_a_title_case_reading_that_stops_on_a_particle_does_not_cut_the_name() -> None:
    found = kinds("La Fille Est À L'Institut Notre-Dame De La Sagesse Depuis Mars", "organisation")
    assert found and "Sagesse" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        "passé à l'hôpital saint-pierre du coup pas vu la maman ce matin",
        "la petite est à l'athénée royal de la maternelle jusqu'en 6e primaire",
        "le prof de l'athénée royal des maths a appelé la maman",
    ],
)
def test_fillers_school_years_and_subjects_are_no_part_of_a_saintly_name(text: str) -> None:
    """reader47c."""
    found = kinds(text, "organisation")
    assert found and not any(w in found[0] for w in ("coup", "maternelle", "maths"))


@pytest.mark.parametrize(
    "text",
    [
        "une pharmacie de charleroi lui a donné les médicaments",
        "into the house de hond ran, kids scared",
        "from school het rapport came, mixed",
        'they call the bus "the snail" (nickname, always late)',
        'ze noemt de medicatie "snoepjes" (bijnaam, voor de kinderen)',
        "instr. 2 van de huisarts gevolgd, medicatie 's avonds",
        "meestr. 3 heeft gebeld over het gedrag",
        "le snack chez mamy est fermé, elle est malade",
        "la friterie chez quelqu'un du quartier, elle ne sait plus qui",
        "supérette chez l'épicier du coin, crédit possible",
    ],
)
def test_reader47c_lookalikes_stay(text: str) -> None:
    assert kinds(text, "organisation") == [] and kinds(text, "address") == []
    assert not any(w in said for said, _ in masked(text) for w in ("snail", "snoepjes"))


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Zoon Zit Op Basisschool De Regenboog In Jette.", "Jette"),
        ("Maman Suivie À La Clinique Saint-Luc De Bouge Pour Son Dos.", "Bouge"),
    ],
)
def test_a_title_case_organisation_cut_short_keeps_its_town_hidden(text: str, hidden: str) -> None:
    assert any(hidden in said for said, _ in masked(text))
