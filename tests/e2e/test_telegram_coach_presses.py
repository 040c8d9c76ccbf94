"""The coach, /mine, /signals and /members buttons pressed twice (#14): two quick presses,
or an old copy pressed after the state moved on, apply once; the second costs one toast and
no new message. Real Application, strict fake Bot API, SQLite. Each test here failed before its
fix: a second "You already thanked", a second "closed already", a second "type your
answer", a second "passed on to whom?", a second "remove?", a press of /mine's "Stop
sharing" left spinning, a press of someone who has not agreed left spinning."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.telegram_harness import Harness
from tests.e2e.test_telegram_coach_questions import DONE, answer
from tests.e2e.test_telegram_coach_replies import MIRA, OTHER_COACH, answered
from tests.e2e.test_telegram_second_presses import ANNA, CLOSED, only_a_toast, twice
from tests.e2e.test_telegram_teams import (
    ANN,
    COACH_MODULE,
    SUPERVISOR,
    new_team,
    shared_housing_signals,
)

THANK = "♥ Bedank de coach"
TYPE = ("Typ je antwoord. Laat namen weg en alles waaraan iemand herkenbaar is. Niemand komt "
        "te weten welke coach antwoordde.")  # fmt: skip
ASKED_BELOW = "Dat vroeg ik net hieronder: antwoord daar."


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    yield harness
    await harness.stop()


async def asked_to_coaches(bot: Harness) -> None:
    """Ann asked her team's coaches about a reflection; Mira and Omar coach."""
    codes = await new_team(bot)
    await bot.say(ANN, f"/start {codes['worker']}")
    await bot.press(ANN, "✓")
    for coach in (MIRA, OTHER_COACH):
        await bot.say(coach, f"/start {codes['coach']}")
        await bot.press(coach, "✓")
    await bot.reflect(ANN, text="Hoe breng ik slecht nieuws?", deepen=(COACH_MODULE,))


async def test_thanks_pressed_twice_thank_once_and_say_so_as_a_toast(
    bot: Harness, tmp_path: Path
) -> None:
    relayed = await answered(bot, signed=True)
    first, second = twice(bot, ANN, relayed["message_id"], THANK)  # type: ignore[arg-type]
    mira = len(bot.texts(MIRA))
    await bot.feed(first)
    assert bot.texts(ANN)[-1].startswith("Je dank ging naar de coach die antwoordde")
    assert len(bot.texts(MIRA)) == mira + 1, "Mira is thanked"
    await only_a_toast(bot, second, "Je bedankte al voor dit antwoord.")
    assert len(bot.texts(MIRA)) == mira + 1, "once"
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM coach_prompts WHERE thanked_day IS NOT NULL"
                          ).fetchone() == (1,)  # fmt: skip


async def test_done_pressed_twice_closes_once(bot: Harness) -> None:
    await asked_to_coaches(bot)
    await bot.say(MIRA, "/prompts")
    await answer(bot, MIRA, "✎ 1", "Misschien schaamte.")
    menu = bot.api.chat(MIRA["id"])[-1]["message_id"]
    first, second = twice(bot, MIRA, menu, DONE)
    await bot.feed(first)
    assert any(t.startswith("Afgesloten: geen enkele coach") for t in bot.texts(MIRA)[-2:])
    await only_a_toast(bot, second, "Deze vraag was al afgesloten. Dank je.")


async def test_answer_pressed_twice_asks_to_type_once(bot: Harness) -> None:
    await asked_to_coaches(bot)
    await bot.say(MIRA, "/prompts")
    prompt = bot.question(MIRA)["message_id"]
    first, second = twice(bot, MIRA, prompt, "✎ Eén vrij antwoord")
    await bot.feed(first)
    assert bot.texts(MIRA)[-1] == TYPE
    await only_a_toast(bot, second, TYPE)
    await bot.say(MIRA, "Zeg het eerst, dan de uitleg.")
    assert "Zeg het eerst" in bot.texts(MIRA)[-1], "the answer is still awaited, shown back"


async def test_stop_sharing_pressed_twice_withdraws_once(bot: Harness, tmp_path: Path) -> None:
    codes = await new_team(bot)
    await bot.say(ANN, f"/start {codes['worker']}")
    await bot.press(ANN, "✓")
    await bot.reflect(ANN)
    await bot.say(ANN, "/mine")
    mine = [m for m in bot.api.chat(ANN["id"]) if "Je meest recente" in (m.get("text") or "")][-1]
    first, second = twice(bot, ANN, mine["message_id"], "Reflectie van")
    await bot.feed(first)
    assert "wordt niet meer gedeeld" in bot.texts(ANN)[-1]
    await only_a_toast(bot, second, CLOSED)
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM audit WHERE action = 'share.withdraw'"
                          ).fetchone() == (1,)  # fmt: skip


async def test_a_press_before_agreeing_is_answered_with_a_toast(bot: Harness) -> None:
    await bot.say(ANN, "/start")
    consent = bot.question(ANN)["message_id"]
    old_thanks = bot.api.press_data(ANN, consent, "m1|thanks|1")  # a keyboard from before
    await only_a_toast(bot, old_thanks, "Zeg eerst of je akkoord gaat met wat ik bijhoud: "
                                        "/start vraagt het.")  # fmt: skip


async def test_a_signal_pressed_twice_asks_to_whom_once(bot: Harness) -> None:
    await new_team(bot)
    await shared_housing_signals(bot)
    await bot.say(SUPERVISOR, "/signals")
    listing = bot.question(SUPERVISOR)["message_id"]
    first, second = twice(bot, SUPERVISOR, listing, "Wonen (3)")
    await bot.feed(first)
    asked = "“Wonen”: aan wie doorgegeven?"
    assert bot.texts(SUPERVISOR)[-1].startswith(asked)
    await only_a_toast(bot, second, ASKED_BELOW)
    assert sum(t.startswith(asked) for t in bot.texts(SUPERVISOR)) == 1
    await bot.press(SUPERVISOR, "aan het lokaal beleid")
    assert bot.texts(SUPERVISOR)[-1].startswith("Genoteerd: “Wonen”"), "answered in place"
    await bot.press(SUPERVISOR, "Wonen (3)", message_id=listing)
    assert bot.texts(SUPERVISOR)[-1].startswith(asked), "answered: asked anew, for another"


async def test_a_member_pressed_twice_asks_to_confirm_once(bot: Harness) -> None:
    codes = await new_team(bot)
    await bot.say(ANNA, f"/start {codes['worker']}")
    await bot.press(ANNA, "✓")
    await bot.say(SUPERVISOR, "/members")
    roster = bot.question(SUPERVISOR)["message_id"]
    first, second = twice(bot, SUPERVISOR, roster, "Anna Peeters (hulpverlener)")
    await bot.feed(first)
    confirm = bot.question(SUPERVISOR)
    assert confirm["message_id"] != roster and "Anna Peeters" in confirm["text"]
    await only_a_toast(bot, second, ASKED_BELOW)
