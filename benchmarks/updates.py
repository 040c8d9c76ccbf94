"""Updates per second and latency per update through the real Application.

Our bot (SQLite commits on, every answer committed before the reply) beside a bare
python-telegram-bot echo handler, both on the strict fake transport in the same run and
both without the 30 messages/s rate limiter, so the ratio is handler cost, not
Telegram's limit. Then memory per active worker with 1,000 workers mid-reflection.
Run with `python -m benchmarks.updates [--updates N] [--workers N]`.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from benchmarks.record import emit
from bot.app import build_app
from bot.config import Secret, Settings
from bot.telegram.runner import build_application
from tests.e2e.telegram_harness import FAKE_URL
from tests.fakes.request import FakeRequest
from tests.fakes.telegram_api import BOT, TOKEN, FakeTelegram

ROUND_TRIP = 0.020
"""A Bot API round trip from a Belgian server to Telegram's Amsterdam data centre."""


def bare_application(round_trip: float = 0.0) -> tuple[FakeTelegram, Application]:  # type: ignore[type-arg]
    """A python-telegram-bot Application with no handlers of ours, on the fake transport."""
    api = FakeTelegram()
    request = FakeRequest(api, round_trip)
    builder = Application.builder().token(TOKEN).base_url(FAKE_URL).request(request)
    return api, builder.get_updates_request(FakeRequest(api)).build()


async def echo_latencies(count: int, round_trip: float = 0.0) -> list[float]:
    api, application = bare_application(round_trip)

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(update.effective_message.text or "")

    application.add_handler(MessageHandler(filters.TEXT, echo))
    await application.initialize()
    user = api.user(900)
    latencies = []
    for index in range(count):
        update = Update.de_json(api.send_text(user, f"echo {index}"), application.bot)
        started = time.perf_counter()
        await application.process_update(update)
        latencies.append(time.perf_counter() - started)
    await application.shutdown()
    return latencies


async def same_calls_latencies(count: int) -> list[float]:
    """The protocol floor: a bare handler making the Bot API calls a press needs (answer the
    button, edit the question into its record, send the next question with buttons)."""
    api, application = bare_application()
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton(str(v), callback_data=f"r1|1|c|s|{v}") for v in range(1, 6)]]
    )

    async def press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None and query.message is not None
        await query.answer()
        await context.bot.edit_message_text(
            "Vraag\n✓ 3", chat_id=query.message.chat.id, message_id=query.message.message_id
        )
        await context.bot.send_message(
            query.message.chat.id, "Volgende vraag", reply_markup=keyboard
        )

    application.add_handler(CallbackQueryHandler(press))
    await application.initialize()
    user = api.user(901)
    await application.bot.send_message(user["id"], "Eerste vraag", reply_markup=keyboard)
    latencies = []
    for _ in range(count):
        message = [m for m in api.chat(user["id"]) if m.get("reply_markup")][-1]
        update = Update.de_json(api.press(user, message["message_id"], "3"), application.bot)
        started = time.perf_counter()
        await application.process_update(update)
        latencies.append(time.perf_counter() - started)
    await application.shutdown()
    return latencies


class Bench:
    def __init__(self, data_dir: Path, round_trip: float = 0.0) -> None:
        self.api = FakeTelegram()
        self.settings = Settings(Secret(TOKEN), FAKE_URL, data_dir, "nl", "WARNING")
        self.round_trip = round_trip

    async def start(self) -> None:
        self.app = await build_app(self.settings)
        request = FakeRequest(self.api, self.round_trip)
        self.application = build_application(self.app, request, rate_limited=False)
        await self.application.initialize()

    async def feed(self, raw: dict[str, Any]) -> float:
        update = Update.de_json(raw, self.application.bot)
        started = time.perf_counter()
        await self.application.process_update(update)
        return time.perf_counter() - started

    def next_press(self, user: dict[str, Any]) -> dict[str, Any]:
        """A press on the current question: the first option, or Done / Keep when due."""
        asking = [
            m
            for m in self.api.chat(user["id"])
            if m["from"]["id"] == BOT["id"] and m.get("reply_markup")
        ]
        message = asking[-1]
        labels = self.api.buttons(message)
        if any(label.startswith("☑") for label in labels):
            label = "Klaar"
        elif "✓ Bewaren" in labels:
            label = "✓ Bewaren"
        elif "Typ je antwoord" in message["text"]:
            return self.api.send_text(user, "Ze zorgt goed voor haar kinderen.")
        else:
            label = labels[0]
        return self.api.press(user, message["message_id"], label)

    async def begin(self, user: dict[str, Any]) -> None:
        await self.feed(self.api.send_text(user, "/start"))
        consent = [m for m in self.api.chat(user["id"]) if m.get("reply_markup")][-1]
        await self.feed(self.api.press(user, consent["message_id"], "✓"))
        await self.feed(self.api.send_text(user, "/reflect"))

    async def latencies(self, count: int) -> list[float]:
        user = self.api.user(1)
        await self.begin(user)
        measured = []
        while len(measured) < count:
            if any("Bewaard" in (m.get("text") or "") for m in self.api.chat(user["id"])[-3:]):
                await self.feed(self.api.send_text(user, "/reflect"))
            measured.append(await self.feed(self.next_press(user)))
        return measured

    async def memory_per_worker(self, workers: int, steps: int) -> float:
        users = [self.api.user(10_000 + i) for i in range(workers)]
        for user in users[:5]:
            await self.begin(user)
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        for user in users[5:]:
            await self.begin(user)
            for _ in range(steps):
                await self.feed(self.next_press(user))
        self.api.messages.clear()  # the fake's own memory is not the bot's
        self.api.calls.clear()
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
        return grown / (workers - 5)

    async def stop(self) -> None:
        await self.application.shutdown()
        await self.app.close()


