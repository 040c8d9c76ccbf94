"""Issue #12, twelfth session: e-mail addresses typed loosely on a phone, with "@" doubled or
left out before a known provider; the providers named as services stay. Every address is
invented."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import find_spans
from tests.scrub_helpers import of_kind


def emails(text: str) -> list[str]:
    return of_kind(text, "email")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail: jpeeters gmail com", "jpeeters gmail com"),
        ("mailadres is peeters.jan op gmail", "peeters.jan op gmail"),
        ("mail jan.peeters@@gmail.com voor de afspraak", "jan.peeters@@gmail.com"),
        ("son mail k.diallo chez hotmail point be", "k.diallo chez hotmail point be"),
        ("mon adresse c'est dupontx12 gmail com", "dupontx12 gmail com"),
        ("her email is amina_b92 on outlook", "amina_b92 on outlook"),
        ("his email is zwanetta hotmail co uk", "zwanetta hotmail co uk"),
    ],
)
def test_an_address_without_its_at_or_with_two_is_masked_whole(text: str, expected: str) -> None:
    assert emails(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "hij zit op gmail en whatsapp",
        "elle est sur outlook tous les jours",
        "i use gmail com for work",
        "ze heeft geen gmail com",
        "we checken telenet en proximus voor internet",
        "send it to me gmail com",
    ],
)
def test_a_provider_named_as_a_service_stays(text: str) -> None:
    assert find_spans(text) == []
