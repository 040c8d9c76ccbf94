"""Every inline keyboard pressed twice (#14): two quick presses, or an old copy pressed
after the state moved on, apply once; the second gets "That question is closed" as a
toast and no new message. Real Application, strict fake Bot API, SQLite. Each test here
failed before its fix: a second invite link, "nothing changed" after a removal, a second
follow-up record, a second "brought" message, a second "you stay". (The consent and join
buttons are the "consent" share's.)"""

from __future__ import annotations

import copy
import sqlite3
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.telegram_harness import Harness, only_a_toast_and_buttons_off
from tests.e2e.test_telegram_teams import ANN, LINK, SUPERVISOR, new_team, shared_housing_signals

CLOSED = "Die vraag is afgesloten."
ANNA = {**ANN, "first_name": "Anna", "last_name": "Peeters"}


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    yield harness
    await harness.stop()


def twice(bot: Harness, user: dict[str, Any], message_id: int, label: str) -> list[Any]:
    """Two presses of one button, both sent before the first is answered."""
    return [copy.deepcopy(bot.api.press(user, message_id, label)) for _ in range(2)]


async def only_a_toast(bot: Harness, press: Any, toast: str) -> None:
    """The press costs one answered query, with `toast`, and nothing else (the pressed
    question's keyboard taken off at most)."""
    start = len(bot.api.calls)
    await bot.feed(press)
    assert only_a_toast_and_buttons_off(bot.api.calls[start:])
    assert bot.toasts()[-1] == toast


async def second_is_closed(bot: Harness, user: dict[str, Any], second: Any) -> None:
    """The second press costs one toast, "that question is closed", and nothing else."""
    await only_a_toast(bot, second, CLOSED)


def rows(tmp_path: Path, sql: str) -> list[Any]:
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        return db.execute(sql).fetchall()


async def test_an_invite_link_is_made_once_per_question(bot: Harness, tmp_path: Path) -> None:
    await new_team(bot)
    await bot.say(SUPERVISOR, "/invite")
    question = bot.question(SUPERVISOR)["message_id"]
    first, second = twice(bot, SUPERVISOR, question, "Hulpverleners")
    await bot.feed(first)
    answered = bot.api.messages[(SUPERVISOR["id"], question)]
    assert len(LINK.findall(answered["text"])) == 1 and "reply_markup" not in answered
    await second_is_closed(bot, SUPERVISOR, second)
    assert rows(tmp_path, "SELECT count(*) FROM invites WHERE role = 'worker'") == [(2,)], (
        "the team's first link and this one: no third"
    )


async def test_a_removal_confirmed_twice_removes_and_answers_once(bot: Harness) -> None:
    codes = await new_team(bot)
    await bot.say(ANNA, f"/start {codes['worker']}")
    await bot.press(ANNA, "✓")
    await bot.say(SUPERVISOR, "/members")
    await bot.press(SUPERVISOR, "Anna Peeters (hulpverlener)")
    confirm = bot.question(SUPERVISOR)["message_id"]
    first, second = twice(bot, SUPERVISOR, confirm, "Verwijderen")
    await bot.feed(first)
    removed = bot.api.messages[(SUPERVISOR["id"], confirm)]["text"]
    assert removed == "Anna Peeters is geen lid meer van “Team Noord”.", "in place"
    await second_is_closed(bot, SUPERVISOR, second)
    assert "Er is niets veranderd." not in bot.texts(SUPERVISOR)


async def test_a_signal_passed_on_twice_is_noted_once(bot: Harness, tmp_path: Path) -> None:
    await new_team(bot)
    await shared_housing_signals(bot)
    await bot.say(SUPERVISOR, "/signals")
    await bot.press(SUPERVISOR, "Wonen (3)")
    which = bot.question(SUPERVISOR)["message_id"]
    first, second = twice(bot, SUPERVISOR, which, "aan het lokaal beleid")
    await bot.feed(first)
    noted = bot.api.messages[(SUPERVISOR["id"], which)]
    assert noted["text"].startswith("Genoteerd: “Wonen”") and "reply_markup" not in noted
    await second_is_closed(bot, SUPERVISOR, second)
    assert rows(tmp_path, "SELECT count(*) FROM signal_followups") == [(1,)]
    followups = "SELECT count(*) FROM audit WHERE action = 'signal.followup'"
    assert rows(tmp_path, followups) == [(1,)]


async def test_a_case_brought_twice_is_brought_once(bot: Harness) -> None:
    codes = await new_team(bot)
    await bot.say(ANNA, f"/start {codes['worker']}")
    await bot.press(ANNA, "✓")
    await bot.reflect(ANNA)
    await bot.say(ANNA, "/bring")
    day = bot.app.translator.day("nl", date.today())
    listing = bot.question(ANNA)["message_id"]
    first, second = twice(bot, ANNA, listing, f"Reflectie van {day}")
    await bot.feed(first)
    assert bot.texts(ANNA)[-1].startswith(f"Je reflectie van {day} staat op de lijst")
    await second_is_closed(bot, ANNA, second)
    assert sum(t.startswith("Je reflectie van") for t in bot.texts(ANNA)) == 1


async def test_staying_in_the_team_is_answered_once(bot: Harness) -> None:
    codes = await new_team(bot)
    await bot.say(ANNA, f"/start {codes['worker']}")
    await bot.press(ANNA, "✓")
    await bot.say(SUPERVISOR, "/newteam Team Zuid")
    south = LINK.findall(bot.texts(SUPERVISOR)[-1])[0]
    await bot.say(ANNA, f"/start {south}")
    question = bot.question(ANNA)["message_id"]
    first, second = twice(bot, ANNA, question, "In “Team Noord” blijven")
    await bot.feed(first)
    stayed = bot.api.messages[(ANNA["id"], question)]
    assert stayed["text"].startswith("Je blijft in “Team Noord”.") and "reply_markup" not in stayed
    await second_is_closed(bot, ANNA, second)
    assert sum(t.startswith("Je blijft in") for t in bot.texts(ANNA)) == 1
