"""Contract for the repair reminder's storage, on both stores."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.storage.port import Store
from tests.conftest import TODAY
from tests.contract.test_store_contract import OTHER, WORKER

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


async def test_a_repair_reminder_is_due_once_set_and_gone_once_cleared(store: Store) -> None:
    for who in (WORKER, OTHER):
        await store.ensure_worker(who, 1, "nl", TODAY)
    due = NOW + timedelta(days=3)
    await store.set_repair_reminder(WORKER, due)
    assert await store.repair_reminder(WORKER) == due
    assert await store.repair_reminder(OTHER) is None
    assert await store.due_repair_reminders(due - timedelta(seconds=1)) == []
    assert await store.due_repair_reminders(due) == [WORKER]
    await store.set_repair_reminder(WORKER, due + timedelta(days=1))
    assert await store.due_repair_reminders(due) == [], "a newer request replaces the older"
    await store.set_active(WORKER, False)
    assert await store.due_repair_reminders(due + timedelta(days=2)) == [], "blocked: none"
    await store.set_active(WORKER, True)
    await store.set_repair_reminder(WORKER, None)
    assert await store.repair_reminder(WORKER) is None
    assert await store.due_repair_reminders(due + timedelta(days=9)) == []


async def test_a_repair_reminder_follows_rekey_and_goes_with_forget(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.set_repair_reminder(WORKER, NOW)
    await store.rekey(WORKER, OTHER, 2)
    assert await store.repair_reminder(OTHER) == NOW
    assert await store.due_repair_reminders(NOW) == [OTHER]
    await store.forget(OTHER)
    assert await store.due_repair_reminders(NOW) == []
    assert await store.repair_reminder(OTHER) is None
