"""#15: a coach may answer every question of a prompt, not only the first: the prompt stays
open for the team's coaches until each question is answered or a coach says it is done,
and whoever asked gets every answer."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.telegram_harness import Harness
from tests.e2e.test_telegram_coach_replies import MIRA, OTHER_COACH
from tests.e2e.test_telegram_teams import ANN, COACH_MODULE, SUPERVISOR, new_team

MORE = ("De hulpverlener heeft het. Deze vraag blijft open voor de coaches van je team tot "
        "elke vraag beantwoord is of een coach zegt dat ze klaar is. Nog een vraag "
        "beantwoorden?")  # fmt: skip
DONE = "✓ Klaar met deze vraag"
NONE = "Er staan nu geen vragen open voor coaches. Dank je om er te zijn."


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    yield harness
    await harness.stop()


async def answer(bot: Harness, coach: dict[str, object], button: str, text: str) -> None:
    await bot.press(coach, button)
    await bot.say(coach, text)
    await bot.press(coach, "✓ Versturen zonder mijn naam")


async def test_coaches_answer_each_question_until_one_says_done(bot: Harness,
                                                              tmp_path: Path) -> None:  # fmt: skip
    codes = await new_team(bot)
    await bot.say(ANN, f"/start {codes['worker']}")
    await bot.press(ANN, "✓")
    for coach in (MIRA, OTHER_COACH):
        await bot.say(coach, f"/start {codes['coach']}")
        await bot.press(coach, "✓")
    await bot.reflect(ANN, text="Hoe breng ik slecht nieuws?", deepen=(COACH_MODULE,))
    await bot.say(MIRA, "/prompts")
    await answer(bot, MIRA, "✎ 1", "Misschien schaamte.")
    first = bot.texts(ANN)[-1]
    assert "Misschien schaamte." in first and "De coach beantwoordde de vraag “Hoe kan dit" in first
    menu = bot.api.chat(MIRA["id"])[-1]
    assert bot.texts(MIRA)[-1] == "Verstuurd. Dank je voor je blik.\n\n" + MORE
    assert bot.api.buttons(menu) == ["✎ 2", "✎ 3", "✎ 4", "✎ 5", DONE], "the others, or done"

    await bot.say(OTHER_COACH, "/prompts")
    shown = bot.api.chat(OTHER_COACH["id"])[-1]
    assert "Al beantwoord door een coach: 1." in bot.texts(OTHER_COACH)[-1], "still open"
    assert "✎ 1" not in bot.api.buttons(shown) and "✎ Eén vrij antwoord" not in bot.api.buttons(
        shown
    ), "one answer per question; the free answer is for a prompt nobody answered yet"
    await answer(bot, OTHER_COACH, "✎ 3", "Hun kracht: ze bleef komen.")
    assert "Hun kracht: ze bleef komen." in bot.texts(ANN)[-1], "the worker gets every answer"
    await bot.press(OTHER_COACH, DONE)
    assert bot.texts(OTHER_COACH)[-2].startswith("Afgesloten: geen enkele coach krijgt deze")
    assert bot.texts(OTHER_COACH)[-1] == NONE

    await bot.press(MIRA, "✎ 2", message_id=menu["message_id"])  # type: ignore[arg-type]
    await bot.say(MIRA, "Te laat getypt.")
    await bot.press(MIRA, "✓ Versturen zonder mijn naam")
    assert bot.texts(MIRA)[-1] == ("Een coach sloot deze vraag intussen af, dus je antwoord "
                                   "werd niet verstuurd. Dank je.")  # fmt: skip
    assert "Te laat getypt." not in "\n".join(bot.texts(ANN))
    await bot.say(MIRA, "/prompts")
    assert bot.texts(MIRA)[-1] == NONE
    await bot.say(SUPERVISOR, "/export")
    await bot.press(SUPERVISOR, "Supervisie-agenda (Markdown)")
    agenda = bot.api.documents[-1].decode()
    card = agenda[agenda.index("### Casus ") :]
    assert "Misschien schaamte." in card and "Hun kracht: ze bleef komen." in card, (
        "every answer stands on the case card"
    )
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        parts = db.execute("SELECT answer_to FROM coach_prompts WHERE part_of IS NOT NULL"
                           " ORDER BY id").fetchall()  # fmt: skip
        closed = db.execute("SELECT count(*) FROM coach_prompts WHERE closed_day IS NOT NULL")
        assert parts == [("other_side",), ("missed_strength",)] and closed.fetchone() == (1,)


async def test_answered_in_part_then_skipped_by_every_coach_it_closes(
    bot: Harness, tmp_path: Path
) -> None:
    """Nothing goes back to the supervisors and the worker is not told "no coach could take
    it up": a coach did answer, and the worker has that answer."""
    codes = await new_team(bot)
    await bot.say(ANN, f"/start {codes['worker']}")
    await bot.press(ANN, "✓")
    for coach in (MIRA, OTHER_COACH):
        await bot.say(coach, f"/start {codes['coach']}")
        await bot.press(coach, "✓")
    await bot.reflect(ANN, text="Hoe breng ik slecht nieuws?", deepen=(COACH_MODULE,))
    await bot.say(MIRA, "/prompts")
    await answer(bot, MIRA, "✎ 2", "Bij het wachten op het OCMW.")
    worker_messages, supervisor_messages = len(bot.texts(ANN)), len(bot.texts(SUPERVISOR))
    for coach in (MIRA, OTHER_COACH):
        await bot.say(coach, "/prompts")
        await bot.press(coach, "Deze overslaan")
    assert bot.texts(OTHER_COACH)[-1] == NONE and bot.texts(MIRA)[-1] == NONE
    assert len(bot.texts(ANN)) == worker_messages, "the worker is told nothing untrue"
    assert len(bot.texts(SUPERVISOR)) == supervisor_messages, "nothing returned"
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        state = db.execute("SELECT closed_day IS NOT NULL, returned_day IS NULL FROM"
                           " coach_prompts WHERE part_of IS NULL").fetchall()  # fmt: skip
    assert state == [(1, 1)], "closed, not returned"
