"""Issue #12, eleventh session (names11): names the word lists hide, and surnames of a town.

wordfreq's word lists hold many names of African, Arabic or Italian origin as "words"
("diop", "keita", "colombo"): in a name context (after a title, a family word, "bij",
"chez", "with", or before a verb of speech) a word only a word list knows is a name, while
an everyday word stays ("bij de kassa", "with sugar"). After a first name, "van"/"de" and a
town are a surname; without one the town stays a place. Every sentence is invented."""

from __future__ import annotations

import pytest

from bot.privacy.lexicon import lexicon
from bot.privacy.rare_words import core, naming, rare_word
from bot.privacy.scrub import find_spans


def spans(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_spans(text)]


@pytest.mark.parametrize(
    ("word", "rare"),
    [
        ("diop", True),
        ("keita", True),
        ("from", False),  # everyday English words the frequent list lacked
        ("works", False),
        ("goes", False),
        ("sofa", False),
        ("lidl", False),  # an employer: "chez lidl" names no one
        ("straalde", False),  # a past tense: a word form
        ("wandelen", False),
        ("opgebeld", False),  # a Dutch participle
        ("tsja", False),  # an interjection
        ("heaps", False),  # a plural of an everyday word
        ("kiffe", False),  # a French verb form (kiffer)
        ("appuyez", False),  # "puis appuyez sur Terminé": the bot's own words
    ],
)
def test_a_rare_word_is_a_word_only_a_list_knows(word: str, rare: bool) -> None:
    assert rare_word(word, lexicon()) is rare


def test_the_core_holds_everyday_words_and_no_rare_name() -> None:
    assert {"from", "works", "goes", "huur", "voisine", "neighbour"} <= core()
    assert core().isdisjoint({"diop", "keita", "thabo"})


def test_only_a_name_context_names_a_rare_word() -> None:
    assert naming("mevrouw", "") and naming("chez", "") and naming("", "zegt")
    assert naming("met", "", ("gesprek", "gehad")) and not naming("with", "", ("she", "spoke"))
    assert not naming("de", "") and not naming("over", "") and not naming("", "is")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("meneer diop belt morgen terug", [("diop", "name")]),
        ("mrs colombo missed the appointment", [("colombo", "name")]),
        ("madame coulibaly attend toujours sa carte", [("coulibaly", "name")]),
        ("zijn neef keita slaapt op de bank", [("keita", "name")]),
        ("sa tante traoré garde les enfants", [("traoré", "name")]),
        ("huisbezoek bij keita deze middag", [("keita", "name")]),
        ("coffee with diop after the meeting", [("diop", "name")]),
        ("diop zegt dat hij geen geld heeft", [("diop", "name")]),
        ("keita said she would come back", [("keita", "name")]),
        ("sylla raconte tout à sa soeur", [("sylla", "name")]),
        ("ik zag kevin thabo gisteren", [("kevin thabo", "name")]),
        ("my colleague keita is off sick", [("keita", "name")]),
        ("hij vroeg of diop belde", [("diop", "name")]),
        ("keita et sa femme sont venus", [("keita", "name")]),
        ("afspraak gemaakt met keita", [("keita", "name")]),
        ("rdv avec sylla demain", [("sylla", "name")]),
        ("volgens sylla is de huur te hoog", [("sylla", "name")]),
        ("told diop to come back monday", [("diop", "name")]),
        ("toen keita binnenkwam was ze boos", [("keita", "name")]),
        ("quand diop est arrivé il pleurait", [("diop", "name")]),
        ("when sylla came in he was upset", [("sylla", "name")]),
        ("thanks diop for the help", [("diop", "name")]),
        ("mon collègue diop a repris le dossier", [("diop", "name")]),
        ("les enfants de amina traoré sont malades", [("amina traoré", "name")]),
    ],
)
def test_a_rare_word_in_a_name_context_is_a_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ze zit graag op de sofa bij het raam",
        "hij wacht bij de kassa",
        "il mange chez sa mère",
        "elle fait ses courses chez lidl",
        "tea with sugar and milk",
        "ze zegt dat het goed gaat",
        "mama straalde van trots",
        "he works from home",
        "she goes with the flow",
        "insta is ze nu kwijt",
        "my colleague said it was fine",
        "most of them said no",
        "ze vroeg of het lukt",
        "thanks heaps for that",
        "she spoke with panache",  # a manner after "with", "met", "avec": no one
        "hij sprak met brio",
        "elle a géré la crise avec aplomb",
        "son mari ronfle toute la nuit",  # a verb after a family word
        "the neighbour hoards stuff",
        "because wifi was down",
        "toen uber kwam was het te laat",
        "ma collègue est malade",
        "ik heb opgebeld maar niemand nam op",
    ],
)
def test_everyday_words_in_the_same_places_stay(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("anna van hasselt kwam langs", [("anna van hasselt", "name")]),
        ("bart van de velde belde", [("bart van de velde", "name")]),
        ("sophie de namur a appelé", [("sophie de namur", "name")]),
        ("kevin van gent says hi", [("kevin van gent", "name")]),
        ("gesprek met An van Lier over de huur", [("An van Lier", "name")]),
    ],
)
def test_a_first_name_van_a_town_is_one_surname(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik ben van hasselt", [("hasselt", "place")]),
        ("il vient de namur", [("namur", "place")]),
        ("the train from gent was late", [("gent", "place")]),
        ("de trein van gent naar brugge", [("gent", "place"), ("brugge", "place")]),
        ("madame dubois de namur a appelé", [("dubois", "name"), ("namur", "place")]),
    ],
)
def test_a_town_without_a_first_name_before_stays_a_place(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert spans(text) == expected
