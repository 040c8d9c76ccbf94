"""Issue #12, twelfth session: a handle anywhere in a note that names a platform, an account
or a nickname ("insta account 'lila.b'", "youtube kanaal karimvlogs"); abbreviations, sites of
public services and notes without such a cue stay. Every handle is invented."""

from __future__ import annotations

import pytest

from tests.scrub_helpers import of_kind


def handles(text: str) -> list[str]:
    return of_kind(text, "handle")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("insta account 'lila.b' is privé", ["lila.b"]),
        ("volgt haar op tiktok (lila.b)", ["lila.b"]),
        ("sur insta elle s'appelle lila.officiel", ["lila.officiel"]),
        ("insta > lila.b", ["lila.b"]),
        ("zijn youtube kanaal karimvlogs", ["karimvlogs"]),
        ("zijn gamertag is xXkarimXx", ["xXkarimXx"]),
        ("op insta onder de naam lilabee", ["lilabee"]),
    ],
)
def test_a_handle_in_a_note_about_an_account(text: str, expected: list[str]) -> None:
    assert handles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hij zit veel op insta, o.a. om te chatten",
        "op facebook staat veel, bv. foto's",
        "mijn account op www.mijnburgerprofiel.be werkt niet",
        "l'account de l'école est fermé",
        "insta tot 10.30u gisteren",
        "het bestand heet verslag_def.docx",  # no platform, no account: no handle
    ],
)
def test_no_handle_without_one(text: str) -> None:
    assert handles(text) == []
