"""Nothing a worker typed is lost: 20 workers, 5 SIGKILLs at random moments, restarts on
the same data dir; every reflection complete, every acknowledged answer kept, one entry
per worker, an intact database."""

from __future__ import annotations

from pathlib import Path

from tests.reliability.crash import crash_run


def test_sigkills_lose_nothing(tmp_path: Path) -> None:
    report = crash_run(tmp_path, workers=20, kills=5, seed=7)
    assert report.kills == 5, "the reflections must outlast five kills"
    assert report.problems == []
    assert report.entries == 20
