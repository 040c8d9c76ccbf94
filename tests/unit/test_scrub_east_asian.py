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
