"""#14: the scrubber's word lists are loaded before the first typed answer and frozen out
of the garbage collector's generations, so later collections do not walk them; the
running bot starts that right after start-up (its post_init)."""

from __future__ import annotations

import asyncio
import gc
from pathlib import Path

from bot.privacy.lexicon import lexicon
from bot.privacy.scrub import find_spans
from bot.privacy.warm import WARM_UP, settle
from tests.e2e.telegram_harness import Harness


def test_settle_loads_the_word_lists_and_freezes_them() -> None:
    lexicon.cache_clear()
    gc.unfreeze()
    try:
        settle()
        assert lexicon.cache_info().currsize == 1
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_the_warm_up_text_touches_every_kind_of_identifier() -> None:
    kinds = {span.kind for span in find_spans(WARM_UP)}
    assert {"name", "address", "place", "phone", "iban"} <= kinds


async def test_the_running_bot_settles_right_after_start(tmp_path: Path) -> None:
    harness = await Harness(tmp_path).start()
    application = harness.application
    lexicon.cache_clear()
    gc.unfreeze()
    try:
        assert application.post_init is not None and application.post_stop is not None
        await application.post_init(application)
        await asyncio.wait_for(application.bot_data["settling"], timeout=60)
        assert lexicon.cache_info().currsize == 1
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        await application.post_stop(application)
        await harness.stop()
