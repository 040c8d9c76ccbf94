"""Retention: the cut-off day, and that purging keeps what is still within it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.privacy.retention import IDLE_REFLECTION, Retention
from bot.storage.memory import MemoryStore
from tests.contract.test_store_contract import WORKER, entry, session


@pytest.mark.parametrize(
    ("months", "today", "first_kept"),
    [
        (18, date(2026, 11, 21), date(2025, 5, 21)),
        (18, date(2026, 8, 31), date(2025, 2, 28)),
        (12, date(2028, 2, 29), date(2027, 2, 28)),
        (1, date(2026, 1, 15), date(2025, 12, 15)),
    ],
)
def test_the_cut_off_is_calendar_months_back(months: int, today: date, first_kept: date) -> None:
    assert Retention(months).entries_before(today) == first_kept


async def test_purge_deletes_only_what_is_past_its_time() -> None:
    store = MemoryStore()
    await store.ensure_worker(WORKER, 1, "nl", date(2024, 1, 1))
    for day in (date(2025, 5, 20), date(2025, 5, 21), date(2026, 11, 1)):
        await store.finish_session(WORKER, entry(day))
    await store.save_session(WORKER, session())
    now = datetime(2026, 11, 21, 12, tzinfo=UTC)
    removed = await Retention(18).purge(store, now)
    assert (removed["entries"], removed["sessions"]) == (1, 0)
    assert [e.day for e in await store.entries_of(WORKER)] == [date(2026, 11, 1), date(2025, 5, 21)]
    later = datetime.now(UTC) + IDLE_REFLECTION + timedelta(minutes=1)
    assert (await Retention(18).purge(store, later))["sessions"] == 1
    assert await store.load_session(WORKER) is None


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
async def test_audit_rows_are_kept_exactly_three_years(kind: str, tmp_path: object) -> None:
    from pathlib import Path

    from bot.storage.port import AUDIT_KEPT
    from bot.storage.sqlite import SqliteStore
    from bot.teams.model import AuditRow
    from tests.conftest import KEYRING

    store = MemoryStore() if kind == "memory" else await SqliteStore.open(Path(str(tmp_path)),
                                                                         KEYRING)  # fmt: skip
    now = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    for action, age in (("older", AUDIT_KEPT + timedelta(days=1)),
                        ("younger", AUDIT_KEPT - timedelta(days=1))):  # fmt: skip
        await store.audit(AuditRow(now - age, "x", "supervisor", action, None, ""))
    removed = await Retention(18).purge(store, now)
    assert removed["audit"] == 1
    assert [a.action for a in await store.audit_log()] == ["younger"]
    await store.close()
