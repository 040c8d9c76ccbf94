"""The peer of `benchmarks/updates.py`: a reflection bot built the usual way with
python-telegram-bot, a `ConversationHandler` with one state per question (its
persistence is given to the Application), and per press: answer the button, edit the
question into its "✓ answer" record, send the next question."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)

PEER_QUESTIONS = 15
PEER_TYPED = {4, 9, 13}
"""The peer's questions answered by typing (like reflectbot's few free-text questions)."""
Context = ContextTypes.DEFAULT_TYPE
Handler = Callable[[Update, Context], Coroutine[Any, Any, int]]


def peer_question(index: int) -> tuple[str, InlineKeyboardMarkup]:
    head = f"{index + 1}/{PEER_QUESTIONS} · Vraag {index + 1}"
    if index in PEER_TYPED:
        skip = InlineKeyboardButton("Overslaan →", callback_data=f"q{index}|skip")
        return f"{head}\n\nWat ging goed? Typ je antwoord.", InlineKeyboardMarkup([[skip]])
    row = [InlineKeyboardButton(str(v), callback_data=f"q{index}|{v}") for v in range(1, 6)]
    return f"{head}\n\nHoe ging het?", InlineKeyboardMarkup([row])


def peer_handlers() -> ConversationHandler:  # type: ignore[type-arg]
    """The usual python-telegram-bot reflection: one state per question."""

    async def ask(context: Context, chat_id: int, index: int) -> int:
        if index == PEER_QUESTIONS:
            await context.bot.send_message(chat_id, "Bewaard. Dank je.")
            return ConversationHandler.END
        text, markup = peer_question(index)
        await context.bot.send_message(chat_id, text, reply_markup=markup)
        return index

    async def start(update: Update, context: Context) -> int:
        assert update.effective_chat is not None
        return await ask(context, update.effective_chat.id, 0)

    def pressed(index: int) -> Handler:
        async def handle(update: Update, context: Context) -> int:
            query = update.callback_query
            assert query is not None and query.message is not None and context.user_data is not None
            await query.answer()
            value = (query.data or "").partition("|")[2]
            context.user_data[f"q{index}"] = value
            await query.edit_message_text(f"{peer_question(index)[0]}\n✓ {value}")
            return await ask(context, query.message.chat.id, index + 1)

        return handle

    def typed(index: int) -> Handler:
        async def handle(update: Update, context: Context) -> int:
            message = update.effective_message
            assert message is not None and context.user_data is not None
            context.user_data[f"q{index}"] = message.text or ""
            return await ask(context, message.chat.id, index + 1)

        return handle

    states: dict[object, list[BaseHandler]] = {  # type: ignore[type-arg]
        i: [CallbackQueryHandler(pressed(i), pattern=f"^q{i}\\|"),
            MessageHandler(filters.TEXT & ~filters.COMMAND, typed(i))]
        for i in range(PEER_QUESTIONS)
    }  # fmt: skip
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # per_message=False beside a CallbackQueryHandler
        return ConversationHandler(
            entry_points=[CommandHandler("reflect", start)],
            states=states,
            fallbacks=[],
            name="reflection",
            persistent=True,
        )
