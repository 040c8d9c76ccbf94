"""A database from before #11's last steps: a coach's clear signature is sealed for its
coach and the clear column dropped; a prompt's exact day becomes its week (the Monday);
no copy of either stays in the file or the WAL, and the prompts read back as before."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from bot.storage.sqlite import DB_FILE, SqliteStore, _statements, migrations
from tests.conftest import KEYRING

NAME = "Hortensiaan"
WEDNESDAY, SUNDAY = "2026-11-18", "2026-11-22"
MONDAY = date(2026, 11, 16)


def database_before(path: Path, last: int = 30) -> None:
    """Closed on return: a connection left to the garbage collector checkpointed its WAL in the
    middle of `_stored` (main file read before, WAL gone after), so the control failed at random."""
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                   " name TEXT NOT NULL, applied_at TEXT NOT NULL)")  # fmt: skip
        for number, name, sql in migrations():
            if number > last:
                break
            for statement in _statements(sql):
                db.execute(statement)
            db.execute("INSERT INTO schema_migrations VALUES (?, ?, '2026-11-01')", (number, name))
        db.execute("INSERT INTO workers (pseudonym, key_version, lang, created_day) VALUES"
                   " ('asker', 1, 'nl', '2026-11-01'),"
                   " ('coach', 1, 'nl', '2026-11-01')")  # fmt: skip
        db.execute("INSERT INTO teams (id, name, lang, created_day) VALUES"
                   " (1, 'Noord', 'nl', '2026-11-01')")  # fmt: skip
        rows = [(1, "asker", WEDNESDAY, "Rustig.", "coach", NAME),
                (2, "asker", SUNDAY, "Kort.", None, None),
                (3, "asker", None, None, None, None)]  # fmt: skip
        for number, asker, day, answer, signer, signature in rows:
            db.execute(
                "INSERT INTO coach_prompts (id, team_id, asker, entry_day, answer, created_day,"
                " answered_day, signer, signature) VALUES (?, 1, ?, ?, ?, '2026-11-25',"
                " '2026-11-26', ?, ?)",
                (number, asker, day, answer, signer, signature))  # fmt: skip


def _stored(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


async def test_clear_signatures_are_sealed_and_days_become_weeks(tmp_path: Path) -> None:
    path = tmp_path / DB_FILE
    database_before(path)
    assert NAME.encode() in _stored(path) and WEDNESDAY.encode() in _stored(path), "control"
    store = await SqliteStore.open(tmp_path, KEYRING)
    try:
        signed, unsigned, own = [await store.get_prompt(n) for n in (1, 2, 3)]
        assert signed is not None and (signed.signature, signed.entry_day) == (NAME, MONDAY)
        assert unsigned is not None and (unsigned.signature, unsigned.entry_day) == (None, MONDAY)
        assert own is not None and own.entry_day is None, "a supervisor's question has no day"
        await store.rekey("coach", "coach-v2", 2)
        assert (await store.get_prompt(1)).signature == NAME, "resealed for the new pseudonym"  # type: ignore[union-attr]
        mine = await store.personal_rows("coach-v2")
        assert [r["signature"] for r in mine["coach_prompts"]] == [NAME], "/mine opens it"
        await store.forget("coach-v2")
        assert (await store.get_prompt(1)).signature is None, "forgetting the coach drops it"  # type: ignore[union-attr]
    finally:
        await store.close()
    with closing(sqlite3.connect(path)) as db, db:
        columns = {r[1] for r in db.execute("PRAGMA table_info(coach_prompts)")}
    assert "signature" not in columns and "sealed_signature" in columns
    stored = _stored(path)
    for gone in (NAME, WEDNESDAY, SUNDAY):
        assert gone.encode() not in stored and gone.encode("utf-16-le") not in stored


async def test_a_signature_without_its_coach_is_not_kept(tmp_path: Path) -> None:
    path = tmp_path / DB_FILE
    database_before(path)
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("UPDATE coach_prompts SET signer = NULL WHERE id = 1")
    store = await SqliteStore.open(tmp_path, KEYRING)
    try:
        assert (await store.get_prompt(1)).signature is None  # type: ignore[union-attr]
    finally:
        await store.close()
    assert NAME.encode() not in _stored(path)


async def test_key_rotation_reseals_a_signature_under_the_new_key(tmp_path: Path) -> None:
    from bot.identities import Identities
    from bot.privacy.pseudonym import Keyring, SecretKey
    from tests.conftest import TODAY

    (v1,) = KEYRING.keys
    store = await SqliteStore.open(tmp_path, KEYRING)
    old = v1.pseudonym("tg:1")
    await store.ensure_worker(old, 1, "nl", TODAY)
    team = await store.create_team("Noord", "nl", TODAY)
    number = await store.create_prompt(team.id, None, None, {}, "Vraag?", TODAY)
    assert await store.answer_prompt(number, "Antwoord.", TODAY, old, NAME)
    await store.close()
    rotated = Keyring((v1, SecretKey(2, bytes(32))))
    store = await SqliteStore.open(tmp_path, rotated)
    try:
        new = await Identities(store, rotated).resolve("tg:1")
        assert new != old
        assert (await store.get_prompt(number)).signature == NAME  # type: ignore[union-attr]
    finally:
        await store.close()
    with closing(sqlite3.connect(tmp_path / DB_FILE)) as db, db:
        (blob, signer) = db.execute(
            "SELECT sealed_signature, signer FROM coach_prompts WHERE id = ?", (number,)
        ).fetchone()
    assert signer == new and bytes(blob)[:2] == (2).to_bytes(2, "big"), "sealed under key 2"
    only_new = Keyring((SecretKey(2, bytes(32)),))
    store = await SqliteStore.open(tmp_path, only_new)
    try:
        assert (await store.get_prompt(number)).signature == NAME, "key 1 no longer needed"  # type: ignore[union-attr]
    finally:
        await store.close()
