"""Issue #12, eleventh session (ids12): identifiers in the notations a tired worker types.

Handles after a word for an account ("gebruikersnaam", "username", "pseudo") or with a
space after "@", channel links, phones dictated in words or split by a line end, national
numbers over a line end, postcodes glued to their town or as a lowercase "b-1030"; and the
amounts, counts, helplines and invoice numbers that stay. Every sentence and number is
invented."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import find_spans


def spans(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("gebruikersnaam djamel_1070 op telegram", ("djamel_1070", "handle")),
        ("son pseudo c est titi_du_93", ("titi_du_93", "handle")),
        ("son pseudo c'est titi_du_93", ("titi_du_93", "handle")),
        ("username marlies_xo on discord", ("marlies_xo", "handle")),
        ("username: marliesxo", ("marliesxo", "handle")),
        ("tiktok user: kevz_77", ("kevz_77", "handle")),
        ("her tiktok is kevzzz and she posts every night", ("kevzzz", "handle")),
        ("op snap heet hij jonaske denk ik", ("jonaske", "handle")),
        ("sur snap c est nour_bxl il repond jamais", ("nour_bxl", "handle")),
        ("contact via telegram @ omar_k zegt ze", ("@ omar_k", "handle")),
        ("her insta @ lotje", ("@ lotje", "handle")),
        ("il a mis @ kenzo.b en story", ("@ kenzo.b", "handle")),
        ("zijn kanaal youtube.com/@bilalvlogs heeft 300 volgers",
         ("youtube.com/@bilalvlogs", "handle")),
        ("kijk op tiktok.com/@leila_off", ("tiktok.com/@leila_off", "handle")),
        ("check www.linkedin.com/in/jan-peeters-85",
         ("www.linkedin.com/in/jan-peeters-85", "handle")),
    ],
)  # fmt: skip
def test_handles_in_every_notation_are_masked(text: str, found: tuple[str, str]) -> None:
    assert found in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn gebruikersnaam werkt niet op de site van de vdab",
        "username and password forgotten again",
        "the username field on the form was empty",
        "elle a oublié son pseudo et son mot de passe",
        "rendez-vous @ home demain",  # "@" for "at" before a word, no platform near
        "we meet @ school tomorrow",
        "he was a drug user: yes for years",
    ],
)
def test_account_words_and_a_spaced_at_without_a_handle_stay(text: str) -> None:
    assert not [kind for _, kind in spans(text) if kind == "handle"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("haar gsm is nul vier zeven nul twaalf vierendertig zesenvijftig",
         "nul vier zeven nul twaalf vierendertig zesenvijftig"),
        ("her number is zero four seven five one two three four five six",
         "zero four seven five one two three four five six"),
        ("son numéro zéro quatre septante-cinq douze trente-quatre cinquante-six",
         "zéro quatre septante-cinq douze trente-quatre cinquante-six"),
        ("call zero four eight six, eleven, twenty-two, thirty-three",
         "zero four eight six, eleven, twenty-two, thirty-three"),
        ("gsm 0470\n12 34 56 van de moeder", "0470\n12 34 56"),
    ],
)  # fmt: skip
def test_phones_dictated_in_words_or_split_by_a_line_end(text: str, found: str) -> None:
    assert (found, "phone") in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "ze telde een twee drie vier vijf zes zeven acht negen tien met de kleine",
        "un deux trois quatre cinq six sept huit neuf dix on compte ensemble",
        "she has four kids two dogs and three cats",
        "ze is vierentwintig en heeft twee kinderen van drie en vijf",
        "bel 1712 als het escaleert of 112 bij gevaar",
        "elle a appelé le 106 hier soir",
        "de huur is 1250 euro en de waarborg € 1.250,00",
        "afspraak om 14.30, 80 % van de groep was er",
    ],
)
def test_counts_amounts_and_helplines_stay(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ze woont nu in 9000gent bij een tante", ("9000gent", "place")),
        ("hij zit nu in b-2800mechelen", ("b-2800mechelen", "place")),
        ("ze woont ergens in b-1030", ("b-1030", "place")),
        ("adres b1030 schaerbeek", ("b1030 schaerbeek", "place")),
        ("rrn 85 07 30\n033 28", ("85 07 30\n033 28", "national_id")),
    ],
)
def test_postcodes_glued_to_a_town_and_numbers_over_a_line_end(
    text: str, found: tuple[str, str]
) -> None:
    assert found in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "de huur is 1250euro per maand",
        "facture n° 45678912 à payer avant le 15",
        "factuur n° 20240312 is nog open",
        "invoice n° 88812345 paid",
    ],
)
def test_glued_amounts_and_invoice_numbers_stay(text: str) -> None:
    assert spans(text) == []


def test_a_year_of_birth_after_the_degree_sign_is_still_a_date() -> None:
    assert ("°1956", "date") in spans("mevrouw °1956 woont alleen")


@pytest.mark.parametrize(
    "text",
    [
        "haar insta is privé dus ik zie niks",
        "tiktok is verslavend zegt ze zelf",
        "son snap c est fini elle l a supprimé",
        "her instagram is private now",
    ],
)
def test_a_word_after_a_platform_and_is_stays(text: str) -> None:
    assert spans(text) == []


def test_a_platform_after_a_possessive_is_no_name() -> None:
    assert spans("son insta c est lilouu elle poste tout") == [("lilouu", "handle")]
