"""The first scrubber: each recogniser with positive and negative cases in nl, fr, en."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.privacy.scrub import Scrubber, find_spans


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Mail naar jan.peeters85@gmail.com aub", "nl", "Mail naar [e-mail] aub"),
        ("Bel 0470 12 34 56 of 03 218 45 67", "nl", "Bel [telefoon] of [telefoon]"),
        ("Numéro +32 486 55 12 90 ce soir", "fr", "Numéro [téléphone] ce soir"),
        ("tel 0032 2 511 22 33", "en", "tel [phone]"),
        ("op BE14 0631 2345 6783 gestort", "nl", "op [rekeningnummer] gestort"),
        ("rekening be09735445566757.", "nl", "rekening [rekeningnummer]."),
        ("RRN 87.11.23-154.90 nodig", "nl", "RRN [rijksregisternummer] nodig"),
        (
            "BIS-nummer 01.28.05-117.76 aangevraagd",
            "nl",
            "BIS-nummer [rijksregisternummer] aangevraagd",
        ),
        ("verhuist naar de Kerkstraat 12, 9000 Gent.", "nl", "verhuist naar de [adres], [plaats]."),
        ("woont op de Turnhoutsebaan 145 bus 3", "nl", "woont op de [adres]"),
        ("au Rue Royale 54, 1030 Schaerbeek", "fr", "au [adresse], [lieu]"),
        ("avenue de la Couronne 12 à Ixelles", "fr", "[adresse] à Ixelles"),
        ("gesprek met mevrouw Peeters vandaag", "nl", "gesprek met mevrouw [naam] vandaag"),
        ("Meneer Van den Broeck was er", "nl", "Meneer [naam] was er"),
        ("chez madame Nsimba ce matin", "fr", "chez madame [nom] ce matin"),
        ("Mrs. O'Neill called", "en", "Mrs. [name] called"),
    ],
)
def test_identifiers_are_replaced_by_labels(
    scrubber: Scrubber, text: str, lang: str, expected: str
) -> None:
    assert scrubber.scrub(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ze had geen geld voor de energiefactuur en was moe.",
        "Samen met het OCMW en het CAW een plan gemaakt.",
        "Afspraak om 14u30, duurde 45 minuten.",
        "Elle a parlé de ses enfants avec beaucoup de fierté.",
        "We talked for an hour about the rent.",
        "Het dossier telt 12345678 woorden.",
        "Rekening BE00 0000 0000 0000 klopt niet.",
    ],
)
def test_ordinary_text_is_left_alone(scrubber: Scrubber, text: str) -> None:
    assert scrubber.scrub(text, "nl") == text


def test_labels_never_carry_the_original(scrubber: Scrubber) -> None:
    one = scrubber.scrub("mevrouw Janssens", "nl")
    other = scrubber.scrub("mevrouw Vandenbroucke-Debruyne", "nl")
    assert one == other == "mevrouw [naam]"


@given(st.text(max_size=200))
def test_scrubbing_is_idempotent(text: str) -> None:
    labels = {"nl": "[x]"}
    scrub = Scrubber(lambda lang, msgid: labels.get(lang, msgid)).scrub
    once = scrub(text, "nl")
    assert scrub(once, "nl") == once


@given(
    st.sampled_from(["0470 12 34 56", "BE14 0631 2345 6783", "an@example.org"]),
    st.text(alphabet=st.characters(categories=["L", "Zs"]), max_size=30),
)
def test_a_known_identifier_never_survives(identifier: str, noise: str) -> None:
    scrub = Scrubber(lambda lang, msgid: msgid).scrub
    assert identifier not in scrub(f"{noise} {identifier} {noise}", "en")


def test_spans_do_not_overlap() -> None:
    spans = find_spans("mevrouw Peeters, Kerkstraat 12, 9000 Gent, 0470 12 34 56")
    for first, second in itertools.pairwise(spans):
        assert first.end <= second.start
