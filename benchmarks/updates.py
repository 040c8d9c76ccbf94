"""Full reflections through the real Application: reflectbot beside a peer and an echo.

Three bots on the same strict fake transport, driven by the same simulated worker, in one
run, without the 30 messages/s rate limiter (handler cost, not Telegram's limit):

- echo: a bare python-telegram-bot handler answering each text with one `sendMessage`;
- peer: a reflection bot built the usual way, python-telegram-bot's `ConversationHandler`
  with `PicklePersistence`, 15 questions, and per press: answer the button, edit the
  question into its "✓ answer" record, send the next question (no database commit);
- reflectbot: our handlers, engine and SQLite, every answer committed before the reply.

Per full reflection: Bot API calls by method, new messages, edits, messages left in the
chat (the bot's and the worker's), CPU; per update the median and p99 time, as ratios to
the echo and the peer. Run with `python -m benchmarks.updates [--reflections N]`.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    ContextTypes,
    MessageHandler,
    PicklePersistence,
    filters,
)

from benchmarks.peer import peer_handlers
from benchmarks.record import emit
from bot.app import build_app
from bot.config import Secret, Settings
from bot.privacy.warm import settle
from bot.telegram.lean_updates import lean
from bot.telegram.runner import build_application
from tests.e2e.telegram_harness import FAKE_URL
from tests.fakes.request import FakeRequest
from tests.fakes.telegram_api import BOT, TOKEN, FakeTelegram

TYPED_ANSWER = "Ze zorgt goed voor haar kinderen."
SAVED = ("Bewaard", "Saved")
UNLIMITED = "answerCallbackQuery"
"""The one call that does not count against Telegram's 30 messages per second."""
Context = ContextTypes.DEFAULT_TYPE


def worker_action(api: FakeTelegram, user: dict[str, Any]) -> dict[str, Any] | None:
    """The simulated worker: on the newest message with buttons, save or keep when offered,
    close a multi-select, tick a first box, type when asked to, else take the first option."""
    asking = [m for m in api.chat(user["id"])
              if m["from"]["id"] == BOT["id"] and m.get("reply_markup")]  # fmt: skip
    if not asking:
        return None
    message = asking[-1]
    labels = api.buttons(message)
    if "Typ je antwoord" in message.get("text", "") and "✓ Bewaren" not in labels:
        return api.send_text(user, TYPED_ANSWER)
    if "✓ Bewaren" in labels:
        label = "✓ Bewaren"
    elif any(label.startswith("☑") for label in labels):
        label = "Klaar"
    else:
        label = next((b for b in labels if b.startswith("☐")), labels[0])
    return api.press(user, message["message_id"], label)


@dataclass
class Figures:
    """One bot's measurements over several full reflections."""

    times: list[float] = field(default_factory=list)
    update_cpu: list[float] = field(default_factory=list)
    """CPU time per update: unlike the time, not stretched by other processes."""
    cpu: list[float] = field(default_factory=list)
    """CPU per full reflection, the simulated worker's own work included (as before)."""
    own_cpu: list[float] = field(default_factory=list)
    """CPU per full reflection in the bot's own work only: parsing each update and
    processing it (what a deployed bot spends), not the simulated worker reading the
    chat, whose cost grows with the messages a bot leaves there."""
    parse_cpu: list[float] = field(default_factory=list)
    updates: list[int] = field(default_factory=list)
    calls: Counter[str] = field(default_factory=Counter)
    press_calls: list[int] = field(default_factory=list)
    typed_calls: list[int] = field(default_factory=list)
    left_bot: int = 0
    left_worker: int = 0
    reflections: int = 0

    def per_reflection(self, method: str | None = None) -> float:
        total = sum(self.calls.values()) if method is None else self.calls[method]
        return total / self.reflections

    @property
    def limited(self) -> float:
        return (sum(self.calls.values()) - self.calls[UNLIMITED]) / self.reflections

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times) * 1e3

    @property
    def p99_ms(self) -> float:
        return sorted(self.times)[int(len(self.times) * 0.99) - 1] * 1e3


