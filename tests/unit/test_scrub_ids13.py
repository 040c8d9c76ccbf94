"""Issue #12, eleventh session (ids13): identifiers in every notation, second pass.

Handles of letters only right after a platform's name or with "_"/"." a few words after
it; e-mails with a space around "@" or the last dot; postcodes joined to their town by a
dash or after "b-"; and the words, public sites, years and amounts that stay. Every
sentence, name and number is invented."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import find_spans


def spans(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ig wouterdb stuurt ze berichten", ("wouterdb", "handle")),
        ("tiktok lenaaa heeft duizend volgers", ("lenaaa", "handle")),
        ("op snap als keesvdl zegt hij", ("keesvdl", "handle")),
        ("sur insta comme lilouxx elle poste", ("lilouxx", "handle")),
        ("add him on snap rayanxo", ("rayanxo", "handle")),
        ("insta van haar broer milan.vr", ("milan.vr", "handle")),
        ("elle est sur tiktok depuis mars sous sami_lgg", ("sami_lgg", "handle")),
        ("his ig after the move kobe.dc", ("kobe.dc", "handle")),
        ("she goes by lina.lux on insta", ("lina.lux", "handle")),
        ("ze heet jens_vh op tiktok", ("jens_vh", "handle")),
        ("elle s appelle lou.dgn sur snap", ("lou.dgn", "handle")),
        ("discord rayan#4821 zegt hij", ("rayan#4821", "handle")),
        ("youtube: bilalvlogs", ("bilalvlogs", "handle")),
        ("tiktokname zoe.vdb", ("zoe.vdb", "handle")),
        ("snap 93_nour zegt ze", ("93_nour", "handle")),
        ("son tiktok: 4ever_lisa", ("4ever_lisa", "handle")),
        ("insta-account jellevh zei ze", ("jellevh", "handle")),
        ("whatsapp +32470123456", ("+32470123456", "phone")),
    ],
)
def test_handles_after_a_platform_without_at(text: str, found: tuple[str, str]) -> None:
    assert found in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik snap het niet",
        "snap je wat ik bedoel",
        "insta stories kijkt hij elke avond",
        "op insta kijkn ze naar filmkes",
        "insta filmke van haar kat",
        "op tiktok over covid19 zag ze een filmpje",
        "elle regarde tiktok tous les soirs",
        "son insta est bloqué",
        "she checks ig every morning",
        "fb messenger does not work on her phone",
        "zie o.a. op insta",
        "ze zette het op facebook.com en insta",
        "op youtube kijkt hij naar games",
        "youtube: geen",
        "haar insta-account is privé",
        "zijn snapnaam ken ik niet",
        "insta tot 10.30u gisteren",
        "snap 3x per dag",
    ],
)
def test_platform_words_as_words_stay(text: str) -> None:
    assert [kind for _, kind in spans(text) if kind == "handle"] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("mail jasper.wouters@gmail .com voor het verslag", "jasper.wouters@gmail .com"),
        ("son mail yannick_d@hotmail. fr il lit rarement", "yannick_d@hotmail. fr"),
        ("mail fatima.b@gmail , com zei ze", "fatima.b@gmail , com"),
        ("mail hanne.m @ gmail denk ik", "hanne.m @ gmail"),
        ("son adresse c'est ines @ hotmail.be", "ines @ hotmail.be"),
        ("email omar_k @outlook.com for the forms", "omar_k @outlook.com"),
    ],
)
def test_emails_with_spaces_are_whole(text: str, address: str) -> None:
    assert (address, "email") in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "we zien elkaar @ ocmw.gent aan de balie",
        "rendez-vous @ cpas.anderlecht.be demain",
        "questions @ vdab.be for the training",
        "see you @ the caw at noon",
        "afspraak @ het ocmw om 10u",
        "reunion @ cpas . be demain",
        "she works @ gmail as an engineer",
    ],
)
def test_at_before_a_public_site_is_the_word_at(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ze woont in b-2060 antwerpen sinds de zomer", "b-2060 antwerpen"),
        ("adres 1030-schaarbeek de straat weet ik niet", "1030-schaarbeek"),
        ("il habite b-1080 molenbeek chez sa soeur", "b-1080 molenbeek"),
        ("elle a déménagé à 4000-liège", "4000-liège"),
        ("she moved to b 1050 ixelles last week", "b 1050 ixelles"),
        ("adres b1030-schaarbeek", "b1030-schaarbeek"),
        ("postcode 1030 schaarbeek", "1030 schaarbeek"),
        ("code postal: 4000 liège", "4000 liège"),
        ("zip 2000 antwerp", "2000 antwerp"),
    ],
)
def test_postcodes_joined_to_their_town(text: str, place: str) -> None:
    assert (place, "place") in spans(text)


def test_a_house_number_keeps_its_letter_and_the_place_follows() -> None:
    found = spans("adres rue royale 12 b-1000 bruxelles")
    assert ("rue royale 12 b", "address") in found
    assert ("1000 bruxelles", "place") in found


@pytest.mark.parametrize(
    "text",
    [
        "de huur is 1030 euro per maand sinds 2019",
        "schooljaar 2023-2024 was zwaar",
        "tussen 1030-1200 euro per maand",
        "la facture 2023-0045 n est pas payée",
        "dossier 2024/1234 staat nog open",
        "she paid 1250-1300 euro in 2021",
    ],
)
def test_years_amounts_and_file_numbers_stay(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "nl61 rabo 4456 7748 2 van haar zus",
        "hij gaf nl61rabo445677482 op",
        "son compte ro54 btrl 4490 7410 3729 103",
        "her account lu80 2605 5146 6093 982",
    ],
)
def test_a_foreign_iban_a_character_short_or_long(text: str) -> None:
    assert "iban" in [kind for _, kind in spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "nl 12 euro per week",
        "ze kreeg 4456 euro terug in 2024",
        "classe de 5e ab12 cdef",
    ],
)
def test_no_iban_without_its_layout(text: str) -> None:
    assert "iban" not in [kind for _, kind in spans(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("rrn: 76 06 30 - 312 - 83 van de vader", "76 06 30 - 312 - 83"),
        ("numéro national 8O063031283 sur la carte", "8O063031283"),
        ("bis nr: 93 24 17 - 201 - 52", "93 24 17 - 201 - 52"),
        ("her niss 76 06 30 - 312 - 8 i think", "76 06 30 - 312 - 8"),
    ],
)
def test_national_numbers_typed_loosely_after_a_cue(text: str, number: str) -> None:
    assert (number, "national_id") in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "rue haute 12 bis, 1000 bruxelles 2024 - 1234 - 56",
        "rijksregister: dossier 2024 - 1234 - 56 is afgesloten",
        "the national office paid 1 200 - 1 300 euro in 2024",
    ],
)
def test_no_national_number_without_its_cue_or_shape(text: str) -> None:
    assert "national_id" not in [kind for _, kind in spans(text)]


def test_a_full_name_after_a_platform_stays_one_name() -> None:
    assert spans("fb yara el amrani stuurt ze berichten") == [("yara el amrani", "name")]
