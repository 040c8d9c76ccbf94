"""Issue #12, ninth session (scrubnames9): identifiers in notations the earlier rules left:
a plate of any country's layout right after a word that names a plate, another country's
IBAN in groups of four with a digit too few or too many, and a phone number whose cue
follows it. The same shapes that name no one stay. Invented numbers and sentences."""

from __future__ import annotations

import pytest

from tests.scrub_helpers import covered, kinds


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("plaat 123-ABC van een oude wagen", "123-ABC"),
        ("plate AB12 CDE, a grey van", "AB12 CDE"),
        ("registration ABC-123 seen near the school", "ABC-123"),
        ("plaque AB123CD devant chez elle", "AB123CD"),
        ("plaque 34 ABC 123, garée devant", "34 ABC 123"),
        ("auto met plaat 1 ABC 23 volgens de buren", "1 ABC 23"),
        ("plaat 2 - ABC - 234 genoteerd", "2 - ABC - 234"),
        ("nummerplaat 1-ABC-2345 klopt niet helemaal", "1-ABC-2345"),
        ("roemeense plaat B 123 ABC", "B 123 ABC"),
        ("bulgaarse nummerplaat CA 1234 AB", "CA 1234 AB"),
        ("plaat 1-abc-2344 stond op de foto", "1-abc-2344"),
        ("kenteken: WA 12345", "WA 12345"),
        ("immatriculation GH 123 JK", "GH 123 JK"),
    ],
)
def test_a_plate_after_a_word_that_names_it(text: str, plate: str) -> None:
    assert covered(text, plate) >= 0.9, kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "de plaat van 12 jaar geleden",
        "plate 2 of 3 is broken",
        "plaque de cuisson 60 cm",
        "plaque 1200 euros",
        "registration 12345 for the course",
        "de plaat is 15 cm breed",
        "kenteken aanvragen voor 12 maart",
        "immatriculation en 2019 puis 2021",
        "plaatsing op 12 mei",
        "the registration is 3 weeks",
    ],
)
def test_a_plate_word_before_no_plate_masks_nothing(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        ("FR76 3000 6000 0112 3456 7890 18", "FR76 3000 6000 0112 3456 7890 18"),
        ("het geld gaat naar DE89 3704 0044 0532 0130 0", "DE89 3704 0044 0532 0130 0"),
        ("LU28 0019 4006 4475 000 is van haar broer", "LU28 0019 4006 4475 000"),
        ("she gave nl91 abna 0417 1643 001 as hers", "nl91 abna 0417 1643 001"),
        ("ES91 2100 0418 4502 0005 133 voor de huur", "ES91 2100 0418 4502 0005 133"),
    ],
)
def test_another_countrys_iban_with_a_digit_too_few_or_too_many(text: str, iban: str) -> None:
    assert covered(text, iban) >= 0.9, kinds(text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("0532 123 45 67 is zijn turks nummer", "0532 123 45 67"),
        ("0812 345 678 9, c'est son numéro au congo", "0812 345 678 9"),
        ("+90 532 123 45 6 was her number in izmir", "+90 532 123 45 6"),
    ],
)
def test_a_phone_number_before_its_cue(text: str, phone: str) -> None:
    assert covered(text, phone) >= 0.9, kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "de 12 juni 2024 werd het dossier 2023 0456 afgesloten",
        "it is 12 days 3456 km from here",
        "2023/04567 is het nummer van het dossier",
        "ze betaalde 1250 euro, het nummer van de factuur volgt",
    ],
)
def test_numbers_that_are_no_account_and_no_phone_stay(text: str) -> None:
    assert all(kind not in ("iban", "phone") for _, kind in kinds(text)), kinds(text)


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("stort het op 5390 0754 7034 voor vrijdag", "5390 0754 7034"),
        ("rekening 539007547034 op naam van de moeder", "539007547034"),
        ("son rib marocain 011 780 0000123456789012 34", "011 780 0000123456789012 34"),
        ("compte au maroc: 011780000012345678901234", "011780000012345678901234"),
        ("bank card 4111 1111 1111 1111 was blocked", "4111 1111 1111 1111"),
    ],
)
def test_an_account_without_its_country_code_after_a_cue(text: str, account: str) -> None:
    assert covered(text, account) >= 0.9, kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "klantnummer 5390 0754 7034 bij de energieleverancier",
        "factuur 1234 5678 9012 van de school",
        "stort op 1234 5678 9012",
        "ze heeft 1000 1000 1000 euro schulden",
    ],
)
def test_twelve_digits_that_fail_the_check_or_lack_a_cue_are_no_account(text: str) -> None:
    assert all(kind != "iban" for _, kind in kinds(text)), kinds(text)


@pytest.mark.parametrize(
    ("text", "contact", "kind"),
    [
        ("haar mail is fatima.el(a)gmail.com", "fatima.el(a)gmail.com", "email"),
        ("mail: jan(a)telenet.be voor de papieren", "jan(a)telenet.be", "email"),
        ("op insta is ze nour.xo_ maar ze post weinig", "nour.xo_", "handle"),
        ("sur insta elle est nour.xo_", "nour.xo_", "handle"),
        ("on insta she is nour.xo_", "nour.xo_", "handle"),
    ],
)
def test_more_ways_to_write_an_address_or_a_handle(text: str, contact: str, kind: str) -> None:
    assert (contact, kind) in kinds(text)


@pytest.mark.parametrize(
    "text", ["(a) het dossier (b) de brief", "op insta is ze heel actief", "insta is ze nu kwijt"]
)
def test_a_letter_in_brackets_or_a_word_after_a_platform_stays(text: str) -> None:
    assert kinds(text) == []
