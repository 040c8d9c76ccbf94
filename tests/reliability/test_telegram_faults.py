"""Telegram misbehaving over real HTTP: 429 with retry_after, 500 and 502, a hang past the
client's time-out, dropped connections, updates delivered twice. `reflectbot run` keeps
serving the other workers meanwhile, every reflection is saved once, and it never crashes.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.fakes.http_api import LoopbackApi
from tests.fakes.telegram_api import Fault
from tests.reliability.crash import UNPACED, check
from tests.reliability.driver import Drive, percentile, run_on, start_bot, walkers

HANG = 9.0
"""Longer than python-telegram-bot's 5 s read time-out."""


def test_faults_slow_nobody_else_and_lose_nothing(tmp_path: Path) -> None:
    server = LoopbackApi()
    crowd = walkers(6, seed=11)
    slow = crowd[0]
    server.run(lambda api: api.faults.extend([
        Fault("sendMessage", delay=HANG, chat_id=slow.chat_id, times=1),
        Fault("sendMessage", status=429, retry_after=1, times=3),
        Fault("editMessageText", status=500, times=2),
        Fault("sendMessage", status=502, times=2),
        Fault("sendMessage", timeout=True, times=3),  # the connection drops, no answer
        Fault("answerCallbackQuery", timeout=True, times=2),
    ]))  # fmt: skip
    server.run(lambda api: setattr(api, "duplicate_every", 7))
    process = start_bot(tmp_path, server.url, environ=UNPACED)
    try:
        server.wait_for(lambda api: "getUpdates" in api.first_call_at, timeout=30)
        drive = Drive(server.run(lambda api: api), crowd, patience=HANG + 6)
        run_on(server, drive).result(timeout=240)
        assert process.poll() is None, "the bot is still running"
        assert server.run(lambda api: [f for f in api.faults if f.times]) == [], "all faults hit"
        others = [x for w in crowd[1:] for x in w.latencies]
        assert percentile(others, 0.99) < HANG / 2, "one worker's hang held nobody else up"
        assert max(slow.latencies) >= 5.0, "the slow worker did meet the hang"
        assert check(tmp_path, server, drive) == []
    finally:
        process.terminate()
        assert process.wait(30) == 0, (tmp_path / "bot.log").read_text()[-2000:]
        server.close()
    log = (tmp_path / "bot.log").read_text()
    assert "Traceback" not in log


def test_an_unreachable_bot_api_is_logged_in_one_line_and_stop_still_works(
    tmp_path: Path,
) -> None:
    """Telegram gone (network down): each failed poll is one warning, SIGTERM still stops
    the bot promptly, and no traceback reaches the log (PTB's own shutdown poll included)."""
    server = LoopbackApi()
    process = start_bot(tmp_path, server.url, level="INFO")
    try:
        server.wait_for(lambda api: "getUpdates" in api.first_call_at, timeout=30)
        server.close()
        log = tmp_path / "bot.log"
        deadline = time.monotonic() + 20
        while "outside any update failed: NetworkError" not in log.read_text():
            assert time.monotonic() < deadline, log.read_text()[-2000:]
            time.sleep(0.2)
    finally:
        process.terminate()
        assert process.wait(30) == 0
    text = log.read_text()
    assert "Traceback" not in text and "The above exception" not in text, text[-2000:]
    assert "update None" not in text
