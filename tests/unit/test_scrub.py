"""The scrubber: each recogniser with positive and negative cases in nl, fr and en,
properties that must always hold, and the measured corpora as regression floors."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.privacy.scrub import Scrubber, find_spans
from tests.pii_corpus import (
    DEV,
    DEV_SCRUB3,
    HOLDOUT,
    PHONE_HOLDOUT,
    PHONE_HOLDOUT2,
    PHONE_TUNE,
    TUNE,
    from_jsonl,
    from_markup,
    score,
)
from tests.scrub_helpers import kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mail naar jan.peeters85@gmail.com aub", [("jan.peeters85@gmail.com", "email")]),
        (
            "Bel 0470 12 34 56 of 03 218 45 67",
            [("0470 12 34 56", "phone"), ("03 218 45 67", "phone")],
        ),
        ("Numéro +32 486 55 12 90 ce soir", [("+32 486 55 12 90", "phone")]),
        (
            "tel 0032 2 511 22 33 of 0472/33.44.55",
            [("0032 2 511 22 33", "phone"), ("0472/33.44.55", "phone")],
        ),
        ("op BE14 0631 2345 6783 gestort", [("BE14 0631 2345 6783", "iban")]),
        ("rekening be09735445566757.", [("be09735445566757", "iban")]),
        ("RRN 87.11.23-154.90, nodig", [("87.11.23-154.90", "national_id")]),
        (
            "nummers 920117 212 53 en 880630-301-10",
            [("920117 212 53", "national_id"), ("880630-301-10", "national_id")],
        ),
        ("INSZ 12345678901 opgevraagd", [("12345678901", "national_id")]),
        (
            "°14/02/1956 en geboren op 3 maart 2011",
            [("°14/02/1956", "date"), ("3 maart 2011", "date")],
        ),
        (
            "née le 07/09/1990 ou le 1er janvier 2001",
            [("07/09/1990", "date"), ("1er janvier 2001", "date")],
        ),
        ("born on March 9, 2012 in town", [("March 9, 2012", "date")]),
        (
            "verhuist naar de Koning Albertlaan 7 bus 2, 2800 Mechelen.",
            [("Koning Albertlaan 7 bus 2", "address"), ("2800 Mechelen", "place")],
        ),
        (
            "au Rue Royale 54, 1030 Schaerbeek",
            [("Rue Royale 54", "address"), ("1030 Schaerbeek", "place")],
        ),
        (
            "op de Lange Kievitstraat 88 in Antwerpen",
            [("Lange Kievitstraat 88", "address"), ("Antwerpen", "place")],
        ),
        ("zit in het Sint-Lievenscollege", [("Sint-Lievenscollege", "organisation")]),
        ("woont in B-2140 sinds mei", [("B-2140", "place")]),
        ("postcode 9000, code postal: 1030", [("9000", "place"), ("1030", "place")]),
        ("werkt bij Colruyt Halle als kassier", [("Colruyt Halle", "organisation")]),
        ("naar Basisschool De Regenboog", [("Basisschool De Regenboog", "organisation")]),
        ("she works at Brussels Airport now", [("Brussels Airport", "organisation")]),
    ],
)
def test_shaped_identifiers(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("gesprek met mevrouw Peeters vandaag", ["Peeters"]),
        ("Meneer Van den Broeck was er", ["Van den Broeck"]),
        ("chez madame Nsimba ce matin", ["Nsimba"]),
        ("Mrs. O'Neill called twice", ["O'Neill"]),
        ("Mohamed was er niet, zijn vrouw Khadija deed open.", ["Mohamed", "Khadija"]),
        ("Cliënt J. Janssens verhuist.", ["J. Janssens"]),
        ("mohamed el amrani belde om te zeggen", ["mohamed el amrani"]),
        ("Jessica's moeder belde.", ["Jessica"]),
        ("Lieve Vermeulen krijgt een hoger groeipakket.", ["Lieve Vermeulen"]),
        ("Roos werkt nu als poetshulp.", ["Roos"]),
        ("Kevin (19) slaapt bij een vriend.", ["Kevin"]),
        ("Gesprek met Mukendi en zijn broer Patrick Ilunga.", ["Mukendi", "Patrick Ilunga"]),
        ("Fatma en Hüseyin Öztürk kwamen samen.", ["Fatma", "Hüseyin Öztürk"]),
        ("Son mari Jean-Claude est parti.", ["Jean-Claude"]),
        ("His son Arif was born early.", ["Arif"]),
        ("Rita Van den Broeck houdt een oogje in het zeil.", ["Rita Van den Broeck"]),
    ],
)
def test_person_names(text: str, names: list[str]) -> None:
    assert [t for t, kind in kinds(text) if kind == "name"] == names


@pytest.mark.parametrize(
    "text",
    [
        "Ze had geen geld voor de energiefactuur en was moe.",
        "Samen met het OCMW en het CAW een plan gemaakt.",
        "De VDAB heeft een opleiding voorgesteld via Kind en Gezin.",
        "Het Groeipakket werd nog niet uitbetaald.",
        "Het abonnement van De Lijn is verlopen.",
        "Leefloon is goedgekeurd door het Bijzonder Comité voor de Sociale Dienst.",
        "Afspraak om 14u30, duurde 45 minuten.",
        "De energiefactuur bedraagt € 1.250, afbetalingsplan van € 75 per maand.",
        "Drie kinderen van 4, 7 en 11 jaar; de oudste gaat naar het secundair.",
        "Budgetbeheer loopt goed, elke week 60 euro leefgeld.",
        "Mevrouw was emotioneel toen we over haar moeder spraken.",
        "Rozen in de tuin, alles netjes opgeruimd.",
        "Afspraak voor na het Suikerfeest en na Pasen.",
        "Elle a peur de perdre son logement et ne dort plus bien.",
        "Client seemed more hopeful today; we talked about budgeting on Monday.",
        "Het dossier telt 12345678 woorden en 3 bijlagen.",
        "In 2024 kreeg ze 1250 euro terug.",
        "Rekening BE00 0000 0000 0000 klopt niet.",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert find_spans(text) == []


def test_labels_follow_the_language_and_never_carry_the_original(scrubber: Scrubber) -> None:
    assert scrubber.scrub("mevrouw Janssens", "nl") == "mevrouw [naam]"
    assert scrubber.scrub("madame Vandenbroucke-Debruyne", "fr") == "madame [nom]"
    assert scrubber.scrub("born on 3 May 2001", "en") == "born on [date]"
    assert scrubber.scrub("werkt bij Bakkerij Declercq", "nl") == "werkt bij [organisatie]"


@given(st.text(max_size=200))
def test_scrubbing_is_idempotent(text: str) -> None:
    scrub = Scrubber(lambda lang, msgid: {"nl": "[x]"}.get(lang, msgid)).scrub
    once = scrub(text, "nl")
    assert scrub(once, "nl") == once


@given(
    st.sampled_from(["0470 12 34 56", "BE14 0631 2345 6783", "an@example.org", "87.11.23-154.90"]),
    st.text(alphabet=st.characters(categories=["L", "Zs"]), max_size=30),
)
def test_a_known_identifier_never_survives(identifier: str, noise: str) -> None:
    scrub = Scrubber(lambda lang, msgid: msgid).scrub
    assert identifier not in scrub(f"{noise} {identifier} {noise}", "en")


def test_spans_do_not_overlap() -> None:
    spans = find_spans("mevrouw Peeters, Kerkstraat 12, 9000 Gent, 0470 12 34 56, a@b.be")
    assert len(spans) == 5
    for first, second in itertools.pairwise(spans):
        assert first.end <= second.start


@pytest.mark.parametrize(
    ("corpus", "overall", "names", "alarms"),
    [
        ("dev", 1.0, 1.0, 0),
        ("tune", 1.0, 1.0, 0),
        ("holdout", 0.95, 0.95, 0),
        ("phone-tune", 1.0, 1.0, 1),
        ("phone-holdout", 1.0, 1.0, 0),
        ("phone-holdout2", 0.95, 0.88, 0),
        ("dev-scrub3", 0.96, 0.88, 1),
    ],
)
def test_measured_recall_does_not_regress(
    corpus: str, overall: float, names: float, alarms: int
) -> None:
    """The floors of docs/privacy.md: a change that loses recall fails here."""
    if corpus == "dev" and not DEV.exists():
        pytest.skip("../shared/pii-dev.jsonl sits outside the repository and is not here")
    sentences = {"dev": lambda: from_jsonl(DEV), "tune": lambda: from_markup(TUNE),
                 "holdout": lambda: from_markup(HOLDOUT),
                 "phone-tune": lambda: from_markup(PHONE_TUNE),
                 "phone-holdout": lambda: from_markup(PHONE_HOLDOUT),
                 "phone-holdout2": lambda: from_markup(PHONE_HOLDOUT2),
                 "dev-scrub3": lambda: from_markup(DEV_SCRUB3)}[corpus]()  # fmt: skip
    result = score(sentences, lambda t: [(s.start, s.end) for s in find_spans(t)])
    assert result.recall() >= overall, result.misses
    assert result.recall("PERSON") >= names, result.misses
    for label in ("PHONE", "EMAIL", "IBAN", "NATIONAL_ID", "HANDLE", "PLATE"):
        assert result.recall(label) == 1.0, result.misses
    for label in ("HEALTH", "RELIGION", "ORIGIN", "DETENTION"):
        assert result.recall(label) == 1.0, result.misses
    assert result.false_alarms <= alarms, result.alarms
    assert result.words_masked_rate <= 1 / 50, result.words_masked
