"""Contract for the Telegram adapter's chat state kept across a restart (#14), on both
stores: answered one-shot questions (a second press applies nothing), their 48-hour
retention and erasure, and the one-time removal note's flag."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.storage.port import ChatLink, Store
from tests.conftest import TODAY
from tests.contract.test_store_contract import OTHER, WORKER

NOW = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)


async def test_a_question_is_answered_once_per_worker(store: Store) -> None:
    for who in (WORKER, OTHER):
        await store.ensure_worker(who, 1, "nl", TODAY)
    assert await store.close_question(WORKER, 41)
    assert not await store.close_question(WORKER, 41), "a second press is closed"
    assert await store.close_question(WORKER, 42), "another question is open"
    assert await store.close_question(OTHER, 41), "another worker's chat: its own ids"


async def test_a_failed_answer_reopens_its_question(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    assert await store.close_question(WORKER, 41)
    await store.reopen_question(WORKER, 41)
    await store.reopen_question(WORKER, 99)  # never answered: nothing to reopen
    assert await store.close_question(WORKER, 41)


async def test_an_unknown_worker_cannot_answer(store: Store) -> None:
    with pytest.raises(KeyError):
        await store.close_question("nobody", 41)


async def test_answered_questions_go_after_48_hours(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.close_question(WORKER, 41, NOW - timedelta(hours=49))
    await store.close_question(WORKER, 42, NOW - timedelta(hours=1))
    assert await store.expire_closed_questions(NOW - timedelta(hours=48)) == 1
    assert await store.expire_closed_questions(NOW - timedelta(hours=48)) == 0
    assert await store.close_question(WORKER, 41), "forgotten: open again"
    assert not await store.close_question(WORKER, 42), "still remembered"


async def test_answered_questions_are_erased_read_and_rekeyed_with_the_worker(
    store: Store,
) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.set_chat(WORKER, 5001)
    await store.close_question(WORKER, 41)
    rows = (await store.personal_rows(WORKER))["answered_questions"]
    assert [row["message"] for row in rows] == [41], "the sealed id opened for its owner"
    await store.rekey(WORKER, "rekeyed", 2)
    assert not await store.close_question("rekeyed", 41), "moved with the pseudonym"
    removed = await store.forget("rekeyed")
    assert removed["answered_questions"] == 1
    await store.ensure_worker("rekeyed", 2, "nl", TODAY)
    assert await store.close_question("rekeyed", 41), "nothing of it outlives /forget"


async def test_the_removal_note_is_remembered_with_the_chat(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.note_removal(WORKER)  # no chat yet: nothing to note it on
    await store.set_chat(WORKER, 5001)
    assert await store.chat_of(WORKER) == ChatLink(5001, None, removal_noted=False)
    await store.note_removal(WORKER)
    await store.set_question_message(WORKER, 77)
    await store.set_chat(WORKER, 5002)
    assert await store.chat_of(WORKER) == ChatLink(5002, 77, removal_noted=True)
    worker, link = await store.lookup(WORKER)
    assert worker is not None and link is not None and link.removal_noted
    await store.forget(WORKER)
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.set_chat(WORKER, 5001)
    assert await store.chat_of(WORKER) == ChatLink(5001, None), "gone with /forget"
