"""Issue #12, twelfth session (learn15): a learned second opinion on person names.

`bot/privacy/name_model.py` scores the words the rules left with a logistic regression
trained by scripts/train_name_model.py; the words it reads as names are offered in the
show-back (never masked: masking gained no held-out name and raised false alarms). Tests of
the features (pure), of loading, of offers in nl, fr and en, and that the shipped weights
are what the training script makes from the training data."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.privacy import name_model
from bot.privacy.lexicon import lexicon
from bot.privacy.name_model import (
    FUNCTION,
    MASK,
    candidate,
    features,
    model,
    offered_names,
    parse,
    shape,
    units,
)
from bot.privacy.scrub import LABEL, Scrubber, find_spans

SCRUBBER = Scrubber(lambda _, msgid: msgid)


def offers(text: str) -> list[str]:
    """The model's offers on the scrubbed text, as the show-back computes them."""
    scrubbed = SCRUBBER.scrub(text, "en")
    labels = [m.span() for m in LABEL.finditer(scrubbed)]
    return [word for _, word in offered_names(scrubbed, labels, bytearray(len(scrubbed) + 1))]


def test_shapes() -> None:
    assert [shape(w) for w in ("Joy", "joy", "JOY", "jean-luc", "O'Neil")] == [
        "Xx", "x", "XX", "x-", "Xx'",
    ]  # fmt: skip


def test_candidates_are_words_of_letters_and_no_function_word() -> None:
    assert candidate("wisdom") and candidate("jean-luc") and candidate("o'neil")
    assert not candidate("de") and not candidate("avec") and not candidate("the")
    assert not candidate("a") and not candidate("BE12") and not candidate(MASK)
    assert FUNCTION.isdisjoint({"joy", "faith", "roos"})


def test_units_fold_each_masked_span_into_one_unit() -> None:
    text = "bel 0470 12 34 56 of mail jan"
    row = units(text, [(4, 17)])
    assert [u.word for u in row] == ["bel", MASK, "of", "mail", "jan"]
    assert row[0].opens and not row[2].opens
    assert row[0].tail == "" and row[-1].tail == ""


def test_units_see_digits_brackets_and_sentence_ends_between_words() -> None:
    row = units("amir (7) slaapt slecht. nadia belt", [])
    assert [u.tail for u in row] == ["d", "", "", "", ""]  # "(7)": a digit before a bracket
    assert [u.opens for u in row] == [True, True, False, True, False]  # after "(": as names.py


def test_features_are_pure_and_see_a_label_as_the_span_it_replaced() -> None:
    """A second scrub sees "[name]" where the first saw the name: the same features."""
    lex = lexicon()
    raw = "gesprek met Jan en wisdom over de huur"
    labelled = "gesprek met [name] en wisdom over de huur"
    first = units(raw, [(12, 15)])
    second = units(labelled, [(12, 18)])
    i = [u.word for u in first].index("wisdom")
    j = [u.word for u in second].index("wisdom")
    assert features(first, i, lex) == features(second, j, lex)
    assert features(first, i, lex) == features(units(raw, [(12, 15)]), i, lex)
    assert "p=en" in features(first, i, lex) and "n=over" in features(first, i, lex)


def test_features_name_the_lists_a_word_is_in() -> None:
    found = features(units("met fatima naar de dokter", []), 1, lexicon())
    assert "in=first" in found and "w=fatima" in found and "p=met" in found


def test_parse_reads_bias_threshold_and_weights() -> None:
    made = parse(["__bias__\t-1.5", "__ask__\t2.0", "w=joy\t1.0", "p=met\t0.5", "p=en\t0.25"])
    assert made.bias == -1.5 and made.threshold == 2.0
    assert made.weights == {"w=joy": 1.0, "p=met": 0.5, "p=en": 0.25}
    row = units("gesprek met joy", [])
    assert made.score(row, 2, lexicon()) == pytest.approx(-1.5 + 1.0 + 0.5)


