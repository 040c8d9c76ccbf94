"""The bot's own username, for t.me deep links printed by the CLI."""

from __future__ import annotations

from telegram import Bot

from bot.config import Settings


async def username(settings: Settings) -> str | None:
    assert settings.token is not None
    async with Bot(settings.token.value, base_url=settings.api_url) as bot:
        return bot.username
