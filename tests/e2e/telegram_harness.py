"""The real python-telegram-bot Application, our real app on SQLite, the strict fake API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.app import App, build_app
from bot.config import Secret, Settings
from bot.telegram.runner import build_application, set_commands
from tests.fakes.request import FakeRequest
from tests.fakes.telegram_api import BOT, TOKEN, FakeTelegram

FAKE_URL = "http://fake.invalid/bot"


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
        await self.application.process_update(Update.de_json(update, self.application.bot))

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

    async def reflect(
        self, user: dict[str, Any], steps: int = 120, deepen: tuple[str, ...] = (), **kwargs: str
    ) -> None:
        """From /reflect to the saved entry; `deepen`: review buttons (modules) to open first."""
        await self.say(user, "/reflect")
        waiting = list(deepen)
        for _ in range(steps):
            if any("Bewaard" in (m.get("text") or "") or "Saved" in (m.get("text") or "")
                   for m in self.api.chat(user["id"])[-3:]):  # fmt: skip
                return
            labels = self.api.buttons(self.question(user))
            opened = next((label for label in waiting if label in labels), None)
            if opened is not None:
                waiting.remove(opened)
                await self.press(user, opened)
                continue
            await self.answer(user, **kwargs)
        raise AssertionError("the reflection did not end")

    def texts(self, user: dict[str, Any]) -> list[str]:
        return [m.get("text") or m.get("caption") or "" for m in self.api.chat(user["id"])
                if m["from"]["id"] == BOT["id"]]  # fmt: skip
