"""Which press answers a question asked once (#14): the first, while the message still
carries the button; a failed answer opens the question again. A worker's closed questions
live in the chat state (the store: they survive a restart), anyone else's in this process."""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import Chat, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.storage.memory import MemoryStore
from bot.telegram.chat_state import ChatState
from bot.telegram.one_shot import KEPT_PER_CHAT, OneShotQuestions
from tests.conftest import TODAY

YES = "m1|repair|on"


def message(message_id: int, keyboard: bool = True) -> Message:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Ja", callback_data=YES)]])
    return Message(message_id, datetime.now(UTC), Chat(1, "private"),
                   reply_markup=markup if keyboard else None)  # fmt: skip


async def questions_of(*workers: str) -> tuple[OneShotQuestions, MemoryStore]:
    store = MemoryStore()
    for worker in workers:
        await store.ensure_worker(worker, 1, "nl", TODAY)
    return OneShotQuestions(ChatState(store)), store


async def test_only_the_first_press_on_a_message_answers_it() -> None:
    for worker in (True, False):
        questions, _ = await questions_of("w", "other")
        assert await questions.claim("w", worker, message(5), YES)
        assert not await questions.claim("w", worker, message(5), YES), "a quick second press"
        assert await questions.claim("other", worker, message(5), YES), "per worker"
        assert await questions.claim("w", worker, message(6), YES), "another question"


async def test_a_workers_closed_question_is_kept_in_the_chat_state() -> None:
    questions, store = await questions_of("w")
    assert await questions.claim("w", True, message(5), YES)
    restarted = OneShotQuestions(ChatState(store))
    assert not await restarted.claim("w", True, message(5), YES), "closed after a restart"


async def test_a_message_without_the_button_is_closed() -> None:
    questions, _ = await questions_of("w")
    assert not await questions.claim("w", True, message(5, keyboard=False), YES)
    assert not await questions.claim("w", True, message(5), "m1|repair|no"), "not on it"


async def test_a_failed_answer_opens_the_question_again() -> None:
    for worker in (True, False):
        questions, _ = await questions_of("w")
        assert await questions.claim("w", worker, message(5), YES)
        await questions.release("w", worker, message(5))
        assert await questions.claim("w", worker, message(5), YES)


async def test_memory_of_someone_not_a_worker_is_bounded() -> None:
    questions, _ = await questions_of()
    for message_id in range(KEPT_PER_CHAT + 1):
        assert await questions.claim("w", False, message(message_id), YES)
    assert await questions.claim("w", False, message(0), YES), "the oldest is forgotten"
    assert not await questions.claim("w", False, message(KEPT_PER_CHAT), YES)
