"""The reports benchmark runs (it once called an export function that no longer existed,
and nothing noticed until someone wanted its figures)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.reports import measure


async def test_the_reports_benchmark_measures_a_small_team(tmp_path: Path) -> None:
    figures = await measure(300, tmp_path)
    assert figures["xlsx_rows"] > 0, "shared reflections were exported"
    assert (tmp_path / "pack.csv").stat().st_size > (tmp_path / "base.csv").stat().st_size / 10
    assert all(figures[k] > 0 for k in ("csv_s", "csv_baseline_s", "xlsx_s", "xlsx_peak_mb"))
