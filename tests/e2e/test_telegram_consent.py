"""The consent question and joining by invite link (#14, stale buttons), through the real
Application and the strict fake Bot API: the answer replaces the question, a second press
or a press on an old copy gets "That question is closed" as a toast and changes nothing
(no second "Thank you", no withdrawal, no reflection discarded), the way out is /forget,
which asks first, and a supervisor hears once per worker that someone joined."""

from __future__ import annotations

import copy
import re
import sqlite3
from collections import Counter
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.telegram_harness import BOT, Harness
from tests.e2e.test_telegram_one_shot import data_of

ANN = {"id": 912, "is_bot": False, "first_name": "A", "language_code": "nl"}
SUPERVISOR = {"id": 913, "is_bot": False, "first_name": "S", "language_code": "nl"}
CLOSED = "Die vraag is afgesloten."
THANKS = "Dank je. Start een reflectie met /reflect"
AGREE, DECLINE = "✓ Ik ga akkoord", "Nee, bedankt"
JOINED_NOTICE = "Iemand werd lid van “Team Noord” als hulpverlener"
LINK = re.compile(r"https://t\.me/reflect_test_bot\?start=([\w-]+)")


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    yield harness
    await harness.stop()


def rows(tmp_path: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        return db.execute(sql).fetchall()


def thanked(bot: Harness, user: dict[str, Any] = ANN) -> int:
    """How often the worker was shown the "Thank you" (sent or edited in)."""
    return sum(t.startswith(THANKS) for t in bot.api.shown[user["id"]])


async def press_data(
    bot: Harness, user: dict[str, Any], message_id: int, data: str
) -> Counter[str]:
    """A press on a keyboard as the phone still shows it; the Bot API calls, by method."""
    start = len(bot.api.calls)
    await bot.feed(bot.api.press_data(user, message_id, data))
    return Counter(method for method, _ in bot.api.calls[start:])


async def test_the_consent_answer_replaces_the_question_and_a_second_press_is_closed(
    bot: Harness, tmp_path: Path
) -> None:
    await bot.say(ANN, "/start")
    question = copy.deepcopy(bot.question(ANN))  # as sent: the fake edits in place
    agree, decline = data_of(question, AGREE), data_of(question, DECLINE)
    await bot.press(ANN, AGREE)
    answered = bot.api.messages[(ANN["id"], question["message_id"])]
    assert answered["text"].startswith(THANKS) and "reply_markup" not in answered
    assert thanked(bot) == 1
    in_chat = len(bot.api.chat(ANN["id"]))
    for data in (agree, decline, agree):
        calls = await press_data(bot, ANN, question["message_id"], data)
        assert calls == Counter({"answerCallbackQuery": 1}), "a toast, nothing sent or edited"
        assert bot.toasts()[-1] == CLOSED
    assert len(bot.api.chat(ANN["id"])) == in_chat and thanked(bot) == 1
    assert rows(tmp_path, "SELECT count(*) FROM workers WHERE consent_day IS NOT NULL") == [(1,)]


async def test_two_quick_presses_on_agree_thank_once(bot: Harness) -> None:
    """Both presses leave the phone before the first answer takes the keyboard off."""
    await bot.say(ANN, "/start")
    question = bot.question(ANN)["message_id"]
    first = bot.api.press(ANN, question, AGREE)
    second = copy.deepcopy(bot.api.press(ANN, question, AGREE))
    await bot.feed(first)
    await bot.feed(second)
    assert bot.toasts()[-1] == CLOSED
    assert thanked(bot) == 1


async def test_declining_replaces_the_question_and_nothing_is_stored(
    bot: Harness, tmp_path: Path
) -> None:
    await bot.say(ANN, "/start")
    question = copy.deepcopy(bot.question(ANN))
    await bot.press(ANN, DECLINE)
    answered = bot.api.messages[(ANN["id"], question["message_id"])]
    assert answered["text"].startswith("Er wordt niets bewaard") and "reply_markup" not in answered
    calls = await press_data(bot, ANN, question["message_id"], data_of(question, AGREE))
    assert calls == Counter({"answerCallbackQuery": 1}) and bot.toasts()[-1] == CLOSED
    assert rows(tmp_path, "SELECT count(*) FROM workers") == [(0,)]


async def test_an_old_copy_of_the_question_mid_reflection_is_closed_and_keeps_the_reflection(
    bot: Harness, tmp_path: Path
) -> None:
    """/start asked, then /reflect asked again (a second copy); agreeing on the second
    leaves the first with its buttons, as old messages on a phone do. Its "No, thanks"
    pressed mid-reflection withdraws nothing and discards nothing, and takes the old
    copy's buttons off; its "agree", pressed on the keyboard as the phone still showed it,
    thanks nobody again."""
    await bot.say(ANN, "/start")
    old = bot.question(ANN)["message_id"]
    await bot.say(ANN, "/reflect")
    await bot.press(ANN, AGREE)
    assert bot.api.buttons(bot.api.messages[(ANN["id"], old)]) == [AGREE, DECLINE]
    await bot.say(ANN, "/reflect")
    await bot.answer(ANN)
    pseudonym = bot.app.key.pseudonym(f"tg:{ANN['id']}")
    session = await bot.app.store.load_session(pseudonym)
    assert session is not None
    in_chat = len(bot.api.chat(ANN["id"]))
    shown = copy.deepcopy(bot.api.messages[(ANN["id"], old)])  # the keyboard as shown
    start = len(bot.api.calls)
    await bot.press(ANN, DECLINE, message_id=old)
    calls = Counter(method for method, _ in bot.api.calls[start:])
    assert calls == Counter({"answerCallbackQuery": 1, "editMessageReplyMarkup": 1})
    assert bot.toasts()[-1] == CLOSED
    assert bot.api.buttons(bot.api.messages[(ANN["id"], old)]) == [], "nothing invites a press"
    bot.api.messages[(ANN["id"], old)] = shown  # a phone that has not caught up yet
    calls = await press_data(bot, ANN, old, data_of(shown, AGREE))
    assert calls["answerCallbackQuery"] == 1 and bot.toasts()[-1] == CLOSED
    assert set(calls) <= {"answerCallbackQuery", "editMessageReplyMarkup"}, "nothing sent"
    assert len(bot.api.chat(ANN["id"])) == in_chat and thanked(bot) == 1
    assert await bot.app.store.load_session(pseudonym) == session, "the reflection goes on"
    assert rows(tmp_path, "SELECT count(*) FROM workers WHERE consent_day IS NOT NULL") == [(1,)]
    await bot.answer(ANN)
    after = await bot.app.store.load_session(pseudonym)
    assert after is not None and after != session, "still answering"


async def test_a_consent_question_left_with_its_buttons_loses_them_on_the_next_press(
    bot: Harness, tmp_path: Path
) -> None:
    """The bot stopped after storing the consent and before taking the question's buttons
    off (the crash run found it: its worker pressed forever). The next press says the
    question is closed and takes the buttons off: nothing invites a press again, and the
    worker is not thanked or asked twice."""
    await bot.say(ANN, "/start")
    question = copy.deepcopy(bot.question(ANN))
    pseudonym = bot.app.key.pseudonym(f"tg:{ANN['id']}")
    await bot.app.store.ensure_worker(pseudonym, bot.app.key.version, "nl", date.today())
    await bot.app.store.set_consent(pseudonym, date.today())  # stored; then the kill
    await bot.restart()
    assert bot.api.buttons(bot.api.messages[(ANN["id"], question["message_id"])]) == [
        AGREE,
        DECLINE,
    ]
    calls = await press_data(bot, ANN, question["message_id"], data_of(question, AGREE))
    assert calls == Counter({"answerCallbackQuery": 1, "editMessageReplyMarkup": 1})
    assert bot.toasts()[-1] == CLOSED and thanked(bot) == 0
    assert bot.api.buttons(bot.api.messages[(ANN["id"], question["message_id"])]) == []
    assert rows(tmp_path, "SELECT count(*) FROM workers WHERE consent_day IS NOT NULL") == [(1,)]
    await bot.say(ANN, "/reflect")
    assert not bot.question(ANN)["text"].startswith(question["text"]), "not asked again"


async def test_forget_mid_reflection_asks_first_and_says_the_reflection_goes_too(
    bot: Harness,
) -> None:
    await bot.consent(ANN)
    await bot.say(ANN, "/forget")
    assert "lopende reflectie" not in bot.question(ANN)["text"], "none in progress: not said"
    await bot.press(ANN, "Nee, bewaren")
    assert "lopende reflectie" not in bot.texts(ANN)[-1]
    await bot.say(ANN, "/reflect")
    await bot.answer(ANN)
    pseudonym = bot.app.key.pseudonym(f"tg:{ANN['id']}")
    await bot.say(ANN, "/forget")
    asked = bot.question(ANN)["text"]
    assert "Je lopende reflectie is nog niet bewaard: die wordt dan ook gewist." in asked
    assert await bot.app.store.load_session(pseudonym) is not None, "asked, nothing done yet"
    await bot.press(ANN, "Nee, bewaren")
    kept = bot.texts(ANN)[-1]
    assert kept.startswith("Er werd niets gewist.")
    assert "Je lopende reflectie staat er nog: met /reflect ga je verder." in kept
    assert await bot.app.store.load_session(pseudonym) is not None
    await bot.say(ANN, "/forget")
    await bot.press(ANN, "Ja, alles wissen")
    assert await bot.app.store.load_session(pseudonym) is None
    assert await bot.app.store.get_worker(pseudonym) is None


async def test_an_invite_link_tapped_again_tells_the_supervisor_once(
    bot: Harness, tmp_path: Path
) -> None:
    """The consent question of an invite link: two quick taps, a tap after a restart, and
    the link opened again after joining. One membership, one audit line, one notice."""
    await bot.consent(SUPERVISOR)
    await bot.say(SUPERVISOR, "/newteam Team Noord")
    worker_code = LINK.findall(bot.texts(SUPERVISOR)[-1])[0]
    await bot.say(ANN, f"/start {worker_code}")
    asked = copy.deepcopy(bot.question(ANN))  # as sent, with its keyboard
    question = asked["message_id"]
    first = bot.api.press(ANN, question, AGREE)
    second = copy.deepcopy(bot.api.press(ANN, question, AGREE))
    await bot.feed(first)
    await bot.feed(second)
    assert bot.toasts()[-1] == CLOSED
    assert any(t.startswith("Je bent lid van team “Team Noord”") for t in bot.texts(ANN))
    await bot.restart()
    late = bot.api.press_data(ANN, question, data_of(asked, AGREE))
    late["callback_query"]["message"] = asked  # a press sent before the restart's edit arrived
    await bot.feed(late)
    assert bot.toasts()[-1] == CLOSED
    await bot.say(ANN, f"/start {worker_code}")
    assert "Je zit al in team “Team Noord”" in bot.texts(ANN)[-1]
    notices = [t for t in bot.texts(SUPERVISOR) if t.startswith(JOINED_NOTICE)]
    assert len(notices) == 1, "told once per worker, not per tap"
    assert rows(tmp_path, "SELECT role FROM memberships ORDER BY role") == [
        ("supervisor",),
        ("worker",),
    ]
    joins = rows(tmp_path, "SELECT count(*) FROM audit WHERE action = 'team.join'")
    assert joins == [(1,)]
    assert sum(THANKS in t for t in bot.api.shown[ANN["id"]]) == 1, "thanked once, on joining"
    assert all(m["from"]["id"] == BOT["id"] or m["text"].startswith("/start")
               for m in bot.api.chat(ANN["id"]))  # fmt: skip


async def test_a_co_supervisor_link_opened_again_asks_the_supervisors_once(
    bot: Harness, tmp_path: Path
) -> None:
    await bot.consent(SUPERVISOR)
    await bot.say(SUPERVISOR, "/newteam Team Noord")
    co_code = LINK.findall(bot.texts(SUPERVISOR)[-1])[2]
    await bot.say(ANN, f"/start {co_code}")
    await bot.press(ANN, AGREE)
    await bot.say(ANN, f"/start {co_code}")
    assert bot.texts(ANN)[-1].startswith("Je vraag om co-supervisor te worden van “Team Noord”")
    asks = [t for t in bot.texts(SUPERVISOR) if "vraagt om co-supervisor" in t]
    assert len(asks) == 1, "one request, however often the link is opened"
    assert rows(tmp_path, "SELECT count(*) FROM audit WHERE action = 'team.ask'") == [(1,)]
    assert rows(tmp_path, "SELECT count(*) FROM pending_supervisors") == [(1,)]


async def test_a_language_chosen_before_consent_asks_consent_in_place_and_it_can_be_answered(
    bot: Harness, tmp_path: Path
) -> None:
    """The language answer becomes the consent question in the same message (`one_shot`):
    that message's consent buttons are a new question, not the answered one."""
    await bot.say(ANN, "/language")
    menu = bot.question(ANN)["message_id"]
    await bot.press(ANN, "Français")
    assert bot.question(ANN)["message_id"] == menu, "asked in place"
    await bot.press(ANN, "✓ J'accepte")
    assert bot.api.messages[(ANN["id"], menu)]["text"].startswith("Merci.")
    assert rows(tmp_path, "SELECT lang FROM workers WHERE consent_day IS NOT NULL") == [("fr",)]
