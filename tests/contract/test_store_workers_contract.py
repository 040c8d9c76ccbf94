"""Contract for what the Telegram adapter needs: consent, chats, idempotency, reminders,
message ids and erasure, on both stores."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from bot.storage.port import ChatLink, Store
from bot.teams.model import AuditRow, Role
from tests.conftest import TODAY
from tests.contract.test_store_contract import OTHER, WORKER, entry, session


async def test_consent_activity_and_language(store: Store) -> None:
    assert await store.get_worker(WORKER) is None
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    worker = await store.get_worker(WORKER)
    assert worker is not None and worker.consent is None and worker.active
    await store.set_consent(WORKER, TODAY)
    await store.set_active(WORKER, False)
    worker = await store.get_worker(WORKER)
    assert worker is not None and worker.consent == TODAY and not worker.active


async def test_applied_updates_are_recorded_with_their_effect(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.save_session(WORKER, session(), update_id=10)
    await store.save_session(WORKER, session(), update_id=7)  # older: never goes back
    worker = await store.get_worker(WORKER)
    assert worker is not None and worker.last_update_id == 10
    await store.finish_session(WORKER, entry(), update_id=12)
    assert (await store.get_worker(WORKER)).last_update_id == 12  # type: ignore[union-attr]
    await store.delete_session(WORKER, update_id=13)
    assert (await store.get_worker(WORKER)).last_update_id == 13  # type: ignore[union-attr]


async def test_chat_links_and_question_message(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    assert await store.chat_of(WORKER) is None
    await store.set_chat(WORKER, 5001)
    await store.set_question_message(WORKER, 77)
    await store.set_chat(WORKER, 5002)
    assert await store.chat_of(WORKER) == ChatLink(5002, 77)
    await store.set_question_message(WORKER, None)
    assert await store.chat_of(WORKER) == ChatLink(5002, None)


async def test_message_ids_are_taken_once(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.remember_messages(WORKER, [3, 1, 2])
    await store.remember_messages(WORKER, [2, 4])
    assert await store.take_messages(WORKER) == [1, 2, 3, 4]
    assert await store.take_messages(WORKER) == []


async def test_message_ids_keep_when_they_were_sent(store: Store) -> None:
    """Telegram lets a bot delete messages for 48 hours: the store keeps each send time."""
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    old = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
    new = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
    await store.remember_messages(WORKER, [5, 6], sent_at=old)
    await store.remember_messages(WORKER, [7], sent_at=new)
    assert await store.take_messages_sent(WORKER) == [(5, old), (6, old), (7, new)]
    assert await store.take_messages_sent(WORKER) == []


async def test_message_ids_can_be_read_without_forgetting_them(store: Store) -> None:
    """The clean-up offer asks what is left without taking it (a read, no write)."""
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    old = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
    new = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
    assert await store.messages_sent(WORKER) == []
    await store.remember_messages(WORKER, [6, 5], sent_at=new)
    await store.remember_messages(WORKER, [5], sent_at=old)  # the earliest time counts
    assert await store.messages_sent(WORKER) == [(5, old), (6, new)]
    assert await store.messages_sent(WORKER) == [(5, old), (6, new)], "still remembered"
    assert await store.take_messages_sent(WORKER) == [(5, old), (6, new)]
    assert await store.messages_sent(WORKER) == []


async def test_nudges_are_due_once_per_idle_session(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.ensure_worker(OTHER, 1, "nl", TODAY)
    await store.save_session(WORKER, session())
    later = datetime.now(UTC) + timedelta(hours=4)
    assert await store.due_nudges(datetime.now(UTC) - timedelta(hours=3)) == []
    assert await store.due_nudges(later) == [WORKER]
    await store.mark_nudged(WORKER)
    assert await store.due_nudges(later) == []
    await store.save_session(WORKER, session())  # new activity: may be nudged again
    assert await store.due_nudges(later) == [WORKER]
    await store.set_active(WORKER, False)
    assert await store.due_nudges(later) == []


async def test_weekly_checkins(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    now = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    await store.set_weekly(WORKER, now + timedelta(days=7))
    assert await store.due_weekly(now) == []
    assert await store.due_weekly(now + timedelta(days=7)) == [WORKER]
    worker = await store.get_worker(WORKER)
    assert worker is not None and worker.weekly_next_at == now + timedelta(days=7)
    await store.set_weekly(WORKER, None)
    assert await store.due_weekly(now + timedelta(days=8)) == []


async def test_forget_erases_everything_linked(store: Store) -> None:
    team = await store.create_team("Team Noord", "nl", TODAY)
    for who in (WORKER, OTHER):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.set_chat(who, 1)
        await store.remember_messages(who, [1, 2])
        await store.close_question(who, 3)
        await store.hold_message(who, 4)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
        await store.add_pending(who, team.id, TODAY)
        await store.finish_session(who, entry())
        await store.save_session(who, session())
        await store.record_invite_failure(who, datetime.now(UTC))
        await store.audit(AuditRow(datetime.now(UTC), who, "worker", "share.withdraw", team.id, ""))
        prompt = await store.create_prompt(team.id, who, TODAY, {"contact_kind": "phone"}, "?",
                                           TODAY)  # fmt: skip
        await store.skip_prompt(who, prompt)
        await store.set_draft(who, prompt, "klad")
    removed = await store.forget(WORKER)
    assert removed == {
        "chat_refs": 2, "answered_questions": 1, "held_messages": 1, "worker_chats": 1,
        "sessions": 1, "entries": 1,
        "memberships": 1, "pending_supervisors": 1, "invite_failures": 1, "audit": 1,
        "coach_drafts": 1, "coach_skips": 1, "coach_prompts": 1, "workers": 1, "kept:audit": 0,
    }  # fmt: skip
    assert await store.get_worker(WORKER) is None
    assert await store.load_session(WORKER) is None
    assert await store.entries_of(WORKER) == []
    assert await store.chat_of(WORKER) is None
    assert await store.take_messages(WORKER) == []
    assert len(await store.entries_of(OTHER)) == 1, "nobody else is touched"
    assert await store.pending(team.id) == [OTHER]


async def test_lookup_reads_worker_and_chat_together(store: Store) -> None:
    assert await store.lookup(WORKER) == (None, None)
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    worker, link = await store.lookup(WORKER)
    assert worker is not None and worker.pseudonym == WORKER and link is None
    await store.set_chat(WORKER, 42)
    await store.set_question_message(WORKER, 9)
    assert (await store.lookup(WORKER))[1] == ChatLink(42, 9)


async def test_rekey_moves_every_row(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.set_chat(WORKER, 3)
    await store.remember_messages(WORKER, [1])
    await store.finish_session(WORKER, entry())
    await store.save_session(WORKER, session())
    await store.rekey(WORKER, OTHER, 2)
    assert await store.get_worker(WORKER) is None
    worker = await store.get_worker(OTHER)
    assert worker is not None and worker.key_version == 2
    assert await store.load_session(OTHER) is not None
    assert len(await store.entries_of(OTHER)) == 1
    assert await store.take_messages(OTHER) == [1]
    assert (await store.lookup(OTHER))[1] == ChatLink(3, None), "the sealed chat id moved too"


async def test_purge_by_day_and_idleness(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.finish_session(WORKER, entry(date(2020, 1, 1)))
    await store.finish_session(WORKER, entry(TODAY))
    await store.save_session(WORKER, session())
    removed = await store.purge(date(2021, 1, 1), datetime.now(UTC) - timedelta(days=1))
    assert (removed["entries"], removed["sessions"]) == (1, 0)
    assert [e.day for e in await store.entries_of(WORKER)] == [TODAY]
    removed = await store.purge(date(2021, 1, 1), datetime.now(UTC) + timedelta(days=1))
    assert (removed["entries"], removed["sessions"]) == (0, 1)


async def test_a_supervisors_audit_rows_outlive_their_forget_under_a_tombstone(
    store: Store,
) -> None:
    team = await store.create_team("Team Noord", "nl", TODAY)
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    now = datetime.now(UTC)
    for action in ("summary.read", "export.xlsx"):
        await store.audit(AuditRow(now, WORKER, "supervisor", action, team.id, ""))
    await store.audit(AuditRow(now, WORKER, "worker", "share.withdraw", team.id, ""))
    removed = await store.forget(WORKER)
    assert (removed["kept:audit"], removed["audit"]) == (2, 1)
    rows = await store.audit_log()
    assert sorted(r.action for r in rows) == ["export.xlsx", "summary.read"]
    assert all(r.actor.startswith("erased:") and r.actor != WORKER for r in rows)
    assert len({r.actor for r in rows}) == 1, "one tombstone per erasure"
    await store.ensure_worker(OTHER, 1, "nl", TODAY)
    await store.audit(AuditRow(now, OTHER, "supervisor", "summary.read", team.id, ""))
    await store.forget(OTHER)
    assert len({r.actor for r in await store.audit_log()}) == 2, "tombstones link nothing"


async def test_message_ids_past_48_hours_expire_into_a_count(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.set_chat(WORKER, 1)
    now = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    await store.remember_messages(WORKER, [1, 2], sent_at=now - timedelta(hours=50))
    await store.remember_messages(WORKER, [3], sent_at=now - timedelta(hours=1))
    assert await store.expire_messages(now - timedelta(hours=48)) == 2
    assert await store.take_messages(WORKER) == [3]
    assert await store.take_expired(WORKER) == 2
    assert await store.take_expired(WORKER) == 0


async def test_the_erasure_log_holds_hashes_only(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.log_erasures(["ab" * 32, "cd" * 32], "2026-11-21")
    await store.log_erasures(["ab" * 32], "2026-11-22")
    assert await store.erasure_log() == {"ab" * 32, "cd" * 32}
    assert await store.pseudonyms() == [WORKER]


async def test_personal_rows_hold_every_table_with_the_worker(store: Store) -> None:
    team = await store.create_team("Team Noord", "nl", TODAY)
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.ensure_worker(OTHER, 1, "nl", TODAY)
    await store.set_chat(WORKER, 7_341_925_899)
    await store.remember_messages(WORKER, [4])
    await store.add_member(WORKER, team.id, Role.WORKER, TODAY)
    await store.finish_session(WORKER, entry())
    await store.finish_session(OTHER, entry())
    await store.save_session(WORKER, session())
    await store.record_invite_failure(WORKER, datetime.now(UTC))
    await store.audit(AuditRow(datetime.now(UTC), WORKER, "worker", "share.withdraw", team.id, ""))
    prompt = await store.create_prompt(team.id, WORKER, TODAY, {}, "?", TODAY)
    await store.skip_prompt(WORKER, prompt)
    await store.set_draft(WORKER, prompt, "klad")
    rows = await store.personal_rows(WORKER)
    counts = {table: len(found) for table, found in rows.items() if table != "team_workers"}
    assert counts == {
        "workers": 1, "worker_chats": 1, "chat_refs": 1, "sessions": 1, "entries": 1,
        "memberships": 1, "invite_failures": 1, "audit": 1, "coach_prompts": 1,
        "coach_skips": 1, "coach_drafts": 1,
    }  # fmt: skip
    chat = rows["worker_chats"][0]
    assert 7_341_925_899 in chat.values(), "the sealed chat id is opened for its owner"
    assert WORKER not in json.dumps(rows, default=str), "the pseudonym reads as (you)"


async def test_workers_without_entries_or_activity_are_purged(store: Store) -> None:
    old = date(2024, 1, 10)
    team = await store.create_team("Team Noord", "nl", old)
    for who in ("quiet", "has-entry", "recent-member", "recent-reader"):
        await store.ensure_worker(who, 1, "nl", old)
        await store.set_consent(who, old)
    await store.set_chat("quiet", 4)
    await store.add_member("quiet", team.id, Role.WORKER, old)
    await store.finish_session("has-entry", entry(old))
    await store.add_member("recent-member", team.id, Role.COACH, TODAY)
    await store.audit(AuditRow(datetime.now(UTC), "recent-reader", "supervisor", "summary.read",
                               team.id, ""))  # fmt: skip
    assert await store.purge_inactive(date(2025, 5, 21)) == 1
    assert await store.get_worker("quiet") is None
    assert await store.chat_of("quiet") is None
    assert await store.memberships("quiet") == []
    assert sorted(await store.pseudonyms()) == ["has-entry", "recent-member", "recent-reader"]
