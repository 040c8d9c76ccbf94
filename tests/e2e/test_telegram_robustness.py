"""Everything Telegram and users throw at the bot: odd input, rate limits, time-outs,
a blocked bot, reminders, and logs that never hold what a worker wrote."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.telegram.gateway import ATTEMPTS, Gateway
from bot.telegram.reminders import Reminders
from bot.telegram.views import View
from tests.e2e.telegram_harness import Harness, consented
from tests.fakes.telegram_api import Fault

ANN = {"id": 601, "is_bot": False, "first_name": "Worker", "language_code": "nl"}
STICKER = {"file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512,
           "height": 512, "is_animated": False, "is_video": False}  # fmt: skip
PHOTO = [{"file_id": "p1", "file_unique_id": "u2", "width": 90, "height": 90}]
VOICE = {"file_id": "v1", "file_unique_id": "u3", "duration": 3}
DOCUMENT = {"file_id": "d1", "file_unique_id": "u4", "file_name": "verslag.pdf"}
LOCATION = {"latitude": 51.05, "longitude": 3.72}


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async with consented(tmp_path, ANN) as harness:
        yield harness


async def at_presence(bot: Harness) -> str:
    await bot.say(ANN, "/reflect")
    await bot.press(ANN, "Huisbezoek")
    await bot.press(ANN, "☐ Moe")
    await bot.press(ANN, "Klaar")
    question = bot.asked(ANN)
    assert question.startswith("Kern 3/9")
    return question


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ({"sticker": STICKER}, "Ik kan alleen getypte tekst"),
        ({"photo": PHOTO}, "Ik kan alleen getypte tekst"),
        ({"voice": VOICE}, "Ik kan alleen getypte tekst"),
        ({"document": DOCUMENT}, "Ik kan alleen getypte tekst"),
        ({"location": LOCATION}, "Ik kan alleen getypte tekst"),
        ({"text": "kijk hier", "forward_origin": {"type": "hidden_user", "date": 1,
                                                  "sender_user_name": "X"}}, "Doorgestuurde"),
        ({"text": "/onbekend", "entities": [{"type": "bot_command", "offset": 0, "length": 9}]},
         "Dat commando ken ik niet"),
    ],
)  # fmt: skip
async def test_unexpected_input_is_explained_and_the_question_asked_again(
    bot: Harness, content: dict[str, Any], expected: str
) -> None:
    question = await at_presence(bot)
    update = bot.api.send_other(ANN, **content)
    await bot.feed(update)
    window = bot.question(ANN)
    assert expected in window["text"] and bot.asked(ANN) == question
    chat = bot.api.chat(ANN["id"])
    assert chat[-2]["message_id"] == update["message"]["message_id"], "theirs stays, unread"
    assert chat[-1] == window, "the window moved below it"
    await bot.press(ANN, "Deels")
    assert bot.asked(ANN).startswith("Kern 4/9")


async def test_text_where_buttons_are_expected(bot: Harness) -> None:
    question = await at_presence(bot)
    removed = "\n\nIk heb dat bericht uit deze chat verwijderd; er werd niets van bewaard."
    for text in ("🙂🙂🙂", "x" * 4096, "\u202ehallo"):
        await bot.say(ANN, text)
        assert "knoppen" in bot.question(ANN)["text"]
        assert bot.asked(ANN) == question + removed, "asked again; their text is removed"
        assert bot.api.chat(ANN["id"])[-1] == bot.question(ANN), "the window is at the bottom"
    assert len(bot.worker_messages(ANN)) == 1, "nothing is lost: the buttons answer it"


async def test_an_edited_message_is_not_read(bot: Harness, tmp_path: Path) -> None:
    await at_presence(bot)
    own = [m for m in bot.api.chat(ANN["id"]) if not m["from"]["is_bot"]][-1]
    await bot.feed(bot.api.edit_text(ANN, own["message_id"], "iets anders"))
    assert "Ik lees alleen nieuwe berichten" in bot.question(ANN)["text"]


async def test_long_and_emoji_text_answers(bot: Harness) -> None:
    await at_presence(bot)
    for _ in range(40):
        if "Typ je antwoord" in bot.question(ANN)["text"]:
            break
        await bot.answer(ANN)
    await bot.say(ANN, "🙏🙏")
    assert "Dat antwoord lijkt leeg" in bot.question(ANN)["text"]
    await bot.say(ANN, "lang " * 400)
    assert "langer dan de 800 tekens" in bot.question(ANN)["text"]
    await bot.say(ANN, "Ze zorgt goed voor haar buurvrouw.")
    assert any("Ze zorgt goed voor haar buurvrouw." in t for t in bot.texts(ANN)[-3:])
    assert "✓ Bewaren" not in bot.api.buttons(bot.question(ANN)), "nothing to hide: kept as typed"


async def test_commands_mid_question_keep_the_reflection(bot: Harness) -> None:
    question = await at_presence(bot)
    await bot.say(ANN, "/help")
    assert "/reflect" in bot.texts(ANN)[-1]
    await bot.say(ANN, "/reflect")
    assert bot.asked(ANN) == question, "/reflect continues, it does not restart"
    assert bot.api.chat(ANN["id"])[-1] == bot.question(ANN), "the window moved below /help"
    await bot.say(ANN, "/cancel")
    await bot.press(ANN, "Ja, weggooien")
    assert "Weggegooid" in bot.texts(ANN)[-1]


async def test_rate_limits_are_waited_out(bot: Harness) -> None:
    await at_presence(bot)
    bot.api.faults.append(Fault("editMessageText", status=429, retry_after=1))
    started = datetime.now(UTC)
    await bot.press(ANN, "Deels")
    assert datetime.now(UTC) - started >= timedelta(seconds=1)
    assert bot.asked(ANN).startswith("Kern 4/9"), "the reply arrived after waiting"


async def test_server_errors_and_time_outs_are_retried(bot: Harness) -> None:
    await at_presence(bot)
    bot.api.faults.extend([Fault("editMessageText", status=502),
                           Fault("editMessageText", timeout=True)])  # fmt: skip
    await bot.press(ANN, "Deels")
    assert bot.asked(ANN).startswith("Kern 4/9")
    assert not [f for f in bot.api.faults if f.times], "both faults were hit"


async def test_a_reply_lost_to_the_network_is_owned_up_to_next_time(bot: Harness) -> None:
    await at_presence(bot)
    reply = Fault("editMessageText", timeout=True, times=ATTEMPTS)
    apology = Fault("sendMessage", timeout=True, times=ATTEMPTS)
    bot.api.faults.extend([reply, apology])
    before = len(bot.texts(ANN))
    await bot.press(ANN, "Deels")
    assert len(bot.texts(ANN)) == before and bot.asked(ANN).startswith("Kern 3/9"), "nothing came"
    await bot.say(ANN, "/reflect")
    assert any(t.startswith("Een van mijn vorige antwoorden kwam niet bij je aan")
               for t in bot.texts(ANN))  # fmt: skip
    assert bot.asked(ANN).startswith("Kern 4/9"), "the answer was kept: the next question follows"
    count = len(bot.texts(ANN))
    await bot.say(ANN, "/help")
    assert not any("kwam niet bij je aan" in t for t in bot.texts(ANN)[count:])


async def test_message_not_modified_is_harmless(bot: Harness) -> None:
    gateway = Gateway(bot.application.bot)
    message_id = await gateway.send(ANN["id"], View("Zelfde tekst"))
    assert message_id is not None
    status, body = await bot.api.call(bot.api.token, "editMessageText",
                                      {"chat_id": ANN["id"], "message_id": message_id,
                                       "text": "Zelfde tekst"})  # fmt: skip
    assert status == 400 and b"message is not modified" in body, "the fake is strict"
    await gateway.edit(ANN["id"], message_id, View("Zelfde tekst"))  # no exception
    await gateway.clear_keyboard(ANN["id"], message_id)  # nothing to clear: no exception


async def test_a_blocked_bot_marks_the_worker_inactive_and_survives(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    await at_presence(bot)
    bot.api.blocked.add(ANN["id"])
    await bot.press(ANN, "Deels")
    worker = await bot.app.store.get_worker(bot.app.key.pseudonym(f"tg:{ANN['id']}"))
    assert worker is not None and not worker.active
    bot.api.blocked.clear()
    await bot.say(ANN, "/reflect")
    worker = await bot.app.store.get_worker(bot.app.key.pseudonym(f"tg:{ANN['id']}"))
    assert worker is not None and worker.active, "writing again makes them active"


async def test_reminders_nudge_once_and_check_in_weekly(bot: Harness) -> None:
    await at_presence(bot)
    await bot.say(ANN, "/remind")
    await bot.press(ANN, "Wekelijks moment aan")
    reminders = Reminders(bot.app, bot.application.bot, timedelta(hours=3))
    assert await reminders.run_once() == 0
    later = datetime.now(UTC) + timedelta(hours=4)
    assert await reminders.run_once(later) == 1
    assert "Je begon een reflectie" in bot.texts(ANN)[-1]
    assert await reminders.run_once(later) == 0, "at most one nudge"
    week = datetime.now(UTC) + timedelta(days=7, minutes=1)
    assert await reminders.run_once(week) == 1
    assert "wekelijkse moment" in bot.texts(ANN)[-1]
    await bot.restart()
    assert await bot_reminders(bot).run_once(week) == 0, "reminders survive restarts, once"


def bot_reminders(bot: Harness) -> Reminders:
    return Reminders(bot.app, bot.application.bot, timedelta(hours=3))


async def test_logs_never_hold_what_a_worker_wrote(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    """A full reflection with identifying details typed in every text answer, at DEBUG."""
    planted = "Mevrouw Zeynep Kaya-Vandamme, 0470 98 76 54, zeynep@voorbeeld.be"
    caplog.set_level(logging.DEBUG)
    logging.getLogger("telegram").setLevel(logging.INFO)  # as bot.logs.configure does
    await bot.reflect(ANN, text=planted)
    bot.api.faults.append(Fault("sendMessage", status=500, times=10))
    await bot.say(ANN, "/reflect")
    await bot.say(ANN, planted)
    logged = "\n".join(r.getMessage() + str(r.args) + str(r.exc_info) for r in caplog.records)
    # something to search: the retries' warnings and the failed update's located error
    assert sum(r.name == "bot.telegram.gateway" for r in caplog.records) >= 5
    assert any(r.name == "bot.telegram" and r.levelno == logging.ERROR for r in caplog.records)
    secrets = ("Zeynep", "0470 98", "zeynep@", "Kaya", bot.settings.token.value)  # type: ignore[union-attr]
    for secret in secrets:
        assert secret not in logged


async def test_input_without_a_reflection_in_progress(bot: Harness) -> None:
    await bot.say(ANN, "Hallo, is daar iemand?")
    assert bot.texts(ANN)[-1] == "Er is geen reflectie bezig. Start er een met /reflect."
    count = len(bot.texts(ANN))
    await bot.feed(bot.api.send_other(ANN, sticker=STICKER))
    assert len(bot.texts(ANN)) == count + 1, "only the explanation, no second notice"
    assert "Ik kan alleen getypte tekst" in bot.texts(ANN)[-1]


async def test_errors_outside_any_update_are_told_apart(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    """Polling that loses the network is expected (a warning, retried); anything else
    going wrong in the background is a fault of ours (an error)."""
    from telegram.error import NetworkError

    caplog.set_level(logging.INFO)
    await bot.application.process_error(None, NetworkError("connection refused"))
    await bot.application.process_error(None, ValueError("a bug of ours"))
    lines = [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "bot.telegram"]
    assert (
        logging.WARNING,
        "Bot API call outside any update failed: NetworkError (retried)",
    ) in lines
    assert (logging.ERROR, "background work failed: ValueError") in lines


async def test_an_unexpected_error_is_logged_with_where_it_happened(
    bot: Harness, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The type and our frames (module, function, line), never the message: it may hold
    what a worker typed."""
    await at_presence(bot)

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("Mevrouw Peeters typed this")

    monkeypatch.setattr(bot.app.reflections, "handle", broken)
    caplog.set_level(logging.ERROR)
    await bot.say(ANN, "Mevrouw Peeters")
    (line,) = [r.getMessage() for r in caplog.records if "failed" in r.getMessage()]
    assert line.split(": ", 1)[1].startswith("KeyError at bot.telegram.handlers:_event:")
    assert "Peeters" not in line and "typed this" not in line
    assert bot.texts(ANN)[-1].startswith("Er ging bij mij iets mis.")