class Driver:
    """Feeds one bot's Application with the simulated worker and keeps the figures."""

    def __init__(
        self, api: FakeTelegram, application: Application,  # type: ignore[type-arg]
        fetched: Callable[[dict[str, Any]], dict[str, Any]] = lambda raw: raw,
    ) -> None:  # fmt: skip
        self.api, self.application, self.figures = api, application, Figures()
        self.cold = Figures()
        """The first reflection after start, kept apart from `figures`."""
        self.fetched = fetched
        """What the bot's `getUpdates` transport makes of an update before parsing:
        reflectbot's leaves out a pressed window's keyboard (`lean_updates`)."""

    async def feed(self, raw: dict[str, Any]) -> None:
        parsing = time.process_time()
        update = Update.de_json(self.fetched(raw), self.application.bot)
        self.figures.parse_cpu.append(time.process_time() - parsing)
        start = len(self.api.calls)
        started, cpu = time.perf_counter(), time.process_time()
        await self.application.process_update(update)
        self.figures.times.append(time.perf_counter() - started)
        self.figures.update_cpu.append(time.process_time() - cpu)
        made = len(self.api.calls) - start
        if update.callback_query is not None:
            self.figures.press_calls.append(made)
        elif update.message is not None and not (update.message.text or "").startswith("/"):
            self.figures.typed_calls.append(made)

    async def reflection(self, user: dict[str, Any], steps: int = 200) -> None:
        """From /reflect to the saved reflection, measured as a whole."""
        chat = user["id"]
        before = {m["message_id"] for m in self.api.chat(chat)}
        calls, saved = len(self.api.calls), self._saved(chat)
        cpu, updates = time.process_time(), len(self.figures.times)
        await self.feed(self.api.send_text(user, "/reflect"))
        for _ in range(steps):
            if self._saved(chat) > saved:
                break
            action = worker_action(self.api, user)
            assert action is not None, "the worker has nothing to answer"
            await self.feed(action)
        else:
            raise AssertionError("the reflection did not end")
        self.figures.cpu.append(time.process_time() - cpu)
        self.figures.own_cpu.append(sum(self.figures.update_cpu[updates:])
                                    + sum(self.figures.parse_cpu[updates:]))  # fmt: skip
        self.figures.updates.append(len(self.figures.times) - updates)
        self.figures.calls.update(m for m, _ in self.api.calls[calls:] if m != "getUpdates")
        left = [m for m in self.api.chat(chat) if m["message_id"] not in before]
        self.figures.left_bot = sum(m["from"]["id"] == BOT["id"] for m in left)
        self.figures.left_worker = len(left) - self.figures.left_bot
        self.figures.reflections += 1

    def _saved(self, chat: int) -> int:
        return sum(t.startswith(SAVED) for t in self.api.shown[chat])


def bare(
    round_trip: float = 0.0,
    persistence: PicklePersistence | None = None,  # type: ignore[type-arg]
) -> tuple[FakeTelegram, Application]:  # type: ignore[type-arg]
    api = FakeTelegram()
    builder = Application.builder().token(TOKEN).base_url(FAKE_URL)
    builder = builder.request(FakeRequest(api, round_trip)).get_updates_request(FakeRequest(api))
    if persistence is not None:
        builder = builder.persistence(persistence)
    return api, builder.build()


class Echo:
    """A bare python-telegram-bot handler answering each text with one message."""

    async def start(self) -> None:
        self.api, self.application = bare()

        async def echo(update: Update, context: Context) -> None:
            assert update.effective_message is not None
            await update.effective_message.reply_text(update.effective_message.text or "")

        self.application.add_handler(MessageHandler(filters.TEXT, echo))
        await self.application.initialize()
        self.user, self.times = self.api.user(900), list[float]()

    async def run(self, count: int) -> None:
        for index in range(count):
            raw = self.api.send_text(self.user, f"echo {index}")
            update = Update.de_json(raw, self.application.bot)
            started = time.perf_counter()
            await self.application.process_update(update)
            self.times.append(time.perf_counter() - started)


