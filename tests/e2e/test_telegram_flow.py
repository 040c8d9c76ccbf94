"""The reflection on Telegram, end to end against the strict fake Bot API."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest

from bot.dialogue.session import EntryDraft
from tests.e2e.telegram_harness import Harness
from tests.fakes.telegram_api import BOT

ANN = {"id": 501, "is_bot": False, "first_name": "Worker", "language_code": "nl"}


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    yield harness
    await harness.stop()


def rows(data_dir: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(data_dir / "reflectbot.sqlite3") as db:
        return list(db.execute(sql))


async def test_commands_are_registered_per_language(bot: Harness) -> None:
    commands = bot.api.commands
    assert set(commands) == {"nl", "fr", "en", None}
    assert [c["command"] for c in commands["nl"]][:2] == ["reflect", "mine"]
    assert commands["fr"][0]["description"].startswith("Réfléchir")
    assert commands[None] == commands["nl"], "the default language's menu for everyone else"


async def test_nothing_is_stored_before_consent(bot: Harness, tmp_path: Path) -> None:
    await bot.say(ANN, "/start")
    welcome = bot.api.last(ANN["id"])
    assert "Wat ik bewaar" in welcome["text"]
    assert bot.api.buttons(welcome) == ["✓ Ik ga akkoord", "Nee, bedankt"]
    await bot.say(ANN, "/reflect")
    assert "lees eerst wat ik bewaar" in bot.api.last(ANN["id"])["text"]
    await bot.press(ANN, "Nee, bedankt")
    assert "Er wordt niets bewaard" in bot.api.last(ANN["id"])["text"]
    assert rows(tmp_path, "SELECT count(*) FROM workers") == [(0,)]
    await bot.press(ANN, "✓ Ik ga akkoord", message_id=welcome["message_id"])
    assert rows(tmp_path, "SELECT count(*) FROM workers WHERE consent_day IS NOT NULL") == [(1,)]


async def test_a_complete_reflection_on_a_phone(bot: Harness, tmp_path: Path) -> None:
    """One window, edited from question to question, and the receipt is all that stays."""
    await bot.consent(ANN)
    before = [m["message_id"] for m in bot.api.chat(ANN["id"])]
    await bot.say(ANN, "/reflect")
    window = bot.question(ANN)
    assert window["text"].startswith("Kern 1/9")
    await bot.press(ANN, "Huisbezoek")
    edited = bot.api.messages[(ANN["id"], window["message_id"])]
    assert edited["text"].startswith("✓ Huisbezoek\n\nKern 2/9")
    assert bot.question(ANN)["message_id"] == window["message_id"], "edited, not sent anew"
    for _ in range(120):
        if bot.texts(ANN)[-1].startswith("Bewaard"):
            break
        await bot.answer(ANN, text="Ze belde meneer Janssens op 0470 12 34 56 zelf op.")
    (answers,) = rows(tmp_path, "SELECT answers FROM entries")[0]
    stored = json.loads(str(answers))
    assert stored["bright_spot"] == "Ze belde meneer [naam] op [telefoon] zelf op."
    assert rows(tmp_path, "SELECT count(*) FROM sessions") == [(0,)]
    left = [m for m in bot.api.chat(ANN["id"]) if m["message_id"] not in before]
    assert len(left) == 1, "one bot message and none of the worker's stay in the chat"
    (receipt,) = left
    assert receipt["text"].startswith("Bewaard. Dank je om de tijd te nemen om te reflecteren.")
    assert "Wat je meeneemt:" in receipt["text"], "the worker's own words reflected back"
    assert "Wat goed ging: Ze belde meneer [naam] op [telefoon] zelf op." in receipt["text"]
    assert receipt["text"].endswith("Je leest ze terug met /mine.")
    assert receipt["message_id"] == window["message_id"], "the window became the receipt"
    assert not bot.api.buttons(receipt), "nothing else to clear, so no clean-up offer"
    assert not any("Janssens" in (m.get("text") or "") for m in bot.api.chat(ANN["id"]))
    calls = [method for method, _ in bot.api.calls]
    assert "sendMessage" in calls and calls.count("deleteMessage") >= 4


async def test_every_message_respects_telegram_limits(bot: Harness) -> None:
    await bot.consent(ANN)
    await bot.reflect(ANN)
    sent = [params for method, params in bot.api.calls if method == "sendMessage"]
    assert sent and all(len(p["text"]) <= 4096 for p in sent)
    for params in sent:
        for row in (params.get("reply_markup") or {}).get("inline_keyboard", []):
            assert all(len(b["callback_data"].encode()) <= 64 for b in row if "callback_data" in b)


async def test_resume_after_restarting_the_application(bot: Harness) -> None:
    await bot.consent(ANN)
    await bot.say(ANN, "/reflect")
    await bot.press(ANN, "Huisbezoek")
    window, asked = bot.question(ANN), bot.asked(ANN)
    await bot.restart()
    await bot.say(ANN, "/reflect")
    resumed = bot.question(ANN)
    assert resumed["message_id"] == window["message_id"], "the same window, edited"
    assert resumed["text"].startswith("Welkom terug")
    assert bot.asked(ANN) == asked
    await bot.press(ANN, "☐ Moe")
    await bot.press(ANN, "Klaar")
    assert bot.asked(ANN).startswith("Kern 3/9")


async def test_resume_in_a_new_window_when_the_old_one_is_gone(bot: Harness) -> None:
    await bot.consent(ANN)
    await bot.say(ANN, "/reflect")
    await bot.press(ANN, "Huisbezoek")
    window, asked = bot.question(ANN), bot.asked(ANN)
    await bot.restart()
    del bot.api.messages[(ANN["id"], window["message_id"])]  # the worker deleted it
    await bot.say(ANN, "/reflect")
    resumed = bot.question(ANN)
    assert resumed["message_id"] > window["message_id"], "Telegram refused the edit: sent anew"
    assert resumed["text"].startswith("Welkom terug") and bot.asked(ANN) == asked
    await bot.press(ANN, "Overslaan →")
    assert bot.asked(ANN).startswith("Kern 3/9")


async def test_a_redelivered_update_is_applied_once(bot: Harness) -> None:
    await bot.consent(ANN)
    await bot.say(ANN, "/reflect")
    press = bot.api.press(ANN, bot.question(ANN)["message_id"], "Huisbezoek")
    await bot.feed(press)
    count = len(bot.api.calls)
    await bot.feed(press)
    assert len(bot.api.calls) == count, "the second delivery changes and sends nothing"
    assert bot.asked(ANN).startswith("Kern 2/9")


async def test_a_stale_button_is_closed(bot: Harness, tmp_path: Path) -> None:
    """A press for a question already answered (a second quick press) gets a toast and
    changes nothing; a button of an older dialogue version brings the window up to date."""
    await bot.consent(ANN)
    await bot.say(ANN, "/reflect")
    window = bot.question(ANN)["message_id"]
    await bot.press(ANN, "Huisbezoek")
    await bot.press(ANN, "Overslaan →")
    shown, count = bot.question(ANN)["text"], len(bot.api.chat(ANN["id"]))
    await bot.feed(bot.api.press_data(ANN, window, "r1|2|c|contact_kind|office"))
    assert bot.toasts()[-1] == "Die vraag is afgesloten."
    assert bot.question(ANN)["text"] == shown and len(bot.api.chat(ANN["id"])) == count
    await bot.feed(bot.api.press_data(ANN, window, "r1|1|c|contact_kind|office"))
    assert bot.toasts()[-1] == "Die vraag is afgesloten.", "a button of an older version"
    assert "afgesloten" in bot.question(ANN)["text"]
    assert bot.asked(ANN).startswith("Kern 3/9")
    assert len(bot.api.chat(ANN["id"])) == count, "no new message"
    (data,) = rows(tmp_path, "SELECT data FROM sessions")[0]
    assert json.loads(str(data))["answers"]["contact_kind"] == "home_visit"


async def test_two_quick_presses_apply_once(bot: Harness, tmp_path: Path) -> None:
    await bot.consent(ANN)
    await bot.say(ANN, "/reflect")
    window = bot.question(ANN)["message_id"]
    first = bot.api.press(ANN, window, "Huisbezoek")
    second = bot.api.press(ANN, window, "Op kantoor")  # pressed before the edit arrived
    await bot.feed(first)
    await bot.feed(second)
    assert bot.toasts() == ["Die vraag is afgesloten."]
    assert bot.question(ANN)["text"].startswith("✓ Huisbezoek")
    (data,) = rows(tmp_path, "SELECT data FROM sessions")[0]
    assert json.loads(str(data))["answers"] == {"contact_kind": "home_visit"}


async def test_forget_erases_everything(bot: Harness, tmp_path: Path) -> None:
    await bot.consent(ANN)
    await bot.reflect(ANN)
    await bot.say(ANN, "/reflect")
    await bot.press(ANN, "Nog niet")  # the follow-up of the first reflection's plan
    await bot.say(ANN, "/forget")
    await bot.press(ANN, "Ja, alles wissen")
    receipt = bot.api.last(ANN["id"])["text"]
    assert receipt.startswith("Gewist: 1 bewaarde reflectie, 1 lopende reflectie,")
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        assert len(db.execute("SELECT hash FROM erasures").fetchall()) == 1, "hash only"
        for table in tables:
            if table not in ("schema_migrations", "erasures"):
                assert db.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table


async def test_mine_lists_entries_and_sends_a_chart(bot: Harness) -> None:
    await bot.consent(ANN)
    await bot.say(ANN, "/mine")
    assert "nog geen bewaarde reflecties" in bot.api.last(ANN["id"])["text"]
    for _ in range(2):
        await bot.reflect(ANN)
    await bot.say(ANN, "/mine")
    texts = bot.texts(ANN)
    assert "Je meest recente reflecties" in texts[-2]
    assert texts[-2].count("Huisbezoek") == 2
    assert bot.api.photos and bot.api.photos[-1].startswith(b"\x89PNG")
    assert bot.api.last(ANN["id"])["caption"].startswith("Je eigen trends")


async def test_language_can_be_changed(bot: Harness) -> None:
    await bot.consent(ANN)
    await bot.say(ANN, "/language")
    await bot.press(ANN, "Français")
    assert bot.api.last(ANN["id"])["text"] == "Désormais je parle français."
    await bot.say(ANN, "/reflect")
    assert "De quel type de contact s'agissait-il ?" in bot.question(ANN)["text"]


async def test_group_chats_get_a_private_link(bot: Harness) -> None:
    await bot.feed(bot.api.send_text(ANN, "/reflect", chat_id=-100))
    (message,) = [m for m in bot.api.chat(-100) if m["from"]["id"] == BOT["id"]]
    assert "privé" in message["text"]
    assert (
        message["reply_markup"]["inline_keyboard"][0][0]["url"] == "https://t.me/reflect_test_bot"
    )


async def test_mine_sends_all_my_data_as_json(bot: Harness) -> None:
    await bot.consent(ANN)
    await bot.reflect(ANN)
    await bot.say(ANN, "/reflect")
    await bot.press(ANN, "Nog niet")
    await bot.say(ANN, "/mine")
    await bot.press(ANN, "⬇ Al mijn gegevens (JSON)")
    data = json.loads(bot.api.documents[-1])
    assert data["pseudonym"] == bot.app.key.pseudonym(f"tg:{ANN['id']}")
    assert data["worker"]["language"] == "nl"
    assert data["telegram_chat"] == {"chat_id": ANN["id"]}
    assert data["reflection_in_progress"]["answers"] == {"follow_up_tried": "not_yet"}
    assert len(data["reflections"]) == 1
    assert data["reflections"][0]["answers"]["contact_kind"] == "home_visit"
    assert bot.api.last(ANN["id"])["caption"].startswith("Alles wat reflectbot")


async def test_the_next_reflection_follows_up_the_thing_to_try(
    bot: Harness, tmp_path: Path
) -> None:
    await bot.consent(ANN)
    await bot.reflect(ANN, text="Eerst vragen wat de persoon zelf wil.")
    receipt = next(t for t in reversed(bot.texts(ANN)) if t.startswith("Bewaard"))
    assert "Volgende keer proberen: Eerst vragen wat de persoon zelf wil." in receipt
    await bot.say(ANN, "/reflect")
    assert bot.asked(ANN).startswith("Opvolging 1/1")
    assert "De vorige keer nam je je voor: “Eerst vragen wat de persoon zelf wil.”" in (
        bot.asked(ANN)
    )
    assert bot.api.buttons(bot.question(ANN))[:3] == [
        "Ja, ik heb het geprobeerd", "Nog niet", "Het is niet meer van toepassing",
    ]  # fmt: skip
    await bot.press(ANN, "Nog niet")
    assert bot.asked(ANN).startswith("Kern 1/9")
    receipts = sum(t.startswith("Bewaard") for t in bot.texts(ANN))
    for _ in range(120):
        if sum(t.startswith("Bewaard") for t in bot.texts(ANN)) > receipts:
            break
        await bot.answer(ANN)
    latest = rows(tmp_path, "SELECT answers FROM entries ORDER BY id DESC LIMIT 1")[0][0]
    assert json.loads(str(latest))["follow_up_tried"] == "not_yet"


async def test_a_worker_in_no_team_is_not_asked_to_share(bot: Harness) -> None:
    await bot.consent(ANN)
    await bot.reflect(ANN)
    shown = bot.api.shown[ANN["id"]]
    assert not any("delen voor teamsupervisie" in t for t in shown)
    assert any("Je zit in deze bot niet in een team" in t for t in shown), "told why"


async def test_a_group_session_continues_in_its_own_variant(bot: Harness, tmp_path: Path) -> None:
    await bot.consent(ANN)
    await bot.say(ANN, "/reflect")
    await bot.press(ANN, "Een groepssessie")
    assert bot.asked(ANN).startswith("Kern 2/9"), "the same core, the same counter"
    receipts = sum(t.startswith("Bewaard") for t in bot.texts(ANN))
    for _ in range(120):
        if sum(t.startswith("Bewaard") for t in bot.texts(ANN)) > receipts:
            break
        await bot.answer(ANN)
    shown = bot.api.shown[ANN["id"]]
    assert any("ruimte om er gewoon te zijn voor de groep" in t for t in shown)
    assert rows(tmp_path, "SELECT dialogue_id FROM entries") == [("group_session",)]


async def test_mine_words_strengths_and_signals_in_my_language(bot: Harness) -> None:
    """No hidden English codes: /mine and its JSON say what each code means, in Dutch."""
    await bot.consent(ANN)
    pseudonym = bot.app.key.pseudonym(f"tg:{ANN['id']}")
    answers = {"contact_kind": "home_visit", "equality_stance": ("distant", "explained"),
               "presence_room": "no"}  # fmt: skip
    draft = EntryDraft("post_contact", 2, date.today(), "nl", answers,
                       ("low_presence", "distant_stance"), {"shared": False})  # fmt: skip
    await bot.app.store.finish_session(pseudonym, draft)
    await bot.say(ANN, "/mine")
    listing = next(t for t in reversed(bot.texts(ANN)) if "Je meest recente reflecties" in t)
    assert "✦ wat je goed deed: " in listing and "distant_stance" not in listing
    assert "⚑ voor supervisie: " in listing
    await bot.press(ANN, "⬇ Al mijn gegevens (JSON)")
    (entry,) = json.loads(bot.api.documents[-1])["reflections"]
    assert entry["signals"] == ["low_presence", "distant_stance"]
    worded = entry["signals_in_words"] + entry["strengths_in_words"]
    assert len(entry["signals_in_words"]) == 2 and len(entry["strengths_in_words"]) == 1
    assert not any("_" in label or (label.isascii() and " " not in label) for label in worded)
    assert entry["strengths_in_words"][0] in listing
