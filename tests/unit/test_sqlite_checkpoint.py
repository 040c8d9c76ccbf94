"""The WAL is checkpointed in a worker thread, never inside a commit on the event loop,
and stays bounded, also when writes never pause (`bot/storage/sqlite_checkpoint.py`)."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest

from bot.storage import sqlite_checkpoint, sqlite_workers
from bot.storage.sqlite import DB_FILE, SqliteStore
from bot.storage.sqlite_checkpoint import Checkpoints
from tests.conftest import KEYRING, TODAY
from tests.contract.test_store_contract import session

WORKER = "c" * 64
PAGE = 4096


async def _writes(store: SqliteStore, count: int) -> None:
    """`count` button answers in a row, each committed on its own; between two, the loop
    turns once (as it does for the reply's network call), no longer."""
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    for update in range(count):
        await store.save_session(WORKER, session(), update + 1)
        await asyncio.sleep(0)


def _wal_pages(folder: Path) -> int:
    wal = folder / (DB_FILE + "-wal")
    return wal.stat().st_size // PAGE if wal.exists() else 0


async def test_the_writer_never_checkpoints_inside_a_commit(tmp_path: Path) -> None:
    store = await SqliteStore.open(tmp_path, KEYRING)
    try:
        assert store._writer is not None
        assert store._writer.execute("PRAGMA wal_autocheckpoint").fetchone() == (0,)
    finally:
        await store.close()


async def test_checkpoints_run_in_a_thread_and_the_wal_stays_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    modes: list[str] = []
    original = sqlite_checkpoint.checkpoint

    def spied(path: Path, mode: str) -> tuple[int, int, int]:
        threads.append(threading.current_thread())
        modes.append(mode)
        return original(path, mode)

    monkeypatch.setattr(sqlite_checkpoint, "checkpoint", spied)
    store = await SqliteStore.open(tmp_path, KEYRING)
    store._checkpoints = Checkpoints(tmp_path / DB_FILE, every=40, limit=400)
    try:
        await _writes(store, 1200)
        await store._checkpoints.close()
    finally:
        await store.close()
    assert len(threads) >= 1200 // 40 // 3, "a pass every 40 writes, unless one still runs"
    assert all(t is not threading.main_thread() for t in threads), "never on the loop"
    assert set(modes) <= {"PASSIVE", "RESTART"}
    assert _wal_pages(tmp_path) < 1000, "bounded (1,200 writes unchecked: several thousand)"


async def test_without_the_passes_the_wal_would_grow(tmp_path: Path) -> None:
    """The control for the bound above: the writer alone never checkpoints."""
    store = await SqliteStore.open(tmp_path, KEYRING)
    store._checkpoints = None
    try:
        await _writes(store, 1200)
        assert _wal_pages(tmp_path) >= 1000
    finally:
        await store.close()


async def test_a_failed_pass_is_logged_without_detail_and_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def failing(path: Path, mode: str) -> tuple[int, int, int]:
        raise OSError("disk trouble")

    monkeypatch.setattr(sqlite_checkpoint, "checkpoint", failing)
    checkpoints = Checkpoints(tmp_path / DB_FILE, every=2)
    for _ in range(4):
        checkpoints.wrote()
        await checkpoints.close()
    await asyncio.sleep(0)
    assert checkpoints.passes == 2
    assert caplog.messages.count("WAL checkpoint failed: OSError") == 2


async def test_while_a_restart_holds_writers_off_the_loop_does_not_wait_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A RESTART pass takes the write lock: the store's writes go to the database thread
    meanwhile (which waits there), and land once the pass is over."""
    holding, release = threading.Event(), threading.Event()
    original = sqlite_checkpoint.checkpoint

    def long_restart(path: Path, mode: str) -> tuple[int, int, int]:
        assert mode == "RESTART"
        with closing(sqlite3.connect(path, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")  # the writers' lock, as RESTART takes it
            holding.set()
            release.wait(10)
            other.execute("COMMIT")
        return original(path, mode)

    monkeypatch.setattr(sqlite_checkpoint, "checkpoint", long_restart)
    store = await SqliteStore.open(tmp_path, KEYRING)
    store._checkpoints = Checkpoints(tmp_path / DB_FILE, every=1, limit=0)
    try:
        await store.ensure_worker(WORKER, 1, "nl", TODAY)  # starts the pass
        await asyncio.to_thread(holding.wait, 10)
        assert store._checkpoints.holding_writers
        tried_on_loop: list[object] = []
        monkeypatch.setattr(sqlite_workers, "atomic", lambda *a: tried_on_loop.append(a))
        saving = asyncio.ensure_future(store.save_session(WORKER, session(), 7))
        await asyncio.sleep(0.1)
        assert not saving.done(), "the write waits for the lock in the thread"
        assert tried_on_loop == [], "not on the loop, which would wait for the lock there"
        release.set()
        await saving
        assert await store.load_session(WORKER) == session()
    finally:
        release.set()
        await store.close()
