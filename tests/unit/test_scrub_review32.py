"""#12's twenty-sixth session: special categories in long answers that a reviewer who never
read the rules (review32b) saw missed, tried on sentences made up here."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("le frere a dit que mr est un pede", ("pede", "orientation")),
        ("her kid is enby and uses they them", ("enby", "orientation")),
        ("mr talked about his time inside", ("time inside", "detention")),
        ("la fille a ete arretee a une manif", ("a ete arretee", "detention")),
        ("mrs gets her monthly clopixol jab", ("clopixol", "health")),
        ("his gp calls it alcohol dependence", ("alcohol dependence", "health")),
    ],
)  # fmt: skip
def test_categories_review32b_saw_missed(text: str, found: tuple[str, str]) -> None:
    assert found in masked(text)


def test_a_word_like_a_slur_alone_is_a_word() -> None:
    assert masked("pede en route vers la gare") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("robin in transitie neemt hormonen ftm", ("ftm", "orientation")),
        ("mvr gekend met bpd en zelfverwonding", ("bpd", "health")),
        ("mr a du sucre dans le sang", ("du sucre dans le sang", "health")),
        ("mme fait une grosse déprime", ("fait une grosse déprime", "health")),
        ("mme a un polichinelle dans le tiroir", ("un polichinelle dans le tiroir", "health")),
        ("his son uses speed every weekend", ("uses speed", "health")),
    ],
)  # fmt: skip
def test_categories_review30a_saw_missed(text: str, found: tuple[str, str]) -> None:
    assert found in masked(text)


def test_speed_as_a_word_stays() -> None:
    assert masked("can we speed up the process, the speed of the bus") == []
