"""Load run and start-up time: `reflectbot run` as a process against the loopback fake Bot
API, with many simulated workers each doing a full reflection with pauses between taps.

Reports reply latency (p50, p99: from the update being available to the bot's first
change in that chat), the bot process's CPU time and peak memory (from /proc, Linux),
throughput, and whether every reflection was saved with nothing lost (the crash run's
checks). Pacing is off (`REFLECTBOT_MESSAGES_PER_SECOND=0`), so the figures are the
machine's capacity, not Telegram's 30 messages/s. Start-up: process start to the first
`getUpdates`, several times.

`python -m benchmarks.load [--workers 1000] [--pause 0.5 3.0] [--startups 5]`
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.record import emit
from tests.fakes.http_api import LoopbackApi
from tests.reliability.crash import UNPACED, check
from tests.reliability.driver import Drive, percentile, run_on, start_bot, walkers

TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class LoadFigures:
    workers: int
    seconds: float
    updates: int
    p50_ms: float
    p99_ms: float
    cpu_s: float
    peak_mb: float
    problems: list[str]

    @property
    def updates_per_s(self) -> float:
        return self.updates / self.seconds


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def load_run(data_dir: Path, workers: int, pause: tuple[float, float],
             seed: int = 3) -> LoadFigures:  # fmt: skip
    server = LoopbackApi()
    process = start_bot(data_dir, server.url, environ=UNPACED)
    try:
        server.wait_for(lambda api: "getUpdates" in api.first_call_at, timeout=30)
        drive = Drive(server.run(lambda api: api), walkers(workers, seed), pause=pause,
                      patience=60.0)  # fmt: skip
        started = time.monotonic()
        run_on(server, drive).result(timeout=3600)
        seconds = time.monotonic() - started
        cpu, peak = cpu_seconds(process.pid), peak_mb(process.pid)
        problems = check(data_dir, server, drive)
        latencies = [x for w in drive.walkers for x in w.latencies]
        return LoadFigures(workers, seconds, len(latencies), 1000 * percentile(latencies, 0.5),
                           1000 * percentile(latencies, 0.99), cpu, peak, problems)  # fmt: skip
    finally:
        process.terminate()
        process.wait(30)
        server.close()


def startup_seconds(data_dir: Path) -> float:
    """From starting the process to its first long poll."""
    server = LoopbackApi()
    started = time.monotonic()
    process = start_bot(data_dir, server.url)
    try:
        first = server.wait_for(lambda api: api.first_call_at.get("getUpdates"), timeout=30)
        return float(first) - started
    finally:
        process.terminate()
        process.wait(30)
        server.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=1000)
    parser.add_argument(
        "--pause",
        type=float,
        nargs=2,
        default=(5.0, 25.0),
        help="seconds between taps, drawn uniformly (a person reading and tapping)",
    )
    parser.add_argument("--startups", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        times = [startup_seconds(Path(folder)) for _ in range(args.startups)]
    spread = f"min {min(times):.2f}, max {max(times):.2f}, {len(times)} runs"
    print(f"start-up to first getUpdates: median {statistics.median(times):.2f} s ({spread}; "
          "target < 1.5 s)")  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        f = load_run(Path(folder), args.workers, tuple(args.pause))
    print(f"load: {f.workers} workers, {f.updates} answers in {f.seconds:.0f} s "
          f"({f.updates_per_s:.0f}/s); reply latency p50 {f.p50_ms:.0f} ms, p99 {f.p99_ms:.0f} ms; "
          f"bot CPU {f.cpu_s:.0f} s ({100 * f.cpu_s / f.seconds:.0f} % of one core); "
          f"peak memory {f.peak_mb:.0f} MB; problems: {f.problems or 'none'}")  # fmt: skip
    emit("load", startup_s=statistics.median(times), workers=f.workers, seconds=f.seconds,
         answers=f.updates, answers_per_s=f.updates_per_s, p50_ms=f.p50_ms, p99_ms=f.p99_ms,
         cpu_share=f.cpu_s / f.seconds, peak_mb=f.peak_mb, problems=len(f.problems))  # fmt: skip
    if f.problems:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
