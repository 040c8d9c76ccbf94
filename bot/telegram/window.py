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
from functools import partial

from bot.dialogue.engine import TOO_LONG
from bot.dialogue.events import Discard
from bot.dialogue.replies import Reply, ReplyKind, Text, counted
from bot.i18n import Translator
from bot.reflections import Turn
from bot.telegram import texts, window_texts
from bot.telegram.callback_data import MenuAction, encode, encode_menu
from bot.telegram.chat_state import ChatState
from bot.telegram.gateway import Deletion, Edit, Gateway
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


class NotShown(Exception):
    """A turn that was committed but did not reach the chat (Telegram failed, or we did):
    the apology must say what was kept, not "your earlier answers are safe"."""

    def __init__(self, turn: Turn) -> None:
        super().__init__("turn committed, window not shown")
        self.apology = _unshown(turn)


class ReflectionWindow:
    def __init__(self, translator: Translator, state: ChatState) -> None:
        self._translator, self._state = translator, state

    async def show(self, gateway: Gateway, place: Place, turn: Turn,
                   incoming: Incoming | None = None, remove: bool = True,
                   typed: bool = False) -> None:  # fmt: skip
        """Bring the window up to date with a committed turn.

        `incoming`: the worker's message that led to the turn (its id, when it was sent);
        with `remove` it is deleted (a command, a typed answer once what is kept of it is
        shown, a typed text the dialogue could not use: nothing of it is lost), except a
        text too long to keep, which stays for the worker to shorten until the shorter
        version is kept; anything else stays below the window.
        """
        message_id, arrived = incoming if incoming is not None else (None, None)
        who, notes, kept = place.pseudonym, list[Text](), _shows_kept(turn)
        self._state.asking_discard(who, _asks_discard(turn))
        too_long = typed and _too_long(turn)
        removed = (await gateway.delete_one(place.chat_id, message_id)
                   if remove and message_id and not too_long else None)  # fmt: skip
        if removed and typed and not kept and _rejected(turn):
            notes.append(Text(window_texts.REJECTED_REMOVED))
        elif removed and (kept or typed) and await self._state.first_removal(who, place.noted):
            notes.append(Text(window_texts.REMOVED_NOTE))
        if removed is False:  # too old to delete: never offered, counted to delete by hand
            notes.append(Text(window_texts.REMOVE_REFUSED))
            await self._state.refused(who, [message_id] if message_id else [])
        elif message_id is not None and not removed:
            await self._state.leave(who, [message_id], arrived)  # for /forget and the clean-up
        still_long = list[int]()  # held texts Telegram refused to delete: said apart
        if too_long and message_id is not None:
            await self._state.hold_long(who, message_id)
            notes.append(Text(window_texts.LONG_STAYS))
        elif turn.ended and not turn.saved:
            await self._state.take_long(who)  # remembered: deleted with the rest just below
        elif kept or turn.ended:
            said, still_long = await self._remove_long(gateway, place)
            if Text(window_texts.LONG_REFUSED) in said and Text(window_texts.REMOVED_NOTE) in notes:
                notes.remove(Text(window_texts.REMOVED_NOTE))  # say which one went
                notes.append(Text(window_texts.SHORTER_REMOVED))
            notes += said
        chunks = self._state.chunks(who)
        besides = {m for m in (place.window, *chunks, *still_long) if m is not None}
        began = await self._state.ended(who) if turn.ended else None
        if turn.ended and not turn.saved:  # nothing is kept: what this reflection left goes too
            remove_one = partial(gateway.remove, place.chat_id)
            left = await self._state.remove_left(who, besides, remove_one, from_id=began)
            if left.stays:
                notes.append(Text(window_texts.DISCARD_STAYS, {"count": left.stays}))
        deletable, stuck = (await self._state.left_over(who, besides, began)
                            if turn.saved else ([], []))  # fmt: skip
        if stuck:  # a bot may not delete them: say so, and how to do it by hand
            notes.append(counted(window_texts.LEFT_TOO_OLD, len(stuck)))
        views = self.compose(place.lang, turn, notes, offer=bool(deletable))
        at_bottom = message_id is None or (
            bool(removed)
            and place.window is not None
            and message_id == self._state.bottom(who, place.window) + 1
        )
        if removed and place.window is not None and message_id is not None:
            self._state.cleared_below(who, place.window, message_id)
        if place.window is not None and at_bottom:
            still = await self._in_place(gateway, place, place.window, views, chunks, turn)
            if still is None:
                return
            old = still  # an edit was refused: send anew (what the worker deleted is forgotten)
        else:
            old = [*chunks, place.window] if place.window is not None else []
        await self._move(gateway, place, views, old, turn.ended, turn.version)

    async def _in_place(self, gateway: Gateway, place: Place, window: int, views: list[View],
                        chunks: list[int], turn: Turn) -> list[int] | None:  # fmt: skip
        """Edit the window, and a split overview's other parts, where they stand: parts no
        longer needed above it are deleted, parts more are sent below it (the buttons
        always on the last). When Telegram refused an edit: the parts still in the chat
        (the caller sends anew); a part the worker deleted is forgotten."""
        who, targets = place.pseudonym, [*chunks, window]
        spare = max(0, len(targets) - len(views))
        kept = targets[spare:]
        for target, view in zip(kept, views, strict=False):
            edited = await gateway.revise(place.chat_id, target, view)
            if edited is Edit.GONE:
                await self._state.gone(who, [target])
            if edited is not Edit.DONE:
                return [t for t in targets if t != target or edited is Edit.REFUSED]
        sent = [m for v in views[len(kept) :] if (m := await gateway.send(place.chat_id, v))]
        await self._state.leave(who, sent)  # for /forget and the clean-up
        for extra in targets[:spare]:
            if await gateway.remove(place.chat_id, extra) is not Deletion.REFUSED:
                await self._state.gone(who, [extra])
        parts = [*kept, *sent]
        if turn.ended:
            await self._state.move_window(who, None)
        elif parts[-1] != window or parts[:-1] != chunks:
            await self._state.move_window(who, parts[-1], parts[:-1])
        self._state.drew(who, parts[-1], turn.version, _buttons_of(views[-1]))
        return None

    async def _remove_long(self, gateway: Gateway, place: Place) -> tuple[list[Text], list[int]]:
        """The shorter version is kept (or the reflection ended): the long texts it
        replaces leave the chat too; said only when Telegram confirmed it. One Telegram
        refuses (48 hours) is named as the longer one, which still holds what was typed."""
        notes, refused = list[Text](), list[int]()
        for message_id in await self._state.take_long(place.pseudonym):
            if await gateway.delete_one(place.chat_id, message_id):
                await self._state.gone(place.pseudonym, [message_id])
                if Text(window_texts.LONG_REMOVED) not in notes:
                    notes.append(Text(window_texts.LONG_REMOVED))
                continue
            await self._state.refused(place.pseudonym, [message_id])
            refused.append(message_id)
            if Text(window_texts.LONG_REFUSED) not in notes:
                notes.append(Text(window_texts.LONG_REFUSED))
        return notes, refused

    async def _move(self, gateway: Gateway, place: Place, views: list[View], old: list[int],
                    ended: bool, version: int | None) -> None:  # fmt: skip
        """Delete the old window, send the new one below everything else. One by one:
        only a confirmed deletion (or a message the worker deleted) is forgotten; a window
        too old to delete becomes "That question is closed." without buttons (it must not
        go on asking), counted in the receipt to delete by hand."""
        gone, refused = list[int](), list[int]()
        for message_id in reversed(old):  # the window first: its buttons must not linger
            outcome = await gateway.remove(place.chat_id, message_id)
            (refused if outcome is Deletion.REFUSED else gone).append(message_id)
        if old and old[-1] in refused:
            closed = View(self._translator.render(place.lang, Text(window_texts.QUESTION_CLOSED)))
            if not await gateway.edit(place.chat_id, old[-1], closed):
                await gateway.clear_keyboard(place.chat_id, old[-1])
        await self._state.gone(place.pseudonym, gone)
        await self._state.refused(place.pseudonym, refused)
        sent = [m for v in views if (m := await gateway.send(place.chat_id, v)) is not None]
        if not sent:
            return
        await self._state.leave(place.pseudonym, sent)  # for /forget and the clean-up
        await self._state.move_window(place.pseudonym, None if ended else sent[-1], sent[:-1])
        self._state.drew(place.pseudonym, sent[-1], version, _buttons_of(views[-1]))

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


