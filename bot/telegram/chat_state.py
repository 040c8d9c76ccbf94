"""The Telegram adapter's own chat state: where each worker's window is, and what the
reflection left in the chat for the clean-up offer.

Handlers ask this small repository, never the general store, about message ids. The
window id and the left-behind ids persist through the store's chat-link ports (so a
restart resumes in the same window, and /forget can still delete them), and so do the
one-shot questions already answered and whether the one-time removal note was shown (a
restart neither lets a second press through nor repeats the note), where the reflection
in progress began (a discard deletes only what it left) and the too-long texts held for
shortening (removed once the shorter version is kept, also after a restart); the extra
chunks of a split overview, the drawn buttons and the discard question live in this
process (after a restart the engine's own checks decide: `docs/telegram.md`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.storage.port import Store
from bot.telegram.gateway import Deletion

DELETABLE = timedelta(hours=48)
"""How long after sending a bot may delete a message in a private chat."""


class ChatState:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._chunks: dict[str, list[int]] = {}
        self._bottom: dict[str, tuple[int, int]] = {}
        self._drawn: dict[str, tuple[int, int | None, frozenset[str]]] = {}
        self._long: dict[str, list[int]] = {}
        self._long_known: set[str] = set()
        """Workers whose held texts this process knows (after a restart: read once)."""
        self._discarding: set[str] = set()

    async def move_window(
        self, pseudonym: str, message_id: int | None, chunks: list[int] | None = None
    ) -> None:
        """The window now lives in `message_id` (None: no reflection window any more)."""
        await self._store.set_question_message(pseudonym, message_id)
        if chunks:
            self._chunks[pseudonym] = chunks
        else:
            self._chunks.pop(pseudonym, None)

    async def left_over(self, pseudonym: str, besides: Collection[int | None],
                        from_id: int | None = None) -> tuple[list[int], list[int]]:  # fmt: skip
        """Remembered ids but `besides`, from `from_id` on (this reflection's): those the
        bot may still delete (the clean-up offer), and those it no longer may (older than
        48 hours, or refused). Read without forgetting: /forget may still need them."""
        since, first = datetime.now(UTC) - DELETABLE, from_id or 0
        deletable, stuck = list[int](), list[int]()
        for message_id, sent_at in await self._store.messages_sent(pseudonym):
            if message_id not in besides and message_id >= first:
                (deletable if sent_at > since else stuck).append(message_id)
        return deletable, stuck

    async def refused(self, pseudonym: str, message_ids: list[int]) -> None:
        """Telegram refused to delete these (a bot may delete only within 48 hours): they
        are remembered as too old, so they are never offered for clean-up again, and the
        receipts count them among those to delete by hand."""
        if message_ids:
            too_old = datetime.now(UTC) - DELETABLE - timedelta(minutes=1)
            await self._store.remember_messages(pseudonym, message_ids, too_old)

    def bottom(self, pseudonym: str, window: int) -> int:
        """The newest message id with nothing of the worker's between it and the window
        (their messages there were deleted): the next message below it is the next id."""
        known = self._bottom.get(pseudonym)
        return known[1] if known is not None and known[0] == window else window

    def cleared_below(self, pseudonym: str, window: int, message_id: int) -> None:
        """`message_id`, just below the window's bottom, was deleted."""
        if message_id == self.bottom(pseudonym, window) + 1:
            self._bottom[pseudonym] = (window, message_id)

    def chunks(self, pseudonym: str) -> list[int]:
        """The messages above the window that hold the start of a split overview."""
        return list(self._chunks.get(pseudonym, []))

    async def leave(self, pseudonym: str, message_ids: list[int],
                    sent_at: datetime | None = None) -> None:  # fmt: skip
        """Messages the reflection leaves in the chat (sent at `sent_at`, default now):
        /forget and the clean-up delete them while Telegram allows."""
        if message_ids:
            await self._store.remember_messages(pseudonym, message_ids, sent_at)

    async def stray(self, pseudonym: str, message_id: int, sent_at: datetime) -> None:
        """A message of the reflection found in the chat (a button on it was pressed):
        remembered for /forget and the clean-up unless it already is."""
        known = {remembered for remembered, _ in await self._store.messages_sent(pseudonym)}
        if message_id not in known:
            await self.leave(pseudonym, [message_id], sent_at)

    async def gone(self, pseudonym: str, message_ids: list[int]) -> None:
        """These were deleted from the chat: no longer offered for clean-up."""
        if not message_ids:
            return
        await self._keep(pseudonym, lambda message_id, _: message_id not in message_ids)

    async def _keep(self, pseudonym: str, keep: Callable[[int, datetime], bool]) -> None:
        """Take the remembered ids and remember again those `keep` says, each with the
        time it was sent (the 48-hour limit is counted from it)."""
        by_time: dict[datetime, list[int]] = {}
        for message_id, sent_at in await self._store.take_messages_sent(pseudonym):
            if keep(message_id, sent_at):
                by_time.setdefault(sent_at, []).append(message_id)
        for sent_at, ids in by_time.items():
            await self._store.remember_messages(pseudonym, ids, sent_at)

    async def first_removal(self, pseudonym: str, noted: bool) -> bool:
        """True the first time a typed message is removed from this chat (`noted`: the
        chat's flag as read with the worker): the note that says so is shown once, not
        under every answer, nor again after a restart; /forget drops the flag."""
        if noted:
            return False
        await self._store.note_removal(pseudonym)
        return True

    async def close_question(self, pseudonym: str, message_id: int) -> bool:
        """Close a one-shot question for good; False when it already was (kept 48 hours)."""
        return await self._store.close_question(pseudonym, message_id)

    async def reopen_question(self, pseudonym: str, message_id: int) -> None:
        await self._store.reopen_question(pseudonym, message_id)

    def drew(self, pseudonym: str, message_id: int, version: int | None,
             buttons: frozenset[str]) -> None:  # fmt: skip
        """The window `message_id` now shows these buttons (their callback data), of this
        dialogue version."""
        self._drawn[pseudonym] = (message_id, version, buttons)

    def shows(self, pseudonym: str, message_id: int, version: int, data: str) -> bool:
        """Whether a press of `data` on `message_id` matches what the window shows now: a
        tap made before the window changed (an overview button after "✎ change", a second
        "✓ Save") is closed. Unknown after a restart, or a keyboard of another dialogue
        version (brought up to date): the engine's own checks decide."""
        drawn = self._drawn.get(pseudonym)
        return drawn is None or drawn[:2] != (message_id, version) or data in drawn[2]

    def still_shows(self, pseudonym: str, message_id: int, data: str) -> bool:
        """Whether the window `message_id` is known (in this process) to show the button
        `data` still: pressed on a question no longer asked, it is behind (its last edit
        failed) and must be brought up to date."""
        drawn = self._drawn.get(pseudonym)
        return drawn is not None and drawn[0] == message_id and data in drawn[2]

    def asking_discard(self, pseudonym: str, asking: bool) -> None:
        """Whether the window now asks "Discard this reflection?" (in this process)."""
        if asking:
            self._discarding.add(pseudonym)
        else:
            self._discarding.discard(pseudonym)

    def asks_discard(self, pseudonym: str) -> bool:
        return pseudonym in self._discarding

    async def hold_long(self, pseudonym: str, message_id: int) -> None:
        """A typed text too long to keep stays in the chat until its shorter version is
        (kept in the store too: the window promises its removal, also after a restart)."""
        await self._store.hold_message(pseudonym, message_id)
        self._long.setdefault(pseudonym, []).append(message_id)

    def holds_long(self, pseudonym: str, message_id: int) -> bool:
        """Whether `message_id` is a too-long text held in this process (edited, say)."""
        return message_id in self._long.get(pseudonym, ())

    async def take_long(self, pseudonym: str) -> list[int]:
        """The held texts, forgotten; a round trip only when some are held, or on a
        worker's first kept answer in this process (a restart may have come between)."""
        if pseudonym in self._long_known:
            held = self._long.pop(pseudonym, [])
            if held:  # this process's own list: one past 48 hours (purged) is still tried
                await self._store.take_held(pseudonym)
            return held
        self._long_known.add(pseudonym)
        self._long.pop(pseudonym, None)
        return await self._store.take_held(pseudonym)

    async def began(self, pseudonym: str, message_id: int) -> None:
        """The reflection in progress began at `message_id` (unless marked already)."""
        await self._store.mark_reflection_start(pseudonym, message_id)

    async def ended(self, pseudonym: str) -> int | None:
        """The reflection ended: where it began (None: before this was kept), forgotten."""
        return await self._store.take_reflection_start(pseudonym)

    async def remove_left(self, pseudonym: str, besides: set[int],
                          remove: Callable[[int], Awaitable[Deletion]],
                          expired: bool = False,
                          from_id: int | None = None) -> Removed:  # fmt: skip
        """Delete what the reflection left in the chat but `besides`, one by one (a batch
        cannot tell a deletion from a message already gone); what Telegram refuses, or
        would (older than 48 hours), stays remembered for /forget. `expired`: count too
        the ids forgotten past 48 hours (the clean-up's receipt; they were never removed).
        `from_id`: only messages from this one on (a discard: what this reflection left,
        not what an earlier one left and the worker chose to keep)."""
        since, counts = datetime.now(UTC) - DELETABLE, Counter[Deletion | None]()
        done: set[int] = set()
        refused: list[int] = []
        for message_id, sent_at in await self._store.messages_sent(pseudonym):
            if message_id in besides or (from_id is not None and message_id < from_id):
                continue
            outcome = await remove(message_id) if sent_at > since else None  # None: too old
            counts[outcome] += 1
            if outcome in (Deletion.DELETED, Deletion.GONE):
                done.add(message_id)
            elif outcome is Deletion.REFUSED:
                refused.append(message_id)
        if done:
            await self._keep(pseudonym, lambda message_id, _: message_id not in done)
        await self.refused(pseudonym, refused)
        forgotten = await self._store.take_expired(pseudonym) if expired else 0
        return Removed(counts[Deletion.DELETED], counts[Deletion.GONE],
                       counts[None] + forgotten, counts[Deletion.REFUSED])  # fmt: skip


@dataclass(frozen=True, slots=True)
class Removed:
    """What a clean-up did: deleted now, already gone, too old to try, refused now."""

    deleted: int
    gone: int
    too_old: int
    refused: int

    @property
    def stays(self) -> int:
        return self.too_old + self.refused
