"""#12's fourteenth session: a word's families are found by looking up its pieces in one
table of stems, not by testing every stem of every family: the same bits as `Stems.holds`
for every word of the corpora and of made-up nl, fr and en words, long words and accents."""

from __future__ import annotations

from benchmarks.scrub_families import texts
from bot.privacy import tokens
from bot.privacy.tokens import Stems, letter_runs

MADE_UP = ["kerkstraat", "straatje", "werkgever", "employeur", "schoolpoort", "ziekenhuis",
           "hôpital", "gevangenis", "kinderdagverblijf", "ocmw", "moskee", "église",
           "a" * 200, "straat" * 20, "x"]  # fmt: skip


def old_mask(word: str) -> int:
    return sum(family._bit for family in tokens._FAMILIES if family.holds(word))


def test_every_word_gets_the_bits_it_got_before() -> None:
    words = {w for text in texts()[::3] for w in letter_runs(text)} | set(MADE_UP)
    assert len(words) > 1000
    differ = [w for w in words if tokens._word_mask(w) != old_mask(w)]
    assert differ == []
    assert any(tokens._word_mask(w) for w in words), "no word holds a stem: nothing checked"


def test_a_family_made_later_is_found_in_words_and_at_their_end() -> None:
    inside = Stems("qzxv")
    ending = Stems("vqzx", ending=True)
    assert tokens._word_mask("aaqzxvbb") & inside._bit
    assert not tokens._word_mask("aaqzxbb") & inside._bit
    assert tokens._word_mask("aavqzx") & ending._bit
    assert not tokens._word_mask("aavqzxa") & ending._bit
    assert inside.in_text("een aaqzxvbb hier") and ending.in_text("een aavqzx hier")
