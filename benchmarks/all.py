"""`make bench`: every benchmark, several runs where they are quick, and the figures table
in docs/performance.md rewritten with the median and spread (min–max) of this run.

Each benchmark runs as its own process (one cannot warm the next); its printed tables go
to the terminal as usual, and its key figures come back through `benchmarks.record`.
`python -m benchmarks.all [--runs 3] [--quick]` (quick: small sizes, for a try).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
BENCH_PYTHON = ROOT / ".venv-bench" / "bin" / "python"

# (bench key, figure, label, unit, scale, target)
ROWS = (
    ("engine", "step_us", "engine step (median)", "µs", 1, "< 200 µs"),
    ("engine", "sqlite_step_us", "engine step with the SQLite commit", "µs", 1, "< 1000 µs"),
    ("engine", "session_kb", "memory per session in progress", "KB", 1, "< 20 KB"),
    ("updates", "ours_ms", "time per update through the Application", "ms", 1, "-"),
    ("updates", "ratio", "… against a bare python-telegram-bot echo", "x", 1, "≤ 2x"),
    ("updates", "peer_ratio", "… against a ConversationHandler peer (median)", "x", 1, "≤ 1.5x"),
    ("updates", "p99_peer_ratio", "… against the peer (p99)", "x", 1, "≤ 2x"),
    ("updates", "cpu_ratio", "bot's own CPU per full reflection, ÷ peer", "x", 1, "≤ 2x"),
    ("updates", "limited_ratio", "calls against 30/s per reflection, ÷ peer", "x", 1, "≤ 1.2x"),
    ("updates", "press_calls", "Bot API calls per button answer (most)", "", 1, "≤ 2"),
    ("updates", "typed_calls", "Bot API calls per typed answer (most)", "", 1, "≤ 3"),
    ("updates", "left_bot", "bot messages left after a saved reflection", "", 1, "≤ 1"),
    ("updates", "left_worker", "worker messages left after a saved reflection", "", 1, "0"),
    ("scrub", "recall", "scrubber recall, held-out set", "", 1, "-"),
    ("scrub", "precision", "scrubber precision, held-out set", "", 1, "-"),
    ("scrub", "sentences_per_s", "scrubber throughput, one core (best of 5)", "/s", 1, "≥ 5,000"),
    ("scrub", "presidio_per_s", "… Presidio's pattern recognisers, same rounds", "/s", 1, "-"),
    ("scrub", "presidio_ratio", "… scrubber ÷ Presidio (median of 5 rounds)", "x", 1, "-"),
    ("scrub", "startup_s", "scrubber start-up (CPU, best of 3)", "s", 1, "< 0.5 s"),
    ("scrub", "startup_compiled_s", "… as installed (bytecode compiled)", "s", 1, "-"),
    ("reports_100000", "summary_all_s", "team summary, 100,000 entries", "s", 1, "-"),
    ("reports_100000", "csv_ratio", "CSV export ÷ sqlite3 dump, 100,000", "x", 1, "≤ 2x"),
    ("reports_10000", "xlsx_s", "XLSX export (xlsxwriter), 10,000 entries", "s", 1, "< 5 s"),
    ("reports_10000", "xlsx_cpu_s", "… its CPU time", "s", 1, "-"),
    ("reports_100000", "xlsx_s", "XLSX export (xlsxwriter), 100,000 entries", "s", 1, "-"),
    ("reports_100000", "xlsx_peak_mb", "XLSX export peak memory, 100,000", "MB", 1, "bounded"),
    ("reports_1000000", "summary_all_s", "team summary, 1,000,000 entries", "s", 1, "< 1 s"),
    ("reports_1000000", "csv_ratio", "CSV export ÷ sqlite3 dump, 1,000,000", "x", 1, "≤ 2x"),
    ("load", "startup_s", "start-up to the first getUpdates", "s", 1, "< 1.5 s"),
    ("load", "answers_per_s", "load run: answers handled per second", "/s", 1, "-"),
    ("load", "p50_ms", "load run: reply latency p50", "ms", 1, "-"),
    ("load", "p99_ms", "load run: reply latency p99", "ms", 1, "-"),
    ("load", "cpu_share", "load run: bot CPU, share of one core", "%", 100, "-"),
    ("load", "peak_mb", "load run: bot peak memory", "MB", 1, "-"),
    ("load", "problems", "load run: lost or duplicated answers", "", 1, "0"),
    ("crash", "kills", "crash run: SIGKILLs survived", "", 1, "≥ 30"),
    ("crash", "problems", "crash run: promises broken", "", 1, "0"),
)


def plan(runs: int, quick: bool) -> list[tuple[str, list[str], int]]:
    """(name, command, how many runs)."""
    py = [sys.executable, "-m"]
    bench_py = [str(BENCH_PYTHON) if BENCH_PYTHON.exists() else sys.executable, "-m"]
    sizes = ["10000", "100000"] if quick else ["10000", "100000", "1000000"]
    return [
        ("engine", [*py, "benchmarks.engine"], runs),
        ("updates", [*py, "benchmarks.updates"], runs),
        ("scrub", [*bench_py, "benchmarks.scrub"], runs),
        ("reports", [*py, "benchmarks.reports", "--sizes", *sizes], 1),
        ("load", [*py, "benchmarks.load", *(["--workers", "100"] if quick else [])], 1),
        ("crash", [*py, "tests.reliability.crash", "--kills", "5" if quick else "30"], 1),
    ]


def digits_for(values: list[float]) -> int:
    """Whole numbers as they are; otherwise about three significant digits."""
    if all(float(v).is_integer() for v in values):
        return 0
    largest = max(abs(v) for v in values)
    return 3 if largest < 1 else 2 if largest < 10 else 1 if largest < 100 else 0


def cell(values: list[float], unit: str, scale: float) -> tuple[str, str]:
    scaled = [v * scale for v in values]
    digits = digits_for(scaled)
    median = f"{statistics.median(scaled):,.{digits}f} {unit}".strip()
    spread = f"{min(scaled):,.{digits}f}–{max(scaled):,.{digits}f}" if len(scaled) > 1 else "1 run"
    return median, spread


def table(results: dict[str, list[dict[str, float]]]) -> str:
    machine = (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
               f"Python {platform.python_version()}")  # fmt: skip
    lines = [f"Latest `make bench`: {date.today().isoformat()}, {machine}.", "",
             "| figure | median | spread (min–max) | target |", "|---|---|---|---|"]  # fmt: skip
    for key, figure, label, unit, scale, target in ROWS:
        values = [r[figure] for r in results.get(key, []) if figure in r]
        if values:
            median, spread = cell(values, unit, scale)
            lines.append(f"| {label} | {median} | {spread} | {target} |")
        else:
            lines.append(f"| {label} | not measured | - | {target} |")
    return "\n".join(lines)


def rewrite(doc: Path, block: str) -> None:
    text = doc.read_text(encoding="utf-8")
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    doc.write_text(f"{head}{START}\n{block}\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    results: dict[str, list[dict[str, float]]] = defaultdict(list)
    with tempfile.TemporaryDirectory() as folder:
        record = Path(folder) / "figures.jsonl"
        env = {**os.environ, "BENCH_RECORD": str(record)}
        for name, command, runs in plan(args.runs, args.quick):
            for number in range(runs):
                print(f"\n== {name} ({number + 1}/{runs})", flush=True)
                done = subprocess.run(command, cwd=ROOT, env=env, check=False)
                if done.returncode != 0:
                    print(f"!! {name} exited with {done.returncode}", flush=True)
        for line in record.read_text(encoding="utf-8").splitlines() if record.exists() else []:
            figures = json.loads(line)
            results[figures.pop("bench")].append(figures)
    block = table(results)
    rewrite(DOC, block)
    print(f"\n{block}\n\n(written to {DOC.relative_to(ROOT)})")


if __name__ == "__main__":
    main()
