"""Clearing the chat, /forget and consent, through the real Application and the fake Bot
API with Telegram's 48-hour delete limit: every receipt counts what really happened."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.telegram_harness import Harness

ANN = {"id": 902, "is_bot": False, "first_name": "A", "language_code": "nl"}


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    yield harness
    await harness.stop()


def pseudonym(bot: Harness) -> str:
    return bot.app.key.pseudonym(f"tg:{ANN['id']}")


async def age_half(bot: Harness) -> tuple[list[int], list[int]]:
    """Make the older half of the remembered messages 49 hours old, in Telegram (the
    fake) and in the bot's own record of when it sent them; returns (young, old)."""
    sent = await bot.app.store.take_messages_sent(pseudonym(bot))
    ids = [m for m, _ in sent]
    old, young = ids[: len(ids) // 2], ids[len(ids) // 2 :]
    bot.api.age(ANN["id"], 49, old)
    then = datetime.now(UTC) - timedelta(hours=49)
    await bot.app.store.remember_messages(pseudonym(bot), old, sent_at=then)
    await bot.app.store.remember_messages(pseudonym(bot), young)
    return young, old


STICKER = {"file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512,
           "height": 512, "is_animated": False, "is_video": False}  # fmt: skip


async def reflect_leaving(bot: Harness, stickers: int = 3) -> None:
    """A whole reflection that leaves messages in the chat: the worker's typed answers
    are deleted at once, so stickers sent on the way (not read, so not removed) and the
    receipt are what the clean-up and /forget have to deal with."""
    await bot.say(ANN, "/reflect")
    for _ in range(stickers):
        await bot.answer(ANN)
        await bot.feed(bot.api.send_other(ANN, sticker=STICKER))
    receipts = sum(t.startswith("Bewaard") for t in bot.texts(ANN))
    for _ in range(120):
        if sum(t.startswith("Bewaard") for t in bot.texts(ANN)) > receipts:
            return
        await bot.answer(ANN)
    raise AssertionError("the reflection did not end")


async def join_a_team(bot: Harness) -> None:
    """Only a worker in a team is asked to share: the receipt counts a shared reflection."""
    supervisor = {"id": 904, "is_bot": False, "first_name": "S", "language_code": "nl"}
    await bot.consent(supervisor)
    await bot.say(supervisor, "/newteam Team West")
    code = re.findall(r"start=([\w-]+)", bot.texts(supervisor)[-1])[0]
    await bot.say(ANN, f"/start {code}")


def in_chat(bot: Harness, ids: list[int]) -> list[int]:
    return [m for m in ids if (ANN["id"], m) in bot.api.messages]


async def test_kept_messages_are_still_deleted_by_forget_and_old_ones_reported(
    bot: Harness, tmp_path: Path
) -> None:
    await bot.consent(ANN)
    await join_a_team(bot)
    await reflect_leaving(bot)
    await bot.press(ANN, "Berichten bewaren")
    assert "Ik bewaar hun nummers 48 uur lang" in bot.texts(ANN)[-1]
    young, old = await age_half(bot)
    assert young and old and in_chat(bot, young + old) == young + old
    await bot.say(ANN, "/forget")
    await bot.press(ANN, "Ja, alles wissen")
    receipt = bot.api.last(ANN["id"])["text"]
    assert f"Berichten uit deze chat verwijderd: tot {len(young)} (" in receipt
    assert f"Niet verwijderd: {len(old)} berichten ouder dan 48 uur" in receipt
    assert "lang in te drukken" in receipt
    assert in_chat(bot, young) == [], "every message the receipt counts is gone"
    assert in_chat(bot, old) == old, "the old ones Telegram refused are still there"
    assert "Je had 1 reflectie gedeeld:" in receipt, "a shared reflection may be in packs"
    assert "Back-ups van de databank" in receipt
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM chat_refs").fetchone() == (0,)


async def test_forget_never_counts_a_message_already_gone_as_removed_by_it(
    bot: Harness,
) -> None:
    """/forget deletes in batches and Telegram skips a message the worker deleted already
    without saying so: the receipt gives its count as an upper bound, and says why."""
    await bot.consent(ANN)
    await reflect_leaving(bot)
    remembered = [m for m, _ in await bot.app.store.messages_sent(pseudonym(bot))]
    bot.api.messages.pop((ANN["id"], remembered[0]))  # the worker deleted one by hand
    await bot.say(ANN, "/forget")
    await bot.press(ANN, "Ja, alles wissen")
    receipt = bot.api.last(ANN["id"])["text"]
    assert (f"Berichten uit deze chat verwijderd: tot {len(remembered)} (ook wat je zelf al "
            "had verwijderd, telt mee).") in receipt  # fmt: skip
    assert f"verwijderd: {len(remembered)}." not in receipt, "no exact claim"
    assert in_chat(bot, remembered) == []


async def test_clearing_the_chat_counts_what_was_removed(bot: Harness) -> None:
    await bot.consent(ANN)
    await reflect_leaving(bot)
    receipt = bot.api.last(ANN["id"])["message_id"]  # it holds the offer: it stays
    young, old = await age_half(bot)
    await bot.press(ANN, "🧹")
    lines = bot.texts(ANN)[-1]
    cleared = [m for m in young if m != receipt]
    assert lines.startswith(f"Berichten uit deze chat verwijderd: {len(cleared)}.")
    assert f"Niet verwijderd: {len(old)} berichten ouder dan 48 uur" in lines
    assert in_chat(bot, cleared) == [] and in_chat(bot, old) == old
    assert in_chat(bot, [receipt]) == [receipt], "the offer spoke of other messages"


async def test_clearing_with_nothing_old_says_nothing_about_old_messages(bot: Harness) -> None:
    await bot.consent(ANN)
    await reflect_leaving(bot)
    mine = [m["message_id"] for m in bot.api.chat(ANN["id"])]
    await bot.press(ANN, "🧹")
    text = bot.texts(ANN)[-1]
    (count,) = re.findall(r"verwijderd: (\d+)\.", text)
    assert int(count) == len(mine) - len(in_chat(bot, mine)) > 0
    assert "ouder dan 48 uur" not in text


async def test_consent_and_privacy_state_retention_and_pseudonymisation(bot: Harness) -> None:
    await bot.say(ANN, "/start")
    consent = bot.texts(ANN)[-1]
    assert "gepseudonimiseerd" in consent and "anoniem is het niet" in consent
    assert "hoogstens 18 maanden" in consent
    await bot.say(ANN, "/privacy")
    privacy = bot.texts(ANN)[-1]
    assert "gepseudonimiseerd, niet anoniem" in privacy
    assert "na hoogstens 18 maanden gewist" in privacy
    assert "alleen versleuteld" in privacy


async def test_the_share_question_says_who_would_see_it(bot: Harness) -> None:
    await bot.consent(ANN)
    await bot.reflect(ANN)
    told = [t for t in bot.api.shown[ANN["id"]] if "Je zit in deze bot niet in een team" in t]
    assert told, "without a team: not asked to share, and told why"
    assert not any("delen voor teamsupervisie" in t for t in bot.api.shown[ANN["id"]])
    supervisor = {"id": 903, "is_bot": False, "first_name": "S", "language_code": "nl"}
    await bot.consent(supervisor)
    await bot.say(supervisor, "/newteam Team Oost")
    code = re.findall(r"start=([\w-]+)", bot.texts(supervisor)[-1])[0]
    await bot.say(ANN, f"/start {code}")
    await bot.reflect(ANN)
    told = [t for t in bot.api.shown[ANN["id"]] if "supervisors van team “Team Oost”" in t]
    assert len(told) == 1 and "zonder je naam" in told[0] and "klein team" in told[0]


async def test_cancel_removes_the_reflections_messages_typed_ones_too(bot: Harness) -> None:
    await bot.consent(ANN)
    before = {m["message_id"] for m in bot.api.chat(ANN["id"])}
    await bot.say(ANN, "/reflect")
    for _ in range(40):
        if "Typ je antwoord" in bot.question(ANN)["text"]:
            break
        await bot.answer(ANN)
    await bot.say(ANN, "Mevrouw zei iets over haar buurvrouw.")
    await bot.say(ANN, "/cancel")
    await bot.press(ANN, "Ja, weggooien")
    left = [m for m in bot.api.chat(ANN["id"]) if m["message_id"] not in before]
    assert [m["text"] for m in left] == ["Weggegooid. Niets van deze reflectie is bewaard."], (
        "nothing of the discarded reflection stays in the chat, typed answers included"
    )


async def test_forget_leaves_no_copy_in_the_file_or_the_wal(bot: Harness, tmp_path: Path) -> None:
    planted = "Het budgetplanwijzigingsformulier lag klaar."
    await bot.consent(ANN)
    await bot.reflect(ANN, text=planted)
    code = pseudonym(bot).encode()
    database = tmp_path / "reflectbot.sqlite3"
    wal = database.with_name(database.name + "-wal")
    stored = database.read_bytes() + wal.read_bytes()
    assert code in stored and b"budgetplanwijzigingsformulier" in stored, "the control"
    await bot.say(ANN, "/forget")
    await bot.press(ANN, "Ja, alles wissen")
    for blob in (database.read_bytes(), wal.read_bytes() if wal.exists() else b""):
        assert code not in blob and b"budgetplanwijzigingsformulier" not in blob
