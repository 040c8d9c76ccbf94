"""The employer-after-work scan (speed17) reads a lower-cased ASCII text with a pattern
that does not ignore case, which is about four times cheaper: it must end its matches
where the case-ignoring pattern does, on the corpora and on made-up nl, fr and en
sentences, in upper and mixed case too."""

from __future__ import annotations

from benchmarks.scrub_families import texts
from bot.privacy.employers import AFTER_WORK, AFTER_WORK_LOWER, employers_at_work

MADE_UP = ["Hij werkt bij Colruyt in Gent.", "ze is poetsvrouw voor de familie Peeters",
           "Il travaille chez Dupont à Liège", "elle est caissière à la Poste",
           "She works at the Acme Depot in Mons", "he was a driver for Bakerly",
           "ze belde de dokter", "il est fatigué", "she slept badly"]  # fmt: skip


def ends(text: str) -> tuple[list[int], list[int]]:
    ignoring = [match.end() for match in AFTER_WORK.finditer(text)]
    lowered = [match.end() for match in AFTER_WORK_LOWER.finditer(text.lower())]
    return ignoring, lowered


def test_lowered_scan_ends_where_the_case_ignoring_one_does() -> None:
    ascii_texts = [t for t in [*texts()[::3], *MADE_UP] if t.isascii()]
    variants = [v for t in ascii_texts for v in (t, t.upper(), t.title())]
    found = 0
    for text in variants:
        ignoring, lowered = ends(text)
        assert lowered == ignoring, text
        found += bool(ignoring)
    assert found > 10  # the comparison saw matches, not only empty scans


def test_employer_found_in_upper_case_and_with_accents() -> None:
    for text, employer in [("HIJ WERKT BIJ COLRUYT IN GENT", "COLRUYT"),
                           ("Il travaille chez Dupontex à Liège", "Dupontex"),
                           ("She works at Bakerly in Mons", "Bakerly")]:  # fmt: skip
        spans = [text[start:end] for start, end, _ in employers_at_work(text)]
        assert any(employer in span for span in spans), (text, spans)
    assert list(employers_at_work("she slept badly")) == []
