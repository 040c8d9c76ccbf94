"""#12's fourteenth session, from a reviewer who tried the show-back as a tired worker: a name
masked once in an answer is masked wherever it comes back (sentences invented)."""

from __future__ import annotations

import pytest

from bot.privacy.accents import accent_free
from tests.scrub_helpers import of_kind


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Zorbek kwam langs. ik zag zorbek en ZORBEK en zorbek's kat",
            ["Zorbek", "zorbek", "ZORBEK", "zorbek"],
        ),
        ("mevrouw Peeters belde, peeters zegt dat het goed gaat", ["Peeters", "peeters"]),
        ("Mme Nkurunziza est venue. NKURUNZIZA a signé.", ["Nkurunziza", "NKURUNZIZA"]),
        ("Mr Okonkwo called, okonkwo's son was ill", ["Okonkwo", "okonkwo"]),
    ],
)
def test_a_masked_name_is_masked_wherever_it_comes_back(text: str, names: list[str]) -> None:
    assert of_kind(text, "name") == names


@pytest.mark.parametrize(
    "text",
    [
        "Grace came by, the grace period ends next week",
        "mevrouw Roos kocht een roos voor haar moeder",
        "Madame Blanche a peint le mur en blanche couleur",
    ],
)
def test_a_name_that_is_also_a_word_does_not_mask_the_word(text: str) -> None:
    assert len(of_kind(text, "name")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "elle va a la mosquee le vendredi",
        "il va a l'eglise tous les dimanches",
        "elle frequente l'eglise evangelique",
        "hij gaat elke vrijdag naar de moskee",  # nl and en have no accents to leave out
        "she goes to church every sunday",
    ],
)
def test_a_religious_practice_typed_without_accents_is_religion(text: str) -> None:
    assert of_kind(text, "religion") != []


@pytest.mark.parametrize(
    "text", ["il va a la poste le vendredi", "elle va a la piscine tous les dimanches"]
)
def test_going_elsewhere_without_accents_is_no_religion(text: str) -> None:
    assert of_kind(text, "religion") == []


def test_accent_free_refuses_a_class_it_would_break() -> None:
    with pytest.raises(ValueError):
        accent_free(r"[éa]+")
    assert accent_free("mosquée") == "mosqu[ée]e"


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("bel nul vier zeven vijf 12 34 56", "nul vier zeven vijf 12 34 56"),
        ("appelle zéro quatre 75 12 34 56", "zéro quatre 75 12 34 56"),
        ("call her on zero four seven five 12 34 56", "zero four seven five 12 34 56"),
        (
            "her number is oh four seven five twelve thirty four fifty six",
            "oh four seven five twelve thirty four fifty six",
        ),
    ],
)
def test_a_phone_number_spoken_then_typed_is_one_phone(text: str, phone: str) -> None:
    assert of_kind(text, "phone") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "oh well, two or three kids, four maybe",
        "ze heeft zes kinderen van twee, drie, vier, vijf en zeven jaar",
        "zero tolerance for 3 of 4 kids at 12 o'clock",
        "il a deux enfants de 3 et 5 ans et zéro revenu",
    ],
)
def test_counting_in_words_is_no_phone(text: str) -> None:
    assert of_kind(text, "phone") == []
