"""#12, probes17 continued: a place with "nr" and its number is an address; a page or a
chapter number is none; a surname used as a word after an article is not offered for a
tap. Each with counter-cases in nl, fr and en (sentences invented)."""

from __future__ import annotations

import pytest

from tests.conftest import shared_core
from tests.scrub_helpers import of_kind

SCRUBBER = shared_core()[2]


def offers(text: str, lang: str) -> tuple[str, ...]:
    return SCRUBBER.review(text, lang).unsure


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("We spraken af aan de Vaartkom nr 7.", "Vaartkom nr 7"),
        ("Hij woont aan de Vaartkom nr 7 sinds mei.", "Vaartkom nr 7"),
        ("Ze woont in Kipdorp nr 12 bij haar tante.", "Kipdorp nr 12"),
        ("Elle loge à Bellevaux n° 12 depuis mars.", "Bellevaux n° 12"),
        ("She stays at Elmcroft nr 4 now.", "Elmcroft nr 4"),
    ],
)
def test_a_place_with_nr_and_its_number_is_an_address(text: str, address: str) -> None:
    assert of_kind(text, "address") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Hij zit in Kamer nr 5 van de kliniek.",
        "Het Formulier nr 3 is ingevuld.",
        "Le Dossier n° 12 est clos.",
        "The Room nr 4 was cold.",
        "lees bladzijde 12 van het boek samen",
        "zie hoofdstuk 3 voor de afspraken",
        "on a lu le numéro 5 du magazine",
        "we read page 12 together",
    ],
)
def test_a_numbered_thing_or_page_is_no_address(text: str) -> None:
    assert of_kind(text, "address") == []


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Er zit een mol in de tuin.", "nl", "mol"),
        ("Ze ging naar de bakker om brood.", "nl", "bakker"),
        ("Elle a acheté une fontaine pour le jardin.", "fr", "fontaine"),
        ("He went to the barber on friday.", "en", "barber"),
        ("She saw a fowler in the field.", "en", "fowler"),
    ],
)
def test_a_surname_used_as_a_word_after_an_article_is_not_offered(
    text: str, lang: str, word: str
) -> None:
    assert word not in [offer.lower() for offer in offers(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("ze belde met bakker over de huur", "nl", "bakker"),
        ("het dossier van de bakker ligt klaar", "nl", "bakker"),
        ("elle parle avec fontaine demain", "fr", "fontaine"),
        ("he talked with barber about rent", "en", "barber"),
    ],
)
def test_a_surname_without_an_article_before_it_is_masked_or_offered(
    text: str, lang: str, word: str
) -> None:
    review = SCRUBBER.review(text, lang)
    offered = word in [offer.lower() for offer in review.unsure]
    assert offered or word not in review.text.lower().split()
