"""The scrubber's word lists loaded before the first worker types, then kept out of the
garbage collector's way.

Loaded lazily, the lists (hundreds of thousands of words in sets and dicts) cost the first
typed answer about 0.3 s, and every later full collection walks them again: a pause of
about 0.1 s on whichever update is running, and younger collections that land in the
slowest 1 % of updates (#14, `docs/performance.md`). Loaded once in the background after
start-up (`bot.telegram.runner`) and frozen (`gc.freeze`), they are never walked again.
"""

from __future__ import annotations

import gc

from bot.privacy.scrub import find_spans

WARM_UP = "mevrouw Peeters, Kerkstraat 12, 2140 Borgerhout, 0470 12 34 56, BE71 0961 2345 6769"
"""Touches every lazily loaded part: word lists, gazetteers, phone and number checks."""


def settle() -> None:
    """Load everything the scrubber loads lazily, then move all live objects out of the
    collector's generations (they live as long as the process)."""
    find_spans(WARM_UP)
    gc.collect()
    gc.freeze()
