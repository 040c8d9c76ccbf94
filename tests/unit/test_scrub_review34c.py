"""#12's twenty-sixth session: identifiers in odd notations a reviewer who never read the
rules (review34c) saw missed or misread, tried on sentences made up here."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("gebdat 19880112 staat fout in het systeem", [("19880112", "date")]),
        ("dob 19930427 wrong in the system", [("19930427", "date")]),
        ("factuur 20230415 betaald", []),
        ("mobile is 0496 then 27 then 84 then 11", [("0496 then 27 then 84 then 11", "phone")]),
        ("gsm c est le 0491 puis 58 puis 03 puis 64", [("0491 puis 58 puis 03 puis 64", "phone")]),
        ("gsm is 0477 ... 41 ... 09 ... 83 zei ze", [("0477 ... 41 ... 09 ... 83", "phone")]),
        ("hij betaalde 012 dan 30 dan 45", []),
        ("woont gent, stationsstraat 77/3, 9000",
         [("gent", "place"), ("stationsstraat 77/3, 9000", "address")]),
        ("kerkstraat 12, 2000 antwerpen",
         [("kerkstraat 12", "address"), ("2000 antwerpen", "place")]),
        ("kerkstraat 12, 2000 euro huur", [("kerkstraat 12", "address")]),
        ("tussenkomst op de factuur van 412,80 euro", []),
        ("de camionette ABC-123 stond er", [("ABC-123", "plate")]),
    ],
)  # fmt: skip
def test_identifiers_review34c_saw(text: str, found: list[tuple[str, str]]) -> None:
    assert masked(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("vader woont in izmir, atatürk caddesi no 45", ("atatürk caddesi no 45", "address")),
        ("father lives in poznan ul. kwiatowa 8 m 3", ("ul. kwiatowa 8 m 3", "address")),
        ("su hermano vive en calle mayor 15", ("calle mayor 15", "address")),
        ("haar tante woont strada unirii 22", ("strada unirii 22", "address")),
    ],
)  # fmt: skip
def test_streets_abroad(text: str, found: tuple[str, str]) -> None:
    """A relative's street abroad, in its own language (review34c)."""
    assert found in masked(text)


def test_via_is_a_preposition() -> None:
    assert masked("ze ging via de ring 3 keer rond, via mail 3 documenten") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("belde vanaf 0468 en dan 112 445", [("0468 en dan 112 445", "phone")]),
        ("she gave 0484 and then 90 12 36 as her number", [("0484 and then 90 12 36", "phone")]),
        ("RN 93.05.30/118-07 communique", [("93.05.30/118-07", "national_id")]),
        ("ne le 3 fev 1991 a namur", [("3 fev 1991", "date"), ("namur", "place")]),
        ("born 9 mar 1993", [("9 mar 1993", "date")]),
        ("geboren op vijftien augustus tweeduizend en twee",
         [("vijftien augustus tweeduizend en twee", "date")]),
        ("loge rue de marcinelle 54 appt 3", [("rue de marcinelle 54 appt 3", "address")]),
        ("ticket moderateur 4 euros par visite", []),
        ("visites jusqua 20h", []),
    ],
)  # fmt: skip
def test_identifiers_review34b_saw(text: str, found: list[tuple[str, str]]) -> None:
    assert masked(text) == found


def test_the_title_of_a_lawyer_stays_outside() -> None:
    """ "mtr" (meester) is a title like "mr" (review34b saw it masked with the name)."""
    assert masked("advocaat mtr peeters belt terug") == [("peeters", "name")]
