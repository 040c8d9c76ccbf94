"""One window per reflection, end to end: edited in place, typed answers removed (and an
honest word when Telegram refuses), the overview in one message, stale keyboards."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from bot.dialogue.events import Save
from bot.storage.sqlite import DB_FILE
from tests.e2e.telegram_harness import Harness, consented

ANN: dict[str, Any] = {"id": 701, "is_bot": False, "first_name": "Worker", "language_code": "nl"}
REMOVED = "Ik heb je bericht uit deze chat verwijderd; wat ik bewaar, staat in dit bericht."
REFUSED = "Ik kon je bericht niet uit deze chat verwijderen"
PLAIN = "Ze zorgt goed voor haar buurvrouw."


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async with consented(tmp_path, ANN) as harness:
        yield harness


async def to_typed_question(bot: Harness, user: dict[str, Any] = ANN) -> None:
    """From /reflect to the first question answered by typing."""
    await bot.say(user, "/reflect")
    for _ in range(40):
        if "Typ je antwoord" in bot.question(user)["text"]:
            return
        await bot.answer(user)
    raise AssertionError("no typed question")


def calls_since(bot: Harness, start: int) -> Counter[str]:
    return Counter(method for method, _ in bot.api.calls[start:])


async def test_each_answer_costs_at_most_two_or_three_calls(bot: Harness) -> None:
    """A button answer: answer the button and edit the window; a typed answer: delete it
    and edit (or move) the window."""
    await bot.say(ANN, "/reflect")
    presses = typed = 0
    for _ in range(120):
        if bot.texts(ANN)[-1].startswith("Bewaard"):
            break
        start, asked = len(bot.api.calls), bot.question(ANN)
        await bot.answer(ANN, text=PLAIN)
        calls = calls_since(bot, start)
        if calls["answerCallbackQuery"]:
            presses += 1
            assert sum(calls.values()) <= 2, calls
            assert calls["editMessageText"] == 1 and not calls["sendMessage"], calls
        else:
            typed += 1
            assert sum(calls.values()) <= 3, calls
        saved = bot.texts(ANN)[-1].startswith("Bewaard")  # the receipt has no buttons
        assert saved or typed or bot.question(ANN)["message_id"] == asked["message_id"]
    assert presses > 10 and typed >= 2, "both kinds of answer were measured"


async def test_a_typed_answer_leaves_the_chat_with_a_note_once(bot: Harness) -> None:
    await to_typed_question(bot)
    window = bot.question(ANN)["message_id"]
    update = bot.api.send_text(ANN, PLAIN)
    typed = update["message"]["message_id"]
    start = len(bot.api.calls)
    await bot.feed(update)
    assert (ANN["id"], typed) not in bot.api.messages, "deleted from the chat"
    shown = bot.question(ANN)
    assert shown["message_id"] == window, "nothing of theirs below: edited in place"
    assert PLAIN in shown["text"], "what is kept (or shown back to confirm) is in the window"
    assert shown["text"].endswith(REMOVED)
    assert [m for m, _ in bot.api.calls[start:]] == ["deleteMessage", "editMessageText"]
    for _ in range(40):
        if "Typ je antwoord" in bot.question(ANN)["text"]:
            break
        await bot.answer(ANN)
    await bot.say(ANN, "Ik vroeg wat zij zelf wilde.")
    assert REMOVED not in bot.question(ANN)["text"], "the note is said once"
    assert len(bot.worker_messages(ANN)) == 1, "only /start is left of theirs"


async def test_a_refused_delete_is_said_plainly_and_the_window_moves_below(
    bot: Harness,
) -> None:
    await to_typed_question(bot)
    window = bot.question(ANN)["message_id"]
    bot.api.age(ANN["id"], 49, [window])  # the window is old too: its delete is refused
    update = bot.api.send_text(ANN, PLAIN)
    typed = update["message"]["message_id"]
    bot.api.age(ANN["id"], 49, [typed])  # as if it reached the bot two days late
    await bot.feed(update)
    assert (ANN["id"], typed) in bot.api.messages, "Telegram refused: it is still there"
    moved = bot.question(ANN)
    assert moved["message_id"] > typed, "the window moved below their message"
    assert REFUSED in moved["text"] and "hou het ingedrukt" in moved["text"]
    assert REMOVED not in moved["text"], "no claim of a deletion that did not happen"
    old = bot.api.messages[(ANN["id"], window)]
    assert "reply_markup" not in old, "the old window, which could not go, lost its buttons"
    count = len(bot.api.chat(ANN["id"]))
    data = moved["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    await bot.feed(bot.api.press_data(ANN, window, data))  # the old keyboard, as it was
    assert bot.toasts()[-1] == "Die vraag is afgesloten."
    assert len(bot.api.chat(ANN["id"])) == count, "a toast, no new message"
    assert bot.question(ANN)["message_id"] == moved["message_id"]


async def test_the_clean_up_offer_covers_what_the_reflection_left(bot: Harness) -> None:
    """Only what the bot may still delete is offered: a sticker (not read, so not
    removed) is; a typed answer Telegram refused to delete is not (the window said how)."""
    await to_typed_question(bot)
    update = bot.api.send_text(ANN, PLAIN)
    bot.api.age(ANN["id"], 49, [update["message"]["message_id"]])
    await bot.feed(update)
    await bot.answer(ANN)
    for _ in range(120):
        if bot.texts(ANN)[-1].startswith("Bewaard"):
            break
        await bot.answer(ANN)
    receipt = bot.api.last(ANN["id"])
    assert not bot.api.buttons(receipt), "nothing the bot could still remove"
    await reflect_leaving_a_sticker(bot, ANN)
    receipt = bot.api.last(ANN["id"])
    assert "Deze reflectie liet nog andere berichten achter" in receipt["text"]
    assert bot.api.buttons(receipt) == ["🧹 Chat leegmaken", "Berichten bewaren"]


async def test_the_window_moves_below_a_message_of_theirs(bot: Harness) -> None:
    await to_typed_question(bot)
    window = bot.question(ANN)["message_id"]
    await bot.say(ANN, "/help")  # their command and its reply now sit below the window
    start = len(bot.api.calls)
    await bot.say(ANN, PLAIN)
    assert [m for m, _ in bot.api.calls[start:]] == ["deleteMessage", "deleteMessage",
                                                     "sendMessage"]  # fmt: skip
    assert (ANN["id"], window) not in bot.api.messages, "the old window is gone"
    assert bot.api.chat(ANN["id"])[-1] == bot.question(ANN), "the window is at the bottom"


async def test_cancel_removes_the_command_and_ends_in_the_window(bot: Harness) -> None:
    await to_typed_question(bot)
    await bot.say(ANN, PLAIN)
    window = bot.question(ANN)["message_id"]
    await bot.say(ANN, "/cancel")
    await bot.press(ANN, "Ja, weggooien")
    assert bot.api.messages[(ANN["id"], window)]["text"].startswith("Weggegooid")
    assert len(bot.worker_messages(ANN)) == 1, "neither /reflect, their text nor /cancel"
    await bot.say(ANN, "/reflect")
    assert bot.question(ANN)["message_id"] != window, "a new reflection, a new window"


async def test_the_overview_is_one_message_edited_in_place(bot: Harness) -> None:
    await bot.say(ANN, "/reflect")
    for _ in range(120):
        if "✎ Context aanpassen" in bot.api.buttons(bot.question(ANN)):
            break
        await bot.answer(ANN, text=PLAIN)
    overview = bot.question(ANN)
    count = len(bot.api.chat(ANN["id"]))
    labels = bot.api.buttons(overview)
    assert "✎ Context aanpassen" in labels and "✎ Afronding aanpassen" in labels
    assert "Soort contact: Huisbezoek" in overview["text"] and len(overview["text"]) <= 4096
    rows = overview["reply_markup"]["inline_keyboard"]
    assert all(len(row) <= 2 for row in rows)
    await bot.press(ANN, "✎ Context aanpassen")
    assert bot.question(ANN)["message_id"] == overview["message_id"]
    await bot.press(ANN, "Soort contact")
    await bot.press(ANN, "Op kantoor")
    back = bot.question(ANN)
    assert back["message_id"] == overview["message_id"], "the same message all along"
    assert "Soort contact: Op kantoor" in back["text"]
    assert len(bot.api.chat(ANN["id"])) == count, "no message was added"


async def test_a_button_answer_never_reaches_the_database_thread(
    bot: Harness, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Reads and the one commit are served on the event loop (no hop to aiosqlite's
    thread), and the answer is on disk, for any other connection, before it is shown."""
    connection = type(bot.app.store._db)  # type: ignore[attr-defined]
    hops: list[str] = []
    run = connection._execute

    async def counted(self: object, fn: object, *args: object, **kwargs: object) -> object:
        hops.append(getattr(fn, "__name__", str(fn)))
        return await run(self, fn, *args, **kwargs)

    def stored_session() -> str:
        with closing(sqlite3.connect(tmp_path / DB_FILE)) as db:
            return str(db.execute("SELECT data FROM sessions").fetchone()[0])

    await bot.say(ANN, "/reflect")
    monkeypatch.setattr(connection, "_execute", counted)
    for label in ("Huisbezoek", "Overslaan →", "Deels"):
        hops.clear()
        before = stored_session()
        await bot.press(ANN, label)
        assert hops == [], hops
        assert stored_session() != before, "the answer was committed"
    hops.clear()
    stale = "r1|2|c|contact_kind|office"
    await bot.feed(bot.api.press_data(ANN, bot.question(ANN)["message_id"], stale))
    assert hops == [], "a stale press reads and changes nothing: no hop at all"


