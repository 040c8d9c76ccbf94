"""#12 scrubber review (review13): hostile answers after the eleventh session stay fast.

Found here: an e-mail pattern tried from every letter of a long word ("aaaa… @ gmail"),
each try reading to its end (4,000 letters: 1.1 s, 8,000: 3 s); a chain of " . " before
"@" read again from each of its words; the typo test of a name cue building a string per
letter and cut of a 4,000-letter word (0.5 s); the show-back's doubtful words, each word
compared with every label of the answer (600 names in 8,000 characters: 2 s). The inputs
are 8,000 characters, twice what an answer holds.
"""

from __future__ import annotations

import pytest

from bot.privacy.health_typos import _slip
from bot.privacy.lexicon import lexicon
from bot.privacy.scrub import Scrubber
from bot.privacy.word_typos import misspelt
from tests.unit.test_scrub_hostile10 import scrubber, timed_review

__all__ = ["scrubber"]  # the module fixture, shared with test_scrub_hostile10

TIMES = 12
"""A hostile input may take this many times an ordinary answer of the same length, timed in
the same run (seven developers share two cores: a fixed bound in seconds failed under
load); every input here takes one to four times it, each defect above twenty to thirty."""
N = 8000
ORDINARY = "gesprek met de moeder over de school van haar zoon, ze was moe maar open; "


def _long(piece: str) -> str:
    return (piece * (N // len(piece) + 1))[:N]


HOSTILE = {
    "long word before ' @ gmail'": _long("a") + " @ gmail",
    "long word after '@'": "@" + _long("a-"),
    "digits after '@'": "@" + _long("1"),
    "dotted chain before ' @ gmail'": _long("a . ") + " @ gmail",
    "dotted chain after an address": "x@y " + _long("a . "),
    "spoken chain before ' at '": _long("a-") + " at gmail punt com",
    "provider chain": _long("a-b.") + " at gmail",
    "a web address": "www." + _long("a") + ".com",
    "long word after 'met'": "gesprek met " + _long("ab"),
    "long word after a name": "Jan " + _long("a1"),
    "half addresses": _long("a@b "),
    "spaced addresses": _long("lien @ gmail "),
    "handles after insta": _long("insta a_b "),
    "loose national numbers": _long("rrn 1 2 3 4 5 6 7 8 9 0 1 2 "),
    "postcode and town": _long("1030-schaarbeek "),
    "postcode without a town": _long("1030-aa "),
    "union members": _long("lid van de pvda "),
    "orientation words": _long("is gay trans jongen "),
    "plain phrases": _long("max 300 sings like adele fries with mayo "),
    "labels": _long("[name] "),
    "names after a word of company": _long("tea with diop "),
    "lists of people": _long("blessing, mercy and the baby, "),
    "speakers": _long("said kwame "),
    "surname-words after names": _long("nathalie petit "),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_long_hostile_answer_is_reviewed_in_time(scrubber: Scrubber, name: str) -> None:
    ordinary = min(timed_review(scrubber, _long(ORDINARY)) for _ in range(2))
    assert timed_review(scrubber, HOSTILE[name]) < max(0.5, TIMES * ordinary)


def test_no_listed_word_is_long_enough_for_a_slip_past_the_bound() -> None:
    """`misspelt` answers False past 40 letters without looking: no word may be that long."""
    assert max(map(len, lexicon().words)) < 40
    assert misspelt("a" * 41, lexicon()) is False
    assert misspelt("reageenrt", lexicon()) is True  # a slip of an everyday word still is one
    assert _slip("a" * 41, frozenset(["diabetes"])) == ""
    assert _slip("diabetis", frozenset(["diabetes"])) == "diabetes"  # a slip of a condition


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("mail naar jolien.peeters@gmail.com vandaag", "mail naar [e-mail] vandaag"),
        ("son adresse fatou.diallo @ gmail", "son adresse [e-mail]"),
        ("her address is lea_m@outlook. com now", "her address is [e-mail] now"),
        ("jan punt peeters at gmail punt com", "[e-mail]"),
        ("amina-b.h at hotmail", "[e-mail]"),
        ("mail " + "a" * 60 + "@telenet.be", "mail [e-mail]"),
    ],
)
def test_addresses_are_still_masked_whole(scrubber: Scrubber, text: str, masked: str) -> None:
    assert scrubber.scrub(text, "nl") == masked


@pytest.mark.parametrize(
    "text",
    [
        "she works @ gmail now",
        "we zien elkaar @ ocmw.gent",
        "hij komt at home om vijf uur",
        "the meeting is at gmail's office in brussels",
    ],
)
def test_no_address_is_still_none(scrubber: Scrubber, text: str) -> None:
    assert "[e-mail]" not in scrubber.scrub(text, "nl")
