"""#12's twenty-first session: identifiers and numbers as a privacy officer typed them
(review22a, who never read the rules), each tried on sentences made up here in nl, fr and en,
with the numbers that identify no one and must stay."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gsm 0471 11 22 33-0472 44 55 66", ["0471 11 22 33", "0472 44 55 66"]),
        ("tel mama-papa 0478.58.45.43-04 84 40 38 60", ["0478.58.45.43", "04 84 40 38 60"]),
        ("phone 0495/23.45.67-0495/76.54.32 (both parents)", ["0495/23.45.67", "0495/76.54.32"]),
        ("tel 0475–38–21–90 (streepjes van de iphone)", ["0475–38–21–90"]),
        ("gsm 0486—72—15—33", ["0486—72—15—33"]),
        ("tél : 0493\u202f27\u202f18\u202f64", ["0493\u202f27\u202f18\u202f64"]),
        ("mevr heeft nieuw gsm nr + 32 477 63 88 64", ["+ 32 477 63 88 64"]),
        ("tel mr (0)475 88 12 34", ["(0)475 88 12 34"]),
        ("her brother's number is 243812674539", ["243812674539"]),
    ],
)
def test_phone_numbers_in_these_notations_are_masked_whole(text: str, expected: list[str]) -> None:
    assert [said for said, kind in masked(text) if kind == "phone"] == expected


@pytest.mark.parametrize(
    ("text", "said", "kind"),
    [
        ("rrn 85,07,23-263,08", "85,07,23-263,08", "national_id"),
        ("compte bancaire BE71/096123456769 pour le RIS", "BE71/096123456769", "iban"),
        ("niss 52.12.16-800.90 compte BE71 0961 2345 6769", "BE71 0961 2345 6769", "iban"),
        ("habite 75018 paris depuis mars", "75018 paris", "place"),
        ("chez sa tante 93200 saint-denis", "93200 saint-denis", "place"),
        ("vader woont in D-52062 aachen", "D-52062 aachen", "place"),
        ("the family lives in L-1940 luxembourg now", "L-1940 luxembourg", "place"),
        ("nouvelle adresse namur - 5000 depuis janvier", "namur - 5000", "place"),
        ("moved to forest (1190) last week", "forest (1190)", "place"),
    ],
)
def test_identifiers_and_postcodes_are_masked_whole(text: str, said: str, kind: str) -> None:
    assert (said, kind) in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "uren: 07.30-12.00/12.30-16.00",
        "permanentie 09.00-17.00 op dinsdag",
        "schuld 1.080 bij proximus",
        "debt of 2.500 bij telenet, paid monthly",
        "premie van EUR 755,54 aangevraagd",
        "avance de EUR 750 reçue",
        "herinnering 2 verstuurd door de huisbaas",
        "vergadering 14 maart in het ocmw",
        "indexering 2 pct in januari",
        "tele-onthaal 106 doorgegeven",
        "het zijn 15000 mensen in die wijk",
        "she walked 10000 steps today",
    ],
)
def test_numbers_that_identify_no_one_stay(text: str) -> None:
    assert masked(text) == []


def test_a_date_with_its_year_is_no_phone_number() -> None:
    """ "rdv 03.01.2025 17u": the date is masked as a date (its year), the hour stays."""
    assert masked("rdv 03.01.2025 17u bus 4") == [("03.01.2025", "date")]
    assert ("2024/40691", "phone") not in masked("dossier 2024/40691 - 22.01.24 - 208,-")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("ex rijdt met een grijze golf 74-WVI-7", "74-WVI-7"),
        ("he drives a black bmw RE-662-L", "RE-662-L"),
        ("immat 106-ATT signalée à la police", "106-ATT"),
    ],
)
def test_a_make_of_car_or_immat_leads_to_a_plate(text: str, said: str) -> None:
    assert (said, "plate") in masked(text)


def test_a_discord_name_keeps_its_number_under_the_label() -> None:
    assert masked("discord jan.b40#2918") == [("jan.b40#2918", "handle")]


@pytest.mark.parametrize(
    "text", ["hij speelt golf op zondag", "a bmw of 12 years old", "seat 12 in row 3"]
)
def test_a_make_of_car_alone_masks_nothing(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "bel de gratis lijn 0800 14 689",
        "antigifcentrum 070/245.245",
        "stroomstoring: 078 35 35 00",
        "service 0902 12 014 (payant)",
        "numéro vert 0800/30.030 donné à madame",
    ],
)
def test_a_helpline_number_stays_in_sight(text: str) -> None:
    """Free, premium and shared-cost numbers are no person's: the note keeps which line."""
    assert masked(text) == []


@pytest.mark.parametrize(
    "text",
    ["nummer van zijn tante in den haag 070 345 67 89", "his cousin in dordrecht: 078 123 45 67"],
)
def test_a_dutch_landline_with_such_a_prefix_is_still_masked(text: str) -> None:
    assert "phone" in [kind for _, kind in masked(text)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("num 0475 twaalf 34 56 à vérifier", "0475 twaalf 34 56"),
        ("nr van de zus is 0476 32 zesenveertig 17", "0476 32 zesenveertig 17"),
        ("nr 04 septante-huit 21 43 65 (zo doorgegeven)", "04 septante-huit 21 43 65"),
        ("his number is 0478 twelve 34 56", "0478 twelve 34 56"),
    ],
)
def test_a_number_said_and_typed_by_turns_is_a_phone(text: str, said: str) -> None:
    assert (said, "phone") in masked(text)


def test_numbers_and_number_words_of_something_else_stay() -> None:
    assert masked("hij is 04 jaar en 12 maanden en twee dagen") == []


def test_a_typed_number_does_not_take_the_number_word_after_it() -> None:
    assert masked("bel 02 123 45 67 een keer per week") == [("02 123 45 67", "phone")]


@pytest.mark.parametrize("text", ["IGO € 642 per maand", "GRAPA demandée pour monsieur"])
def test_benefits_by_their_acronym_stay(text: str) -> None:
    assert masked(text) == []
