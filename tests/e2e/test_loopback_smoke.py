"""Smoke test over real HTTP: `reflectbot run` as a process against a loopback fake Bot API,
killed with SIGKILL mid-reflection, restarted, and finished with nothing lost."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.telegram_harness import PROGRESS
from tests.fakes.http_api import LoopbackApi
from tests.fakes.telegram_api import BOT, TOKEN, FakeTelegram

QUIET = 0.5
"""Seconds without a Bot API call after which the bot has answered: a busy machine (a CI
runner shared with other jobs) can pause the bot's process for more than a tenth."""
ANSWER_WAIT = 60.0
"""Seconds a worker waits for the bot's answer: on a machine at load 6+ the first answer
after a start once took more than 20 s (nothing was lost; the test only waited too little)."""
ANN = {"id": 701, "is_bot": False, "first_name": "Worker", "language_code": "nl"}


@pytest.fixture
def loopback() -> Iterator[LoopbackApi]:
    server = LoopbackApi()
    yield server
    server.close()


def start_bot(data_dir: Path, url: str) -> subprocess.Popen[bytes]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("REFLECTBOT_")}
    environ.update(
        {
            "REFLECTBOT_TOKEN": TOKEN,
            "REFLECTBOT_API_URL": url,
            "REFLECTBOT_DATA_DIR": str(data_dir),
            "REFLECTBOT_LOG_LEVEL": "WARNING",
            "PYTHONFAULTHANDLER": "1",
        }
    )
    with (data_dir / "bot.log").open("a") as log:
        return subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=data_dir, env=environ,
                                stdout=log, stderr=subprocess.STDOUT)  # fmt: skip


def stopped(process: subprocess.Popen[bytes], log: Path) -> int:
    """SIGTERM, as an operator stops the bot; if it has not ended after 30 s, SIGABRT makes
    faulthandler (PYTHONFAULTHANDLER) write every thread's stack to the log, and the test
    fails with that log rather than with a bare timeout."""
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(30)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGABRT)
        process.wait(10)
        pytest.fail(f"the bot did not stop on SIGTERM within 30 s; its log:\n{log.read_text()}")


def bot_messages(api: FakeTelegram) -> list[dict[str, Any]]:
    return [dict(m) for m in api.chat(ANN["id"]) if m["from"]["id"] == BOT["id"]]


class Worker:
    """A worker on a phone: acts, then waits until the bot has answered."""

    def __init__(self, server: LoopbackApi) -> None:
        self.server = server

    def _count(self) -> int:
        """Calls other than polling: what the bot did."""
        return self.server.run(lambda api: sum(1 for c in api.calls if c[0] != "getUpdates"))

    def _settle(self, before: int) -> None:
        """Wait until the bot acted, then until it has been quiet for a moment."""
        self.server.wait_for(lambda api: self._count_in(api) > before, timeout=ANSWER_WAIT)
        seen, quiet_since = self._count(), time.monotonic()
        while time.monotonic() - quiet_since < QUIET:
            time.sleep(0.03)
            if (now := self._count()) != seen:
                seen, quiet_since = now, time.monotonic()

    @staticmethod
    def _count_in(api: FakeTelegram) -> int:
        return sum(1 for c in api.calls if c[0] != "getUpdates")

    def say(self, text: str) -> None:
        before = self._count()
        self.server.run(lambda api: api.send_text(ANN, text))
        self._settle(before)

    def press(self, label: str) -> None:
        before = self._count()
        message_id = self.question()["message_id"]
        self.server.run(lambda api: api.press(ANN, message_id, label))
        self._settle(before)

    def question(self) -> dict[str, Any]:
        asking = [m for m in self.server.run(bot_messages) if m.get("reply_markup")]
        return asking[-1]

    def answer(self) -> None:
        question = self.question()
        labels = [b["text"] for row in question["reply_markup"]["inline_keyboard"] for b in row]
        if "✓ Bewaren" in labels:
            self.press("✓ Bewaren")
        elif any(label.startswith("☑") for label in labels):
            self.press("Klaar")
        elif any(label.startswith("☐") for label in labels):
            self.press("☐")
        elif "Typ je antwoord" in question["text"]:
            self.say("Ze nam zelf het woord bij de huisbaas.")
        else:
            self.press(labels[0])

    def texts(self) -> list[str]:
        return [m.get("text", "") for m in self.server.run(bot_messages)]


