"""A database from before sealing: its clear chat and message ids are sealed at start-up,
the clear columns dropped, and no copy stays in the file or the WAL."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from bot.storage.port import ChatLink
from bot.storage.sqlite import DB_FILE, SqliteStore, _statements, migrations
from tests.conftest import KEYRING

CHAT = 7_341_925_851


def database_before_sealing(path: Path) -> None:
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                   " name TEXT NOT NULL, applied_at TEXT NOT NULL)")  # fmt: skip
        for number, name, sql in migrations():
            if number >= 10:
                break
            for statement in _statements(sql):
                db.execute(statement)
            db.execute("INSERT INTO schema_migrations VALUES (?, ?, '2026-11-01')", (number, name))
        db.execute("INSERT INTO workers (pseudonym, key_version, lang, created_day) VALUES"
                   " ('p1', 1, 'nl', '2026-11-01'), ('p2', 1, 'nl', '2026-11-01')")  # fmt: skip
        db.execute("INSERT INTO worker_chats VALUES ('p1', ?, 41), ('p2', ?, NULL)",
                   (CHAT, CHAT + 1))  # fmt: skip
        db.execute("INSERT INTO sessions (pseudonym, data, updated_at) VALUES"
                   " ('p1', '{}', '2026-11-20T10:00:00+00:00')")  # fmt: skip
        db.execute("INSERT INTO chat_messages VALUES ('p1', 41), ('p1', 42), ('p2', 9)")


async def test_clear_ids_are_sealed_and_scoured(tmp_path: Path) -> None:
    path = tmp_path / DB_FILE
    database_before_sealing(path)
    assert CHAT.to_bytes(6, "big") in path.read_bytes() + _wal(path), "the control: in clear"
    store = await SqliteStore.open(tmp_path, KEYRING)
    try:
        assert await store.chat_of("p1") == ChatLink(CHAT, 41)
        assert await store.chat_of("p2") == ChatLink(CHAT + 1, None)
        touched = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
        assert await store.take_messages_sent("p1") == [(41, touched), (42, touched)]
        unknown = datetime(1970, 1, 1, tzinfo=UTC)
        assert await store.take_messages_sent("p2") == [(9, unknown)], "age unknown: old"
    finally:
        await store.close()
    with closing(sqlite3.connect(path)) as db, db:
        columns = {r[1] for r in db.execute("PRAGMA table_info(worker_chats)")}
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    assert {"chat", "question"} <= columns
    assert not {"chat_id", "question_message_id"} & columns, "the clear columns are gone"
    assert "chat_messages" not in tables
    for number in (CHAT, CHAT + 1):
        for form in (number.to_bytes(6, "big"), str(number).encode()):
            assert form not in path.read_bytes() + _wal(path)


def _wal(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""


async def test_key_rotation_reseals_under_the_new_key(tmp_path: Path) -> None:
    from bot.identities import Identities
    from bot.privacy.pseudonym import Keyring, SecretKey
    from tests.conftest import TODAY

    (v1,) = KEYRING.keys
    store = await SqliteStore.open(tmp_path, KEYRING)
    old = v1.pseudonym("tg:1")
    await store.ensure_worker(old, 1, "nl", TODAY)
    await store.set_chat(old, CHAT)
    await store.remember_messages(old, [12])
    await store.close()
    rotated = Keyring((v1, SecretKey(2, bytes(32))))
    store = await SqliteStore.open(tmp_path, rotated)
    try:
        new = await Identities(store, rotated).resolve("tg:1")
        assert new != old
        assert await store.chat_of(new) == ChatLink(CHAT, None)
    finally:
        await store.close()
    with closing(sqlite3.connect(tmp_path / DB_FILE)) as db, db:
        versions = {bytes(r[0])[:2] for r in db.execute(
            "SELECT chat FROM worker_chats UNION ALL SELECT message FROM chat_refs")}  # fmt: skip
    assert versions == {(2).to_bytes(2, "big")}, "every sealed id moved to key version 2"
