"""One window per reflection: a single message, edited in place from question to question.

The previous answer is one short line on top, then any notice, then the question (or the
overview) with its buttons. The window moves (the old one deleted, a new one sent) only
when something of the worker's sits below it, when Telegram refuses the edit, or when a
split overview needs more than one message. The worker's typed message is deleted once
the turn is committed; a deletion is claimed only when Telegram confirmed it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.dialogue.replies import Reply, ReplyKind, Text
from bot.i18n import Translator
from bot.reflections import Turn
from bot.telegram import texts, window_texts
from bot.telegram.callback_data import MenuAction, encode, encode_menu
from bot.telegram.chat_state import ChatState
from bot.telegram.gateway import Gateway
from bot.telegram.views import Key, Keyboard, View, split, with_markup

ANSWER_LINE = 90
"""Characters of the previous answer shown on top of the window."""
SECTIONS_PER_ROW = 2
"""Overview buttons per row: eleven sections do not fit one row on a phone."""


Incoming = tuple[int, datetime]
"""The worker's message that led to a turn: its id and when they sent it."""


@dataclass(frozen=True, slots=True)
class Place:
    """Whose window, in which chat and language, and where it is now (None: no window)."""

    pseudonym: str
    chat_id: int
    lang: str
    window: int | None
    noted: bool = False
    """The one-time removal note was shown in this chat already."""


class ReflectionWindow:
    def __init__(self, translator: Translator, state: ChatState) -> None:
        self._translator, self._state = translator, state

    async def show(self, gateway: Gateway, place: Place, turn: Turn,
                   incoming: Incoming | None = None, remove: bool = True,
                   typed: bool = False) -> None:  # fmt: skip
        """Bring the window up to date with a committed turn.

        `incoming`: the worker's message that led to the turn (its id, when it was sent);
        with `remove` it is deleted (a command), and a `typed` answer only once what is
        kept of it is shown (text the dialogue could not take stays, for them to correct);
        anything else stays below the window.
        """
        message_id, arrived = incoming if incoming is not None else (None, None)
        who, notes = place.pseudonym, []
        remove = remove and (not typed or _shows_kept(turn))
        removed = (
            await gateway.delete_one(place.chat_id, message_id) if remove and message_id else None
        )
        if removed and _shows_kept(turn) and await self._state.first_removal(who, place.noted):
            notes.append(Text(window_texts.REMOVED_NOTE))
        if removed is False:
            notes.append(Text(window_texts.REMOVE_REFUSED))
        if message_id is not None and not removed:
            await self._state.leave(who, [message_id], arrived)  # for /forget and the clean-up
        offer = turn.saved and await self._state.left_behind(who, place.window)
        views = self.compose(place.lang, turn, notes, offer)
        at_bottom = message_id is None or (
            bool(removed)
            and place.window is not None
            and message_id == self._state.bottom(who, place.window) + 1
        )
        if removed and place.window is not None and message_id is not None:
            self._state.cleared_below(who, place.window, message_id)
        chunks = self._state.chunks(who)
        if place.window is not None and at_bottom and len(views) == 1 and not chunks:
            if await gateway.edit(place.chat_id, place.window, views[0]):
                if turn.ended:
                    await self._state.move_window(who, None, last=place.window)
                    if not turn.saved:
                        await self._discarded(gateway, place)
                return
            old: list[int] = []  # gone or no longer editable: send anew
        else:
            old = [*chunks, place.window] if place.window is not None else []
        await self._move(gateway, place, views, old, turn.ended)
        if turn.ended and not turn.saved:
            await self._discarded(gateway, place)

    async def _discarded(self, gateway: Gateway, place: Place) -> None:
        """Nothing of a discarded reflection is kept: what it left in the chat goes too
        (what Telegram still allows; the rest stays remembered for /forget's receipt)."""
        window = self._state.window_after(place.pseudonym, place.window)
        for message_id in await self._state.deletable(place.pseudonym, besides=window):
            if await gateway.delete_one(place.chat_id, message_id):
                await self._state.gone(place.pseudonym, [message_id])

    async def _move(self, gateway: Gateway, place: Place, views: list[View], old: list[int],
                    ended: bool) -> None:  # fmt: skip
        """Delete the old window, send the new one below everything else."""
        if old and await gateway.delete_one(place.chat_id, old[-1]):
            await self._state.gone(place.pseudonym, [old[-1]])
        elif old:  # too old to delete: it stays, without buttons, offered for clean-up
            await gateway.clear_keyboard(place.chat_id, old[-1])
            await self._state.leave(place.pseudonym, [old[-1]])
        for chunk in old[:-1]:  # one by one: only a confirmed deletion is forgotten
            if await gateway.delete_one(place.chat_id, chunk):
                await self._state.gone(place.pseudonym, [chunk])
        sent = [m for v in views if (m := await gateway.send(place.chat_id, v)) is not None]
        if not sent:
            return
        await self._state.leave(place.pseudonym, sent)  # for /forget and the clean-up
        await self._state.move_window(place.pseudonym, None if ended else sent[-1], sent[:-1],
                                      last=sent[-1])  # fmt: skip

    def compose(self, lang: str, turn: Turn, notes: list[Text], offer: bool = False) -> list[View]:
        """The window's text and keyboard for a turn: answered line, notices, question."""
        render = self._translator.render
        top, middle, rows = [], [], list[tuple[Key, ...]]()
        overview: list[Key] = []
        for reply in turn.replies:
            if reply.kind is ReplyKind.ANSWERED:
                top.append(_one_line(render(lang, reply.body[-1]), ANSWER_LINE))
                continue
            joiner = "\n" if reply.kind is ReplyKind.REVIEW else "\n\n"
            middle.append(joiner.join(render(lang, t) for t in reply.body))
            buttons = self._buttons(lang, reply, turn.version or 0)
            if reply.kind is ReplyKind.REVIEW:
                overview.extend(b for row in buttons for b in row)
            else:
                rows.extend(buttons)
        rows = [tuple(overview[i : i + SECTIONS_PER_ROW])
                for i in range(0, len(overview), SECTIONS_PER_ROW)] + rows  # fmt: skip
        if turn.saved:
            middle.append(render(lang, Text(window_texts.READ_WITH_MINE)))
        middle.extend(render(lang, n) for n in notes)
        if offer:
            middle.append(render(lang, Text(window_texts.CLEAR_LEFT)))
            yes = self._menu_button(lang, texts.CLEAR_YES, MenuAction("clear", "yes"))
            rows.append((yes, self._menu_button(lang, texts.CLEAR_NO, MenuAction("clear", "no"))))
        text = "\n\n".join(["\n".join(top), *middle] if top else middle)
        return with_markup(split(text), Keyboard(tuple(rows)) if rows else None)

    def _buttons(self, lang: str, reply: Reply, version: int) -> list[tuple[Key, ...]]:
        return [tuple(Key(self._translator.render(lang, b.label), encode(b.event, version))
                      for b in row) for row in reply.buttons]  # fmt: skip

    def _menu_button(self, lang: str, label: str, action: MenuAction) -> Key:
        return Key(self._translator.render(lang, Text(label)), encode_menu(action))


def _one_line(text: str, limit: int) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _shows_kept(turn: Turn) -> bool:
    """Whether the window shows what was kept of a typed answer (the removal note says so)."""
    return any(r.kind is ReplyKind.ANSWERED or (r.kind is ReplyKind.CONFIRM and r.expects_text)
               for r in turn.replies)  # fmt: skip
