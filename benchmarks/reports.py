"""Reports benchmark: a team summary and supervision exports over many entries.

One team holds all the synthetic entries (the worst case: nothing is filtered away by
team). Beside the CSV export, in the same run: the `sqlite3` module dumping the same
shared rows to CSV. Run with `python -m benchmarks.reports [--sizes 100000 1000000]`.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import sqlite3
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

from benchmarks.record import emit
from bot.app import build_core
from bot.demo import demo_data
from bot.privacy.pseudonym import Keyring, SecretKey
from bot.reports.periods import Period
from bot.reports.summary import team_summary, this_quarter
from bot.storage.sqlite import DB_FILE, SqliteStore
from bot.teams.exports import Exports

KEY = SecretKey(1, bytes(32))
WORKERS = 100


def baseline_csv(database: Path, out: Path, team: int) -> float:
    """The floor: sqlite3 straight to csv, same rows, no codes, no codebook."""
    started = time.perf_counter()
    with sqlite3.connect(database) as db, out.open("w", newline="") as handle:
        writer = csv.writer(handle)
        rows = db.execute("SELECT id, day, dialogue_version, answers, signals FROM entries"
                          " WHERE team_id = ? AND shared = 1 ORDER BY id", (team,))  # fmt: skip
        writer.writerows(rows)
    return time.perf_counter() - started


async def measure(size: int, folder: Path) -> dict[str, float]:
    registry, translator, _ = build_core()
    compiled = registry.latest("post_contact")
    store = await SqliteStore.open(folder, Keyring((KEY,)))
    started = time.perf_counter()
    await demo_data(store, KEY, compiled, teams=1, workers=WORKERS, entries=size // WORKERS)
    filled = time.perf_counter() - started
    team = (await store.teams())[0]
    today = date.today()
    figures = {"fill_s": filled}
    year = (today - timedelta(days=365), today + timedelta(days=1))
    for name, (start, end) in (("summary_quarter_s", this_quarter(today)), ("summary_all_s", year)):
        started = time.perf_counter()
        summary = await team_summary(store, team, start, end)
        figures[name] = time.perf_counter() - started
        assert summary.entries is not None
    start, end = today - timedelta(days=365), today + timedelta(days=1)
    exports = Exports(store, translator, compiled.dialogue, KEY)
    period = Period("bench", start, end)
    started = time.perf_counter()
    await exports.pack_as_operator(team.id, "csv", period, folder / "pack.csv")
    figures["csv_s"] = time.perf_counter() - started
    figures["csv_baseline_s"] = baseline_csv(folder / DB_FILE, folder / "base.csv", team.id)
    if size <= 200_000:
        started, cpu = time.perf_counter(), time.process_time()
        await exports.pack_as_operator(team.id, "xlsx", period, folder / "pack.xlsx")
        figures["xlsx_s"] = time.perf_counter() - started
        figures["xlsx_cpu_s"] = time.process_time() - cpu
        figures["xlsx_rows"] = float(await _shared(store, team.id, start, end))
        tracemalloc.start()  # a second run: tracemalloc slows Python, so it is not timed
        await exports.pack_as_operator(team.id, "xlsx", period, folder / "again.xlsx")
        figures["xlsx_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    await store.close()
    return figures


async def _shared(store: SqliteStore, team: int, start: date, end: date) -> int:
    """How many rows the export holds (only shared entries are exported)."""
    return len(await store.shared_rows(team, start, end, 0, 10_000_000))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args(argv)
    print(
        "| entries | fill | summary, quarter | summary, all | CSV export | sqlite3 CSV dump "
        "| ratio | XLSX export (wall / CPU, rows) | XLSX peak memory |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            f = asyncio.run(measure(size, Path(folder)))
        emit(f"reports_{size}", csv_ratio=f["csv_s"] / f["csv_baseline_s"], **f)
        xlsx = (f"{f['xlsx_s']:.1f} s / {f['xlsx_cpu_s']:.1f} s, {f['xlsx_rows']:,.0f} rows | "
                f"{f['xlsx_peak_mb']:.0f} MB" if "xlsx_s" in f else "- | -")  # fmt: skip
        print(
            f"| {size:,} | {f['fill_s']:.0f} s | {f['summary_quarter_s']:.2f} s | "
            f"{f['summary_all_s']:.2f} s | {f['csv_s']:.1f} s | {f['csv_baseline_s']:.1f} s | "
            f"{f['csv_s'] / f['csv_baseline_s']:.1f}x | {xlsx} |"
        )
    print(
        "targets: summary over 1,000,000 under 1 s; CSV at most 2x the dump; "
        "XLSX (xlsxwriter, constant memory) of 10,000 under 5 s with bounded memory"
    )


if __name__ == "__main__":
    main()
