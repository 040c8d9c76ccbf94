"""`reflectbot chat` end to end: a full reflection, pause and resume, earlier entries."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.console_driver import ConsoleSession

PLANTED = "mevrouw Peeters belde zelf naar 0470 12 34 56"
NL = {"keep": "✓ Bewaren", "done": "Klaar"}


def db_rows(data_dir: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(data_dir / "reflectbot.sqlite3") as db:
        return list(db.execute(sql))


def reflect(chat: ConsoleSession, screen: str, steps: int = 200, **labels: str) -> str:
    """Answer every question until the reflection is saved; returns the last screen."""
    labels = {**NL, **labels}
    for _ in range(steps):
        if "1) " in screen and ("Reflecteren" in screen or "Réfléchir" in screen):
            return screen
        chat.send(chat.answer(screen, PLANTED, labels["keep"], labels["done"]))
        screen = chat.screen()
    raise AssertionError("the reflection did not end")


def test_a_complete_reflection_is_saved_anonymised(tmp_path: Path) -> None:
    chat = ConsoleSession(tmp_path)
    screen = chat.screen()
    assert "1) Reflecteren over een contact" in screen
    chat.send("1")
    screen = chat.screen()
    assert "Kern 1/9" in screen
    reflect(chat, screen)
    assert "Bewaard. Dank je" in chat.transcript
    assert "mevrouw [naam] belde zelf naar [telefoon]" in chat.transcript
    chat.send("q")
    code, errors = chat.finish()
    assert code == 0, errors
    (row,) = db_rows(tmp_path, "SELECT answers, day, dialogue_id FROM entries")
    answers = json.loads(str(row[0]))
    assert answers["bright_spot"] == "mevrouw [naam] belde zelf naar [telefoon]"
    assert "Peeters" not in str(row[0]) and "0470" not in str(row[0])
    assert row[2] == "post_contact" and len(str(row[1])) == 10
    assert db_rows(tmp_path, "SELECT count(*) FROM sessions") == [(0,)]


def test_pause_and_interrupt_resume_at_the_same_question(tmp_path: Path) -> None:
    chat = ConsoleSession(tmp_path)
    chat.screen()
    chat.send("1")
    chat.screen()
    chat.send("1")  # a home visit
    screen = chat.screen()
    assert "Kern 2/9" in screen
    chat.interrupt()
    code, _ = chat.finish()
    assert code == 130
    assert "Gepauzeerd" in chat.transcript

    again = ConsoleSession(tmp_path)
    screen = again.screen()
    assert "Welkom terug" in screen and "Kern 2/9" in screen
    again.send("b")
    screen = again.screen()
    assert "Eerder antwoord: Huisbezoek" in screen, "earlier answers are kept"
    again.send("q")
    code, _ = again.finish()
    assert code == 0
    assert "reflectbot chat" in again.transcript

    third = ConsoleSession(tmp_path)
    assert "Kern 1/9" in third.screen(), "paused on the question gone back to"
    third.finish()


def test_end_of_input_pauses_without_losing_answers(tmp_path: Path) -> None:
    chat = ConsoleSession(tmp_path)
    chat.screen()
    chat.send("1")
    chat.screen()
    chat.send("2")
    chat.screen()
    code, errors = chat.finish()
    assert code == 0 and "Traceback" not in errors
    (row,) = db_rows(tmp_path, "SELECT data FROM sessions")
    assert json.loads(str(row[0]))["answers"] == {"contact_kind": "office"}


def test_earlier_entries_are_shown_on_request(tmp_path: Path) -> None:
    chat = ConsoleSession(tmp_path)
    chat.screen()
    chat.send("1")
    reflect(chat, chat.screen())
    chat.send("q")
    chat.finish()

    second = ConsoleSession(tmp_path)
    second.screen()
    second.send("2")
    screen = second.screen()
    assert re.search(r"^1\) \d{1,2} \w+\.? \d{4}$", screen, re.MULTILINE), screen
    second.send("1")
    screen = second.screen()
    assert "Soort contact: Huisbezoek" in screen
    assert "Wat goed ging: mevrouw [naam] belde zelf naar [telefoon]" in screen
    second.send("q")
    assert second.finish()[0] == 0


@pytest.mark.parametrize(
    ("lang", "first", "keep", "done", "saved"),
    [
        ("fr", "1) Réfléchir à un contact", "✓ Garder", "Terminé", "Enregistré."),
        ("en", "1) Reflect on a contact", "✓ Keep", "Done", "Saved."),
    ],
)
def test_other_languages(
    tmp_path: Path, lang: str, first: str, keep: str, done: str, saved: str
) -> None:
    chat = ConsoleSession(tmp_path, "--lang", lang)
    assert first in chat.screen()
    chat.send("1")
    screen = chat.screen()
    save = "✓ Enregistrer" if lang == "fr" else "✓ Save"
    for _ in range(200):
        if saved in screen:
            break
        options = chat.options(screen)
        chat.send(options[save] if save in options else chat.answer(screen, PLANTED, keep, done))
        screen = chat.screen()
    assert saved in chat.transcript
    chat.send("q")
    assert chat.finish()[0] == 0
