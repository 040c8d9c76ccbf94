"""#12's twenty-sixth session: special categories a reviewer who never read the rules
(review35a) saw missed or saw masked where they were no one's, each tried on sentences made
up here in nl, fr and en."""

from __future__ import annotations

import pytest

from bot.privacy.rare_facts import indirect_identifiers
from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("mvr neemt lexomil om te slapen", ("lexomil", "health")),
        ("he takes ambien every night", ("ambien", "health")),
        ("na de amputatie van zijn been", ("amputatie", "health")),
        ("elle veut une stérilisation", ("stérilisation", "health")),
        ("hij ligt op intensieve sinds zondag", ("ligt op intensieve", "health")),
        ("sa mère est aux soins intensifs", ("aux soins intensifs", "health")),
        ("grandpa is in icu since monday", ("in icu", "health")),
        ("opa ligt op geriatrie", ("ligt op geriatrie", "health")),
        ("dhr zit op de k-dienst", ("op de k-dienst", "health")),
        ("mr has t2dm and high blood pressure", ("t2dm", "health")),
        ("ze woont in beschut wonen", ("beschut wonen", "health")),
        ("ze heeft een mindervalidenkaart", ("mindervalidenkaart", "health")),
        ("reconnaissance vaphp depuis 2019", ("vaphp", "health")),
        ("hij gaat drie dagen per week naar dagtherapie", ("dagtherapie", "health")),
        ("ze doet mee aan ramadan", ("doet mee aan ramadan", "religion")),
        ("the family celebrates pesach", ("celebrates pesach", "religion")),
        ("il est en liberation conditionnelle", ("est en liberation conditionnelle", "detention")),
    ],
)  # fmt: skip
def test_categories_review35a_saw_missed(text: str, found: tuple[str, str]) -> None:
    assert found in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "vorming autisme spectrum stoornis voor alle medewerkers",
        "formation autisme et tdah pour toute l'équipe en mars",
        "autism and adhd training for the whole team",
        "sessie enkelband en elektronisch toezicht voor nieuwe collega's",
        "opleiding motiverende gespreksvoering bij verslaving op 3 maart",
        "reclame voor zwangerschapstest in de apotheek",
        "pub à la télé pour le xanax",
        "tv ad for xanax at the bus stop",
        "werkgroep lgbtq vriendelijke hulpverlening komt samen",
        "lgbt friendly services working group on tuesday",
        "de verkiezingen komen eraan veel affiches van vlaams belang en pvda in de straat",
        "elections soon posters for pvda and n-va all over the street",
        "dat dossier is een echte kanker voor de administratie",
        "ce dossier c'est un vrai cancer administratif",
        "koffie machine is depressief vandaag",
        "la machine à café est en dépression",
        "my phone is addicted to the charger",
        "precies of ik een burn out heb haha",
        "je suis allergique a excel",
        "parking at the psychiatric centre is free after 6pm",
    ],
)  # fmt: skip
def test_categories_of_no_one_review35a_saw_masked(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("mvr volgt een opleiding en heeft adhd", ("adhd", "health")),
        ("jade volgt een opleiding en heeft epilepsie", ("epilepsie", "health")),
        ("na de vorming vertelde haar zoon dat hij autisme heeft", ("autisme", "health")),
        ("ze hangt affiches van de pvda aan het raam", ("affiches van de pvda", "politics")),
        ("ik denk dat mama een burn out heeft", ("burn out", "health")),
        ("hij is allergisch aan noten", ("allergisch", "health")),
    ],
)  # fmt: skip
def test_the_same_words_of_someone_stay_masked(text: str, found: tuple[str, str]) -> None:
    assert found in masked(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij heeft gn verblijfsvergunning meer", ["gn verblijfsvergunning"]),
        ("il a plus de titre de séjour", ["titre de séjour"]),
        ("his residence permit expired", ["residence permit"]),
        ("hij is dakloos sinds maart", ["dakloos"]),
        ("elle est sdf depuis l'hiver", ["sdf"]),
        ("la famille a reçu un ordre de quitter le territoire", ["ordre de quitter le territoire"]),
    ],
)  # fmt: skip
def test_residence_and_homelessness_are_offered_not_masked(text: str, expected: list[str]) -> None:
    """Not special categories: offered to the worker for review (review35b)."""
    assert [text[start:end] for start, end in indirect_identifiers(text)] == expected
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("M. Jean-Pierre Dubois est venu", [("Jean-Pierre Dubois", "name")]),
        ("M. Dubois est venu ce matin", [("Dubois", "name")]),
        ("M. Goossens wacht nog op een woning", [("M. Goossens", "name")]),
        ("martin pecheur vu au bord du canal", []),
        ("fete de noel du service le 20 decembre", []),
        ("info over depressie en burn out in de groepssessie, algemeen", []),
        ("au baptême, question générale", []),
        ("au baptême de sa fille, question générale", [("baptême", "religion")]),
    ],
)  # fmt: skip
def test_titles_and_words_review35b_saw(text: str, found: list[tuple[str, str]]) -> None:
    assert masked(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("hij woont in de kerkstraat 9bis", [("kerkstraat 9bis", "address")]),
        ("nieuw adres: rue haute 12ter bte 3", [("rue haute 12ter bte 3", "address")]),
        ("ze woont kipdorp 9bis", [("kipdorp 9bis", "address")]),
        ("vader wacht op regularisatie 9bis", []),
    ],
)  # fmt: skip
def test_house_numbers_with_bis_and_ter(text: str, found: list[tuple[str, str]]) -> None:
    """ "9bis" is a house number whole, not "9b" and a word "is" left over (review35a saw
    "regularisatie 9b|is" cut mid-word); the procedure "9bis" is no street."""
    assert masked(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("he is on kidney dialysis three times a week", [("kidney dialysis", "health")]),
        ("elle est accro a l heroine", [("accro a l heroine", "health")]),
        ("she has breast cancer", [("breast cancer", "health")]),
        ("ze is verslaafd aan haar gsm", []),
        ("goes to the daycare Les Lutins in Auderghem",
         [("daycare Les Lutins", "organisation"), ("Auderghem", "place")]),
        ("the daycare was closed today", []),
    ],
)  # fmt: skip
def test_organs_needs_and_daycares_review35b_saw(text: str, found: list[tuple[str, str]]) -> None:
    assert masked(text) == found
