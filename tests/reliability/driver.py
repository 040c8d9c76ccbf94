"""Many workers at once against `reflectbot run` over the loopback fake Bot API.

Each worker is a task on the fake's own event loop: it acts like a person on a phone
(consents, starts a reflection, answers whatever is asked, saves), waits for the bot's
reply, and when none comes (the bot was killed) asks again with /reflect, as a person
would. Shared by the crash test (tests/reliability) and the load benchmark (benchmarks).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.fakes.http_api import LoopbackApi
from tests.fakes.telegram_api import BOT, TOKEN, FakeTelegram

SAVED = "Bewaard"
ENDED = "Je vorige reflectie is afgelopen"
"""After a kill between a save and its receipt, /reflect says the last one ended."""
ACK = "✓ "
AGREE = "✓ Ik ga akkoord"


def start_bot(data_dir: Path, url: str, *extra: str, level: str = "WARNING",
              environ: dict[str, str] | None = None) -> subprocess.Popen[bytes]:  # fmt: skip
    """`reflectbot run` as its own process, logging to data_dir/bot.log.

    Without coverage tracing: a SIGKILLed process cannot write its coverage anyway, and
    tracing would slow the bot unevenly in runs whose timing matters."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("REFLECTBOT_", "COVERAGE_", "COV_CORE_"))}  # fmt: skip
    env.update({"REFLECTBOT_TOKEN": TOKEN, "REFLECTBOT_API_URL": url,
                "REFLECTBOT_DATA_DIR": str(data_dir), "REFLECTBOT_LOG_LEVEL": level,
                **(environ or {})})  # fmt: skip
    with (data_dir / "bot.log").open("a") as log:
        return subprocess.Popen([sys.executable, "-m", "bot", "run", *extra], cwd=data_dir,
                                env=env, stdout=log, stderr=subprocess.STDOUT)  # fmt: skip


@dataclass
class Walker:
    user: dict[str, Any]
    rng: random.Random
    latencies: list[float] = field(default_factory=list)
    retries: int = 0
    saved: bool = False

    @property
    def chat_id(self) -> int:
        return int(self.user["id"])


def bot_messages(api: FakeTelegram, chat_id: int) -> list[dict[str, Any]]:
    return [m for m in api.chat(chat_id) if m["from"]["id"] == BOT["id"]]


def _question(api: FakeTelegram, chat_id: int) -> dict[str, Any] | None:
    """The newest message with buttons: the window (a person looks at the bottom)."""
    asking = [m for m in bot_messages(api, chat_id) if m.get("reply_markup")]
    return asking[-1] if asking else None


def _labels(message: dict[str, Any]) -> list[str]:
    return [b["text"] for row in message["reply_markup"]["inline_keyboard"] for b in row]