@pytest.mark.parametrize(
    "text",
    [
        "gisteren met [naam] en Joy gesproken, daarna belde mevrouw Nkemdirim (45)",
        "chez [nom], merveille m'a dit: ok",
        "wisdom was in a good mood. Mark the date",
    ],
)
def test_the_cached_score_is_the_sum_of_the_weights_of_the_features(text: str) -> None:
    """`Model.score` sums the parts of one word and one neighbour once (cached): the same
    as the bias plus the weights of `features`, which the training script uses."""
    judge, lex = model(), lexicon()
    row = units(text, [m.span() for m in LABEL.finditer(text)])
    for i in range(len(row)):
        expected = judge.bias + sum(judge.weights.get(f, 0.0) for f in features(row, i, lex))
        assert judge.score(row, i, lex) == pytest.approx(expected)


def test_the_shipped_model_loads_once_with_a_finite_threshold() -> None:
    loaded = model()
    assert loaded is model()
    assert loaded.weights and -10 < loaded.threshold < 10
    assert all(" " not in f.split("=", 1)[0] for f in loaded.weights)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("merveille est la plus petite, elle a beaucoup ri", "merveille"),  # fr: her size
        ("wisdom was in a good mood", "wisdom"),  # en: a person's state
    ],
)
def test_a_name_word_the_rules_leave_is_offered(text: str, word: str) -> None:
    assert word in offers(text)
    assert word in SCRUBBER.review(text, "en").unsure


def test_a_quarrel_is_now_the_rules_to_mask() -> None:
    """fr: "fortune s'est disputée" was the model's to offer until the fifteenth session; a
    quarrel is said of people, so the rules mask it (the retrained model scored it 1.24, just
    under its threshold of 1.25, once probe19's sentences joined its training)."""
    text = "fortune s'est disputée avec sa mère"
    assert SCRUBBER.scrub(text, "en") == "[name] s'est disputée avec sa mère"


def test_a_name_word_called_by_the_worker_is_now_the_rules_to_mask() -> None:
    """nl: called by the worker. The model scored "fortune" here just below its threshold and
    the show-back offered it; since the eighteenth session a word-name between an auxiliary
    and a participle of contact ("heb ... gebeld") is masked by the rules."""
    text = "ik heb fortune gebeld over haar papieren"
    assert SCRUBBER.scrub(text, "en") == "ik heb [name] gebeld over haar papieren"


@pytest.mark.parametrize(
    "text",
    [
        "ik heb de bank gebeld over haar papieren",  # nl
        "de zegen van de school kwam te laat",  # nl
        "le prince s'est disputé avec le roi dans le livre",  # fr
        "il faut de la patience avec le propriétaire",  # fr
        "the meeting did not show any result",  # en
        "a good mood in the team today",  # en
    ],
)
def test_words_used_as_words_are_not_offered(text: str) -> None:
    assert offers(text) == []


def test_offers_never_change_what_is_masked() -> None:
    text = "wisdom was in a good mood"
    assert find_spans(text) == find_spans(text)
    assert SCRUBBER.scrub(text, "en") == text  # offered, not masked


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefghij ABC.,[]()0123", max_size=60))
def test_offers_are_words_of_the_text_outside_labels(text: str) -> None:
    scrubbed = SCRUBBER.scrub(text, "en")
    labels = [m.span() for m in LABEL.finditer(scrubbed)]
    for start, word in offered_names(scrubbed, labels, bytearray(len(scrubbed) + 1)):
        assert scrubbed[start : start + len(word)] == word
        assert not any(s < start + len(word) and start < e for s, e in labels)


def test_the_shipped_weights_are_what_the_training_script_makes() -> None:
    """Retrain (`python -m scripts.train_name_model`) after changing the training data, the
    rules it sees, or the features: this test then says the shipped file is stale."""
    from scripts.train_name_model import OUT, build

    shipped, made = _weights(OUT.read_text(encoding="utf-8")), _weights(build(False))
    stale = {f for f in shipped.keys() | made.keys()
             if abs(shipped.get(f, 0.0) - made.get(f, 0.0)) > WEIGHT_SLACK}  # fmt: skip
    assert not stale, f"run scripts/train_name_model.py: {len(stale)} weights differ"
    assert name_model.model().threshold == float(
        OUT.read_text(encoding="utf-8").splitlines()[1].split("\t")[1]
    )


WEIGHT_SLACK = 0.015
"""Weights are rounded to 0.01: another build of the same solver may round a weight the other
way, and a changed rule, feature or sentence moves many weights by more."""


def _weights(text: str) -> dict[str, float]:
    return {f: float(w) for f, w in (line.split("\t") for line in text.splitlines())}
