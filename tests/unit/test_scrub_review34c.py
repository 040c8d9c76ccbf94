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
