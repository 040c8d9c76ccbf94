"""Counts outside the reflection window follow each language's plural rule (#14): "1 dag",
"1 bewaarde reflectie", and French's "0 réflexion en cours", through the real Application
and the strict fake Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from tests.e2e.telegram_harness import Harness
from tests.e2e.test_telegram_repair_reminder import ANN, LATER, reflect_with_repair

CAMILLE = {"id": 621, "is_bot": False, "first_name": "C", "language_code": "fr"}


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = Harness(tmp_path)
    harness.settings = replace(harness.settings, repair_reminder_days=1, quiet_hours=(21, 8))
    await harness.start()
    yield harness
    await harness.stop()


async def test_a_repair_reminder_in_one_day_says_one_day(bot: Harness) -> None:
    await bot.consent(ANN)
    await reflect_with_repair(bot, LATER)
    offer = bot.question(ANN)
    assert "Zal ik je er over 1 dag aan herinneren?" in offer["text"]
    assert bot.api.buttons(offer)[0] == "Ja, herinner me over 1 dag"


async def test_the_forget_receipt_counts_in_each_languages_grammar(bot: Harness) -> None:
    """French counts 0 as one ("0 réflexion"), Dutch as many ("0 bewaarde reflecties")."""
    await bot.consent(CAMILLE)
    await bot.say(CAMILLE, "/reflect")
    await bot.press(CAMILLE, bot.api.buttons(bot.question(CAMILLE))[0])
    await bot.say(CAMILLE, "/forget")
    await bot.press(CAMILLE, "Oui, tout effacer")
    receipt = bot.texts(CAMILLE)[-1]
    assert receipt.startswith("Effacé : 0 réflexion enregistrée, 1 réflexion en cours,")
    await bot.consent(ANN)
    await bot.say(ANN, "/reflect")
    await bot.press(ANN, bot.api.buttons(bot.question(ANN))[0])
    await bot.say(ANN, "/forget")
    await bot.press(ANN, "Ja, alles wissen")
    assert bot.texts(ANN)[-1].startswith("Gewist: 0 bewaarde reflecties, 1 lopende reflectie,")
