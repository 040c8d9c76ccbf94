"""The benchmark's "recall once every offered word is tapped" masks what a tap would."""

from benchmarks.scrub import _REVIEWER, after_taps, ours


def test_an_offered_word_is_masked_everywhere_after_the_tap() -> None:
    text = "dossier 558812 bij de dienst, 558812 staat ook op de brief"
    assert ours(text) == [], "an unlabelled number: the scrubber only offers it"
    assert _REVIEWER.review(text, "en").unsure == ("558812",)
    assert after_taps(text) == [(8, 14), (30, 36)]


def test_without_offered_words_the_taps_add_nothing() -> None:
    text = "we spraken over de huur en de school"
    assert _REVIEWER.review(text, "en").unsure == ()
    assert after_taps(text) == ours(text)
