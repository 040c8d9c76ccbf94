"""Issue #12, point 6: identifiers in unusual notations. An e-mail address read out word by
word, a house number's box that looks like a plate, a street named by its type word only."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import find_spans


def masked(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("mail is wout punt claes at gmail punt com", "wout punt claes at gmail punt com"),
        ("mail: g.raes apenstaartje skynet punt be", "g.raes apenstaartje skynet punt be"),
        ("son mail nadia point b arobase yahoo point fr", "nadia point b arobase yahoo point fr"),
        ("email is tom dot vos at outlook dot com", "tom dot vos at outlook dot com"),
        ("her mail is ines_k at hotmail.com", "ines_k at hotmail.com"),
    ],
)
def test_an_email_read_out_word_by_word(text: str, address: str) -> None:
    assert masked(text) == [(address, "email")]


@pytest.mark.parametrize(
    "text",
    [
        "we zagen elkaar at the station om 3 uur",
        "she was at work until noon",
        "il est arrivé à la gare à midi",
        "we spraken over zijn punt van gisteren",
    ],
)
def test_at_and_dot_as_words_stay(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("adresse: cité jardin 7 bte 204", [("cité jardin 7 bte 204", "address")]),
        ("woont in de hoogstraat 12 bus 101", [("hoogstraat 12 bus 101", "address")]),
        ("lives at 9 bus 3 apparently", [("9 bus 3", "address")]),  # a number and its box
    ],
)
def test_a_box_number_is_no_licence_plate(text: str, expected: list[tuple[str, str]]) -> None:
    assert masked(text) == expected


def test_a_plate_is_still_a_plate() -> None:
    assert masked("zijn auto 1-kzt-508 staat er") == [("1-kzt-508", "plate")]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("ze woont op de Dries 14, derde verdiep", "Dries 14"),
        ("hij woont aan de kaai 6 bus 2", "kaai 6 bus 2"),
        ("ze woont op de Markt 21", "Markt 21"),
    ],
)
def test_a_street_named_by_its_type_word(text: str, street: str) -> None:
    assert (street, "address") in masked(text)


@pytest.mark.parametrize(
    "text", ["we gaan 3 keer per week op de markt 2 uur staan", "in de week 3 keer gebeld"]
)
def test_a_type_word_with_a_count_stays(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "found", "kind"),
    [
        ("rekening BE71.0961.2345.6769 voor de huur", "BE71.0961.2345.6769", "iban"),
        ("compte be71-0961-2345-6769 svp", "be71-0961-2345-6769", "iban"),
        ("plaat 2.kvb.318 gezien", "2.kvb.318", "plate"),
        ("born 9th of march 1987 in ghent", "9th of march 1987", "date"),
        ("°1979-06-23 volgens de kaart", "°1979-06-23", "date"),
        ("mail: lien . dewit @ gmail . com", "lien . dewit @ gmail . com", "email"),
    ],
)
def test_odd_separators(text: str, found: str, kind: str) -> None:
    assert (found, kind) in masked(text)


@pytest.mark.parametrize(
    "text", ["we zijn at home. com is fine", "hij kwam om 3. de rest volgt", "plaat 2.kv.318"]
)
def test_separators_alone_identify_nothing(text: str) -> None:
    assert masked(text) == []
