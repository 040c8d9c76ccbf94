"""The real python-telegram-bot Application, our real app on SQLite, the strict fake API."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.app import App, build_app
from bot.config import Secret, Settings
from bot.telegram.lean_updates import lean
from bot.telegram.runner import build_application, set_commands
from tests.fakes.request import FakeRequest
from tests.fakes.telegram_api import BOT, TOKEN, FakeTelegram

FAKE_URL = "http://fake.invalid/bot"
PROGRESS = re.compile(r"^(?:[^\W\d]+ )?\d+/\d+\b", re.MULTILINE)
"""The question's header line: "4/22 · Context", or "Kern 4/9" (never a "✓ answer" line)."""


def only_a_toast_and_buttons_off(calls: list[tuple[str, dict[str, Any]]]) -> bool:
    """A press on a closed question: one answered query, and nothing sent or edited but
    the pressed question's keyboard taken off (the phone may still have shown it, so the
    press takes it off; Telegram answers "not modified" when it was off already)."""
    methods = [method for method, _ in calls]
    return methods.count("answerCallbackQuery") == 1 and all(
        method == "answerCallbackQuery"
        or (method == "editMessageReplyMarkup" and not params.get("reply_markup"))
        for method, params in calls
    )


class Harness:
    def __init__(self, data_dir: Path, api: FakeTelegram | None = None) -> None:
        self.api = api or FakeTelegram()
        self.settings = Settings(Secret(TOKEN), FAKE_URL, data_dir, "nl", "DEBUG")
        self.app: App
        self.application: Application  # type: ignore[type-arg]

    async def start(self) -> Harness:
        self.app = await build_app(self.settings)
        self.application = build_application(self.app, FakeRequest(self.api), backoff=(0.01,))
        await self.application.initialize()
        await set_commands(self.application)
        return self

    async def stop(self) -> None:
        await self.application.shutdown()
        await self.app.close()

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    async def feed(self, update: dict[str, Any]) -> None:
        """As long polling delivers it: made lean by the bot's `getUpdates` transport."""
        await self.application.process_update(Update.de_json(lean(update), self.application.bot))

    async def say(self, user: dict[str, Any], text: str) -> None:
        await self.feed(self.api.send_text(user, text))

    async def press(self, user: dict[str, Any], label: str, message_id: int | None = None) -> None:
        message_id = message_id or self.question(user)["message_id"]
        await self.feed(self.api.press(user, message_id, label))

    def question(self, user: dict[str, Any]) -> dict[str, Any]:
        """The newest bot message that still has buttons."""
        asking = [m for m in self.api.chat(user["id"])
                  if m["from"]["id"] == BOT["id"] and m.get("reply_markup")]  # fmt: skip
        assert asking, "no message with buttons"
        return asking[-1]

    def asked(self, user: dict[str, Any]) -> str:
        """The question the window asks now: its text from the progress counter on (above
        it sit the previous answer's line and any notice)."""
        text: str = self.question(user)["text"]
        match = PROGRESS.search(text)
        return text[match.start() :] if match else text

    def worker_messages(self, user: dict[str, Any]) -> list[dict[str, Any]]:
        """The worker's own messages still in the chat."""
        return [m for m in self.api.chat(user["id"]) if m["from"]["id"] == user["id"]]

    def toasts(self) -> list[str]:
        """Texts shown as toasts when a button was answered."""
        return [p["text"] for method, p in self.api.calls
                if method == "answerCallbackQuery" and p.get("text")]  # fmt: skip

    async def consent(self, user: dict[str, Any]) -> None:
        await self.say(user, "/start")
        await self.press(user, "✓")

    async def answer(
        self,
        user: dict[str, Any],
        text: str = "Ze vond zelf een oplossing.",
        save: str = "✓ Bewaren",
        done: str = "Klaar",
    ) -> None:
        """Answer the current question the way a worker in a hurry would."""
        question = self.question(user)
        labels = self.api.buttons(question)
        if save in labels:
            await self.press(user, save)
        elif any(label.startswith("☑") for label in labels):
            await self.press(user, done)
        elif any(label.startswith("☐") for label in labels):
            await self.press(user, "☐")
        elif "Typ je antwoord" in question["text"] or "Type your answer" in question["text"]:
            await self.say(user, text)
        else:
            await self.press(user, labels[0])

    async def to_first_text_question(self, user: dict[str, Any]) -> None:
        """/reflect, then every choice answered, up to the first free-text question (the
        show-back tests start there)."""
        await self.say(user, "/reflect")
        for _ in range(40):
            if "Typ je antwoord" in self.question(user)["text"]:
                return
            await self.answer(user)
        raise AssertionError("no free-text question within 40 questions")

    async def reflect(
        self, user: dict[str, Any], steps: int = 120, deepen: tuple[str, ...] = (), **kwargs: str
    ) -> None:
        """From /reflect to the saved entry (its receipt is a new "Saved" window);
        `deepen`: buttons of the overview (modules) to open first."""
        receipts = self._receipts(user)
        await self.say(user, "/reflect")
        waiting = list(deepen)
        for _ in range(steps):
            if self._receipts(user) > receipts:
                return
            labels = self.api.buttons(self.question(user))
            opened = next((label for label in waiting if label in labels), None)
            if opened is not None:
                waiting.remove(opened)
                await self.press(user, opened)
                continue
            await self.answer(user, **kwargs)
        raise AssertionError("the reflection did not end")

    def _receipts(self, user: dict[str, Any]) -> int:
        return sum(t.startswith(("Bewaard", "Saved", "Enregistr")) for t in self.texts(user))

    def texts(self, user: dict[str, Any]) -> list[str]:
        return [m.get("text") or m.get("caption") or "" for m in self.api.chat(user["id"])
                if m["from"]["id"] == BOT["id"]]  # fmt: skip


@asynccontextmanager
async def consented(data_dir: Path, *users: dict[str, Any]) -> AsyncIterator[Harness]:
    """A started bot to which each of `users` has agreed; stopped afterwards, also when the
    test fails (the `bot` fixture of most end-to-end files)."""
    harness = await Harness(data_dir).start()
    try:
        for user in users:
            await harness.consent(user)
        yield harness
    finally:
        await harness.stop()
