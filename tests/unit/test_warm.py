"""#14: the scrubber's word lists are loaded before the first typed answer and frozen out
of the garbage collector's generations, so later collections do not walk them."""

from __future__ import annotations

import gc

from bot.privacy.lexicon import lexicon
from bot.privacy.scrub import find_spans
from bot.privacy.warm import WARM_UP, settle


def test_settle_loads_the_word_lists_and_freezes_them() -> None:
    try:
        settle()
        assert lexicon.cache_info().currsize == 1
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_the_warm_up_text_touches_every_kind_of_identifier() -> None:
    kinds = {span.kind for span in find_spans(WARM_UP)}
    assert {"name", "address", "place", "phone", "iban"} <= kinds
