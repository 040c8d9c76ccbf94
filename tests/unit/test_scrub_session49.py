"""#12's forty-ninth session: French places named by a kind and a name with its own article,
more Dutch kinds before their name, and a later rule's whole name kept where an earlier rule
read only the kind; sentences made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import kinds, masked


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("kiné au centre médical les tilleuls depuis mars", "centre médical les tilleuls"),
        ("veut un lit au centre de cure les aubiers, sevrage", "centre de cure les aubiers"),
        ("hébergée au refuge les primevères à namur", "refuge les primevères"),
        ("malaise au resto solidaire le bol, ambulance appelée", "resto solidaire le bol"),
        ("rdv au comptoir le relais mardi 14h", "comptoir le relais"),
        ("elle veut continuer au ceso les aubépines", "ceso les aubépines"),
        ("il travaille au bazar la caverne à jumet", "bazar la caverne"),
    ],
)  # fmt: skip
def test_a_french_kind_and_a_name_with_its_article_is_an_organisation(
    text: str, place: str
) -> None:
    assert place in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "à la pharmacie le matin il y a du monde",
        "au centre médical la dame attend depuis une heure",
        "au centre médical les infirmières sont gentilles",
        "au salon le chat dort.",
        "à la pharmacie la semaine passée, rien",
        "au refuge les chiens aboient toute la nuit",
        "au comptoir le patron rigole",
        "elle mange au resto le midi, seule",
    ],
)
def test_a_french_kind_before_people_a_time_or_a_verb_names_no_place(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("werkt 4u per dag bij bakkerij ter linde maar het loon is te laag", "bakkerij ter linde"),
        ("vraag gesteld aan apotheek kolenput", "apotheek kolenput"),
        ("bankkaart verloren in nachtasiel den uil", "nachtasiel den uil"),
        ("wil niet naar de vrouwengroep van moskee selamet, te streng", "moskee selamet"),
        ("seizoenwerk bij aardbeienteelt vermeulen sinds mei", "aardbeienteelt vermeulen"),
        ("romanian men work at champignonkwekerij de heuvel, sleep in a caravan",
         "champignonkwekerij de heuvel"),
    ],
)  # fmt: skip
def test_a_dutch_kind_and_its_name_is_an_organisation(text: str, firm: str) -> None:
    assert firm in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "ik ga bij apotheek morgen langs",
        "koekjes bij bakkerij ter plaatse gekocht",
        "naar moskee de vrijdag met zijn vader",
        "ze haalt het bij apotheek de wacht, morgen",
    ],
)
def test_a_dutch_kind_before_a_time_or_a_phrase_names_no_firm(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "lender"),
    [
        ("schulden bij belnova en quickfix24, tel later", "belnova"),
        ("schulden bij belnova en quickfix24, tel later", "quickfix24"),
        ("loans with trevomax and zelcora, cant sleep", "zelcora"),
        ("vend ses meubles pour payer vantiqo", "vantiqo"),
        ("afbetalingsplan met lumorra van 45 euro per maand", "lumorra"),
        ("schulden bij kredietfirma flandrix sinds 2023", "kredietfirma flandrix"),
    ],
)
def test_a_made_up_brand_named_as_a_lender_is_an_organisation(text: str, lender: str) -> None:
    assert lender in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "ze heeft 240 euro achterstal bij de waterfactuur",
        "schulden bij energieleverancier, afbetalingsplan asap",
        "nog schuld bij tandarts en gsm-operator",
        "schulden bij de deurwarder en de huisbaas",
        "loopt bij budgetbeheer van ocmw, afbetalingsplan ok",
        "schulden bij proximus en engie",
    ],
)
def test_a_debt_before_words_services_or_listed_firms_names_no_made_up_firm(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("mr de la croix en chaise roulante depuis l'accident", "de la croix"),
        ("mme de la haye, alzheimer débutant", "de la haye"),
        ("mme de le court 99 ans, seule", "de le court"),
        ("dhr de la roche zit 3 dagen zonder stroom", "de la roche"),
        ("mrs de la tour called twice about the rent", "de la tour"),
    ],
)
def test_a_title_before_a_french_de_la_surname_masks_it_whole(text: str, surname: str) -> None:
    assert surname in kinds(text, "name")


@pytest.mark.parametrize(
    "text",
    [
        "monsieur de la mutuelle a rappelé",
        "la dame de la poste est gentille",
        "madame de la commune passe demain",
        "sœur marie de la paroisse passe le mardi",
    ],
)
def test_whose_service_someone_is_from_is_no_surname(text: str) -> None:
    spans = kinds(text, "name")
    assert not any(span.startswith("de la") for span in spans), spans


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("won't leave harbour lane night shelter in the morning", "harbour lane night shelter"),
        ("treatment starts monday at northgate liver clinic", "northgate liver clinic"),
        ("out of hoogmoer prison yesterday, no address", "hoogmoer prison"),
        ("only talks to father tony from st rufus parish", "st rufus parish"),
        ("will not go back to pinewick house, they cut his dose", "pinewick house"),
        ("cancer again, treatment at kempen general hospital", "kempen general hospital"),
    ],
)
def test_an_english_kind_after_its_own_words_is_an_organisation(text: str, place: str) -> None:
    assert place in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "she stayed at her friend's house for a week",
        "sleeping at night shelter again",
        "he was at the local clinic on monday",
        "at city general hospital they sent her home",
        "moved to a care home last year",
        "at women's shelter since friday",
    ],
)
def test_an_english_kind_after_everyday_words_names_no_place(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("il travaille chez ferronnerie jadot, payé au noir", "ferronnerie jadot"),
        ("works at ferrailles lemaire, no contract", "ferrailles lemaire"),
        ("vendeuse chez chocolaterie wouters depuis mai", "chocolaterie wouters"),
    ],
)
def test_more_trades_before_a_family_name_are_firms(text: str, firm: str) -> None:
    assert firm in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text", ["de batterie leeg, gsm dood", "on a gagné à la loterie nationale hier"]
)
def test_a_word_in_erie_before_a_word_is_no_firm(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("woont in lommel-kolonie met haar baby", "lommel-kolonie"),
        ("hb eisden-tuinwijk, fam benali", "eisden-tuinwijk"),
    ],
)
def test_a_town_and_its_quarter_joined_by_a_hyphen_is_one_place(text: str, place: str) -> None:
    assert place in kinds(text, "place")


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("woont nog alleen op ijzerpoortje 3, trap is gevaarlijk", "ijzerpoortje 3"),
        ("woont nog alleen hoogveldekens 3, verwarming stuk", "hoogveldekens 3"),
        ("visite zonnedauw 14 à meulenberg, lui parkinson", "zonnedauw 14"),
        ("hb kromhoutje 9, schimmel overal", "kromhoutje 9"),
    ],
)
def test_a_street_of_no_street_word_after_a_home_visit_or_how_someone_lives(
    text: str, street: str
) -> None:
    assert street in kinds(text, "address")


@pytest.mark.parametrize(
    "text",
    [
        "moe vandaag, 6 hb op 1 dag is te veel",
        "le grand-père vit seul au 4e, c'est pas tenable",
        "visite médicale 2 fois par semaine",
        "hb gisteren om 14u, niemand thuis",
    ],
)
def test_a_home_visit_before_a_count_or_a_time_names_no_street(text: str) -> None:
    assert kinds(text, "address") == []


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("ex-injector, now on methadone", "ex-injector"),
        ("hoest bloed, tb-patiënt volgens de dokter", "tb-patiënt"),
        ("gangrene on two toes, won't go to hospital", "gangrene"),
        ("toux chronique depuis des mois", "toux chronique"),
        ("epilepsie-aanval op straat gisteren", "epilepsie-aanval"),
    ],
)
def test_more_conditions_are_health(text: str, condition: str) -> None:
    assert condition in kinds(text, "health")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("precious and faith (sisters) both clean offices", ["precious", "faith"]),
        ("hope en blessing (zussen) slapen bij de tante", ["hope", "blessing"]),
        ("may may come friday, she has chemo on thursday", ["may"]),
        ("will will not go back to the shelter", ["will"]),
    ],
)
def test_siblings_in_brackets_and_a_name_before_the_same_verb_are_people(
    text: str, names: list[str]
) -> None:
    assert kinds(text, "name") == names


@pytest.mark.parametrize(
    "text",
    [
        "rain rain rain, umbrella broke on the way",
        "the sun and moon (twins) are the mascots",
        "no no no she said, not again",
    ],
)
def test_doubled_words_and_bracketed_kin_of_things_name_no_one(text: str) -> None:
    assert kinds(text, "name") == []


@pytest.mark.parametrize(
    "text",
    [
        "van moskee de imam kwam mee naar het gesprek",
        "schulden bij kredietfirma's allerlei, dossier naar schuldbemiddeling",
        "dhr de la leeggemaakt, alle facturen lagen erin",
        "werkt als spuiter in een carrosseriebedrijf",
        "au ceso les bénévoles aident avec les factures",
        "c'est le bazar la maison, les enfants ne rangent rien",
        "il a remplacé l'ancien injecteur de sa voiture, 200 euros",
        "c'est la gangrène du quartier, dit-il",
        "released from juvenile prison, now 18",
        "may may be hard for her, it is the month her son died",
        "will will be read by the notary on monday, family fighting",
    ],
)
def test_reader49b_lookalikes_stay_as_the_start_code_read_them(text: str) -> None:
    """Ordinary words the first versions of this session's rules masked (reader49b)."""
    spans = masked(text)
    assert not any(kind in ("organisation", "name") for _, kind in spans), spans
    assert not any(said in ("spuiter", "ancien injecteur", "gangrène") for said, _ in spans)


@pytest.mark.parametrize(
    "text",
    [
        "bij aardbeienteelt de pluk begint in mei",
        "hb dochtertje 9 maanden, slaapt slecht",
        "gangreen van het hele systeem, zegt hij over de politiek",
        "een delirium tremens gedronken op café, duur bier",
        "au refuge le chien a été adopté, elle pleure",
    ],
)
def test_reader49c_lookalikes_name_no_firm_street_or_condition(text: str) -> None:
    """Ordinary words the second versions of this session's rules masked (reader49c)."""
    spans = masked(text)
    assert not any(kind in ("organisation", "address", "health") for _, kind in spans), spans
