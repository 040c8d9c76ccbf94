"""The worker replies once to a coach's answer: typed, scrubbed, without their name."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.telegram_harness import Harness
from tests.e2e.test_telegram_teams import ANN, COACH_MODULE, new_team

MIRA = {"id": 808, "is_bot": False, "first_name": "Mira", "language_code": "nl"}
OTHER_COACH = {"id": 809, "is_bot": False, "first_name": "Omar", "language_code": "nl"}
REPLY = "Dank je, ik probeer het zo bij mevrouw Peeters."


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    yield harness
    await harness.stop()


async def answered(bot: Harness, signed: bool) -> dict[str, object]:
    """A worker asks, Mira answers (signed or not); the relayed answer's message."""
    codes = await new_team(bot)
    await bot.say(ANN, f"/start {codes['worker']}")
    await bot.press(ANN, "✓")
    for coach in (MIRA, OTHER_COACH):
        await bot.say(coach, f"/start {codes['coach']}")
        await bot.press(coach, "✓")
    await bot.reflect(ANN, text="Hoe breng ik slecht nieuws?", deepen=(COACH_MODULE,))
    await bot.say(MIRA, "/prompts")
    await bot.press(MIRA, "✎ Eén vrij antwoord")
    await bot.say(MIRA, "Zeg het eerst, dan de uitleg.")
    await bot.press(MIRA, "✓ Versturen, ondertekend" if signed else "✓ Versturen zonder mijn naam")
    relayed = bot.api.chat(ANN["id"])[-1]
    assert bot.api.buttons(relayed) == ["♥ Bedank de coach", "✎ Eén keer antwoorden"]
    return relayed


async def test_the_worker_replies_once_to_a_signed_answer(bot: Harness, tmp_path: Path) -> None:
    relayed = await answered(bot, signed=True)
    await bot.press(ANN, "✎ Eén keer antwoorden", message_id=relayed["message_id"])  # type: ignore[arg-type]
    assert bot.texts(ANN)[-1].startswith("Typ je antwoord aan de coach: één bericht, één keer.")
    await bot.say(ANN, REPLY)
    shown = bot.texts(ANN)[-1]
    assert "mevrouw [naam]" in shown and "Peeters" not in shown, "scrubbed, and shown back"
    before_other = len(bot.texts(OTHER_COACH))
    await bot.press(ANN, "✓ Mijn antwoord versturen")
    assert bot.texts(ANN)[-1] == "Je antwoord ging naar de coach die antwoordde, zonder je naam."
    to_mira = bot.texts(MIRA)[-1]
    assert to_mira == ("Wie “Hoe breng ik slecht nieuws?” vroeg, reageert op je antwoord: "
                       "“Dank je, ik probeer het zo bij mevrouw [naam].”")  # fmt: skip
    assert "A" not in to_mira.replace("Dank", "") and "802" not in to_mira, "no name of who asked"
    assert len(bot.texts(OTHER_COACH)) == before_other, "a signed answer: only its coach"
    mira_count, in_chat = len(bot.texts(MIRA)), len(bot.texts(ANN))
    await bot.press(ANN, "✎ Eén keer antwoorden", message_id=relayed["message_id"])  # type: ignore[arg-type]
    assert bot.toasts()[-1] == "Je antwoordde al op dit antwoord: dat kan één keer.", "a toast"
    assert len(bot.texts(MIRA)) == mira_count, "once"
    assert len(bot.texts(ANN)) == in_chat, "no new message (#14)"
    await bot.press(ANN, "♥ Bedank de coach", message_id=relayed["message_id"])  # type: ignore[arg-type]
    assert bot.texts(ANN)[-1].startswith("Je dank ging naar de coach die antwoordde"), "beside"
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM coach_prompts WHERE replied_day IS NOT NULL"
                          ).fetchone() == (1,)  # fmt: skip
        assert db.execute("SELECT count(*) FROM coach_drafts").fetchone() == (0,)
        dump = "\n".join(db.iterdump())
    assert "ik probeer het zo" not in dump, "a reply is relayed, never kept"


async def test_a_reply_to_an_unsigned_answer_reaches_the_teams_coaches(bot: Harness) -> None:
    relayed = await answered(bot, signed=False)
    await bot.press(ANN, "✎ Eén keer antwoorden", message_id=relayed["message_id"])  # type: ignore[arg-type]
    await bot.say(ANN, "Bedankt.")
    await bot.press(ANN, "✓ Mijn antwoord versturen")
    assert bot.texts(ANN)[-1].startswith("Je antwoord ging naar de coaches van je team")
    for coach in (MIRA, OTHER_COACH):
        assert bot.texts(coach)[-1] == ("Wie “Hoe breng ik slecht nieuws?” vroeg, reageert aan "
                                        "de coach die antwoordde: “Bedankt.”")  # fmt: skip
