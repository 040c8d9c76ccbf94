"""#12's twenty-sixth session: names a reviewer who never read the rules (review34a) saw
missed, each tried on sentences made up here in nl, fr and en, beside the same shapes of no one."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("seen today: lemmens, wauters and gielen",
         [("lemmens", "name"), ("wauters", "name"), ("gielen", "name")]),
        ("vu aujourd hui: delvaux, pirard et mathieu",
         [("delvaux", "name"), ("pirard", "name"), ("mathieu", "name")]),
        ("op overleg: de wilde, meert en van acker van het ocmw",
         [("de wilde", "name"), ("meert", "name"), ("van acker", "name")]),
        ("te bellen: de vos, de smet", [("de vos", "name"), ("de smet", "name")]),
        ("vandaag gezien: huur, energie en school", []),
        ("meeting: budget, planning and staff", []),
        ("hope was not at home, left a card", [("hope", "name")]),
        ("summer was not at home", []),
        ("mila is 7, she goes to school", [("mila", "name")]),
        ("the rent is 15 and the gas 30", []),
        ("room is 12 and the toilet 14", []),
        ("kevin called, he got the letter", [("kevin", "name")]),
        ("emailed janssen re the waiting list", [("janssen", "name")]),
        ("gemaild claeys ivm de wachtlijst", [("claeys", "name")]),
        ("emailed housing re the waiting list", []),
        ("vader (noemt zichzelf jeanke) wil nt meewerken", [("jeanke", "name")]),
    ],
)  # fmt: skip
def test_names_review34a_saw_missed(text: str, found: list[tuple[str, str]]) -> None:
    assert masked(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("rose et lys sont jumelles, 4 ans", [("rose", "name"), ("lys", "name")]),
        ("noor en storm zijn een tweeling", [("noor", "name"), ("storm", "name")]),
        ("verstraeten will call back after his shift", [("verstraeten", "name")]),
        ("claeys belt morgen terug", [("claeys", "name")]),
        ("dupont va rappeler demain", [("dupont", "name")]),
        ("housing will call back tomorrow", []),
        ("het ocmw belt morgen terug", []),
    ],
)  # fmt: skip
def test_twins_and_promised_calls(text: str, found: list[tuple[str, str]]) -> None:
    """Only people are twins; a surname opening a sentence before a promised call is someone
    (review34a), a service before the same call is not."""
    assert masked(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("sunny was very quiet today, ask school", [("sunny", "name")]),
        ("jade is erg moe vandaag", [("jade", "name")]),
        ("victoire est malade depuis lundi", [("victoire", "name")]),
        ("mark is tired", [("mark", "name")]),
        ("winter is cold this year", []),
        ("sunday was quiet at the office", []),
        ("the client was sick", []),
        ("the bus was quiet", []),
    ],
)  # fmt: skip
def test_a_state_only_a_person_is_in(text: str, found: list[tuple[str, str]]) -> None:
    """A first name opening a sentence before being sick, tired or quiet (review34a)."""
    assert masked(text) == found