async def peer_driver(folder: Path) -> Driver:
    api, application = bare(persistence=PicklePersistence(folder / "peer.pickle"))
    application.add_handler(peer_handlers())
    await application.initialize()
    return Driver(api, application)


async def our_driver(folder: Path) -> Driver:
    api = FakeTelegram()
    app = await build_app(Settings(Secret(TOKEN), FAKE_URL, folder, "nl", "WARNING"))
    application = build_application(app, FakeRequest(api), rate_limited=False)
    application.bot_data["closing"] = app.close
    await application.initialize()
    settle()  # what the running bot does right after start (its post_init is not run here)
    user = api.user(1)
    await application.process_update(Update.de_json(api.send_text(user, "/start"), application.bot))
    consent = [m for m in api.chat(user["id"]) if m.get("reply_markup")][-1]
    await application.process_update(
        Update.de_json(api.press(user, consent["message_id"], "✓"), application.bot)
    )
    return Driver(api, application, lean)


async def measure(reflections: int) -> tuple[Figures, Figures, list[float]]:
    """The three bots in turns, a reflection each per round: a busy machine slows all
    three alike, and the ratios hold. The peer and reflectbot swap places every round,
    so neither always runs right after the other (whose garbage the collector may be
    clearing); every sample is kept.

    Each bot first does one reflection that is not counted (a running bot's figures,
    not its first minute: the first answers fill caches, python-telegram-bot's among
    them); its slowest update is printed apart (`cold`)."""
    with tempfile.TemporaryDirectory() as folder:
        peer, ours, echo = await peer_driver(Path(folder)), await our_driver(Path(folder)), Echo()
        await echo.start()
        for warming, user in ((peer, peer.api.user(902)), (ours, ours.api.user(1))):
            await warming.reflection(user)
            warming.cold, warming.figures = warming.figures, Figures()
        await echo.run(ours.cold.updates[-1])
        echo.times.clear()
        for index in range(reflections):
            pair = [(peer, peer.api.user(902)), (ours, ours.api.user(1))]
            for turn, user in pair if index % 2 == 0 else pair[::-1]:
                await turn.reflection(user)
            await echo.run(ours.figures.updates[-1])
        for driver in (peer, ours, echo):
            await driver.application.shutdown()
        await ours.application.bot_data["closing"]()
    print(
        f"not counted, the first reflection after start: slowest update "
        f"{max(ours.cold.times) * 1e3:.2f} ms (peer {max(peer.cold.times) * 1e3:.2f} ms)"
    )
    return ours.figures, peer.figures, echo.times


