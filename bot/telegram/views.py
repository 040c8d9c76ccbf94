"""Engine replies as Telegram messages: translated text and inline keyboards.

Plain text (no parse mode), so a worker's words can never break the markup; at most
4096 characters per message, longer texts are split on line breaks.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardMarkup

from bot.dialogue.replies import Reply, ReplyKind, Text
from bot.i18n import Translator
from bot.telegram.callback_data import MenuAction, encode, encode_menu

MESSAGE_LIMIT = 4096


@dataclass(frozen=True, slots=True)
class Key:
    """One callback button: its label and the data a press sends back."""

    text: str
    callback_data: str


@dataclass(frozen=True, slots=True)
class Keyboard:
    """An inline keyboard of callback buttons, kept as plain data: building and then
    serialising python-telegram-bot's button objects was about a sixth of an update's CPU
    (docs/performance.md), and the Bot API only wants this JSON."""

    inline_keyboard: tuple[tuple[Key, ...], ...]

    def to_api(self) -> dict[str, object]:
        return {"inline_keyboard": [[{"text": k.text, "callback_data": k.callback_data}
                                     for k in row] for row in self.inline_keyboard]}  # fmt: skip


Markup = Keyboard | InlineKeyboardMarkup
"""Our callback keyboards, or python-telegram-bot's for anything else (a link button)."""


@dataclass(frozen=True, slots=True)
class View:
    text: str
    markup: Markup | None = None


def render(translator: Translator, lang: str, reply: Reply, version: int) -> list[View]:
    text = "\n\n".join(translator.render(lang, t) for t in reply.body)
    if reply.kind is ReplyKind.ANSWERED:
        text = "\n".join(translator.render(lang, t) for t in reply.body)
    rows = tuple(tuple(Key(translator.render(lang, b.label), encode(b.event, version))
                       for b in row) for row in reply.buttons)  # fmt: skip
    return with_markup(split(text), Keyboard(rows) if rows else None)


def menu(
    translator: Translator,
    lang: str,
    body: list[Text],
    buttons: list[list[tuple[Text, MenuAction]]] | None = None,
) -> list[View]:
    """A message outside the reflection: welcome, help, consent, language, ..."""
    text = "\n\n".join(translator.render(lang, t) for t in body)
    rows = tuple(tuple(Key(translator.render(lang, label), encode_menu(action))
                       for label, action in row) for row in buttons or [])  # fmt: skip
    return with_markup(split(text), Keyboard(rows) if rows else None)


def with_markup(chunks: list[str], markup: Markup | None) -> list[View]:
    """The keyboard goes under the last chunk, where the worker's thumb is."""
    return [View(c, markup if i == len(chunks) - 1 else None) for i, c in enumerate(chunks)]


def split(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    if len(text) <= limit:
        return [text]
    chunks, current = [], ""
    for line in text.split("\n"):
        while len(line) > limit:
            if current:
                chunks.append(current)
                current = ""
            chunks.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            chunks.append(current)
            current = line
        else:
            current = candidate
    if current:
        chunks.append(current)
    return chunks
