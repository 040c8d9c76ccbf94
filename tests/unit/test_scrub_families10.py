"""The premise of any gate before a rule family: a family that finds nothing in a text can
be skipped without changing what the others find (no family leaves state that another
reads), which is also how `benchmarks/scrub_families.py` bounds what such a gate can gain;
and the start-up benchmark's installed run is a fresh process that scrubs like any other."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import bot.privacy.scrub as scrub
from benchmarks.scrub import startup
from benchmarks.scrub_families import texts
from bot.privacy.tokens import has_digit

MADE = [
    "Mevrouw Peeters woont in de Kerkstraat 12, 2140 Borgerhout, tel 0470 12 34 56",
    "madame dubois travaille chez bekaert à zwevegem, elle est diabétique",
    "her son kevin goes to basisschool de klimop and she prays at the mosque",
    "we spraken over het budget en de huur van volgende maand",
]


@contextmanager
def order(plan: tuple[scrub.Recogniser | None, ...]) -> Iterator[None]:
    kept = scrub.ORDER, scrub.WITHOUT_DIGITS
    scrub.ORDER = scrub.WITHOUT_DIGITS = plan
    try:
        yield
    finally:
        scrub.ORDER, scrub.WITHOUT_DIGITS = kept


def test_families_that_find_nothing_can_be_skipped_without_changing_the_spans() -> None:
    sentences = [*MADE, *texts()[::7]]
    skipped = 0
    for text in sentences:
        full = scrub.find_spans(text)
        every = scrub.ORDER if has_digit(text) else scrub.WITHOUT_DIGITS
        plan = tuple(r for r in every if r is None or list(r(text)))
        skipped += len(every) - len(plan)
        with order(plan):
            assert scrub.find_spans(text) == full, text
    assert skipped > len(sentences) * 10  # most families find nothing in most sentences
    assert any(scrub.find_spans(text) for text in MADE)


def test_skipping_a_family_that_finds_something_does_change_the_spans() -> None:
    """The test above can fail: without its family "diabétique" goes unmasked."""
    text = MADE[1]
    full = scrub.find_spans(text)
    plan = tuple(r for r in scrub.ORDER if r is None or r.__name__ != "institutions_and_categories")
    assert len(plan) == len(scrub.ORDER) - 1
    with order(plan):
        assert scrub.find_spans(text) != full


def test_the_installed_start_up_is_timed_in_a_fresh_process() -> None:
    cpu, wall = startup("Mevrouw Peeters", compiled=True)
    assert 0 < cpu < 30 and 0 < wall < 60
