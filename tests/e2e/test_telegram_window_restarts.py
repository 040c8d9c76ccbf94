"""What a worker sees after a kill and restart, for each thing the window holds in this
process only (#14): the drawn buttons, the discard question and the "asked just below"
memory of list buttons. None of them lets the bot show something false or lose what the
worker wrote: the engine's own checks, the session and the store decide, as each test
shows. (The too-long text held for shortening, whose removal the window promises, and
where a reflection began are kept in the store: `test_telegram_window_taps.py`.)"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.telegram_harness import Harness, consented
from tests.e2e.test_telegram_second_presses import CLOSED, only_a_toast, twice
from tests.e2e.test_telegram_teams import SUPERVISOR, new_team, shared_housing_signals
from tests.e2e.test_telegram_window import to_typed_question
from tests.e2e.test_telegram_window_leftovers import ANN, data_of, present, to_overview


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async with consented(tmp_path, ANN) as harness:
        yield harness


def pseudonym(bot: Harness) -> str:
    return bot.app.key.pseudonym(f"tg:{ANN['id']}")


async def test_an_old_answer_button_after_a_restart_is_closed_by_the_session(
    bot: Harness,
) -> None:
    """Drawn buttons: a question's button pressed after the window moved on is closed by
    the step it carries, whatever this process remembers."""
    await bot.say(ANN, "/reflect")
    first = bot.question(ANN)
    old = data_of(first, bot.api.buttons(first)[0])
    await bot.press(ANN, bot.api.buttons(first)[0])
    asked = bot.question(ANN)["text"]
    await bot.restart()
    await only_a_toast(bot, bot.api.press_data(ANN, first["message_id"], old), CLOSED)
    assert bot.question(ANN)["text"] == asked, "nothing changed"


async def test_a_save_tapped_before_a_change_with_a_restart_between_saves_truly(
    bot: Harness,
) -> None:
    """Drawn buttons: "✎ change" redraws the overview without changing the session, so
    only this process knows its old "✓ Save" is over. Tapped just before the change and
    handled after a restart, the save goes through: the receipt says so and it is true,
    and what is saved is what the overview showed (no answer of the worker's is lost)."""
    overview = await to_overview(bot)
    save = data_of(overview, "✓ Bewaren")
    await bot.press(ANN, "✎ Context aanpassen")
    await bot.restart()
    await bot.feed(bot.api.press_data(ANN, overview["message_id"], save))
    assert bot.api.messages[(ANN["id"], overview["message_id"])]["text"].startswith("Bewaard")
    saved = await bot.app.store.entries_of(pseudonym(bot), 5)
    assert len(saved) == 1 and saved[0].answers["contact_kind"] == "home_visit"
    assert await bot.app.store.load_session(pseudonym(bot)) is None


async def test_text_typed_at_the_discard_question_after_a_restart_keeps_nothing_unasked(
    bot: Harness,
) -> None:
    """The discard question: after a restart text typed there is taken as any typed
    answer: it leaves the chat, and its scrubbed version waits for "✓ Save" or a new
    version; nothing is kept without a press, and /cancel asks again."""
    await to_typed_question(bot, ANN)
    before = await bot.app.store.load_session(pseudonym(bot))
    assert before is not None
    await bot.say(ANN, "/cancel")
    await bot.restart()
    update = bot.api.send_text(ANN, "ja, gooi weg, het ging over mevrouw Peeters")
    await bot.feed(update)
    assert not present(bot, update["message"]["message_id"])
    shown = bot.question(ANN)
    assert "Dit wordt bewaard:" in shown["text"] and "Peeters" not in shown["text"]
    assert bot.api.buttons(shown) == ["✓ Bewaren", "✎ Opnieuw typen"]
    now = await bot.app.store.load_session(pseudonym(bot))
    assert now is not None and now.answers == before.answers, "nothing kept unasked"
    await bot.say(ANN, "/cancel")
    await bot.press(ANN, "Ja, weggooien")
    assert await bot.app.store.load_session(pseudonym(bot)) is None


async def test_a_list_button_pressed_again_after_a_restart_asks_again_truly(
    bot: Harness, tmp_path: Path
) -> None:
    """ "Asked just below": after a restart the second press of a signal asks again; each
    question answered is noted as it says (the supervisor answered both)."""
    await new_team(bot)
    await shared_housing_signals(bot)
    await bot.say(SUPERVISOR, "/signals")
    listing = bot.question(SUPERVISOR)["message_id"]
    first, second = twice(bot, SUPERVISOR, listing, "Wonen (3)")
    await bot.feed(first)
    asked_first = bot.question(SUPERVISOR)["message_id"]
    await bot.restart()
    await bot.feed(second)
    asked_second = bot.question(SUPERVISOR)["message_id"]
    assert asked_second != asked_first, "asked again: this process did not know"
    said: list[Any] = []
    for question in (asked_first, asked_second):
        await bot.press(SUPERVISOR, "aan het lokaal beleid", message_id=question)
        said.append(bot.api.messages[(SUPERVISOR["id"], question)]["text"])
    assert all(text.startswith("Genoteerd: “Wonen”") for text in said)
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM signal_followups").fetchone() == (2,)
