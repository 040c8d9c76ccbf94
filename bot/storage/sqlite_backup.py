"""Online backup and restore of the database with SQLite's backup API.

The backup is consistent even while the bot runs (pages are copied under SQLite's own
locking); it is written with mode 0600 and checked with `PRAGMA integrity_check`. The key
file is not in it on purpose: store the key apart, so a lost backup alone links nobody.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from bot.errors import StorageError
from bot.storage.sqlite import BUSY_TIMEOUT_MS, DB_FILE

PAGES_PER_STEP = 1024


def _private_file(path: Path) -> None:
    """Create the target empty with mode 0600, so no copy is ever readable by others."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        os.chmod(path, 0o600)
    except OSError as exc:
        raise StorageError(f"cannot write {path}: {exc.strerror}") from None


def _check(path: Path) -> None:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        result = db.execute("PRAGMA integrity_check").fetchone()
    if result != ("ok",):
        raise StorageError(f"{path} failed its integrity check: {result[0]}")


def _copy(source_path: Path, target: Path) -> int:
    """SQLite's backup API, page batch by page batch, then the copy checked; its size."""
    with closing(sqlite3.connect(source_path)) as source, closing(sqlite3.connect(target)) as copy:
        for db in (source, copy):
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        source.backup(copy, pages=PAGES_PER_STEP)
    _check(target)
    return target.stat().st_size


def backup(data_dir: Path, target: Path) -> int:
    """Copy the live database to `target`; returns its size in bytes."""
    source_path = data_dir / DB_FILE
    if not source_path.exists():
        raise StorageError(f"there is no database at {source_path}")
    if target.resolve() == source_path.resolve():
        raise StorageError("the backup must not overwrite the database itself")
    _private_file(target)
    try:
        return _copy(source_path, target)
    except sqlite3.Error as exc:
        raise StorageError(f"the backup failed: {exc}") from None


def _erasure_log(path: Path) -> list[tuple[str, str]]:
    """The /forget requests logged in a database (none before migration 0013)."""
    if not path.exists():
        return []
    with closing(sqlite3.connect(path)) as db:
        if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'erasures'").fetchone():
            return []
        return [(str(h), str(d)) for h, d in db.execute("SELECT hash, day FROM erasures")]


def _carry_erasures(target: Path, log: list[tuple[str, str]]) -> None:
    """Keep the live database's erasure log in the restored one: the bot erases those
    workers again at its next start (see `bot.privacy.erasure.reapply_erasures`)."""
    if not log:
        return
    with closing(sqlite3.connect(target)) as db, db:
        db.execute("CREATE TABLE IF NOT EXISTS erasures (hash TEXT PRIMARY KEY,"
                   " day TEXT NOT NULL) STRICT")  # fmt: skip
        db.executemany("INSERT OR IGNORE INTO erasures (hash, day) VALUES (?, ?)", log)


def restore(backup_file: Path, data_dir: Path) -> tuple[int, int]:
    """Replace the database with a checked backup (stop the bot first), keeping the live
    erasure log; returns its size and how many logged erasures it carries."""
    if not backup_file.is_file():
        raise StorageError(f"there is no backup at {backup_file}")
    try:
        _check(backup_file)
        target = data_dir / DB_FILE
        log = _erasure_log(target)
        if not target.exists():
            _private_file(target)
        size = _copy(backup_file, target)
        _carry_erasures(target, log)
        return size, len(log)
    except sqlite3.Error as exc:
        raise StorageError(f"the restore failed: {exc}") from None
