"""An option offered on a condition (#13), through the real Application and the fake Bot
API: "A coach of my team" is offered in the support module's talk question only to a
worker in a team; a worker in no team neither sees it nor selects it by typing its label,
and still has "My supervisor" (one outside the bot; the closing says nobody can be told)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.telegram_harness import Harness
from tests.e2e.test_telegram_teams import new_team

TALK_ASKED = "Met wie zou je graag over dit contact praten?"
COACH, SUPERVISOR_OPTION = "Een coach van mijn team", "Mijn supervisor"
MIRA = {"id": 821, "is_bot": False, "first_name": "Mira", "language_code": "nl"}
LOTTE = {"id": 822, "is_bot": False, "first_name": "Lotte", "language_code": "nl"}


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    yield harness
    await harness.stop()


async def to_the_talk_question(bot: Harness, worker: dict) -> list[str]:
    """A heavy contact (the lowest wellbeing opens the support module): the buttons of
    "Who would you like to talk to?"."""
    await bot.say(worker, "/reflect")
    for _ in range(80):
        if TALK_ASKED in bot.asked(worker):
            return bot.api.buttons(bot.question(worker))
        await bot.answer(worker)
    raise AssertionError("the talk question was never asked")


async def test_a_worker_in_no_team_is_not_offered_a_coach_of_their_team(bot: Harness) -> None:
    await bot.consent(MIRA)
    labels = await to_the_talk_question(bot, MIRA)
    assert COACH not in labels
    assert SUPERVISOR_OPTION in labels and "Een collega" in labels
    await bot.say(MIRA, COACH)
    assert TALK_ASKED in bot.asked(MIRA), "typing the hidden label selected nothing"
    assert "Deze vraag beantwoord je met de knoppen eronder." in bot.question(MIRA)["text"]
    assert not any(f"✓ {COACH}" in t for t in bot.api.shown[MIRA["id"]])
    await bot.press(MIRA, "Een collega")
    assert TALK_ASKED not in bot.asked(MIRA)


async def test_a_worker_in_a_team_is_offered_a_coach_of_their_team(bot: Harness) -> None:
    codes = await new_team(bot)
    await bot.say(LOTTE, f"/start {codes['worker']}")
    await bot.press(LOTTE, "✓")
    labels = await to_the_talk_question(bot, LOTTE)
    assert COACH in labels and SUPERVISOR_OPTION in labels
    await bot.say(LOTTE, COACH)
    assert any(f"✓ {COACH}" in t for t in bot.api.shown[LOTTE["id"]]), "typing it selected it"
