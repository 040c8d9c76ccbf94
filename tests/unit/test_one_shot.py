"""Which press answers a question asked once (#14): the first, while the message still
carries the button; a failed answer opens the question again."""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import Chat, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.telegram.one_shot import KEPT_PER_WORKER, OneShotQuestions

YES = "m1|repair|on"


def message(message_id: int, keyboard: bool = True) -> Message:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Ja", callback_data=YES)]])
    return Message(message_id, datetime.now(UTC), Chat(1, "private"),
                   reply_markup=markup if keyboard else None)  # fmt: skip


def test_only_the_first_press_on_a_message_answers_it() -> None:
    questions = OneShotQuestions()
    assert questions.claim("w", message(5), YES)
    assert not questions.claim("w", message(5), YES), "a quick second press"
    assert questions.claim("other", message(5), YES), "per worker"
    assert questions.claim("w", message(6), YES), "another question"


def test_a_message_without_the_button_is_closed() -> None:
    questions = OneShotQuestions()
    assert not questions.claim("w", message(5, keyboard=False), YES)
    assert not questions.claim("w", message(5), "m1|repair|no"), "not on this keyboard"


def test_a_failed_answer_opens_the_question_again() -> None:
    questions = OneShotQuestions()
    assert questions.claim("w", message(5), YES)
    questions.release("w", message(5))
    assert questions.claim("w", message(5), YES)


def test_memory_is_bounded_per_worker() -> None:
    questions = OneShotQuestions()
    for message_id in range(KEPT_PER_WORKER + 1):
        assert questions.claim("w", message(message_id), YES)
    assert questions.claim("w", message(0), YES), "the oldest is forgotten"
    assert not questions.claim("w", message(KEPT_PER_WORKER), YES)
