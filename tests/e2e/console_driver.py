"""Drives `python -m bot chat` as a subprocess: reads the screen up to the prompt, answers."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import ClassVar

OPTION = re.compile(r"^  (\w+)\) (.*)$", re.MULTILINE)
PROMPT = "> "


class ConsoleSession:
    live: ClassVar[list[ConsoleSession]] = []
    """Sessions not yet finished: `tests/e2e/conftest.py` ends them after each test, so a
    failed test leaves no running process and no open pipe behind for a later test."""

    def __init__(self, data_dir: Path, *args: str, env: dict[str, str] | None = None) -> None:
        environ = {
            key: value for key, value in os.environ.items() if not key.startswith("REFLECTBOT_")
        }
        environ.update({"REFLECTBOT_DATA_DIR": str(data_dir), "PYTHONUNBUFFERED": "1"})
        environ.update(env or {})
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "chat", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=data_dir,
            env=environ,
            text=True,
            encoding="utf-8",
        )
        self.transcript = ""
        ConsoleSession.live.append(self)

    def close(self) -> None:
        """End the process if it still runs and close its pipes."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate(timeout=20)

    def screen(self, timeout: float = 20.0) -> str:
        """Everything printed since the last answer, up to and including the next prompt."""
        assert self.process.stdout is not None
        seen = ""
        deadline = time.monotonic() + timeout
        while not seen.endswith(PROMPT):
            if time.monotonic() > deadline:
                raise TimeoutError(seen[-500:])
            char = self.process.stdout.read(1)
            if char == "":
                break
            seen += char
        self.transcript += seen
        return seen

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def options(self, screen: str) -> dict[str, str]:
        """Label -> key of the options on the last question of the screen."""
        return {label: key for key, label in OPTION.findall(screen)}

    def to_first_text_question(self) -> str:
        """Start the short reflection and answer every choice until the first free-text
        question, whose screen is returned (the show-back tests start there)."""
        self.screen()
        self.send("1")
        screen = self.screen()
        for _ in range(40):
            if "Typ je antwoord" in screen:
                return screen
            self.send(self.answer(screen, "-", "✓ Bewaren", "Klaar"))
            screen = self.screen()
        raise AssertionError("no free-text question within 40 screens")

    def save_and_quit(self, screen: str) -> None:
        """Keep the shown answer, quit, and check that the console ended cleanly."""
        self.send(self.options(screen)["✓ Bewaren"])
        self.screen()
        self.send("q")
        code, errors = self.finish()
        assert code == 0, errors

    def answer(self, screen: str, text: str, keep: str, done: str) -> str:
        """What a worker would type: keep/save, finish ticks, the first option, or text."""
        options = self.options(screen)
        for label, key in options.items():
            if label == keep:
                return key
        if "☐" in screen or "☑" in screen:
            if "☑" in screen:
                return options[done]
            return "1"
        numbered = [k for k in options.values() if k.isdigit()]
        return "1" if numbered else text

    def interrupt(self) -> None:
        self.process.send_signal(signal.SIGINT)

    def finish(self, timeout: float = 20.0) -> tuple[int, str]:
        rest, errors = self.process.communicate(timeout=timeout)
        self.transcript += rest
        return self.process.returncode, errors