def test_a_reflection_survives_sigkill(loopback: LoopbackApi, tmp_path: Path) -> None:
    process = start_bot(tmp_path, loopback.url)
    try:
        loopback.wait_for(lambda api: any(c[0] == "getUpdates" for c in api.calls), timeout=30)
        assert loopback.run(lambda api: set(api.commands)) == {"nl", "fr", "en", None}
        worker = Worker(loopback)
        worker.say("/start")
        worker.press("✓ Ik ga akkoord")
        worker.say("/reflect")
        for _ in range(10):
            worker.answer()
        acknowledged = [t for t in loopback.run(lambda api: api.shown[ANN["id"]])
                        if t.startswith("✓ ")]  # fmt: skip
        asked = PROGRESS.split(worker.question()["text"])[-1]
        process.send_signal(signal.SIGKILL)
        process.wait(10)

        polls = loopback.run(lambda api: sum(c[0] == "getUpdates" for c in api.calls))
        process = start_bot(tmp_path, loopback.url)
        # ready when it polls again: its start-up calls are not an answer to /reflect
        loopback.wait_for(
            lambda api: sum(c[0] == "getUpdates" for c in api.calls) > polls, timeout=30
        )
        worker.say("/reflect")
        window = worker.question()["text"]
        assert window.startswith("Welkom terug")
        assert PROGRESS.split(window)[-1] == asked, "the same question, after a SIGKILL"
        for _ in range(80):
            if any("Bewaard" in t for t in worker.texts()[-2:]):
                break
            worker.answer()
        assert any("Bewaard" in t for t in worker.texts())
        assert stopped(process, tmp_path / "bot.log") == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        ((answers,),) = db.execute("SELECT answers FROM entries").fetchall()
        assert db.execute("SELECT count(*) FROM sessions").fetchone() == (0,)
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stored = json.loads(answers)
    assert len(acknowledged) >= 6
    for key in ("contact_kind", "feelings", "presence_room", "equality_stance", "blow_risks"):
        assert key in stored, f"{key} was acknowledged before the kill and must be kept"


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_webhook_mode_checks_the_secret_token(loopback: LoopbackApi, tmp_path: Path) -> None:
    import urllib.error
    import urllib.request

    port = free_port()
    environ = {k: v for k, v in os.environ.items() if not k.startswith("REFLECTBOT_")}
    environ.update({"REFLECTBOT_TOKEN": TOKEN, "REFLECTBOT_API_URL": loopback.url,
                    "REFLECTBOT_DATA_DIR": str(tmp_path), "PYTHONFAULTHANDLER": "1"})  # fmt: skip
    command = [
        sys.executable,
        "-m",
        "bot",
        "run",
        "--webhook-url",
        "https://bot.example.invalid/hook",
        "--listen",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    with (tmp_path / "bot.log").open("a") as log:
        process = subprocess.Popen(command, cwd=tmp_path, env=environ, stdout=log,
                                   stderr=subprocess.STDOUT)  # fmt: skip
    try:
        hook = loopback.wait_for(lambda api: api.webhook or None, timeout=30)
        assert hook["url"] == "https://bot.example.invalid/hook"
        assert len(hook["secret_token"]) >= 32
        update = loopback.run(lambda api: api.send_text(ANN, "/help"))

        def post(secret: str) -> int:
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/hook", data=json.dumps(update).encode(),
                headers={"Content-Type": "application/json",
                         "X-Telegram-Bot-Api-Secret-Token": secret},
            )  # fmt: skip
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    return int(response.status)
            except urllib.error.HTTPError as error:
                return error.code

        deadline = time.monotonic() + 20
        while True:
            try:
                assert post("wrong-secret") == 403
                break
            except (ConnectionError, urllib.error.URLError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        assert post(hook["secret_token"]) == 200
        loopback.wait_for(lambda api: any("/reflect" in (m.get("text") or "")
                                          for m in bot_messages(api)))  # fmt: skip
        assert stopped(process, tmp_path / "bot.log") == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def test_a_refused_token_is_one_line_and_exit_code_2(loopback: LoopbackApi, tmp_path: Path) -> None:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("REFLECTBOT_")}
    other = TOKEN.replace("123456789", "987654321")
    environ.update({"REFLECTBOT_TOKEN": other, "REFLECTBOT_API_URL": loopback.url,
                    "REFLECTBOT_DATA_DIR": str(tmp_path)})  # fmt: skip
    result = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=environ,
                            capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("reflectbot: the Bot API refused")
    assert other not in result.stderr
