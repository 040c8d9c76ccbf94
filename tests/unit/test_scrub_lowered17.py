"""Scans that ignore case, run instead without ignoring case on a lower-cased ASCII text
(speed17), which sre does several times more cheaply: the employer after a word about
work, the rare phrases and the great ages must end where the case-ignoring patterns do,
on the corpora and on made-up nl, fr and en sentences, in upper and title case too."""

from __future__ import annotations

from benchmarks.scrub_families import texts
from bot.privacy.employers import AFTER_WORK, AFTER_WORK_LOWER, employers_at_work
from bot.privacy.rare_facts import INDIRECT, INDIRECT_LOWER, indirect_identifiers
from bot.privacy.rare_phrases import PHRASES, PHRASES_LOWER, more_identifiers

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


PHRASE_TEXTS = ["Haar zoon stond op VTM na de brand.", "Il a été sur RTL-TVI hier",
                "Her video went viral on TikTok", "Hij kwam om bij de treinramp",
                "She survived the bombing in 2016", "elle est passée à la une",
                "Hij is viraal gegaan op Instagram", "ze sliep slecht"]  # fmt: skip


def test_lowered_phrase_scan_gives_the_case_ignoring_spans() -> None:
    ascii_texts = [t for t in [*texts()[::3], *PHRASE_TEXTS] if t.isascii()]
    found = 0
    for text in [v for t in ascii_texts for v in (t, t.upper(), t.title())]:
        ignoring = [match.span() for match in PHRASES.finditer(text)]
        lowered = [match.span() for match in PHRASES_LOWER.finditer(text.lower())]
        assert lowered == ignoring, text
        found += bool(ignoring)
    assert found > 10


def test_rare_phrases_found_in_any_case() -> None:
    for text in ["HAAR ZOON STOND OP VTM", "Her video Went Viral on TikTok",
                 "elle est passée à la une", "Hij kwam om bij de Treinramp"]:  # fmt: skip
        assert list(more_identifiers(text)), text
    assert list(more_identifiers("ze sliep slecht")) == []


AGE_TEXTS = ["Haar oma is 97 jaar oud.", "Il a 102 ans et vit seul", "She is a 99-year-old widow",
             "Hij stond in de krant vorig jaar", "ze sliep slecht"]  # fmt: skip


def test_lowered_indirect_scan_gives_the_case_ignoring_spans() -> None:
    ascii_texts = [t for t in [*texts()[::3], *AGE_TEXTS] if t.isascii()]
    found = 0
    for text in [v for t in ascii_texts for v in (t, t.upper(), t.title())]:
        ignoring = [match.span() for match in INDIRECT.finditer(text)]
        lowered = [match.span() for match in INDIRECT_LOWER.finditer(text.lower())]
        assert lowered == ignoring, text
        found += bool(ignoring)
    assert found > 10


def test_great_ages_found_in_any_case() -> None:
    for text in ["HAAR OMA IS 97 JAAR OUD", "Il a 102 Ans et vit seul"]:
        assert list(indirect_identifiers(text)), text
    assert list(indirect_identifiers("ze sliep slecht")) == []
