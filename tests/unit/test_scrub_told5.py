"""Issue #12, fifth session: detention and religion in phrasings no word list held (slang,
a release to come, time served out, an office, a practice, a place of worship that matters
to someone), and the everyday sentences of the same words that must stay. Every sentence
is invented."""

from __future__ import annotations

import pytest

from tests.scrub_helpers import covered, kinds


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("hij zit zijn laatste maanden uit in Hasselt", "zit zijn laatste maanden uit"),
        ("zijn broer zat haar straf uit in het buitenland", "zat haar straf uit"),
        ("haar man zit in de doos sinds de zomer", "zit in de doos"),
        ("de vader zit achter slot en grendel", "achter slot en grendel"),
        ("haar man zit in Haren sinds de zomer", "zit in"),
        ("son fils est à Lantin depuis mars", "est à"),
        ("il est assigné à résidence chez sa mère", "assigné à résidence"),
        ("il est en tôle depuis l'hiver", "en tôle"),
        ("he will be released next month", "will be released"),
        ("her husband gets out in june", "gets out"),
        ("he's getting out next week, she is worried", "getting out"),
        ("her brother was let out on licence", "was let out on licence"),
        ("he is due for release in may", "due for release"),
        ("her son went down for three years", "went down for three years"),
        ("he did a stint in prison as a teenager", "did a stint in prison"),
        ("he's in the pen again", "in the pen"),
        ("her partner is an ex-offender", "ex-offender"),
        ("hij zit sinds januari in de gevangenis", "zit sinds januari in de gevangenis"),
        ("zijn vader zit al lang vast", "zit al lang vast"),
        ("hij zat toen vast, de kinderen waren klein", "zat toen vast"),
        ("hij loopt met een enkelband", "loopt met een enkelband"),
        ("he is serving a four year sentence", "serving a four year sentence"),
        ("he is wearing an electronic tag", "wearing an electronic tag"),
        ("her husband is detained at the closed centre", "detained"),
    ],
)
def test_detention_in_more_phrasings(text: str, phrase: str) -> None:
    assert covered(text, phrase) >= 0.9, kinds(text)
    assert any(kind == "detention" for _, kind in kinds(text)), kinds(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("zijn oom is baptist preacher in Ghent", "baptist preacher"),
        ("her father is a preacher", "preacher"),
        ("hij is koster in de parochie", "is koster"),
        ("ze is non geworden na haar studies", "non geworden"),
        ("elle est catéchiste le mercredi", "catéchiste"),
        ("elle est religieuse depuis vingt ans", "religieuse"),
        ("ze zingt in het gospelkoor", "gospelkoor"),
        ("elle chante dans la chorale de l'église", "chorale de l'église"),
        ("de kerk is heel belangrijk voor haar", "kerk"),
        ("his mosque means everything to him", "mosque"),
        ("sa paroisse compte beaucoup pour elle", "paroisse"),
        ("elle prie beaucoup depuis le décès", "prie"),
        ("hij bidt nog elke dag", "bidt"),
        ("he's a muslim convert", "muslim convert"),
        ("he teaches at the mosque school", "mosque school"),
        ("she has started wearing the hijab", "wearing the hijab"),
        ("elle s'est mise à porter le voile", "porter le voile"),
        ("elle a quitté l'islam l'an dernier", "quitté l'islam"),
        ("elle fait sa prière cinq fois par jour", "fait sa prière cinq fois par jour"),
        ("she attends mass every sunday", "attends mass every sunday"),
        ("she belongs to a pentecostal church", "pentecostal church"),
        ("tijdens de ramadan vast ze ook", "vast"),
        ("pendant le ramadan elle jeûne aussi", "jeûne"),
        ("les enfants sont baptisés", "baptisés"),
        ("ze zijn kerkelijk getrouwd", "kerkelijk getrouwd"),
        ("hij zit in het kerkbestuur", "kerkbestuur"),
    ],
)
def test_religion_in_more_phrasings(text: str, phrase: str) -> None:
    assert covered(text, phrase) >= 0.9, kinds(text)
    assert any(kind == "religion" for _, kind in kinds(text)), kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "the album was released next month",
        "the results will be released in june",
        "she is out next week on holiday",
        "he got out of the car in may",
        "she gets out early on fridays",
        "he was freed from his debts",
        "ze zit haar tijd uit op het werk tot 5 uur",
        "the grades went down for 3 years",
        "ze zit in Haren op school",
        "de school is heel belangrijk voor haar",
        "de kerk is heel mooi gerestaureerd",
        "la paroisse est importante pour le quartier",
        "elle nous prie de venir demain",
        "je vous prie d'agréer mes salutations",
        "we prayed it would stop raining",
        "he prayed for good weather",
        "une religieuse au chocolat pour le dessert",
        "convert the file to pdf",
        "We talked about Ramadan and how fasting affects her energy at work.",
        "ze vasten 2 uur voor de operatie",
        "the kids wear the school uniform",
        "we left the building after the meeting",
        "hij zat toen vast in de file op de ring",
        "the verdict is a long sentence to read",
    ],
)
def test_the_same_words_in_everyday_use_stay(text: str) -> None:
    assert not any(kind in ("detention", "religion") for _, kind in kinds(text)), kinds(text)
