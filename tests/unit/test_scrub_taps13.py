"""The show-back's count after a tap, and how a button knows its word (#12's eleventh
session). The count is the number of labels the answer shows: a phrase around a label
replaces one label by another. A button carries its word's fingerprint, not the count."""

from __future__ import annotations

import re

import pytest

from bot.dialogue.engine import Engine
from bot.dialogue.events import MaskWord, fingerprint
from bot.dialogue.registry import Compiled
from bot.telegram.callback_data import decode, encode
from tests.conftest import shared_core
from tests.unit.test_engine import msgids
from tests.unit.test_showback import STEP, typed

SCRUBBER = shared_core()[2]
LABEL = re.compile(r"\[[^\]\n]+\]")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("mevrouw Peeters zegt dat ze de enige turkse familie in de straat zijn", "nl"),
        ("madame Dubois dit que c est la seule famille marocaine de la rue", "fr"),
        ("mrs Smith says they are the only polish family on the estate", "en"),
    ],
)
def test_a_phrase_around_a_label_keeps_the_count_of_labels(text: str, lang: str) -> None:
    review = SCRUBBER.review(text, lang)
    assert review.replaced == len(LABEL.findall(review.text)) == 2
    phrase = next(word for word in review.unsure if LABEL.search(word))
    tapped = SCRUBBER.mask(review.text, phrase, lang)
    shown = len(LABEL.findall(tapped.text))
    assert review.replaced + tapped.replaced == shown == 2


@pytest.mark.parametrize(
    ("text", "lang", "word", "more"),
    [
        ("Mevrouw Peeters koopt zorbek in; zorbek ligt klaar.", "nl", "zorbek", 2),
        ("le zorbek est prêt et le zorbek est bon", "fr", "zorbek", 2),
        ("the oma is 97 years old", "en", "97 years old", 1),
        ("she lives with her aunt", "en", "zorbek", 0),
    ],
)
def test_a_word_or_phrase_without_a_label_adds_one_per_place(
    text: str, lang: str, word: str, more: int
) -> None:
    review = SCRUBBER.review(text, lang)
    tapped = SCRUBBER.mask(review.text, word, lang)
    assert tapped.replaced == more
    assert len(LABEL.findall(tapped.text)) == review.replaced + more


def test_a_fingerprint_is_short_stable_and_tells_offered_words_apart() -> None:
    assert fingerprint("zorbek") == fingerprint("zorbek")
    assert re.fullmatch(r"[0-9a-f]{6}", fingerprint("de enige [herkomst] familie"))
    assert fingerprint("zorbek") != fingerprint("Zorbek") != fingerprint("97 jaar oud")
    assert MaskWord.offering("plan", 1, "zorbek") == MaskWord("plan", 1, fingerprint("zorbek"))


def test_a_button_drawn_before_the_fingerprints_decodes_as_a_stale_tap(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = typed(fixture_engine, fixture_compiled, "Mevrouw Peeters koopt zorbek in.")
    assert session.pending_unsure == ("zorbek",)
    decoded = decode(f"r1|{session.version}|w|{STEP}|0.1")  # the count of the old buttons
    assert isinstance(decoded, tuple)
    old = decoded[1]
    assert isinstance(old, MaskWord) and old.drawn == "1"
    shown = fixture_engine.handle(session, old)
    assert msgids(shown)[0] == "That word is no longer in your answer."
    assert shown.session == session and not shown.changed
    new = MaskWord.offering(STEP, 0, "zorbek")
    assert decode(encode(new, session.version)) == (session.version, new)
    masked = fixture_engine.handle(session, new)
    assert masked.session is not None
    assert masked.session.pending_text == "Mevrouw [naam] koopt [verborgen] in."


def test_a_tap_whose_word_moved_hides_that_word_and_a_tap_on_no_offered_word_nothing(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = typed(fixture_engine, fixture_compiled, "Het werd zorbek en daarna kwarpel.")
    assert session.pending_unsure == ("zorbek", "kwarpel")
    first = fixture_engine.handle(session, MaskWord.offering(STEP, 0, "zorbek"))
    assert first.session is not None and first.session.pending_unsure == ("kwarpel",)
    moved = fixture_engine.handle(first.session, MaskWord.offering(STEP, 1, "kwarpel"))
    assert moved.session is not None
    assert moved.session.pending_text == "Het werd [verborgen] en daarna [verborgen]."
    assert moved.session.pending_replaced == 2
    again = fixture_engine.handle(moved.session, MaskWord.offering(STEP, 0, "kwarpel"))
    assert msgids(again)[0] == "That word is no longer in your answer." and not again.changed
