"""#12's fourteenth session: reviewers' probes, each as a general rule with its counter-cases
in nl, fr and en (sentences invented)."""

from __future__ import annotations

import pytest

from bot.app import build_core
from bot.privacy.scrub import Scrubber
from tests.scrub_helpers import kinds, of_kind

LABELLED = Scrubber(build_core()[1].gettext)
"""Labels in the worker's language, as the bot writes them."""


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("she lives at av de la Couronne 400 with her son", "av de la Couronne 400"),
        ("elle habite av de la couronne 400 depuis mai", "av de la couronne 400"),
        ("ze woont op de av Louise 54 bij haar zus", "av Louise 54"),
        ("ze woont in de brouwersgang 4", "brouwersgang 4"),
    ],
)
def test_an_abbreviated_or_lower_case_street_with_its_number_is_an_address(
    text: str, address: str
) -> None:
    assert of_kind(text, "address") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "jaargang 20 van het tijdschrift lag op tafel",
        "we wachtten aan ingang 2 van het ziekenhuis",
        "de uitgang 3 was dicht door de werken",
        "hij zag av 3 keer per week",
    ],
)
def test_a_counting_noun_that_ends_like_a_street_is_no_address(text: str) -> None:
    assert of_kind(text, "address") == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("nickname on roblox: lilaplays", "lilaplays"),
        ("haar roblox naam is lilaplays", "lilaplays"),
        ("son fortnite: lilaplays", "lilaplays"),
    ],
)
def test_a_handle_after_a_game_platform_is_masked(text: str, handle: str) -> None:
    assert of_kind(text, "handle") == [handle]


@pytest.mark.parametrize(
    "text",
    [
        "hij speelt roblox met zijn broer",
        "il joue à fortnite avec ses amis",
        "he plays xbox games at night",
    ],
)
def test_playing_a_game_names_no_handle(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("they moved to duffel last year", "duffel"),
        ("ze woont in as sinds maart", "as"),
        ("ze verhuist naar boom in mei", "boom"),
        ("elle habite à ans depuis mars", "ans"),
        ("she lives in spa with her kids", "spa"),
    ],
)
def test_a_town_that_is_a_word_after_a_verb_of_living_or_moving_is_a_place(
    text: str, place: str
) -> None:
    assert of_kind(text, "place") == [place]


@pytest.mark.parametrize(
    "text",
    [
        "ze woont in een flat met twee kamers",
        "he lives in hope that it gets better",
        "elle vit à peine de son salaire",
        "hij woont in de buurt van de school",
        "er staat een boom in de tuin",
    ],
)
def test_a_verb_of_living_before_ordinary_words_finds_no_place(text: str) -> None:
    assert of_kind(text, "place") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("patience attend la réponse du cpas", "patience"),
        ("doudou vit chez son oncle", "doudou"),
        ("lieve zorgt voor haar kleinkinderen", "lieve"),
        ("precious eats at school every day", "precious"),
        ("mercy speaks a little dutch now", "mercy"),
    ],
)
def test_a_word_name_opening_a_sentence_before_a_persons_verb_is_a_name(
    text: str, name: str
) -> None:
    assert of_kind(text, "name") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "patience ne suffit pas",
        "patience est nécessaire avec lui",
        "hope did not come true",
        "grace takes time",
        "hope still remains",
        "lieve help is welkom",
    ],
)
def test_a_word_name_opening_a_sentence_as_a_word_stays(text: str) -> None:
    assert of_kind(text, "name") == []


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_handle_label_is_no_account_cue_in_a_second_scrub(lang: str) -> None:
    """nl "[gebruikersnaam]" and fr "[pseudo]" are account words themselves: found by the
    idempotence property ("@0:0.A00" once became "[gebruikersnaam]:[gebruikersnaam]")."""
    once = LABELLED.scrub("@0:0.A00", lang)
    assert LABELLED.scrub(once, lang) == once


def test_an_account_word_outside_a_label_still_cues_a_handle() -> None:
    assert of_kind("[gebruikersnaam] en gebruikersnaam: lila.b93", "handle") == ["lila.b93"]


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("ze moet spuiten voor zijn suiker", "suiker"),
        ("elle a des piqûres pour son sucre", "sucre"),
        ("she gets insulin shots for her sugar", "sugar"),
    ],
)
def test_a_treatment_for_someones_sugar_is_health(text: str, condition: str) -> None:
    assert any(condition in found for found in of_kind(text, "health"))  # "pour son sucre" too


@pytest.mark.parametrize(
    "text",
    [
        "ze nam suiker voor haar koffie",
        "il met du sucre pour son café",
        "she bought sugar for her tea",
    ],
)
def test_sugar_for_a_drink_is_no_health(text: str) -> None:
    assert of_kind(text, "health") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ze woont blok 4 app 12", "blok 4 app 12"),
        ("elle habite bloc B appt 3 à la cité", "bloc B appt 3"),
        ("he lives in block 2 flat 14 near the station", "block 2 flat 14"),
    ],
)
def test_a_building_and_a_flat_are_an_address(text: str, address: str) -> None:
    assert of_kind(text, "address") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "hij zit in de blok voor zijn examens",
        "le bloc opératoire était fermé",
        "the flat 14 days notice was sent",
    ],
)
def test_a_building_or_a_flat_alone_is_no_address(text: str) -> None:
    assert of_kind(text, "address") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("frank zegt dat hij moe is", "frank"),
        ("rob zegt dat hij moe is", "rob"),
        ("frank a donné le compte pour le loyer", "frank"),
        ("pat said the landlord was angry", "pat"),
        ("mr guy says the rent is too high", "guy"),
    ],
)
def test_first_names_that_are_words_in_a_persons_context_are_names(text: str, name: str) -> None:
    assert of_kind(text, "name") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "to be frank, the flat is too small",
        "hij was frank en eerlijk over de schulden",
        "it was a sunny day in the park",
        "the guy from the shop helped her",
        "a ray of hope after the meeting",
        "we zagen een rob in de zoo",
    ],
)
def test_those_names_as_words_stay(text: str) -> None:
    assert of_kind(text, "name") == []
