"""No Telegram id, username or first name in clear: after a full walk (teams, reflections,
a coach answer, reminders, /mine, /export, /team), every column of every table, the
database file, its WAL and a `db backup` copy are scanned for every representation of
the test users' ids. The chat ids the bot needs are sealed (AES-GCM), never in clear, and so
is a coach's chosen signature (the worker is still shown it); a first name passed on for
a talk request is stored nowhere."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.storage.sqlite import DB_FILE
from bot.storage.sqlite_backup import backup
from bot.telegram.reminders import Reminders
from tests.e2e.telegram_harness import Harness
from tests.e2e.test_telegram_teams import reflect_low_asking_a_talk

LINK = re.compile(r"https://t\.me/reflect_test_bot\?start=([\w-]+)")


def person(user_id: int, name: str, lang: str = "nl") -> dict[str, object]:
    return {"id": user_id, "is_bot": False, "first_name": name,
            "username": f"{name.lower()}_tg", "language_code": lang}  # fmt: skip


SUPERVISOR = person(7_341_925_806, "Quirijnelle")
WORKERS = [person(7_341_925_817, "Zorbanella"), person(7_341_925_828, "Wendeljoos"),
           person(7_341_925_839, "Ysoldebert")]  # fmt: skip
COACH = person(7_341_925_840, "Hortensiaan")
PEOPLE = [SUPERVISOR, *WORKERS, COACH]


def representations(user_id: int) -> list[bytes]:
    """The id as SQLite or anyone could write it: text, and 6- and 8-byte integers."""
    forms = [str(user_id).encode(), str(user_id).encode("utf-16-le")]
    for width in (6, 8):
        forms += [user_id.to_bytes(width, "big"), user_id.to_bytes(width, "little")]
    return forms


def needles() -> dict[bytes, str]:
    found = {form: f"id of {p['first_name']}" for p in PEOPLE for form in representations(
        int(str(p["id"])))}  # fmt: skip
    for p in PEOPLE:
        for text in (str(p["first_name"]), str(p["username"])):
            found[text.encode()] = f"name {text}"
            found[text.encode("utf-16-le")] = f"name {text}"
    return found


def leaks_in_bytes(blob: bytes) -> list[str]:
    return sorted({what for needle, what in needles().items() if needle in blob})


def leaks_in_columns(path: Path) -> list[str]:
    """Every column of every table, read as SQL values (integers compared as numbers)."""
    ids = {int(str(p["id"])) for p in PEOPLE}
    texts = needles()
    found = set()
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f"SELECT * FROM {table}"):
                for value in row:
                    if isinstance(value, int) and value in ids:
                        found.add(f"{table}: an id as integer")
                    raw = value if isinstance(value, bytes) else str(value).encode()
                    found |= {f"{table}: {what}" for needle, what in texts.items() if needle in raw}
    return sorted(found)


def test_the_scanner_finds_a_clear_id(tmp_path: Path) -> None:
    """The scan is not blind: one clear id in an INTEGER column is found in columns and file."""
    path = tmp_path / "control.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE worker_chats (pseudonym TEXT, chat_id INTEGER)")
        db.execute("INSERT INTO worker_chats VALUES ('x', ?)", (WORKERS[0]["id"],))
    assert "worker_chats: an id as integer" in leaks_in_columns(path)
    assert leaks_in_bytes(path.read_bytes()) == ["id of Zorbanella"]


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    yield harness
    await harness.stop()


async def full_walk(bot: Harness) -> None:
    await bot.consent(SUPERVISOR)
    await bot.say(SUPERVISOR, "/newteam Team Zuid")
    codes = dict(zip(("worker", "coach", "supervisor"),
                     LINK.findall(bot.texts(SUPERVISOR)[-1]), strict=True))  # fmt: skip
    for worker in WORKERS:
        await bot.say(worker, f"/start {codes['worker']}")
        await bot.press(worker, "✓")
        await bot.say(worker, "/remind")
        await bot.press(worker, "Wekelijks moment")
        await bot.reflect(worker, text="Hoe vraag ik het beter?",
                          deepen=("De kijk van een coach vragen (1 minuut)",))  # fmt: skip
    await bot.say(COACH, f"/start {codes['coach']}")
    await bot.press(COACH, "✓")
    await bot.say(COACH, "/prompts")
    await bot.press(COACH, "✎ Eén vrij antwoord")
    await bot.say(COACH, "Rustig vragen en uitleggen waarom.")
    await bot.press(COACH, "✓ Versturen zonder mijn naam")
    await bot.say(COACH, "/prompts")  # the next worker's question, answered signed
    await bot.press(COACH, "✎ Eén vrij antwoord")
    await bot.say(COACH, "Eerst luisteren, dan vragen.")
    await bot.press(COACH, f"✓ Versturen, ondertekend „{COACH['first_name']}”")
    assert bot.texts(WORKERS[1])[-1].endswith(
        f"Ondertekend door de coach: {COACH['first_name']}"
    ), "the worker is shown the name the coach chose (sealed at rest, below)"
    await bot.say(SUPERVISOR, "/askcoaches Hoe vragen we bewijzen zonder te beschamen?")
    await reflect_low_asking_a_talk(bot, WORKERS[2], "Ja, laat het weten, met mijn voornaam")
    assert any(str(WORKERS[2]["first_name"]) in t for t in bot.texts(SUPERVISOR)), (
        "the first name went to the supervisor, in flight (and, below, is stored nowhere)"
    )
    reminders = Reminders(bot.app, bot.application.bot, timedelta(hours=3))
    await reminders.run_once(datetime.now(UTC) + timedelta(days=7, minutes=1))
    await bot.say(WORKERS[0], "/reflect")
    await bot.answer(WORKERS[0])
    await bot.say(WORKERS[1], "/mine")
    await bot.say(SUPERVISOR, "/team")
    await bot.say(SUPERVISOR, "/export")


async def test_no_telegram_id_or_name_in_database_wal_or_backup(
    bot: Harness, tmp_path: Path
) -> None:
    await full_walk(bot)
    path = tmp_path / DB_FILE
    with sqlite3.connect(path) as db:
        kept = db.execute("SELECT count(*) FROM worker_chats WHERE chat IS NOT NULL").fetchone()
        refs = db.execute("SELECT count(*) FROM chat_refs").fetchone()
    assert kept == (len(PEOPLE),), "every chat id is kept, sealed, to write back"
    assert refs[0] > 0, "message ids are kept (sealed) while the bot may delete them"
    assert leaks_in_columns(path) == []
    wal = path.with_name(DB_FILE + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the walk ran in WAL mode"
    assert leaks_in_bytes(wal.read_bytes()) == []
    assert leaks_in_bytes(path.read_bytes()) == []
    copy = tmp_path / "copy.sqlite3"
    backup(tmp_path, copy)
    assert leaks_in_bytes(copy.read_bytes()) == []
    assert leaks_in_columns(copy) == []
    with sqlite3.connect(path) as db:
        signed = db.execute("SELECT count(*) FROM coach_prompts WHERE sealed_signature IS NOT NULL"
                            " AND signer IS NOT NULL").fetchone()  # fmt: skip
    assert signed == (1,), "the signature is kept, sealed for its coach"
    # The bot still writes back to everyone: the sealed ids open with the key.
    for p in PEOPLE:
        link = await bot.app.store.chat_of(bot.app.key.pseudonym(f"tg:{p['id']}"))
        assert link is not None and link.chat_id == p["id"]
