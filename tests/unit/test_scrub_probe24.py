"""#12's nineteenth session: shapes found in probe24's tuning half and in a synthetic check of
names no list holds (made-up names in the telegraphic shapes of a worker's notes), each tried on
sentences made up here, in nl, fr and en, with cases that must stay."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


def names_in(text: str) -> list[str]:
    return [said for said, kind in masked(text) if kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "kalomba, tesfari en mbuyalo gaan naar dezelfde school",
            ["kalomba", "tesfari", "mbuyalo"],
        ),
        ("ik zag kalomba, tesfari en mbuyalo aan de bushalte", ["kalomba", "tesfari", "mbuyalo"]),
        ("kalomba, tesfari and mbuyalo go to the same school", ["kalomba", "tesfari", "mbuyalo"]),
        ("kalomba et mbuyalo habitent à jette", ["kalomba", "mbuyalo"]),
        (
            "nzeba, wubet, tesfari en mbuyalo gaan naar school",
            ["nzeba", "wubet", "tesfari", "mbuyalo"],
        ),
    ],
)
def test_every_name_of_a_list_of_names_no_list_holds(text: str, expected: list[str]) -> None:
    """One name of the list, found by its verb or its cue, names the others."""
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "he drinks too much red bull and cant sleep",
        "the kids and grandparents live together",
        "soup and bread are free on fridays",
        "brood, melk en kaas gaan mee in het pakket",
    ],
)
def test_a_list_of_words_stays(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("dossier mbuyamba afgesloten", "mbuyamba"),
        ("nieuwe aanmelding tesfari via het caw", "tesfari"),
        ("afspraak kalonji verzet naar dinsdag", "kalonji"),
        ("dossier ndiaye afgesloten", "ndiaye"),
        ("rdv kalonji annulé", "kalonji"),
        ("kalomba: geen nieuws", "kalomba"),
        ("cissé: huur betaald", "cissé"),
        ("mbuyamba (buurvrouw) belde om 9u", "mbuyamba"),
        ("kalomba no show", "kalomba"),
        ("tesfari m'a dit que le proprio refuse", "tesfari"),
        ("the mbuyamba family got evicted", "mbuyamba"),
        ("the okafor kids sleep in one room", "okafor"),
        ("dossier de wilde afgesloten", "de wilde"),
    ],
)
def test_a_name_a_note_is_filed_under(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "dossier afgesloten na 3 jaar",
        "dossier huur afgesloten",
        "afspraak tandarts verzet",
        "gesprek budgetbeheer verplaatst",
        "visite domiciliaire demain",
        "rdv logopède demain",
        "rdv kiné annulé",
        "the foster family says no",
        "the host family was kind",
        "prio: bellen naar de school",
        "opm: geen",
        "samenvatting: huur betaald",
        "actiepunten: bellen naar de school",
    ],
)
def test_a_record_word_before_a_word_stays(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nasir Popal says his wife takes the bus", "Nasir Popal"),
        ("gesprek met Nasir Popal over de huur", "Nasir Popal"),
        ("Today Bill Peeters brought the letter", "Bill Peeters"),
        ("afspraak met Moh. Benali op dinsdag", "Moh. Benali"),
    ],
)
def test_a_capital_right_before_a_surname_is_its_first_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [("Gisteren Peeters gezien", "Peeters"), ("Maandag Janssens bellen", "Janssens")],
)
def test_an_opening_adverb_or_day_before_a_surname_stays(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marine, la fille de Jean-Philippe, ne va plus à l'école", ["Marine", "Jean-Philippe"]),
        (
            "Marine et Océane, les filles de Jean, ne vont plus à l'école",
            ["Marine", "Océane", "Jean"],
        ),
        ("Roos en Hoop, de dochters van Jan, gaan niet meer naar school", ["Roos", "Hoop", "Jan"]),
    ],
)
def test_names_that_are_words_before_a_family_apposition(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text", ["la marine, la mer et le vent", "la pluie et le vent, les enfants de la mer"]
)
def test_words_before_such_an_apposition_stay(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("on insta he goes by kingkofi99", "kingkofi99"),
        ("op insta heet ze lina2010", "lina2010"),
        ("sur snap il se fait appeler yass93", "yass93"),
    ],
)
def test_a_handle_ending_in_digits_named_as_such(text: str, handle: str) -> None:
    assert (handle, "handle") in masked(text)


@pytest.mark.parametrize(
    "text", ["op tiktok kijkt ze naar covid19 filmpjes", "she goes by bus 71 to school"]
)
def test_digits_without_a_naming_word_stay(text: str) -> None:
    assert [kind for _, kind in masked(text) if kind == "handle"] == []


@pytest.mark.parametrize(
    ("text", "medicine"),
    [
        ("his wife takes Prozac and stays in bed", "Prozac"),
        ("ze vergeet haar aricept", "aricept"),
        ("il prend du lyrica pour les douleurs", "lyrica"),
        ("hij krijgt xarelto sinds de operatie", "xarelto"),
        ("she injects ozempic once a week", "ozempic"),
        ("il est sous biktarvy depuis un an", "est sous biktarvy"),
    ],
)
def test_a_medicine_that_tells_its_condition(text: str, medicine: str) -> None:
    assert (medicine, "health") in masked(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("bij hem hangt een affiche van Vooruit aan het raam", "affiche van Vooruit"),
        ("he had a Vlaams Belang flag in the window", "Vlaams Belang flag"),
        ("elle a une affiche du PTB à la fenêtre", "affiche du PTB"),
        ("hij staat op de lijst voor de gemeenteraad", "staat op de lijst voor de gemeenteraad"),
        ("il était candidat aux communales", "candidat aux communales"),
        ("she ran for the council last year", "ran for the council"),
    ],
)
def test_a_party_shown_or_a_candidacy(text: str, said: str) -> None:
    assert (said, "politics") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "ze heeft een vlag van België aan het raam",
        "hij heeft een poster van de Rode Duivels",
        "de affiche voor de fuif hangt in de gang",
        "de lijst voor de voedselbank is lang",
    ],
)
def test_other_flags_posters_and_lists_stay(text: str) -> None:
    assert [kind for _, kind in masked(text) if kind == "politics"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("met Summer and Rich at the drop-in", ["Summer", "Rich"]),
        ("gesprek met Fatima en Roos over de huur", ["Fatima", "Roos"]),
        ("Marek Nowicki, known as Big Marek, is in detox", ["Marek Nowicki", "Big Marek"]),
        ("Goodluck's email changed again", ["Goodluck"]),
        ("grace's number changed", ["grace"]),
    ],
)
def test_a_capital_joined_to_a_name_and_a_name_owning_a_detail(
    text: str, expected: list[str]
) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "spoke to Kevin and The Landlord",
        "met Jan en Kind en Gezin gebeld",
        "the landlord's number is new",
        "bill paid, all ok",
    ],
)
def test_articles_services_and_owners_that_are_words_stay(text: str) -> None:
    assert [n for n in names_in(text) if n not in ("Kevin", "Jan")] == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Olena works at bakery Het Warme Brood in Hasselt", "bakery Het Warme Brood"),
        ("Martha lives at care home Hof ter Ooievaar", "care home Hof ter Ooievaar"),
        ("he washes cars at Car Wash Vitosha", "Car Wash Vitosha"),
        ("Visser van Kringloopwinkel De Cirkel belde", "Kringloopwinkel De Cirkel"),
        ("Sandrine de l'Épicerie du Coin Vert a appelé", "Épicerie du Coin Vert"),
        ("he goes to Victory Chapel every week", "Victory Chapel"),
        ("they go to The Christ Embassy Ministries", "Christ Embassy Ministries"),
        ("ze krijgt haar dialyse nu in RZ Sint-Pieters", "RZ Sint-Pieters"),
    ],
)
def test_a_capitalised_name_after_a_kind_in_lower_case(text: str, org: str) -> None:
    assert (org, "organisation") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "went to the shop Monday with the kids",
        "at the shop The kids were loud",
        "the care home I visited was clean",
        "the centre He runs is closed",
    ],
)
def test_a_kind_before_a_day_a_pronoun_or_a_lone_article_stays(text: str) -> None:
    assert [kind for _, kind in masked(text) if kind == "organisation"] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("her email is sarahpeeters at gmail", "sarahpeeters at gmail"),
        ("mail: kalonji at hotmail", "kalonji at hotmail"),
        ("mail sarah.peeters＠gmail.com", "sarah.peeters＠gmail.com"),
        ("mail sarah.peeters﹫gmail.com", "sarah.peeters﹫gmail.com"),
    ],
)
def test_an_address_with_its_ending_left_out_or_a_wide_at(text: str, address: str) -> None:
    assert (address, "email") in masked(text)


@pytest.mark.parametrize(
    "text", ["she is at gmail headquarters", "she looked at gmail today", "ze werkt at gmail"]
)
def test_at_a_provider_without_a_word_for_mail_stays(text: str) -> None:
    assert [kind for _, kind in masked(text) if kind == "email"] == []


@pytest.mark.parametrize(
    ("text", "said", "kind"),
    [
        ("réfugiés ukrainiens, logés à la gare", "ukrainiens", "origin"),
        ("ils sont roumains et vivent ici", "roumains", "origin"),
        ("the romanians next door came by", "romanians", "origin"),
        ("famille rom venue de la gare", "famille rom", "origin"),
        ("ze hangt 's nachts aan de zuurstof", "aan de zuurstof", "health"),
        ("hij drinkt terug sinds hij buiten is", "drinkt terug", "health"),
        ("sa voisine boit dès le matin", "boit dès le matin", "health"),
        ("she goes to the needle exchange twice a week", "needle exchange", "health"),
        ("she needs a walking frame since her hip surgery", "hip surgery", "health"),
        ("zen broer in Merksplas zit en de moeder eet ni meer", "in Merksplas zit", "detention"),
    ],
)
def test_origins_in_the_plural_and_care_told_in_everyday_words(
    text: str, said: str, kind: str
) -> None:
    assert (said, kind) in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "hij drinkt terug een glas water",
        "she is drinking again a lot of water",
        "ze wonen in merksplas sinds mei",
        "les pays africains aident",
    ],
)
def test_a_drink_a_village_and_a_group_of_countries_stay(text: str) -> None:
    assert [k for _, k in masked(text) if k in ("health", "detention", "origin")] == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("he got fired from mcdonald's in the station", "mcdonald's"),
        ("ze is gestopt bij colruyt", "colruyt"),
        ("il a été viré de chez carrefour", "carrefour"),
        ("ze werkt bij de firma cleanmaster", "firma cleanmaster"),
        ("une firme cleanpro l'a engagée", "firme cleanpro"),
    ],
)
def test_an_employer_one_left_and_a_firm_by_its_bare_word(text: str, org: str) -> None:
    assert (org, "organisation") in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "ze is gestopt met roken",
        "he quit smoking last year",
        "de firma belt morgen terug",
        "de firma zelf zegt niks",
        "ze zijn orthodoxen en wonen hier",
    ],
)
def test_stopping_a_habit_and_a_firm_by_a_word_stay(text: str) -> None:
    assert [k for _, k in masked(text) if k == "organisation"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("kalonji aan de telefoon, ze zoekt werk", "kalonji"),
        ("tesfari op bezoek met haar zoon", "tesfari"),
        ("mbuyamba au téléphone ce matin", "mbuyamba"),
        ("kalonji dropped by the office", "kalonji"),
        ("gisteren kalonji gezien in de wachtzaal", "kalonji"),
        ("ik heb kalonji uitgelegd hoe het werkt", "kalonji"),
        ("kalomba, moeder van 3, zoekt werk", "kalomba"),
    ],
)
def test_a_name_no_list_holds_in_a_note_s_shorthand(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "client aan de telefoon, geen nieuws",
        "buurvrouw op bezoek",
        "actiris aan de telefoon",
        "gisteren huisbezoek gedaan",
        "ik heb actiris gebeld",
        "ik heb myminfin gecheckt",
        "huur, moeder van 3, betaald",
    ],
)
def test_services_and_words_in_that_shorthand_stay(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ce matin kalonji est venue seule", "kalonji"),
        ("kalonji m'explique que le proprio refuse", "kalonji"),
        ("accompagné kalonji à la commune", "kalonji"),
        ("kalonji legt uit dat de huur te hoog is", "kalonji"),
    ],
)
def test_a_name_no_list_holds_after_a_time_or_before_a_verb_of_the_notes(
    text: str, name: str
) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "ce matin le facteur est passé",
        "this morning the bus was late",
        "he took paracetamol for the pain",
        "we took taxi to the hospital",
        "de brief legt uit dat de huur stijgt",
    ],
)
def test_words_in_those_places_stay(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text",
    ["Winter komt eraan, energiepremie aanvragen", "Summer is coming and the bill drops"],
)
def test_a_season_that_comes_is_no_one(text: str) -> None:
    assert names_in(text) == []


def test_a_season_s_name_that_calls_is_someone() -> None:
    assert names_in("Summer called about the rent") == ["Summer"]


@pytest.mark.parametrize(
    "text",
    [
        "dossier cloturé",
        "dossier geweigert",
        "afspraak geanuleerd",
        "gesprek uitgestelt",
        "appointment rescheduld",
        "dossier incomplét",
        "vaph: aanvraag loopt",
        "fluvius: afspraak gemaakt",
        "kinesitherapie: stopgezet",
        "fluvius no show",
        "dafalgan, motilium et nurofen sont pris",
        "kiné m'a dit de continuer",
        "pédiatre m'a rassuré",
        "spoke to Sarah and Social Services",
        "met Fatima en Ocmw over de huur",
        "the flemish family",
        "the amish family",
        "it was cold this winter, the kids were sick",
    ],
)
def test_what_a_reviewer_found_masked_by_mistake_stays_a_word(text: str) -> None:
    """A reviewer who had not read the rules tried them (the nineteenth session)."""
    assert [n for n in names_in(text) if n not in ("Sarah", "Fatima")] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Intake Peeters gedaan", "Peeters"),
        ("Huurder Janssens betaalt niet", "Janssens"),
        ("Rdv Dupont annulé", "Dupont"),
        ("Vu Dupont au marché", "Dupont"),
    ],
)
def test_an_opening_word_before_a_surname_stays_out_of_the_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mail naar klachtendienst proximus", "email"),
        ("mail: internetabonnement telenet", "email"),
        ("een sticker van groen papier", "politics"),
        ("een vlag van groen en wit", "politics"),
        ("he has PS posters", "politics"),
        ("a poster of Mr Bean", "politics"),
        ("poster for the Conservatives exhibition", "politics"),
        ("kandidaat voor de verkiezingen van de ouderraad", "politics"),
        ("ze woont in het centrum van Gent", "organisation"),
        ("at the centre Mum was waiting", "organisation"),
        ("naar de winkel Zijn vrouw", "organisation"),
        ("store Christmas sale", "organisation"),
        ("de baby drinkt terug goed", "health"),
        ("hij eet en drinkt terug", "health"),
        ("le bébé boit dès le matin son biberon", "health"),
        ("baby is drinking again after the virus", "health"),
    ],
)
def test_what_a_reviewer_found_read_as_the_wrong_kind_stays(text: str, kind: str) -> None:
    assert [k for _, k in masked(text) if k == kind] == []


@pytest.mark.parametrize(
    "text",
    [
        "ze krijgt soms amoxicilline voor haar gezin",
        "moeder gaat morgen huurachterstal regelen",
        "ze heeft ook inhalator gekregen",
        "vandaag inschrijfing gedaan",
        "ik heb inschrijfing nog niet gedaan",
        "ik heb kine morgen gepland",
        "took calpol for the fever",
        "schooltas opgehaald",
        "technieker aan de deur",
        "huisbaaz aan de telefoon",
        "this morning landord called",
        "Asielzoekster, moeder van 2, zoekt werk",
        "udpate, mother of 3, needs help",
    ],
)
def test_what_a_second_reviewer_found_masked_by_mistake_stays_a_word(text: str) -> None:
    """A second reviewer tried the shorthand shapes (the nineteenth session)."""
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mevrouw Winter komt eraan", "Winter"),
        ("Mevrouw De Winter komt eraan", "De Winter"),
        ("dossier elhamed afgesloten", "elhamed"),
        ("Marine, la petite dernière, dort mal", "Marine"),
    ],
)
def test_names_a_second_reviewer_saw_lost_stay_names(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("baby geplaatst, mama drinkt terug", "drinkt terug"),
        ("since the baby came she is drinking again", "drinking again"),
    ],
)
def test_drinking_again_far_from_a_baby_is_health(text: str, said: str) -> None:
    assert (said, "health") in masked(text)
