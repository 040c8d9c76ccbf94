"""One scrub reaches what two reach (#12's eleventh session, `bot/privacy/overlaps.py`).

Where a later rule's span overlapped one already claimed it was dropped whole, and a second
scrub found the words it alone covered next to the new label. Positive and negative cases
in nl, fr and en, and a property over the sentences of the readable corpora (never the
frozen ones): scrub(scrub(x)) == scrub(x)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.privacy.overlaps import a_lone_article, second_reading
from bot.privacy.scrub import LABELS
from tests import pii_corpus
from tests.conftest import shared_core
from tests.pii_corpus import Sentence, from_jsonl, from_markup

SCRUBBER = shared_core()[2]


def readable() -> list[str]:
    """Every sentence of the project's readable corpora, never the frozen external sets."""
    texts: list[str] = []
    for name, path in vars(pii_corpus).items():
        if not name.isupper() or "FROZEN" in name or not hasattr(path, "suffix"):
            continue
        if path.is_file() and path.suffix in (".txt", ".jsonl"):
            load = from_jsonl if path.suffix == ".jsonl" else from_markup
            sentences: list[Sentence] = load(path)
            texts += [s.text for s in sentences]
    return sorted(set(texts))


SENTENCES = readable()


@pytest.mark.parametrize(
    ("text", "lang", "scrubbed"),
    [
        ("ze woont in de Kerkstraat 4 B-9000 Gent sinds mei", "nl",
         "ze woont in de [adres]-[plaats] sinds mei"),
        ("il habite Rue du Midi 8 A-7000 Mons", "fr", "il habite [adresse]-[lieu]"),
        ("new address Veldstraat 22 B-3500 Hasselt from monday", "en",
         "new address [address]-[place] from monday"),
    ],
)  # fmt: skip
def test_a_postcode_glued_to_a_box_letter_is_masked_in_one_scrub(
    text: str, lang: str, scrubbed: str
) -> None:
    """ "Kerkstraat 4 B" claimed the "B" of "B-9000 Gent": the town stayed for a second scrub."""
    once = SCRUBBER.scrub(text, lang)
    assert once == scrubbed
    assert SCRUBBER.scrub(once, lang) == once


@pytest.mark.parametrize(
    ("text", "lang", "scrubbed"),
    [
        ("rekening BE71 0961 2345 6769 van de moeder", "nl",
         "rekening [rekeningnummer] van de moeder"),
        ("son compte BE68 5390 0754 7034 pour le loyer", "fr",
         "son compte [compte bancaire] pour le loyer"),
        ("the rent goes from BE62 5100 0754 7061 every month", "en",
         "the rent goes from [bank account] every month"),
        ("de b van bus 4 stond open", "nl", "de b van bus 4 stond open"),
    ],
)  # fmt: skip
def test_words_a_dropped_span_left_stay_when_they_identify_no_one(
    text: str, lang: str, scrubbed: str
) -> None:
    """An IBAN rule that also took the next word lost to the exact one: "van" stays."""
    assert SCRUBBER.scrub(text, lang) == scrubbed


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("elle est atteinte d'un [santé] depuis mars", "fr"),
        ("hij werkt bij de [organisatie] van [plaats]", "nl"),
        ("she works at the [organisation] plant", "en"),
        ("She Works At The [organisation]", "en"),
    ],
)
def test_a_lone_article_before_a_label_is_never_a_detail(text: str, lang: str) -> None:
    """A second scrub once read "d'un [santé]" as a condition named "un"."""
    assert SCRUBBER.scrub(text, lang) == text


@pytest.mark.parametrize(
    ("text", "lang", "scrubbed"),
    [
        ("She Gets Out Next Month On Holiday To The Coast", "en",
         "She Gets Out Next Month On Holiday To The Coast"),
        ("CALL HER ON 0470 12 34 56 AFTER SCHOOL", "en", "CALL HER ON [phone] AFTER SCHOOL"),
        ("QUAND ELLE EST PARTIE ON A FERMÉ", "fr", "QUAND ELLE EST PARTIE ON A FERMÉ"),
        ("ZE BELT ON MAANDAG NIET", "nl", "ZE BELT ON MAANDAG NIET"),
    ],
)  # fmt: skip
def test_in_a_text_all_in_capitals_a_short_place_that_is_a_word_stays(
    text: str, lang: str, scrubbed: str
) -> None:
    """ "On" masked there hid "on holiday" from the release rule: a second scrub then read
    "gets out next month [place]" as a release from prison."""
    once = SCRUBBER.scrub(text, lang)
    assert once == scrubbed
    assert SCRUBBER.scrub(once, lang) == once


@pytest.mark.parametrize(
    ("text", "lang", "scrubbed"),
    [
        ("ze verhuist naar On bij Marche", "nl", "ze verhuist naar [plaats] bij [plaats]"),
        ("elle habite à On depuis mai", "fr", "elle habite à [lieu] depuis mai"),
        ("Mevrouw Peeters Woont In On Sinds Mei", "nl",
         "Mevrouw [naam] Woont In [plaats] Sinds Mei"),
        ("she moved to On near Marche", "en", "she moved to [place] near [place]"),
    ],
)  # fmt: skip
def test_a_short_place_after_a_word_of_place_is_still_masked(
    text: str, lang: str, scrubbed: str
) -> None:
    assert SCRUBBER.scrub(text, lang) == scrubbed


def test_an_article_is_no_detail_but_a_name_is() -> None:
    assert a_lone_article("atteinte d'un", 11, 13) and a_lone_article("at The", 3, 6)
    assert a_lone_article("l’", 0, 2)
    assert not a_lone_article("Ann de Smet", 0, 3) and not a_lone_article("Uns", 0, 3)


def test_a_second_reading_maps_its_spans_back_to_the_text() -> None:
    text = "Mevrouw Peeters woont Kerkstraat 4 B-9000 Gent"
    found = [(8, 15, "name"), (22, 36, "address")]
    seen: list[str] = []

    def find(labelled: str) -> list[tuple[int, int, str]]:
        seen.append(labelled)
        start = labelled.index("9000")
        return [(start, start + 9, "place"), (0, 7, "name")]

    assert second_reading(text, found, LABELS, find) == [(37, 46, "place"), (0, 7, "name")]
    assert seen == ["Mevrouw [name] woont [address]-9000 Gent"]
    assert text[37:46] == "9000 Gent"


def test_the_property_samples_thousands_of_sentences() -> None:
    assert len(SENTENCES) > 3000


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(SENTENCES),
    st.sampled_from(["nl", "fr", "en"]),
    st.sampled_from(["as typed", "lower case", "no punctuation"]),
)
def test_scrubbing_a_corpus_sentence_twice_changes_nothing(
    text: str, lang: str, variant: str
) -> None:
    if variant == "lower case":
        text = text.lower()
    elif variant == "no punctuation":
        text = re.sub(r"[.,;:!?]", "", text)
    once = SCRUBBER.scrub(text, lang)
    assert SCRUBBER.scrub(once, lang) == once
