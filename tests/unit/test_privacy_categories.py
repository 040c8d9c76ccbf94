"""/privacy names what the scrubber masks: every category it labels, with labels the worker
will really see in their language."""

from __future__ import annotations

import re

import pytest

from bot.i18n import Translator
from bot.privacy.scrub import LABELS
from bot.telegram import texts

CATEGORY_WORDS = {
    "health": "health",
    "religion": "religion",
    "origin": "origin",
    "detention": "detention",
    "orientation": "sexual orientation",
    "politics": "politics",
}
"""Each special category the scrubber masks by default, as /privacy words it."""


def test_every_special_category_the_scrubber_masks_is_named() -> None:
    assert set(CATEGORY_WORDS) <= set(LABELS)
    for word in CATEGORY_WORDS.values():
        assert word in texts.PRIVACY, word


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_the_example_labels_are_the_ones_shown(translator: Translator, lang: str) -> None:
    shown = translator.gettext(lang, texts.PRIVACY)
    examples = re.findall(r"\[[^\]\s]+\]", shown)
    assert len(examples) == 2, examples  # [name] and [health]
    labels = {translator.gettext(lang, msgid) for msgid in LABELS.values()}
    assert set(examples) <= labels, (lang, examples)