def _unshown(turn: Turn) -> str:
    """What the apology for a committed turn that was not shown says was kept."""
    if turn.ended:
        return window_texts.SAVED_UNSHOWN if turn.saved else window_texts.DISCARDED_UNSHOWN
    answered = any(r.kind is ReplyKind.ANSWERED for r in turn.replies)
    return window_texts.ANSWER_KEPT_UNSHOWN if answered else window_texts.KEPT_UNSHOWN


def _one_line(text: str, limit: int) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _buttons_of(view: View) -> frozenset[str]:
    markup = view.markup
    if not isinstance(markup, Keyboard):
        return frozenset()
    return frozenset(key.callback_data for row in markup.inline_keyboard for key in row)


def _too_long(turn: Turn) -> bool:
    """The dialogue refused a typed text as too long: it stays for the worker to shorten."""
    return any(r.kind is ReplyKind.NOTICE and r.body and r.body[0].msgid == TOO_LONG
               for r in turn.replies)  # fmt: skip


def _asks_discard(turn: Turn) -> bool:
    """The window asks whether to discard the reflection (typed text is no answer then)."""
    return any(isinstance(b.event, Discard) and b.event.confirmed for r in turn.replies
               if r.kind is ReplyKind.CONFIRM for row in r.buttons for b in row)  # fmt: skip


def _rejected(turn: Turn) -> bool:
    """The dialogue explained why it could not use a typed text (and asks again)."""
    return any(r.kind is ReplyKind.NOTICE for r in turn.replies)


def _shows_kept(turn: Turn) -> bool:
    """Whether the window shows what was kept of a typed answer (the removal note says so)."""
    return any(r.kind is ReplyKind.ANSWERED or (r.kind is ReplyKind.CONFIRM and r.expects_text)
               for r in turn.replies)  # fmt: skip