def report(ours: Figures, peer: Figures, echo: list[float]) -> dict[str, float]:
    """Print the figures with their targets; return the ones `make bench` records."""
    echo_median = statistics.median(echo) * 1e3
    echo_p99 = sorted(echo)[int(len(echo) * 0.99) - 1] * 1e3
    cpu_ours, cpu_peer = statistics.median(ours.cpu) * 1e3, statistics.median(peer.cpu) * 1e3
    own_ours = statistics.median(ours.own_cpu) * 1e3
    own_peer = statistics.median(peer.own_cpu) * 1e3
    figures = {
        "ours_ms": ours.median_ms, "peer_ms": peer.median_ms, "echo_ms": echo_median,
        "ratio": ours.median_ms / echo_median, "peer_ratio": ours.median_ms / peer.median_ms,
        "update_cpu_ratio": statistics.median(ours.update_cpu) / statistics.median(peer.update_cpu),
        "p99_peer_ratio": ours.p99_ms / peer.p99_ms, "cpu_ratio": own_ours / own_peer,
        "cpu_with_worker_ratio": cpu_ours / cpu_peer,
        "limited_ratio": ours.limited / peer.limited, "cpu_ms": own_ours,
        "press_calls": max(ours.press_calls), "typed_calls": max(ours.typed_calls),
        "left_bot": ours.left_bot, "left_worker": ours.left_worker,
    }  # fmt: skip
    print(f"{ours.reflections} full reflections each, one process, the same fake transport")
    print("| per full reflection | reflectbot | peer (ConversationHandler) |")
    print("|---|---|---|")
    rows = [
        ("updates", statistics.median(ours.updates), statistics.median(peer.updates)),
        ("Bot API calls", ours.per_reflection(), peer.per_reflection()),
        *((f"… {m}", ours.per_reflection(m), peer.per_reflection(m))
          for m in sorted(set(ours.calls) | set(peer.calls))),
        ("calls that count against 30/s", ours.limited, peer.limited),
        ("new messages", ours.per_reflection("sendMessage"), peer.per_reflection("sendMessage")),
        ("edits", ours.per_reflection("editMessageText")
         + ours.per_reflection("editMessageReplyMarkup"),
         peer.per_reflection("editMessageText") + peer.per_reflection("editMessageReplyMarkup")),
        ("bot messages left in the chat", ours.left_bot, peer.left_bot),
        ("worker messages left in the chat", ours.left_worker, peer.left_worker),
        ("CPU, the bot's own work (ms, median)", own_ours, own_peer),
        ("CPU with the simulated worker's (ms, median)", cpu_ours, cpu_peer),
    ]  # fmt: skip
    for label, mine, theirs in rows:
        print(f"| {label} | {mine:.1f} | {theirs:.1f} |")
    print()
    print("| per update | reflectbot | peer | echo | ÷ peer | ÷ echo |")
    print("|---|---|---|---|---|---|")
    print(f"| median | {ours.median_ms:.2f} ms | {peer.median_ms:.2f} ms | {echo_median:.2f} ms "
          f"| {figures['peer_ratio']:.2f}x | {figures['ratio']:.1f}x |")  # fmt: skip
    print(f"| p99 | {ours.p99_ms:.2f} ms | {peer.p99_ms:.2f} ms | {echo_p99:.2f} ms "
          f"| {figures['p99_peer_ratio']:.2f}x | {ours.p99_ms / echo_p99:.1f}x |")  # fmt: skip
    print(f"| median CPU | {statistics.median(ours.update_cpu) * 1e3:.2f} ms | "
          f"{statistics.median(peer.update_cpu) * 1e3:.2f} ms | - | "
          f"{figures['update_cpu_ratio']:.2f}x | - |")  # fmt: skip
    print()
    checks = [
        (figures["press_calls"] <= 2, f"at most 2 calls per button answer: "
                                      f"{figures['press_calls']:.0f} at most"),
        (figures["typed_calls"] <= 3, f"at most 3 calls per typed answer: "
                                      f"{figures['typed_calls']:.0f} at most"),
        (ours.left_bot <= 1 and ours.left_worker == 0, f"at most 1 bot message and 0 of the "
         f"worker's left: {ours.left_bot} and {ours.left_worker}"),
        (figures["peer_ratio"] <= 1.5, f"median at most 1.5x the peer's: "
                                       f"{figures['peer_ratio']:.2f}x"),
        (figures["p99_peer_ratio"] <= 2, f"p99 at most 2x the peer's: "
                                         f"{figures['p99_peer_ratio']:.2f}x"),
        (figures["cpu_ratio"] <= 2, f"CPU per reflection at most 2x the peer's: "
                                    f"{figures['cpu_ratio']:.2f}x (the bots' own work; "
                                    f"{figures['cpu_with_worker_ratio']:.2f}x with the "
                                    "simulated worker's)"),
        (figures["limited_ratio"] <= 1.2, f"calls against 30/s at most 1.2x the peer's: "
                                          f"{figures['limited_ratio']:.2f}x"),
    ]  # fmt: skip
    for ok, line in checks:
        print(f"{'ok  ' if ok else 'MISS'} {line}")
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reflections", type=int, default=20)
    args = parser.parse_args(argv)
    figures = report(*asyncio.run(measure(args.reflections)))
    emit("updates", **figures)


if __name__ == "__main__":
    main()
