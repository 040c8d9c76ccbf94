"""The crash run: workers reflect while `reflectbot run` is SIGKILLed at random moments and
restarted on the same data dir; then the database must hold exactly what was promised.

`python -m tests.reliability.crash --workers 20 --kills 30` is the long run (`make bench`);
tests/reliability/test_crash.py runs a short one in CI.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.record import emit
from bot.app import build_core
from bot.privacy.pseudonym import load_keyring
from tests.fakes.http_api import LoopbackApi
from tests.reliability.driver import Drive, acknowledged, run_on, start_bot, walkers

DB = "reflectbot.sqlite3"
UNPACED = {"REFLECTBOT_MESSAGES_PER_SECOND": "0"}
"""The fake API has no 30 messages/s limit: pacing off keeps the run short."""


@dataclass
class CrashReport:
    workers: int
    kills: int
    seconds: float
    entries: int
    retries: int
    problems: list[str]


def step_keys_by_text() -> dict[str, str]:
    """Each question's Dutch text → its step key, to read acknowledgements back."""
    registry, translator, _ = build_core()
    dialogue = registry.latest("post_contact").dialogue
    return {translator.gettext("nl", s.text): s.key for s in dialogue.steps}


def check(data_dir: Path, server: LoopbackApi, drive: Drive) -> list[str]:
    """Everything the promise says, as a list of what is wrong (empty: all kept).

    A reflection begun and not answered is no loss: a worker's /reflect sent while the
    bot was down can arrive after its save and open a fresh one, as it would for a person."""
    problems = []
    key = load_keyring(data_dir).current
    texts = step_keys_by_text()
    with sqlite3.connect(data_dir / DB) as db:
        if db.execute("PRAGMA integrity_check").fetchone() != ("ok",):
            problems.append("integrity_check failed")
        sessions = [json.loads(data) for (data,) in db.execute("SELECT data FROM sessions")]
        if left := sum(1 for s in sessions if s["answers"] or s.get("pending_text")):
            problems.append(f"{left} reflections left unfinished")
        entries: dict[str, list[dict[str, object]]] = {}
        for worker, answers in db.execute("SELECT worker, answers FROM entries"):
            entries.setdefault(worker, []).append(json.loads(answers))
    for walker in drive.walkers:
        mine = entries.get(key.pseudonym(f"tg:{walker.chat_id}"), [])
        if len(mine) != 1:
            problems.append(f"worker {walker.chat_id}: {len(mine)} entries, expected 1")
            continue
        asked = server.run(lambda api, w=walker: acknowledged(api, w.chat_id))  # type: ignore[misc]
        for question in asked:
            step = next((k for text, k in texts.items() if text and text in question), None)
            if step is not None and step not in mine[0]:
                problems.append(f"worker {walker.chat_id}: acknowledged {step} is missing")
    return problems


def crash_run(data_dir: Path, workers: int, kills: int, seed: int,
              between: tuple[float, float] = (1.0, 3.0)) -> CrashReport:  # fmt: skip
    rng = random.Random(seed)
    server = LoopbackApi()
    started = time.monotonic()
    process = start_bot(data_dir, server.url, environ=UNPACED)
    try:
        server.wait_for(lambda api: "getUpdates" in api.first_call_at, timeout=30)
        drive = Drive(server.run(lambda api: api), walkers(workers, seed))
        future = run_on(server, drive)
        done = 0
        while done < kills and not future.done():
            time.sleep(rng.uniform(*between))
            process.send_signal(signal.SIGKILL)
            process.wait(10)
            done += 1
            restarted = time.monotonic()
            process = start_bot(data_dir, server.url, environ=UNPACED)
        future.result(timeout=60 + 20 * workers)
        if done:  # stop it only once it runs: a signal during start-up is not a clean stop
            server.wait_for(lambda api: api.last_call_at.get("getUpdates", 0) > restarted, 30)
        process.send_signal(signal.SIGTERM)
        if process.wait(30) != 0:
            raise RuntimeError((data_dir / "bot.log").read_text()[-2000:])
        problems = check(data_dir, server, drive)
        with sqlite3.connect(data_dir / DB) as db:
            (entries,) = db.execute("SELECT count(*) FROM entries").fetchone()
        return CrashReport(workers, done, time.monotonic() - started, entries,
                           sum(w.retries for w in drive.walkers), problems)  # fmt: skip
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
        server.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=20)
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        # kills close together, so that all of them land before the reflections end
        report = crash_run(Path(folder), args.workers, args.kills, args.seed, (0.3, 1.2))
    print(f"crash run: {report.workers} workers, {report.kills} SIGKILLs, "
          f"{report.entries} entries, {report.retries} re-asks, {report.seconds:.0f} s, "
          f"problems: {report.problems or 'none'}")  # fmt: skip
    emit("crash", workers=report.workers, kills=report.kills, seconds=report.seconds,
         problems=len(report.problems))  # fmt: skip
    if report.problems:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
