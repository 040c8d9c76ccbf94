"""Operations: backup and restore, `doctor`, and the file modes of everything private."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import urllib.error
from pathlib import Path

import pytest

from bot.config import Secret, Settings, prepare_data_dir
from bot.doctor import check_catalogs, check_data_dir, check_database, doctor
from bot.errors import StorageError
from bot.privacy.pseudonym import KEY_FILE, load_keyring
from bot.storage.sqlite import DB_FILE, SqliteStore
from bot.storage.sqlite_backup import backup, restore
from tests.conftest import KEYRING, TODAY
from tests.contract.test_store_contract import WORKER, entry
from tests.fakes.telegram_api import TOKEN


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as db:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: sorted(db.execute(f"SELECT * FROM {n}").fetchall(), key=repr) for n in names}


async def filled_dir(folder: Path) -> Path:
    prepare_data_dir(folder)
    store = await SqliteStore.open(folder, KEYRING)
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.finish_session(WORKER, entry())
    await store.close()
    load_keyring(folder)
    return folder


async def test_everything_private_is_private(tmp_path: Path) -> None:
    folder = prepare_data_dir(tmp_path / "data")
    store = await SqliteStore.open(folder, KEYRING)
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    load_keyring(folder)
    assert mode(folder) == 0o700
    for name in (DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", KEY_FILE):
        assert mode(folder / name) == 0o600, name
    await store.close()


async def test_a_backup_restores_to_the_same_rows(tmp_path: Path) -> None:
    live = await filled_dir(tmp_path / "live")
    store = await SqliteStore.open(live, KEYRING)  # the bot keeps running during the backup
    copy = tmp_path / "backup.sqlite3"
    assert backup(live, copy) > 0
    await store.close()
    assert mode(copy) == 0o600
    fresh = prepare_data_dir(tmp_path / "fresh")
    restore(copy, fresh)
    assert tables(fresh / DB_FILE) == tables(live / DB_FILE)
    assert mode(fresh / DB_FILE) == 0o600
    reopened = await SqliteStore.open(fresh, KEYRING)
    assert len(await reopened.entries_of(WORKER)) == 1
    await reopened.close()


async def test_backups_refuse_what_would_do_harm(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no database"):
        backup(tmp_path, tmp_path / "copy")
    live = await filled_dir(tmp_path / "live")
    with pytest.raises(StorageError, match="must not overwrite"):
        backup(live, live / DB_FILE)
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all" * 100)
    before = tables(live / DB_FILE)
    with pytest.raises(StorageError, match="restore failed"):
        restore(broken, live)
    assert tables(live / DB_FILE) == before, "a bad backup leaves the database as it was"
    with pytest.raises(StorageError, match="no backup"):
        restore(tmp_path / "missing", live)


def settings_for(folder: Path, token: str | None = TOKEN) -> Settings:
    return Settings(Secret(token) if token else None, "http://127.0.0.1:9/bot", folder, "nl",
                    "INFO")  # fmt: skip


def answering(payload: object = None, error: Exception | None = None):  # type: ignore[no-untyped-def]
    def fetch(url: str, timeout: float) -> bytes:
        assert url.endswith("/getMe")
        if error is not None:
            raise error
        return json.dumps(payload).encode()

    return fetch


async def test_doctor_on_a_healthy_setup(tmp_path: Path) -> None:
    folder = await filled_dir(tmp_path / "data")
    me = {"ok": True, "result": {"id": 1, "is_bot": True, "username": "reflect_test_bot"}}
    findings = doctor(settings_for(folder), answering(me))
    assert all(f.ok for f in findings), [str(f) for f in findings]
    assert any("@reflect_test_bot" in str(f) for f in findings)
    assert any("integrity: ok" in str(f) for f in findings)


def test_doctor_says_what_to_fix_about_the_api(tmp_path: Path) -> None:
    refused = urllib.error.HTTPError("http://x", 401, "Unauthorized", {}, None)  # type: ignore[arg-type]
    unreachable = urllib.error.URLError("connection refused")
    for error, words in ((refused, "refused the token"), (unreachable, "cannot reach")):
        (finding,) = doctor(settings_for(tmp_path), answering(error=error))[:1]
        assert not finding.ok and words in str(finding) and TOKEN not in str(finding)
    (finding,) = doctor(settings_for(tmp_path, token=None), answering())[:1]
    assert not finding.ok and "@BotFather" in str(finding)


async def test_doctor_finds_open_modes_and_schema_drift(tmp_path: Path) -> None:
    folder = await filled_dir(tmp_path / "data")
    os.chmod(folder, 0o755)
    os.chmod(folder / DB_FILE, 0o644)
    problems = [str(f) for f in check_data_dir(folder) if not f.ok]
    database = folder / DB_FILE
    assert problems == [
        f"FIX  data dir {folder} has mode 0755, readable by others → chmod 700 {folder}",
        f"FIX  database {database} has mode 0644, readable by others → chmod 600 {database}",
    ]
    with sqlite3.connect(folder / DB_FILE) as db:
        db.execute("DELETE FROM schema_migrations WHERE version = 8")
    assert "migrations [8] will run at the next start" in str(check_database(folder)[1])
    with sqlite3.connect(folder / DB_FILE) as db:
        db.execute("INSERT INTO schema_migrations VALUES (999, 'future', '')")
    assert not check_database(folder)[1].ok


def test_doctor_finds_catalogs_that_are_not_compiled(tmp_path: Path) -> None:
    for lang in ("nl", "fr", "en"):
        folder = tmp_path / lang / "LC_MESSAGES"
        folder.mkdir(parents=True)
        (folder / "reflectbot.po").write_text("")
        if lang != "fr":
            (folder / "reflectbot.mo").write_bytes(b"")
    (finding,) = check_catalogs(tmp_path)
    assert not finding.ok and "for fr " in str(finding)
