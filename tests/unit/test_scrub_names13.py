"""Issue #12, eleventh session (names13): names the company they keep gives away.

A list of people ending on a family word ("blessing, mercy and the baby"), a rare word of the
name lists after a word of company ("tea with diop"), a surname that is also a word after a
lower-case first name ("nathalie petit"), and an article and a word after a first name only
when the word is a surname. The same words as words stay. Every sentence is invented."""

from __future__ import annotations

import pytest

from bot.privacy.lexicon import lexicon
from bot.privacy.name_surname_words import surname_word, unsure_surname
from bot.privacy.scrub import LABEL, find_spans
from bot.privacy.unsure import unsure_words


def names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text) if s.kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("blessing, mercy and the baby were all at home", ["blessing", "mercy"]),
        ("thabo, precious and their mum came", ["thabo", "precious"]),
        ("amira, nour en hun papa wonen daar", ["amira", "nour"]),
        ("prince, gift en hun zus zijn verhuisd", ["prince", "gift"]),
        ("chiara, jelle et leur tante sont passés", ["chiara", "jelle"]),
    ],
)
def test_a_list_of_people_ending_on_a_family_word_is_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hope, faith and love carried her through",
        "rice, beans and the baby food were gone",
        "brood, kaas en de kinderen hun boterhammen",
        "pain, fromage et les enfants sont contents",
        "lundi, mardi et le week-end au centre",
        "sofa, tapis et les enfants dans une pièce",
    ],
)
def test_a_list_of_things_stays(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tea with diop after the meeting", "diop"),
        ("bij sylla thuis was het koud", "sylla"),
        ("avec keita on a parlé du loyer", "keita"),
        ("met diallo naar de bank geweest", "diallo"),
    ],
)
def test_a_rare_word_of_the_name_lists_after_a_word_of_company_is_a_name(
    text: str, name: str
) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "with aplomb she answered the judge",
        "tea with milk and a biscuit calmed her down",
        "met schroom vroeg ze om hulp",
        "avec brio elle a réussi son examen",
        "with joy she showed me her new flat",
        "bij de markt is er een nieuwe bakker",
    ],
)
def test_a_word_after_a_word_of_company_stays(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("met nathalie petit gesproken over de school", "nathalie petit"),
        ("ik zag kevin blanc in de gang", "kevin blanc"),
        ("with tom baker at the office", "tom baker"),
        ("j'ai vu sarah diop au guichet", "sarah diop"),
    ],
)
def test_a_rare_surname_word_after_a_first_name_joins_it(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("met kevin april afgesproken", "kevin"),  # a month
        ("met kevin wit geschilderd", "kevin"),  # a frequent word: offered, not masked
        ("ahmed may come later", "ahmed"),  # a modal verb
        ("spoke to ahmed said about the school", "ahmed"),  # a verb of speech
    ],
)
def test_a_word_after_a_first_name_that_is_no_rare_surname_stays(text: str, name: str) -> None:
    assert names(text) == [name]


def test_the_frequency_cut() -> None:
    words = lexicon()
    assert surname_word("petit", words) and surname_word("diop", words)
    assert not surname_word("wit", words) and not surname_word("grand", words)
    assert unsure_surname("wit", words) and unsure_surname("grand", words)
    assert not unsure_surname("will", words) and not unsure_surname("juni", words)


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("met [name] wit gesproken", ("wit",)),
        ("[name] grand est passé au bureau", ("grand",)),
        ("[name] will come later", ()),
        ("met [name] en [name] gesproken", ()),
        ("[name] zit thuis", ()),
    ],
)
def test_a_frequent_surname_word_after_a_masked_name_is_offered(
    text: str, offered: tuple[str, ...]
) -> None:
    assert unsure_words(text, lexicon(), LABEL) == offered


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("samen met bram de huurwaarborg aangevraagd", ["bram"]),
        ("avec florentin le proprio a changé la serrure", ["florentin"]),
        ("met lotte peeters de budgetplanning overlopen", ["lotte peeters"]),
        ("ik heb kevin de smet doorverwezen", ["kevin de smet"]),
        ("pieter de coninck kwam te laat", ["pieter de coninck"]),
        ("jana van der velde belde", ["jana van der velde"]),
    ],
)
def test_an_article_and_a_word_after_a_first_name_only_when_the_word_is_a_surname(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("she cant pay the rent replied chipo", "chipo"),
        ("ça va pas dixit tinashe", "tinashe"),
        ("vraagt ze aan nyasha of ze mag blijven", "nyasha"),
        ("zegt farai dat het niet gaat", "farai"),
        ("the kids are hungry said kwabena", "kwabena"),
    ],
)
def test_a_name_after_a_verb_of_speech(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "said yes to the offer",
        "zegt nee tegen alles",
        "zegt ze tegen de buren dat het gaat",
        "vroeg hulp aan het ocmw",
        "dixit le médecin",
        "répond qu'il viendra demain",
        "said thanks and left",
        "vraagt ze aan de juf",
    ],
)
def test_a_word_after_a_verb_of_speech_stays(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("went shopping with blessing after school", "blessing"),
        ("sat with precious for an hour", "precious"),
        ("boodschappen met roos gedaan", "roos"),
        ("je suis allée avec victoire au marché", "victoire"),
    ],
)
def test_a_word_name_after_going_or_sitting_with_is_a_name(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    ["coffee with milk and sugar", "ging met plezier naar school", "koffie met suiker",
     "café avec du lait", "sortie avec plaisir", "she accepted it with grace"],
)  # fmt: skip
def test_a_word_after_going_or_sitting_with_stays(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("marie claire dubois n'a pas reçu son allocation", ["marie claire dubois"]),
        ("jean pierre mukeba belde gisteren", ["jean pierre mukeba"]),
        ("met anne rose peeters gebeld", ["anne rose peeters"]),
        ("le petit claire dubois", ["dubois"]),  # no first name before the name-word
    ],
)
def test_a_first_name_and_a_name_word_before_a_name_join_it(text: str, expected: list[str]) -> None:
    assert names(text) == expected
