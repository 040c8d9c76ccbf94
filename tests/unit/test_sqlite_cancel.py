"""A transaction whose task is cancelled (the bot stopping mid-purge, a probe timing out)
ends cancelled, leaves nothing open on the connection, and the next write works.

aiosqlite still runs a statement whose await was cancelled; a rollback decided on the loop
before the queued BEGIN ran left the connection inside a transaction, every later write
failed ("cannot start a transaction within a transaction") and the reminder loop, told
of a storage error instead of its cancellation, kept the stopping bot waiting (CI)."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.errors import StorageError
from bot.privacy.retention import Retention
from bot.storage.sqlite import SqliteStore
from bot.telegram import runner
from bot.telegram.reminders import Reminders
from tests.conftest import KEYRING, TODAY
from tests.contract.test_store_contract import session
from tests.e2e.telegram_harness import Harness

WORKER = "d" * 64
STEPS = 40
"""Loop turns before the cancel, each tried: covers every await of a purge's transaction."""


async def _cancelled_after(turns: int, work: asyncio.Future[object] | asyncio.Task[object]) -> str:
    for _ in range(turns):
        await asyncio.sleep(0)
    work.cancel()
    try:
        await asyncio.wait_for(work, timeout=10)
    except asyncio.CancelledError:
        return "cancelled"
    return "finished"


async def test_a_transaction_cancelled_anywhere_leaves_the_store_usable(tmp_path: Path) -> None:
    store = await SqliteStore.open(tmp_path, KEYRING)
    try:
        await store.ensure_worker(WORKER, 1, "nl", TODAY)
        outcomes = set()
        for turns in range(STEPS):
            purge = asyncio.ensure_future(Retention(12).purge(store, datetime.now(UTC)))
            outcomes.add(await _cancelled_after(turns, purge))
            await store.save_session(WORKER, session(), turns + 1)  # raised StorageError
            assert await store.load_session(WORKER) is not None
        assert "cancelled" in outcomes, "the cancel must land inside the transaction"
        assert not store._db.in_transaction
    finally:
        await store.close()


async def test_a_cancellation_turned_into_another_error_still_ends_the_reminder_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A library may answer a cancel with its own error (a rollback that found nothing to
    roll back); the loop logs the round as failed but must not sleep on past the stop."""
    harness = await Harness(tmp_path).start()
    try:
        reminders = Reminders(harness.app, harness.application.bot, timedelta(hours=3))

        async def round_hit_by_the_stop(now: datetime | None = None) -> int:
            try:
                await asyncio.sleep(30)
            except asyncio.CancelledError:
                raise StorageError("cannot rollback - no transaction is active") from None
            return 0

        monkeypatch.setattr(reminders, "run_once", round_hit_by_the_stop)
        loop = asyncio.ensure_future(reminders.loop(60))
        assert await _cancelled_after(3, loop) == "cancelled"
    finally:
        await harness.stop()


async def test_the_stop_does_not_wait_on_a_task_that_will_not_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """SIGTERM stops the bot even if a background task ignores its cancellation."""
    monkeypatch.setattr(runner, "STOP_WAIT", 0.2)
    harness = await Harness(tmp_path).start()
    try:

        async def stubborn() -> None:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.sleep(30)
            await asyncio.sleep(30)  # the first cancel is ignored, a second one ends it

        task = asyncio.ensure_future(stubborn())
        harness.application.bot_data["reminders"] = task
        assert harness.application.post_stop is not None
        await asyncio.wait_for(harness.application.post_stop(harness.application), timeout=5)
        assert "the reminders task did not end within 0.2 s of the stop" in caplog.text
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    finally:
        await harness.stop()
