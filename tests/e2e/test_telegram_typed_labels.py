"""A button's label typed on a phone is the same tap (#14): phones type a curly apostrophe
("d’espoir") where the French button says "d'espoir"."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.telegram_harness import Harness, consented

JO: dict[str, Any] = {"id": 733, "is_bot": False, "first_name": "Jo", "language_code": "fr"}
HOPEFUL = "Plein·e d'espoir"


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async with consented(tmp_path, JO) as harness:
        yield harness


async def test_a_label_typed_with_a_curly_apostrophe_ticks_its_box(bot: Harness) -> None:
    await bot.say(JO, "/reflect")
    await bot.press(JO, bot.api.buttons(bot.question(JO))[0])  # the kind of contact
    assert f"☐ {HOPEFUL}" in bot.api.buttons(bot.question(JO)), "the feelings question"
    await bot.say(JO, "plein·e d’espoir")
    window = bot.question(JO)
    assert f"☑ {HOPEFUL}" in bot.api.buttons(window), window["text"]
    assert "boutons" not in window["text"], "refused as if it were no option"
    typed = [m for m in bot.worker_messages(JO) if "espoir" in m.get("text", "")]
    assert typed == [], "the typed label leaves the chat like any answer"
