"""Issue #12, ninth session (scrubnames9): addresses as a worker types them, with the words
that start a street's name (a title, a number as a word) and the box after the number; the
same words without a street stay. Invented sentences, none taken from an evaluation set."""

from __future__ import annotations

import pytest

from tests.scrub_helpers import covered, kinds


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("woont nu in de pastoor de vosstraat 4", "pastoor de vosstraat 4"),
        ("nieuw adres: drie koningenstraat 12", "drie koningenstraat 12"),
        ("ze woont kon. astridlaan 12 sinds maart", "kon. astridlaan 12"),
        ("Kon. Astridlaan 12, 2800 Mechelen", "Kon. Astridlaan 12"),
        ("verhuisd naar koning albertlaan 44", "koning albertlaan 44"),
        ("adres: Dendermondsesteenweg 12, bus 4", "Dendermondsesteenweg 12, bus 4"),
        ("elle habite avenue de stalingrad 62 boite 5", "avenue de stalingrad 62 boite 5"),
        ("she lives at rue du midi 45 bte 2 now", "rue du midi 45 bte 2"),
        ("woont sint-jansstraat 9 app. 3", "sint-jansstraat 9 app. 3"),
        ("adres kerkstraat 14, box 2", "kerkstraat 14, box 2"),
        ("he moved to generaal lemanstraat 50", "generaal lemanstraat 50"),
        ("adres: frans van cauwelaertlaan 12", "frans van cauwelaertlaan 12"),
        ("ze woont in de Jan van Rijswijcklaan 200", "Jan van Rijswijcklaan 200"),
        ("adres: o.l.vrouwstraat 5", "o.l.vrouwstraat 5"),
        ("woont in de o.-l.-vrouwstraat 5 bus 1", "o.-l.-vrouwstraat 5 bus 1"),
        ("elle habite au 12 de la rue neuve", "12 de la rue neuve"),
        ("elle habite au numéro 12 de la rue haute", "numéro 12 de la rue haute"),
        ("ze woont op nummer 12 in de kerkstraat", "nummer 12 in de kerkstraat"),
        ("she lives at number 14 on the kerkstraat", "number 14 on the kerkstraat"),
        ("elle habite chausée de gand 12", "chausée de gand 12"),
        ("adresse: chaussee de wavre 150", "chaussee de wavre 150"),
        ("woont steeweg op gent 12", "steeweg op gent 12"),
        ("ze woont kerkstraat12 bus 3", "kerkstraat12 bus 3"),
        ("nieuw adres: Molenlaan4", "Molenlaan4"),
    ],
)
def test_a_street_with_its_first_words_and_its_box_is_one_address(text: str, address: str) -> None:
    assert covered(text, address) >= 0.9, kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ze woont met drie kinderen in de kerkstraat 12", "drie kinderen"),
        ("twee weken later kerkstraat 12 bezocht", "twee weken later"),
        ("kerkstraat 12, bus 58 stopt daar niet", "stopt daar niet"),
        ("ze gaat naar de dokter, kerkstraat 12", "naar de dokter"),
        ("ik was op 12 in de stad", "op 12 in de stad"),
        ("op 3 van de 5 dagen was ze er", "op 3 van de 5 dagen"),
        ("au 2 de la rue et de la place", "au 2 de la rue et"),
        ("elle habite au 3e étage", "3e étage"),
        ("ik sprak jan van de kerk", "van de kerk"),
        ("de weg12 was dicht", "weg12"),
        ("in de kerkstraat 12 uur lang gewacht", "2 uur lang"),
    ],
)
def test_the_words_beside_an_address_that_are_not_part_of_it_stay(text: str, kept: str) -> None:
    assert covered(text, kept) == 0, kinds(text)
