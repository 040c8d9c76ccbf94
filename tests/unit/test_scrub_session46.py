"""#12's forty-sixth session: places named by their kind and an article or "du"/"des", whose
names are everyday words ("leefgroep de kade", "clinique du parc fleuri"), with the kind inside
the detail as writers mark it; sentences made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import kinds, masked


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("zoon weggelopen uit leefgroep de boot, politie verwittigd", "leefgroep de boot"),
        ("verwezen naar jongerenopvang de brug, wachtlijst", "jongerenopvang de brug"),
        ("werkt halftijds bij tuinbouw de kas, geen contract", "tuinbouw de kas"),
        ("ontslagen bij metaalwerken de schelde, na 20 jaar", "metaalwerken de schelde"),
        ("betrapt bij buurtsuper de uil, jeugdconsulent ingelicht", "buurtsuper de uil"),
        ("begeleiding via jongerenpunt de sprong sinds mei", "jongerenpunt de sprong"),
    ],
)
def test_a_dutch_kind_and_article_name_a_place_with_everyday_words(
    text: str, organisation: str
) -> None:
    assert organisation in kinds(text, "organisation")


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("travaille chez garage du rond-point sans contrat", "garage du rond-point"),
        ("suivie à clinique des lilas depuis l'été", "clinique des lilas"),
        ("hospitalisée à la clinique du parc fleuri, maman perdue", "clinique du parc fleuri"),
        ("délégué chez verrerie du centre, conflit avec patron", "verrerie du centre"),
        ("sa fille en 3e à athénée les étangs, harcèlement", "athénée les étangs"),
        ("caissière chez supérette le panier, horaires coupés", "supérette le panier"),
        ("perdu son job chez blanchisserie la perle, après", "blanchisserie la perle"),
        ("dialyse 3x par semaine au chu les hêtres, transport", "chu les hêtres"),
        ("plongeur chez brasserie le cygne, loge chez un ami", "brasserie le cygne"),
    ],
)
def test_a_french_kind_goes_with_its_name_after_du_des_or_an_article(
    text: str, organisation: str
) -> None:
    assert organisation in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "in afkickcentrum de regels gevolgd, trots op zichzelf",
        "naar opvang de kinderen gaan halen",
        "pause au café du coin entre deux visites",
        "rendez-vous au centre du village jeudi",
        "l'école des devoirs ferme à 17h",
        "le centre des impôts a écrit une lettre",
        "à l'école les enfants rient beaucoup",
        "il a laissé sa voiture au garage le temps de la réparation",
        "la pharmacie du quartier le suit bien",
    ],
)
def test_a_kind_followed_by_the_sentence_stays(text: str) -> None:
    assert kinds(text, "organisation") == []


def test_a_verb_after_a_kind_and_its_name_is_no_part_of_it() -> None:
    found = kinds("au centre les infirmières sont gentilles", "organisation")
    assert not any("sont" in said for said in found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("zoon kevin (kevke) terug aan het drinken", ["kevin", "kevke"]),
        ("gilberte («gigi») vit avec ses chats", ["gilberte", "gigi"]),
        ("pieter-jan (pj) gokt alles weg", ["pieter-jan", "pj"]),
        ("jade (jaydie voor haar vrienden) is zwanger", ["jade", "jaydie"]),
        ("mo (eig. mohamed benali) hangt rond aan het station", ["mo", "mohamed benali"]),
        ("tiny (real name geert de clercq) drinking again", ["tiny", "geert de clercq"]),
    ],
)
def test_a_nickname_in_brackets_and_the_nickname_before_a_real_name_are_names(
    text: str, names: list[str]
) -> None:
    found = kinds(text, "name")
    assert all(name in found for name in names), found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("sarah (somali) slaapt in het station", "somali"),
        ("kevin (buurman) helpt met de boodschappen", "buurman"),
        ("rose (dochter) heeft een diagnose", "dochter"),
        ("lucas (leerkracht) belde vanmorgen", "leerkracht"),
    ],
)
def test_a_word_in_brackets_after_a_name_is_no_nickname(text: str, word: str) -> None:
    assert word not in kinds(text, "name")


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("works at daycare little stars, boss wants her gone", "daycare little stars"),
        ("works nights at night shop el nour, no contract", "night shop el nour"),
        ("lost his job at restaurant o porto, 2 kids", "restaurant o porto"),
        ("works at laundry clean corner, exhausted", "laundry clean corner"),
        ("job interview at cleaning company sparkle, friday", "cleaning company sparkle"),
    ],
)
def test_an_english_kind_after_at_and_words_ending_the_clause_is_a_place(
    text: str, organisation: str
) -> None:
    assert organisation in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "works at garage reception, no contract",
        "she works at bakery nearby, paid cash",
        "met him at pub yesterday",
        "eats at restaurant sometimes",
        "works at hotel reception, no contract",
    ],
)
def test_an_english_kind_after_at_with_a_part_or_a_time_stays(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("zoon (16) gestopt op atheneum noord, hangt rond", "atheneum noord"),
        ("5de jaar technicum ter heide, mama werkt deeltijds", "technicum ter heide"),
        ("op college ter duinen, website snapt ze niet", "college ter duinen"),
        ("uit voorziening huize zonnebloem, woont nu alleen", "huize zonnebloem"),
    ],
)
def test_a_flemish_school_by_its_own_word_after_its_kind(text: str, organisation: str) -> None:
    assert organisation in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text", ["college fees unpaid since september", "op campus vandaag", "campus housing is full"]
)
def test_an_english_use_of_college_or_campus_stays(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "kind", "said"),
    [
        ("lucy back on the drink, son does the shopping", "health", "drink"),
    ],
)
def test_back_on_the_drink_is_masked(text: str, kind: str, said: str) -> None:
    assert any(said in found for found in kinds(text, kind))


def test_drinks_on_a_menu_stay() -> None:
    assert kinds("she was back on the drinks menu at work", "health") == []


@pytest.mark.parametrize(
    "text",
    [
        "chez supérette le pain était déjà fini",
        "garage le temps de réparer la voiture",
        "au chu la cardiologie a revu papi",
        "à athénée les profs sont en grève",
        "au centre des jeunes il fait du foot",
        "la table est au centre de la pièce",
        "le foyer de la famille est stable",
        "la résidence du père est trop petite",
        "il est au chu des fois pour ses contrôles",
        "il est à l'école Le matin",
        "via jongerenopvang de voogd gecontacteerd",
        "in leefgroep de verjaardag van zijn zus",
        "via leefgroep de begeleider gebeld",
        "in crisisopvang de nacht doorgebracht",
        "technicum ter plaatse bezocht",
        "at pub tonight, football on tv",
        "works at daycare busy, but unpaid trial",
        "put back on the drink menu: lemonade",
        "the methodist church on high street gives food parcels",
        "mama (eig. stiefmoeder) wil meer inspraak",
        "alles in orde (eig. niet helemaal)",
        "the shop (real name unknown) closed",
        "son at college north of the city",
        "daughter at campus west side, in halls",
        "at daycare gates, son refused to go in",
    ],
)
def test_the_readers_lookalikes_stay(text: str) -> None:
    """reader46 and reader46b: ordinary words the session's first rules masked."""
    assert [kind for _, kind in masked(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Rdv Avec M. Hussein Du L'Aviq Lundi Pour Le Diabète",
        "Entretien Avec M. Achterberg, Sa Copine Est Bisexuel, Rien D'Autre",
    ],
)
def test_a_title_case_note_with_m_dot_is_scrubbed_without_an_error(text: str) -> None:
    """reader46: both raised IndexError when "M. " was left alone as a name's whole span."""
    found = masked(text)
    assert found and all(said.strip() and said != "M." for said, _ in found)


def test_a_new_kind_before_capitalised_words_in_title_case_names_nothing() -> None:
    found = masked("Le Grand-Père Est Au Chu De Charleroi Pour Son Coeur")
    assert not any("Pour" in said for said, _ in found)
