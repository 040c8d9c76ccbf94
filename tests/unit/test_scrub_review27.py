"""#12's twenty-fourth session: details reviewers who never read the rules (review26a,
review27a/b) saw missed or read wrongly, each tried on sentences made up here in nl, fr and
en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("she lives on Baker Road since last year", ("Baker Road", "address")),
        ("they moved to Church Lane in may", ("Church Lane", "address")),
        ("hij zetelt in de OCMW-raad sinds 2019", ("zetelt in de OCMW-raad", "politics")),
        ("elle siège au conseil de l'action sociale", ("siège au conseil de l'action sociale",
                                                       "politics")),
        ("son fils va à la MCAE Les Petits Loups", ("Les Petits Loups", "organisation")),
        ("he trains at gym Iron Temple every night", ("gym Iron Temple", "organisation")),
        ("welzijnsschakel de brug helpt haar", ("welzijnsschakel de brug", "organisation")),
        ("ze woont in de arenawijk", ("arenawijk", "place")),
        ("mvr stemt altijd op Groen", ("stemt altijd op Groen", "politics")),
        ("zit in de partijraad van de N-VA", ("N-VA", "politics")),
        ("hij is voorzitter van de lokale afdeling van CD&V", ("CD&V", "politics")),
        ("hij is kandidaat bij de gemeenteraadsverkiezingen",
         ("kandidaat bij de gemeenteraadsverkiezingen", "politics")),
        ("he was a candidate in the local elections",
         ("candidate in the local elections", "politics")),
        ("she is a green councillor", ("green councillor", "politics")),
        ("hij woont in de sint-amandswijk", ("sint-amandswijk", "place")),
        ("ze woont in 't luchtbalkwartier", ("luchtbalkwartier", "place")),
        ("de opvang In de Brug belde", ("opvang In de Brug", "organisation")),
    ],
)  # fmt: skip
def test_details_review26a_saw_missed(text: str, found: tuple[str, str]) -> None:
    assert found in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "she lives on the main road",
        "they live on a Busy Road",
        "ze gaat naar de opvang de hele week",
        "naar de opvang Vandaag",
        "de krant schreef over de N-VA",
        "her brother is a city councillor in the town",
        "in de woonwijk is het rustig",
        "de studentenwijk was druk",
        "naar de opvang op Maandag",
    ],
)
def test_words_near_those_shapes_stay(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("hij heeft een blindengeleidehond sinds vorig jaar", ("blindengeleidehond", "health")),
        ("elle marche avec une canne blanche", ("canne blanche", "health")),
        ("he had a triple bypass in march", ("triple bypass", "health")),
        ("her son is on the spectrum", ("on the spectrum", "health")),
        ("she got her diagnosis: MS", ("MS", "health")),
        ("he got his tag off last week", ("got his tag off", "detention")),
        ("mr heeft afasie sinds de val", ("afasie", "health")),
        ("ze doen de ramadan", ("doen de ramadan", "religion")),
        ("je l'ai vu au parloir", ("au parloir", "detention")),
        ("il est sorti sous conditions", ("est sorti sous conditions", "detention")),
        ("diagnose: ALS sinds vorig jaar", ("ALS", "health")),
        ("elle prend du levothyrox le matin", ("levothyrox", "health")),
        ("bloem (voornaam) kwam niet opdagen", ("bloem", "name")),
        ("hij wordt 'de Rosse' genoemd in de wijk", ("de Rosse", "name")),
        ("he goes by 'Smiley' on the street", ("Smiley", "name")),
        ("mr, alias 'Kiki', belde", ("Kiki", "name")),
    ],
)
def test_aids_operations_and_marked_names(text: str, found: tuple[str, str]) -> None:
    assert found in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "on the spectrum of opinions he is rather quiet",
        "vul je naam in (voornaam)",
        "diagnose: nog niet bekend",
        "diagnosis: none yet",
        "Noor is het Arabische woord voor licht",
        "Joy means vreugde in het Engels",
        "the Arabic word for light",
        "the price tag was high",
        "ze is bevallen van een dochter",
        "write it here (first name)",
        "hij vergat zijn (voornaam) in te vullen",
        "dat wordt 'een ramp' genoemd",
        'known as "the boss" at school',
    ],
)
def test_figures_and_forms_stay(text: str) -> None:
    assert masked(text) == []


def test_the_hand_chosen_name_words_survive_a_rebuild() -> None:
    """scripts/build_privacy_data.py appends the words it cannot measure to name_words.txt;
    the shipped file ends with exactly them, so a rebuild keeps "la sante de maman" a word."""
    from pathlib import Path

    from scripts.build_privacy_data import DATA, UNACCENTED_WORDS, WORDS_SEEN_AS_NAMES

    shipped = Path(DATA / "name_words.txt").read_text(encoding="utf-8")
    assert shipped.endswith(UNACCENTED_WORDS + WORDS_SEEN_AS_NAMES)
    assert "sante" in UNACCENTED_WORDS.split()
    assert "erna" in WORDS_SEEN_AS_NAMES.split()


@pytest.mark.parametrize(
    "text",
    ["Bakker om de hoek was dicht", "Visser op de markt had geen vis", "Boucher du coin a fermé"],
)
def test_a_trade_and_where_it_is_is_a_shop(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("mr Bakker om de hoek zei nee", "Bakker"), ("Jan Bakker woont om de hoek", "Jan Bakker"),
     ("Bakker belde gisteren", "Bakker"), ("Peeters means business", "Peeters"),
     ("noor is ziek", "noor")],
)  # fmt: skip
def test_the_same_word_as_a_surname_stays_a_name(text: str, name: str) -> None:
    assert (name, "name") in masked(text)
