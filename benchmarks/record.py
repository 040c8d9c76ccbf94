"""Benchmarks hand their key figures to `make bench` (benchmarks/all.py) through here.

When `BENCH_RECORD` names a file, `emit` appends one JSON line to it; otherwise it does
nothing, so every benchmark still runs on its own and only prints its tables.
"""

from __future__ import annotations

import json
import os
from pathlib import Path


def emit(bench: str, **figures: float) -> None:
    target = os.environ.get("BENCH_RECORD")
    if target:
        with Path(target).open("a", encoding="utf-8") as handle:
            handle.write(json.dumps({"bench": bench, **figures}) + "\n")
