"""The walker on the adapters: the core and every module played on Telegram (strict fake
Bot API) and in the console, counting what a worker sees and taps.

Asserted: the core shows at most 10 questions with at most 2 typed answers, each module at
most 5 screens (its offer included), the counter's total never changes within a part and
its number never goes back, and a button answer is one tap (a multi-select: a tick and
Done). A typed answer is one message, plus the show-back while #12 keeps it.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.e2e.console_driver import ConsoleSession
from tests.e2e.telegram_harness import Harness
from tests.walker import PLAIN_TEXT

COUNTER = re.compile(r"^(\w[\w' -]*?) (\d+)/(\d+)$", re.MULTILINE)
OFFER = "Verdieping: "
SUPERVISOR = {"id": 951, "is_bot": False, "first_name": "S", "language_code": "nl"}
WORKER = {"id": 952, "is_bot": False, "first_name": "W", "language_code": "nl"}


@dataclass
class Seen:
    """Screens shown in one part, with their counters, typed answers and taps."""

    counters: list[tuple[str, int, int]] = field(default_factory=list)
    offers: int = 0
    typed: int = 0
    taps: list[int] = field(default_factory=list)


def assert_limits(part: Seen, max_screens: int, max_typed: int | None = None) -> None:
    assert part.counters, "every question shows its counter"
    assert len(part.counters) + part.offers <= max_screens, part.counters
    if max_typed is not None:
        assert part.typed <= max_typed
    names = {name for name, _, _ in part.counters}
    assert len(names) == 1, "one part, one counter"
    numbers = [number for _, number, _ in part.counters]
    assert numbers == list(range(1, len(numbers) + 1)), "counted 1, 2, 3 … with no gap"
    assert all(number <= total for _, number, total in part.counters)
    _, last, total = part.counters[-1]
    assert last == total, "the last question of a walk reads n/n (the honest counter)"
    assert all(taps <= 2 for taps in part.taps), "one tap (a tick and Done for a multi)"


# --- Telegram -----------------------------------------------------------------------


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    await harness.consent(SUPERVISOR)
    await harness.say(SUPERVISOR, "/newteam Team Walk")
    code = re.findall(r"start=([\w-]+)", harness.texts(SUPERVISOR)[-1])[0]
    await harness.consent(WORKER)
    await harness.say(WORKER, f"/start {code}")
    yield harness
    await harness.stop()


def at_review(labels: list[str]) -> bool:
    return "✗ Weggooien" in labels


async def answer_one(bot: Harness, part: Seen) -> None:
    """Answer the current question the longest way a hurried worker would, counting."""
    question = bot.question(WORKER)
    text, labels = question["text"], bot.api.buttons(question)
    counter = next((m for m in map(COUNTER.match, text.splitlines()) if m), None)
    if counter is None and OFFER in text:
        part.offers += 1
        await bot.press(WORKER, "Nu niet")
        return
    assert counter is not None, text[:60]
    part.counters.append((counter[1], int(counter[2]), int(counter[3])))
    if any(label.startswith("☐") for label in labels):
        await bot.press(WORKER, "☐")
        await bot.press(WORKER, "Klaar")
        part.taps.append(2)
    elif "Typ je antwoord" in text:
        part.typed += 1
        await bot.say(WORKER, PLAIN_TEXT)
        taps = 1
        if "✎ Opnieuw typen" in bot.api.buttons(bot.question(WORKER)):
            await bot.press(WORKER, "✓ Bewaren")
            taps += 1
        part.taps.append(taps)
    else:
        await bot.press(WORKER, labels[-1] if labels[0] == "1" else labels[0])
        part.taps.append(1)


async def test_telegram_walk_of_the_core_and_every_module(bot: Harness) -> None:
    await bot.say(WORKER, "/reflect")
    core = Seen()
    while not at_review(bot.api.buttons(bot.question(WORKER))):
        await answer_one(bot, core)
    assert_limits(core, 10 + core.offers, 2)
    assert core.counters[0][:2] == ("Kern", 1)
    review = bot.question(WORKER)
    modules = [label for label in bot.api.buttons(review) if label.endswith("minuten)")
               or label.endswith("minuut)")]  # fmt: skip
    assert len(modules) >= 6, modules
    for label in modules:
        await bot.press(WORKER, label)
        part = Seen()
        while not at_review(bot.api.buttons(bot.question(WORKER))):
            await answer_one(bot, part)
        assert_limits(part, 5)
    await bot.press(WORKER, "✓ Bewaren")
    assert any(t.startswith("Bewaard") for t in bot.texts(WORKER)[-3:])


# --- Console ------------------------------------------------------------------------


def console_answer(chat: ConsoleSession, screen: str, part: Seen) -> str:
    lines = [line for line in screen.splitlines() if line.strip()]
    heads = [line for line in lines if COUNTER.match(line) or line.startswith(OFFER)]
    options = chat.options(screen)
    if heads and heads[-1].startswith(OFFER):
        part.offers += 1
        return options["Nu niet"]
    assert heads, screen[-300:]
    counter = COUNTER.match(heads[-1])
    assert counter is not None
    part.counters.append((counter[1], int(counter[2]), int(counter[3])))
    if "☐" in screen or "☑" in screen:
        part.taps.append(2)
        return "1"
    if not [k for k in options.values() if k.isdigit()]:
        part.typed += 1
        part.taps.append(1)
        return PLAIN_TEXT
    part.taps.append(1)
    return "1"


def console_part(chat: ConsoleSession, screen: str, part: Seen) -> str:
    """Answer until the overview (save and discard) is on the screen again."""
    for _ in range(40):
        options = chat.options(screen)
        if "✓ Bewaren" in options and "✗ Weggooien" in options:
            return screen
        if "✓ Bewaren" in options:  # the show-back of a typed answer (#12)
            chat.send(options["✓ Bewaren"])
        elif "☑" in screen:
            chat.send(options["Klaar"])
        else:
            chat.send(console_answer(chat, screen, part))
        screen = chat.screen()
    raise AssertionError("the overview never came back")


def test_console_walk_of_the_core_and_every_module(tmp_path: Path) -> None:
    chat = ConsoleSession(tmp_path)
    chat.screen()
    chat.send("1")
    core = Seen()
    screen = console_part(chat, chat.screen(), core)
    assert_limits(core, 10 + core.offers, 2)
    assert core.counters[0][:2] == ("Kern", 1)
    modules = [label for label in chat.options(screen) if label.endswith(("minuten)", "minuut)"))]
    assert len(modules) >= 5, modules
    for label in modules:
        chat.send(chat.options(screen)[label])
        part = Seen()
        screen = console_part(chat, chat.screen(), part)
        assert_limits(part, 5)
        assert label not in chat.options(screen), "a module done is not offered again"
    chat.send(chat.options(screen)["✓ Bewaren"])
    chat.screen()
    chat.send("q")
    assert chat.finish()[0] == 0
    assert "Bewaard" in chat.transcript
