"""Contract for the chat state of the reflection in progress kept across a restart (#14,
migration 0042), on both stores: where the reflection began (a discard deletes only what
it left) and the too-long texts held for shortening (48 hours, erased, exported, rekeyed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.storage.port import Store
from tests.conftest import TODAY
from tests.contract.test_store_contract import OTHER, WORKER

NOW = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)


async def test_a_reflection_start_is_marked_once_and_taken_once(store: Store) -> None:
    for who in (WORKER, OTHER):
        await store.ensure_worker(who, 1, "nl", TODAY)
    await store.mark_reflection_start(WORKER, 10)  # no chat yet: nothing to mark it on
    assert await store.take_reflection_start(WORKER) is None
    await store.set_chat(WORKER, 5001)
    await store.set_chat(OTHER, 5002)
    await store.mark_reflection_start(WORKER, 10)
    await store.mark_reflection_start(WORKER, 30)  # a /reflect that resumes moves nothing
    await store.mark_reflection_start(OTHER, 20)
    assert (await store.personal_rows(WORKER))["worker_chats"][0]["since"] == 10, "exported"
    assert await store.take_reflection_start(WORKER) == 10
    assert await store.take_reflection_start(WORKER) is None, "cleared when it ended"
    await store.mark_reflection_start(WORKER, 40)
    assert await store.take_reflection_start(WORKER) == 40, "the next reflection's own"
    assert await store.take_reflection_start(OTHER) == 20, "each worker their own"


async def test_a_reflection_start_goes_with_the_chat_and_moves_with_a_rekey(
    store: Store,
) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.set_chat(WORKER, 5001)
    await store.mark_reflection_start(WORKER, 10)
    await store.rekey(WORKER, "rekeyed", 2)
    assert await store.take_reflection_start("rekeyed") == 10
    await store.mark_reflection_start("rekeyed", 11)
    await store.forget("rekeyed")
    await store.ensure_worker("rekeyed", 2, "nl", TODAY)
    await store.set_chat("rekeyed", 5001)
    assert await store.take_reflection_start("rekeyed") is None, "gone with /forget"


async def test_held_texts_are_taken_once_oldest_first(store: Store) -> None:
    for who in (WORKER, OTHER):
        await store.ensure_worker(who, 1, "nl", TODAY)
    await store.hold_message(WORKER, 12)
    await store.hold_message(WORKER, 15)
    await store.hold_message(OTHER, 12)
    assert await store.take_held(WORKER) == [12, 15]
    assert await store.take_held(WORKER) == []
    assert await store.take_held(OTHER) == [12], "each worker their own"
    with pytest.raises(KeyError):
        await store.hold_message("nobody", 12)


async def test_held_texts_go_after_48_hours(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.hold_message(WORKER, 12, NOW - timedelta(hours=49))
    await store.hold_message(WORKER, 15, NOW - timedelta(hours=1))
    assert await store.expire_held(NOW - timedelta(hours=48)) == 1
    assert await store.expire_held(NOW - timedelta(hours=48)) == 0
    assert await store.take_held(WORKER) == [15]


async def test_held_texts_are_exported_rekeyed_and_erased(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.set_chat(WORKER, 5001)
    await store.hold_message(WORKER, 12)
    rows = (await store.personal_rows(WORKER))["held_messages"]
    assert [row["message"] for row in rows] == [12], "the sealed id opened for its owner"
    await store.rekey(WORKER, "rekeyed", 2)
    await store.hold_message("rekeyed", 13)
    removed = await store.forget("rekeyed")
    assert removed["held_messages"] == 2
    await store.ensure_worker("rekeyed", 2, "nl", TODAY)
    assert await store.take_held("rekeyed") == [], "nothing of it outlives /forget"