async def test_a_whole_reflection_never_reaches_the_database_thread(
    bot: Harness, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """/reflect, every answer and the save (the entry, its cells, the session's end in one
    transaction) are written on the event loop while aiosqlite's thread is idle: no hop,
    and the saved entry is on disk, for any other connection, once the receipt shows."""
    connection = type(bot.app.store._db)  # type: ignore[attr-defined]
    hops: list[str] = []
    run = connection._execute

    async def counted(self: object, fn: object, *args: object, **kwargs: object) -> object:
        hops.append(getattr(fn, "__name__", str(fn)))
        return await run(self, fn, *args, **kwargs)

    monkeypatch.setattr(connection, "_execute", counted)
    await bot.reflect(ANN, text=PLAIN)
    assert hops == [], hops
    with closing(sqlite3.connect(tmp_path / DB_FILE)) as db:
        assert db.execute("SELECT count(*) FROM entries").fetchone() == (1,)
        assert db.execute("SELECT count(*) FROM sessions").fetchone() == (0,)


async def test_forget_removes_the_window_and_the_receipts(bot: Harness) -> None:
    """Windows are remembered for /forget (the worker's typed text is already gone)."""
    await bot.reflect(ANN, text=PLAIN)
    receipt = bot.api.last(ANN["id"])["message_id"]
    await bot.say(ANN, "/reflect")
    await bot.press(ANN, "Nog niet")  # the follow-up of the first reflection's plan
    window = bot.question(ANN)["message_id"]
    await bot.say(ANN, "/forget")
    await bot.press(ANN, "Ja, alles wissen")
    assert (ANN["id"], window) not in bot.api.messages
    assert (ANN["id"], receipt) not in bot.api.messages
    assert not any(PLAIN in (m.get("text") or "") for m in bot.api.chat(ANN["id"]))


async def test_a_save_whose_receipt_was_lost_is_confirmed_on_the_next_press(
    bot: Harness,
) -> None:
    """Killed after the save was committed, before the window became its receipt: the
    worker's press on the old save button is told the reflection was kept, in the window."""
    await bot.say(ANN, "/reflect")
    for _ in range(60):
        if "✓ Bewaren" in bot.api.buttons(bot.question(ANN)):
            break
        await bot.answer(ANN)
    window = bot.question(ANN)
    assert "✓ Bewaren" in bot.api.buttons(window)
    pseudonym = bot.app.key.pseudonym(f"tg:{ANN['id']}")
    session = await bot.app.store.load_session(pseudonym)
    assert session is not None
    turn = await bot.app.reflections.handle(pseudonym, Save(session.current))
    assert turn.saved, "the save is committed, and nothing was shown (as if killed)"
    sent = len(bot.worker_messages(ANN)), len(bot.api.chat(ANN["id"]))
    await bot.press(ANN, "✓ Bewaren", window["message_id"])
    shown = bot.api.messages[(ANN["id"], window["message_id"])]
    assert shown["text"].startswith("Bewaard: deze reflectie is bewaard")
    assert (len(bot.worker_messages(ANN)), len(bot.api.chat(ANN["id"]))) == sent, "edited"
    assert len(await bot.app.store.entries_of(pseudonym, 10)) == 1


async def test_a_press_on_a_closed_window_without_a_save_today_claims_nothing(
    bot: Harness,
) -> None:
    await bot.say(ANN, "/reflect")
    window = bot.question(ANN)
    pseudonym = bot.app.key.pseudonym(f"tg:{ANN['id']}")
    await bot.app.store.delete_session(pseudonym)
    await bot.press(ANN, bot.api.buttons(window)[0], window["message_id"])
    assert not bot.api.messages[(ANN["id"], window["message_id"])]["text"].startswith("Bewaard")
    assert bot.toasts()[-1].startswith("Er is geen reflectie bezig.")


async def test_reflect_after_an_unseen_end_says_so_before_starting_anew(bot: Harness) -> None:
    await bot.say(ANN, "/reflect")
    pseudonym = bot.app.key.pseudonym(f"tg:{ANN['id']}")
    await bot.app.store.delete_session(pseudonym)  # ended while the window stayed open
    await bot.say(ANN, "/reflect")
    assert bot.texts(ANN)[-1].startswith("Je vorige reflectie is afgelopen")
    assert await bot.app.store.load_session(pseudonym) is None, "nothing new started yet"
    await bot.say(ANN, "/reflect")
    assert await bot.app.store.load_session(pseudonym) is not None


async def test_a_window_left_behind_by_a_kill_loses_its_buttons_when_pressed(
    bot: Harness,
) -> None:
    """A kill after a window was sent, before it was recorded, leaves a second message with
    buttons: pressing one says the question is closed, takes its buttons off (one window
    again) and remembers it for /forget."""
    await bot.say(ANN, "/reflect")
    stray = bot.question(ANN)
    pseudonym = bot.app.key.pseudonym(f"tg:{ANN['id']}")
    await bot.app.store.set_question_message(pseudonym, None)  # as if never recorded
    await bot.app.store.take_messages_sent(pseudonym)
    await bot.say(ANN, "/reflect")
    window = bot.question(ANN)
    assert window["message_id"] != stray["message_id"] and stray.get("reply_markup")
    await bot.press(ANN, "Huisbezoek", stray["message_id"])
    assert bot.toasts()[-1] == "Die vraag is afgesloten."
    assert not bot.api.messages[(ANN["id"], stray["message_id"])].get("reply_markup")
    remembered = [m for m, _ in await bot.app.store.take_messages_sent(pseudonym)]
    assert remembered.count(stray["message_id"]) == 1
    assert bot.question(ANN)["message_id"] == window["message_id"], "the window is untouched"


async def reflect_leaving_a_sticker(bot: Harness, user: dict[str, Any]) -> None:
    """A reflection saved with a sticker of the worker's left in the chat: the bot cannot
    remove it, so the receipt offers the clean-up."""
    await bot.say(user, "/reflect")
    await bot.answer(user)
    sticker = {"file_id": "s", "file_unique_id": "s", "type": "regular", "width": 1,
               "height": 1, "is_animated": False, "is_video": False}  # fmt: skip
    await bot.feed(bot.api.send_other(user, sticker=sticker))
    for _ in range(120):
        if bot.texts(user)[-1].startswith("Bewaard"):
            break
        await bot.answer(user)
