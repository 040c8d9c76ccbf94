"""The scrubber's word lists loaded before the first worker types, then kept out of the
garbage collector's way.

Loaded lazily, the lists (hundreds of thousands of words in sets and dicts) cost the first
typed answer about 0.3 s, and every later full collection walks them again: a pause of
about 0.1 s on whichever update is running, and younger collections that land in the
slowest 1 % of updates (#14, `docs/performance.md`). Loaded once in the background after
start-up (`bot.telegram.runner`) and frozen (`gc.freeze`), they are never walked again.
"""

from __future__ import annotations

import asyncio
import gc

from bot.privacy.lazy_patterns import compile_all
from bot.privacy.scrub import find_spans

WARM_UP = "mevrouw Peeters, Kerkstraat 12, 2140 Borgerhout, 0470 12 34 56, BE71 0961 2345 6769"
"""Touches every lazily loaded part: word lists, gazetteers, phone and number checks."""


def settle() -> None:
    """Load everything the scrubber loads lazily (word lists, and every regular expression,
    compiled at first use otherwise), then move all live objects out of the collector's
    generations (they live as long as the process)."""
    _load()
    _freeze()


def _load() -> None:
    find_spans(WARM_UP)
    compile_all()


async def settle_beside(loop: asyncio.AbstractEventLoop) -> None:
    """`settle` for a running bot: the slow loading in a worker thread, the collection and
    the freeze back on the loop's own thread.

    A full collection run from a worker thread finalises whatever the loop's thread left
    behind (old loops, sockets, futures) from the wrong thread; one test run hung waiting
    for a wake-up that never came. On the loop's thread it is an ordinary collection.
    """
    await loop.run_in_executor(None, _load)
    _freeze()


def _freeze() -> None:
    gc.collect()
    gc.freeze()