@dataclass
class Drive:
    """The workers, their pauses and patience; `run` returns when every one has saved."""

    api: FakeTelegram
    walkers: list[Walker]
    pause: tuple[float, float] = (0.0, 0.05)
    patience: float = 3.0
    """Seconds without a reply before the worker sends /reflect again, unless the bot is
    visibly at work (calling the API for others): a person waits while it is slow."""
    give_up: float = 120.0
    """Seconds after which a worker asks again however busy the bot looks."""

    async def _act(self, walker: Walker, action: Callable[[], object]) -> bool:
        """Do something and wait until the bot answers in this chat (a new message or an
        edit); False when nothing came. Acting and choosing what to do happen without a
        pause between them, so a button cannot vanish in between."""
        event, changes = self.api.activity[walker.chat_id], self.api.changes[walker.chat_id]
        before = len(changes)
        event.clear()
        started = time.monotonic()
        sent = action()
        deadline = started + self.patience
        while len(changes) <= before:
            now = time.monotonic()
            left = deadline - now
            if left <= 0:
                if not self._waiting(sent, now) or now - started > self.give_up:
                    walker.retries += 1
                    return False
                deadline, left = now + 0.5, 0.5
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), left)
            event.clear()
        walker.latencies.append(changes[before] - started)
        await self._settle(walker)
        return True

    def _waiting(self, sent: object, now: float) -> bool:
        """Whether a person would still wait for an answer to `sent`: the bot has not yet
        taken it (it is down, or behind: it gets it when it polls), or it is visibly at work
        (called the API in the last second). A taken update with an idle bot was lost in a
        kill: then the worker asks again. Asking again while the bot is down or catching up
        only lengthens its queue: on a slow machine the run never ended."""
        if any(update is sent for update in self.api.updates):
            return True
        if isinstance(sent, dict) and sent.get("callback_query", {}).get("id") in self.api.toasts:
            return False  # a toast was the whole answer: "That question is closed"
        calls = self.api.last_call_at
        return any(at > now - 1.0 for method, at in calls.items() if method != "getUpdates")

    async def _settle(self, walker: Walker) -> None:
        """A reply can be several messages: wait until the chat is quiet for a moment."""
        event = self.api.activity[walker.chat_id]
        while True:
            event.clear()
            try:
                await asyncio.wait_for(event.wait(), 0.15)
            except TimeoutError:
                return

    def _say(self, walker: Walker, text: str) -> Callable[[], object]:
        return lambda: self.api.send_text(walker.user, text)

    def _press(self, walker: Walker, message: dict[str, Any], label: str) -> Callable[[], object]:
        return lambda: self.api.press(walker.user, message["message_id"], label)

    async def _begin(self, walker: Walker) -> None:
        while not await self._act(walker, self._say(walker, "/start")):
            pass
        while True:
            consent = _question(self.api, walker.chat_id)
            if consent is not None and AGREE in _labels(consent):
                # Answered, or only a toast: agreed before a kill took the keyboard off.
                # `walk` goes on with /reflect, and presses again if consent is asked anew.
                await self._act(walker, self._press(walker, consent, AGREE))
                return
            if consent is not None or await self._act(walker, self._say(walker, "/start")):
                return

    async def walk(self, walker: Walker) -> None:
        await self._begin(walker)
        await self._act(walker, self._say(walker, "/reflect"))
        while not walker.saved:
            texts = [m.get("text", "") for m in bot_messages(self.api, walker.chat_id)]
            if any(t.startswith((SAVED, ENDED)) for t in texts):
                walker.saved = True
                return
            await asyncio.sleep(walker.rng.uniform(*self.pause))  # reading, thinking, tapping
            question = _question(self.api, walker.chat_id)
            if question is None or not await self._act(walker, self._answer(walker, question)):
                await self._act(walker, self._say(walker, "/reflect"))

    def _answer(self, walker: Walker, question: dict[str, Any]) -> Callable[[], object]:
        labels = _labels(question)
        if AGREE in labels:  # asked anew, or a late copy: then a toast, and /reflect follows
            return self._press(walker, question, AGREE)
        if "✓ Bewaren" in labels:
            return self._press(walker, question, "✓ Bewaren")
        if any(label.startswith("☑") for label in labels):
            return self._press(walker, question, "Klaar")
        if any(label.startswith("☐") for label in labels):
            return self._press(walker, question, walker.rng.choice(
                [label for label in labels if label.startswith("☐")]))  # fmt: skip
        if "Typ je antwoord" in question.get("text", ""):
            return self._say(walker, f"Ze nam zelf het woord bij de huisbaas ({walker.chat_id}).")
        choices = [label for label in labels if not label.startswith(("←", "✗", "✎"))]
        return self._press(walker, question, walker.rng.choice(choices or labels))

    async def run(self) -> None:
        await asyncio.gather(*(self.walk(w) for w in self.walkers))


def walkers(count: int, seed: int, first_id: int = 10_000) -> list[Walker]:
    return [Walker({"id": first_id + n, "is_bot": False, "first_name": "Worker",
                    "language_code": "nl"}, random.Random(seed * 100_003 + n))
            for n in range(count)]  # fmt: skip


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def acknowledged(api: FakeTelegram, chat_id: int) -> list[str]:
    """Questions the bot confirmed as answered: the window showed a question, then "✓
    answer" on its top line; returns the question texts."""
    shown = api.shown[chat_id]
    return [shown[i - 1] for i in range(1, len(shown)) if shown[i].startswith(ACK)]


def run_on(server: LoopbackApi, drive: Drive) -> Any:
    """Start the drive on the fake's loop; returns a concurrent future."""
    return asyncio.run_coroutine_threadsafe(drive.run(), server.loop)
