"""Pre-computed summary cells are recounted when what summaries count changes, and on
demand with `reflectbot db rebuild-summaries`."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from bot.cli import main
from bot.dialogue.session import EntryDraft
from bot.privacy.pseudonym import Keyring, SecretKey
from bot.storage.sqlite import DB_FILE, SqliteStore
from bot.teams import cells
from bot.teams.model import Role
from tests.conftest import TODAY

KEYRING = Keyring((SecretKey(1, bytes(range(32))),))


async def stored(tmp_path: Path) -> tuple[int, dict[str, object]]:
    store = await SqliteStore.open(tmp_path, KEYRING)
    team = await store.create_team("Noord", "nl", TODAY)
    await store.ensure_worker("w1", 1, "nl", TODAY)
    await store.add_member("w1", team.id, Role.WORKER, TODAY)
    draft = EntryDraft("post_contact", 2, TODAY, "nl", {"contact_kind": "office"}, (),
                       {"shared": True})  # fmt: skip
    await store.finish_session("w1", draft)
    tallies = await store.cell_tallies(team.id, TODAY, TODAY + timedelta(days=1))
    await store.close()
    return team.id, dict(tallies)


async def test_a_changed_definition_recounts_on_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    team, before = await stored(tmp_path)
    with sqlite3.connect(tmp_path / DB_FILE) as db:
        db.execute("DELETE FROM cell_days")
    store = await SqliteStore.open(tmp_path, KEYRING)
    empty = await store.cell_tallies(team, TODAY, TODAY + timedelta(days=1))
    await store.close()
    assert empty == {}, "the same definition: nothing is recounted on opening"
    declared = cells.tallied()
    monkeypatch.setattr(cells, "tallied", lambda: {**declared, "feelings": "multi"})
    store = await SqliteStore.open(tmp_path, KEYRING)
    after = await store.cell_tallies(team, TODAY, TODAY + timedelta(days=1))
    await store.close()
    assert after["contact_kind"] == before["contact_kind"], "recounted from the entries"


def test_the_command_recounts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    team, before = asyncio.run(stored(tmp_path))
    with sqlite3.connect(tmp_path / DB_FILE) as db:
        db.execute("DELETE FROM cell_days")
    monkeypatch.setenv("REFLECTBOT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("REFLECTBOT_SECRET_KEY", bytes(range(32)).hex())
    assert main(["db", "rebuild-summaries"]) == 0

    async def read() -> dict[str, object]:
        store = await SqliteStore.open(tmp_path, KEYRING)
        try:
            return dict(await store.cell_tallies(team, TODAY, TODAY + timedelta(days=1)))
        finally:
            await store.close()

    assert asyncio.run(read()) == before
