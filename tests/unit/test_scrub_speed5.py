"""The ninth session's speed-ups (#12, scrubfast5) change no output: each rewritten scan is
checked against the form it replaces, on every readable corpus sentence (never a frozen
set), in lower case, and on hand-made edges."""

from __future__ import annotations

import re

from bot.privacy import lexicon as lexicon_module
from bot.privacy import places
from bot.privacy.lazy_patterns import compile_all
from bot.privacy.name_context_words import quoted_or_numbered
from tests.unit.test_scrub_speed import TEXTS, TOKEN_EDGES

EDGES = [*TOKEN_EDGES, "Mevrouw van der Linden", "mevr. De Haan", "x mr. van  de Namur",
         "MrX. le Roux", "dr., van Gent", "ſt. Niklaas", "Mme\nLa Hulpe", "à mme la ", "mr ",
         "   ", "1mr van Aalst", "Meneer DE VAN den Brugge"]  # fmt: skip
WORD_BEFORE_FIRST = re.compile(
    r"([^\W\d_]+)[.,]?\s+(?:(?i:van|de|der|den|ten|ter|le|la|du|des|vande|vander|vanden)\s+)*$"
)
"""`places.WORD_BEFORE` as it was written, searched in a window of the text."""


def test_phrase_words_are_the_shared_tokens_in_texts_without_plus_or_ampersand() -> None:
    """`Phrases.spans` reads the shared tokens instead of its own scan when "+" and "&" are
    absent: there the two patterns find the same words at the same places."""
    compile_all()
    shared, own = lexicon_module.tokenise, lexicon_module.PHRASE_TOKEN
    texts = [t for t in [*TEXTS, *EDGES, " ".join(EDGES)] if "+" not in t and "&" not in t]
    assert [[m.span() for m in shared(t)[0]] for t in texts] == [
        [m.span() for m in own.finditer(t)] for t in texts
    ]


def test_phrases_find_the_same_spans_with_or_without_the_shared_tokens() -> None:
    keep = lexicon_module.lexicon().keep
    texts = ["Vandaag gesprek met het OCMW en Kind en Gezin", "C&A en het OCMW", "OCMW+CAW"]
    found = [keep.spans(t) for t in texts]
    assert found[0] and found[1] and found[2]
    assert keep.spans(texts[1].replace("&", " ")) == found[1]  # the own scan, then the shared one


def test_the_word_before_a_place_is_found_as_by_the_first_form() -> None:
    """Searched in a slice and only where a word starts: the same word at every position."""
    compile_all()
    fast = places.WORD_BEFORE
    checked = 0
    for text in [*TEXTS, *EDGES]:
        for start in range(len(text) + 1):
            window = max(0, start - 30)
            first = WORD_BEFORE_FIRST.search(text, window, start)
            found = fast.search(text[window:start])
            assert (first and first.group(1)) == (found and found.group(1)), (text, start)
            checked += first is not None
    assert checked > 1000


GATE_FIRST = re.compile(r"[(\"“«‘]| '|['’]s|(?<!\w)[A-Z]\.|\d\s?ans?\b|,\s?\d|family|household")
"""The context names' gate as one scan, before it became substring tests first."""
GATE_EDGES = ["J. Peeters", "j. peeters", "xJ. y", "(", "“x", "l'x", " 'x", "5ans", "5 an",
              "5 ansx", ", 3", ",3", "3,", "a family", "HOUSEHOLD", "٣ ans", "É. Dupont",
              "A.B."]  # fmt: skip


def test_the_context_gate_answers_as_its_one_scan_did() -> None:
    texts = [*TEXTS, *EDGES, *GATE_EDGES]
    assert sum(map(quoted_or_numbered, texts)) > 50
    assert [t for t in texts if quoted_or_numbered(t) != bool(GATE_FIRST.search(t))] == []