async def measure(count: int, workers: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        bench = Bench(Path(folder))
        await bench.start()
        ours = await bench.latencies(count)
        base = await echo_latencies(count)
        floor = await same_calls_latencies(count)
        memory = await bench.memory_per_worker(workers, steps=8)
        await bench.stop()
    with tempfile.TemporaryDirectory() as folder:
        networked = Bench(Path(folder), ROUND_TRIP)
        await networked.start()
        ours_net = await networked.latencies(max(30, count // 6))
        await networked.stop()
    echo_net = await echo_latencies(max(30, count // 6), ROUND_TRIP)
    return {
        "ours_net_ms": statistics.median(ours_net) * 1e3,
        "echo_net_ms": statistics.median(echo_net) * 1e3,
        "ours_ms": statistics.median(ours) * 1e3,
        "ours_p99_ms": sorted(ours)[int(len(ours) * 0.99) - 1] * 1e3,
        "echo_ms": statistics.median(base) * 1e3,
        "echo_p99_ms": sorted(base)[int(len(base) * 0.99) - 1] * 1e3,
        "floor_ms": statistics.median(floor) * 1e3,
        "memory_kb": memory / 1024,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--updates", type=int, default=600)
    parser.add_argument("--workers", type=int, default=1000)
    args = parser.parse_args(argv)
    figures = asyncio.run(measure(args.updates, args.workers))
    ratio = figures["ours_ms"] / figures["echo_ms"]
    print(f"{args.updates} updates each; memory with {args.workers} workers mid-reflection")
    print("| figure | reflectbot | bare PTB echo | ratio | target |")
    print("|---|---|---|---|---|")
    print(
        f"| median time per update | {figures['ours_ms']:.2f} ms | {figures['echo_ms']:.2f} ms "
        f"| {ratio:.1f}x | ≤ 2x |"
    )
    print(
        f"| p99 time per update | {figures['ours_p99_ms']:.2f} ms | "
        f"{figures['echo_p99_ms']:.2f} ms | - | - |"
    )
    print(
        f"| updates per second (one worker, sequential) | {1e3 / figures['ours_ms']:.0f} | "
        f"{1e3 / figures['echo_ms']:.0f} | - | - |"
    )
    floor = figures["ours_ms"] / figures["floor_ms"]
    print(
        f"| median, beside a bare handler making the same 3 API calls | "
        f"{figures['ours_ms']:.2f} ms | {figures['floor_ms']:.2f} ms | {floor:.1f}x | - |"
    )
    net = figures["ours_net_ms"] / figures["echo_net_ms"]
    print(
        f"| median time per update, {ROUND_TRIP * 1000:.0f} ms round trip per API call | "
        f"{figures['ours_net_ms']:.1f} ms | {figures['echo_net_ms']:.1f} ms | {net:.1f}x | ≤ 2x |"
    )
    print(f"| memory per active worker | {figures['memory_kb']:.1f} KB | - | - | - |")
    print(f"{'ok  ' if ratio <= 2 else 'MISS'} at most 2x the bare handler (CPU, no network)")
    print(
        f"{'ok  ' if net <= 2 else 'MISS'} at most 2x the bare handler (with network round trips)"
    )
    emit("updates", ours_ms=figures["ours_ms"], echo_ms=figures["echo_ms"], ratio=ratio,
         network_ratio=net,
         floor_ratio=floor, memory_kb=figures["memory_kb"])  # fmt: skip


if __name__ == "__main__":
    main()
