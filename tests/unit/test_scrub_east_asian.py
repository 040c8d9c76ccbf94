"""#12's twenty-first session: Chinese and Vietnamese full names, whose parts the word lists
hold as words ("wei", "jing", "hoa", "van"), in nl, fr and en, with the words that must stay."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe24 import names_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gesprek met nguyen thi hoa over de schulden", ["nguyen thi hoa"]),
        ("rdv avec nguyen thi hoa demain", ["nguyen thi hoa"]),
        ("gesprek met le thi mai over de schulden", ["le thi mai"]),
        ("gesprek met nguyen van an", ["nguyen van an"]),
        ("visit with tran van minh, he lost his job", ["tran van minh"]),
        ("zhang wei komt morgen langs", ["zhang wei"]),
        ("mr wang xiaoming called about the rent", ["wang xiaoming"]),
        ("chen jing heeft haar papieren", ["chen jing"]),
        ("j'ai parlé avec wei zhang ce matin", ["wei zhang"]),
    ],
)
def test_a_chinese_or_vietnamese_full_name_is_masked_whole(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "le van de l'école est en panne",  # "van": a vehicle in French
        "le van blanc est garé devant",
        "do van lessons on monday",
        "hij kreeg een kus op de wang en lachte",  # "wang": a cheek in Dutch
        "op zijn wang zat een blauwe plek",
        "he said he would come, he was tired",
        "ze zegt dat ze ma wil zien",
        "ho ho ho zei de sint",
        "ik moet de ding nog doen",
    ],
)
def test_words_that_spell_such_names_stay(text: str) -> None:
    assert names_in(text) == []


def test_a_frequent_word_after_a_chinese_surname_is_no_given_name() -> None:
    """Two syllables of pinyin also spell "hier", "doen", "waren": they stay words."""
    assert not any("hier" in name for name in names_in("je suis allé chez li hier"))
    assert not any("doen" in name for name in names_in("zhang moet dat doen"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("met rajesh kumar sharma naar het ocmw", ["rajesh kumar sharma"]),
        ("rdv avec sunil demain matin", ["sunil"]),
        ("spoke with harpreet about her rent", ["harpreet"]),
        ("tashi en zijn moeder dolma wachten op een antwoord", ["tashi", "dolma"]),
        ("gesprek met mvr qureshi over de huur", ["qureshi"]),
    ],
)
def test_first_names_of_south_asia_and_tibet_are_names(text: str, expected: list[str]) -> None:
    """The frequency lists from film subtitles hold them as words; no name list did."""
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("suren petrosyan belde over de huur", ["petrosyan"]),
        ("zure kowalski kwam niet opdagen", ["kowalski"]),
        ("armen hakobyan a appelé ce matin", ["hakobyan"]),
        ("met lange shevchenko gebeld", ["shevchenko"]),
    ],
)
def test_a_surname_with_a_surnames_ending_needs_no_cue(text: str, expected: list[str]) -> None:
    """After a word that no first name list holds, a listed surname ending in -yan, -ski,
    -enko … is still a name in lower case."""
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text", ["de ski was kapot", "she is kenyan by birth", "les armen worden armer", "ma fille"]
)
def test_words_with_those_endings_stay(text: str) -> None:
    assert names_in(text) == []
