"""/mine's JSON is all data about you: after a full walk (teams, reflections, coach answer,
reminders, exports), for a worker, a coach and a supervisor, every table is scanned for
the pseudonym (every column, as text or bytes) and each row found is in the JSON."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage.sqlite import DB_FILE
from tests.e2e.telegram_harness import Harness
from tests.e2e.test_id_scan import COACH, PEOPLE, SUPERVISOR, WORKERS, full_walk


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    yield harness
    await harness.stop()


def scan(path: Path, pseudonym: str) -> dict[str, int]:
    """Rows per table holding the pseudonym anywhere, whatever the column's type."""
    needle = pseudonym.encode()
    found: dict[str, int] = {}
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            count = sum(
                1 for row in db.execute(f"SELECT * FROM {table}")
                if any(needle in (v if isinstance(v, bytes) else str(v).encode()) for v in row)
            )  # fmt: skip
            if count:
                found[table] = count
    return found


async def test_mine_holds_every_row_with_my_pseudonym(bot: Harness, tmp_path: Path) -> None:
    await full_walk(bot)
    tables: dict[str, set[str]] = {}
    for person in (WORKERS[0], COACH, SUPERVISOR):
        await bot.say(person, "/mine")
        await bot.press(person, "⬇ Al mijn gegevens (JSON)")
        data = json.loads(bot.api.documents[-1])
        pseudonym = bot.app.key.pseudonym(f"tg:{person['id']}")
        assert data["pseudonym"] == pseudonym
        expected = scan(tmp_path / DB_FILE, pseudonym)
        got = {table: len(rows) for table, rows in data["stored_rows"].items()}
        assert got == expected, person["first_name"]
        assert data["teams"], "memberships are in it"
        others = [bot.app.key.pseudonym(f"tg:{p['id']}") for p in PEOPLE if p is not person]
        shown = bot.api.documents[-1].decode()
        assert not [o for o in others if o in shown], (
            "nobody else's pseudonym: who asked stays unknown"
        )
        tables[str(person["first_name"])] = set(expected)
    worker, coach, supervisor = (tables[str(p["first_name"])] for p in (WORKERS[0], COACH,
                                                                         SUPERVISOR))  # fmt: skip
    assert {
        "workers",
        "worker_chats",
        "chat_refs",
        "sessions",
        "entries",
        "memberships",
        "audit",
        "coach_prompts",
    } <= worker, "their question to the coaches and its answer"
    assert {"memberships", "audit"} <= coach, "joining as a coach is audited"
    assert {"memberships", "audit", "coach_prompts"} <= supervisor, "their /askcoaches"
