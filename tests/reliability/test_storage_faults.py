"""The database in trouble: locked by another process past the busy time-out, a full disk,
a read-only data dir. A clear log line, a kind message, nothing half-written, and the
bot carries on by itself once the cause is gone."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage.sqlite import BUSY_TIMEOUT_MS, DB_FILE, SqliteStore
from tests.e2e.telegram_harness import Harness
from tests.e2e.test_telegram_robustness import ANN, at_presence

KIND = "Ik kon dat nu niet bewaren: een probleem bij ons, niet bij jou."


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    await harness.consent(ANN)
    yield harness
    await harness.stop()


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as db:
        return {t: db.execute(f"SELECT * FROM {t}").fetchall()
                for t in ("sessions", "entries", "workers")}  # fmt: skip


async def test_a_database_locked_by_another_process(
    bot: Harness, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    question = await at_presence(bot)
    before = rows(tmp_path / DB_FILE)
    hold = BUSY_TIMEOUT_MS / 1000 + 1.5
    script = (
        "import sqlite3, sys, time\n"
        f"db = sqlite3.connect({str(tmp_path / DB_FILE)!r}, isolation_level=None)\n"
        "db.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\ntime.sleep(float(sys.argv[1]))"
    )
    locker = subprocess.Popen([sys.executable, "-c", script, str(hold)], stdout=subprocess.PIPE,
                              text=True)  # fmt: skip
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        with caplog.at_level(logging.ERROR):
            await bot.press(ANN, "Deels")
        assert bot.texts(ANN)[-1].startswith(KIND)
        assert "nothing saved: the database is busy" in caplog.text
    finally:
        locker.wait(30)
        if locker.stdout is not None:
            locker.stdout.close()
    assert rows(tmp_path / DB_FILE) == before, "nothing half-written"
    assert bot.asked(ANN) == question
    await bot.press(ANN, "Deels")
    assert bot.asked(ANN).startswith("Kern 4/9"), "the same tap works once the lock is gone"


async def to_a_text_question(bot: Harness) -> None:
    for _ in range(40):
        question = bot.question(ANN)
        if "Typ je antwoord" in question["text"]:
            return
        labels = bot.api.buttons(question)
        if any(label.startswith("☑") for label in labels):
            await bot.press(ANN, "Klaar")
        else:
            usable = [x for x in labels if not x.startswith(("←", "✗", "✎", "☑"))]
            await bot.press(ANN, usable[0])
    raise AssertionError("no free-text question reached")


async def test_a_full_disk(bot: Harness, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    await at_presence(bot)
    await to_a_text_question(bot)
    store = bot.app.store
    assert isinstance(store, SqliteStore)
    db = store._db
    await db.execute("CREATE TABLE filler (x BLOB)")
    (pages,) = await (await db.execute("PRAGMA page_count")).fetchone()  # type: ignore[misc]
    await db.execute(f"PRAGMA max_page_count = {pages}")

    async def fill() -> None:
        while True:  # use up the free pages too: now the disk is really full
            await db.execute("INSERT INTO filler VALUES (zeroblob(512))")

    with pytest.raises(sqlite3.OperationalError, match="full"):
        await fill()
    long_answer = ("Ze vertelde over haar week en wat haar kracht gaf. " * 15)[:790]
    with caplog.at_level(logging.ERROR):
        for _ in range(8):  # the session grows with every long answer until a page is needed
            before = rows(tmp_path / DB_FILE)
            await bot.say(ANN, long_answer)
            if bot.texts(ANN)[-1].startswith(KIND):
                break
            if "✓ Bewaren" in bot.api.buttons(bot.question(ANN)):  # only when it asks
                await bot.press(ANN, "✓")
            await to_a_text_question(bot)
    assert bot.texts(ANN)[-1].startswith(KIND)
    assert "nothing saved: the database is full" in caplog.text
    assert rows(tmp_path / DB_FILE) == before, "nothing half-written"
    await db.execute("PRAGMA max_page_count = 1073741823")
    await bot.say(ANN, long_answer)
    assert not bot.texts(ANN)[-1].startswith(KIND), "space again: the bot carries on"
    assert rows(tmp_path / DB_FILE) != before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only directories anyway")
def test_a_read_only_data_dir_at_start_up(tmp_path: Path) -> None:
    from tests.e2e.test_cli import cli

    data = tmp_path / "data"
    assert cli("demo-data", "--teams", "1", "--workers", "3", "--entries", "1",
               env={"REFLECTBOT_DATA_DIR": str(data)}, cwd=tmp_path).returncode == 0  # fmt: skip
    os.chmod(data, 0o500)
    try:
        result = cli("purge", env={"REFLECTBOT_DATA_DIR": str(data)}, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.strip().splitlines() == [
            f"reflectbot: the data directory {data} is read-only: the bot must be able to write "
            "there (check the volume mount and its owner)"
        ]
    finally:
        os.chmod(data, 0o700)
    assert cli("purge", env={"REFLECTBOT_DATA_DIR": str(data)}, cwd=tmp_path).returncode == 0
