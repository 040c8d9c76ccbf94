"""Clearing the chat and /forget, with receipts that count only what really happened.

Telegram lets a bot delete a message for 48 hours after it was sent; older ones it
refuses (`deleteMessages` skips them silently). So the store keeps each sealed message id
with its send time, and a receipt tells apart: deleted, too old for the bot (the worker
must delete those with a long press), and refused now. Adapters pass a `Deleter`; this
module imports no Telegram library.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.storage.port import Store

DELETE_WINDOW = timedelta(hours=48)
"""How long Telegram lets a bot delete a message in a private chat."""
MARGIN = timedelta(minutes=10)
"""Messages this close to the limit count as too old: never claim a delete that failed."""

Deleter = Callable[[list[int]], Awaitable[bool]]
"""Deletes messages of the worker's chat; False when Telegram refused."""


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Clearing:
    deleted: int
    """Messages removed from the chat."""
    too_old: int
    """Messages past the 48-hour window: the worker has to delete them."""
    refused: int = 0
    """Messages Telegram refused to delete just now."""

    @property
    def left(self) -> int:
        return self.too_old + self.refused


async def clear_chat(
    store: Store,
    pseudonym: str,
    delete: Deleter,
    keep_refused: bool = True,
    now: datetime | None = None,
) -> Clearing:
    """Delete the worker's remembered messages that Telegram still allows; the ids of
    refused ones are kept for a later try unless `keep_refused` is False."""
    moment = now or utc_now()
    sent = await store.take_messages_sent(pseudonym)
    expired = await store.take_expired(pseudonym)
    young = [(m, at) for m, at in sent if moment - at < DELETE_WINDOW - MARGIN]
    too_old = expired + len(sent) - len(young)
    if not young:
        return Clearing(0, too_old)
    if await delete([m for m, _ in young]):
        return Clearing(len(young), too_old)
    if keep_refused:
        for at in {at for _, at in young}:
            await store.remember_messages(pseudonym, [m for m, t in young if t == at], at)
    return Clearing(0, too_old, len(young))


@dataclass(frozen=True, slots=True)
class ForgetReceipt:
    removed: dict[str, int]
    """Rows erased per table."""
    clearing: Clearing
    shared: int
    """Reflections the worker had shared: packs already sent to supervisors may hold them."""
    kept: dict[str, int] = field(default_factory=dict)
    """What stays on purpose (the audit trail of their own reads as a supervisor)."""


def erasure_hash(pseudonym: str) -> str:
    return hashlib.sha256(b"reflectbot-erasure:" + pseudonym.encode()).hexdigest()


async def forget(store: Store, pseudonyms: Iterable[str], delete: Deleter,
                 today: str, now: datetime | None = None) -> ForgetReceipt:  # fmt: skip
    """Erase a worker: delete what the chat still allows, log the erasure (so a restored
    backup forgets again), then erase every row. `pseudonyms`: the current one first, then
    the worker's pseudonyms under older key versions (a backup may hold those)."""
    current, *older = list(pseudonyms)
    own = await store.entries_of(current, limit=1_000_000)
    shared = sum(1 for e in own if e.flags.get("shared"))
    clearing = await clear_chat(store, current, delete, keep_refused=False, now=now)
    await store.log_erasures([erasure_hash(p) for p in (current, *older)], today)
    removed = await store.forget(current)
    kept = {k: v for k, v in removed.items() if k.startswith("kept:")}
    removed = {k: v for k, v in removed.items() if not k.startswith("kept:")}
    return ForgetReceipt(removed, clearing, shared, kept)


async def reapply_erasures(store: Store) -> int:
    """After a restore: erase again every worker who asked for it after the backup."""
    logged = await store.erasure_log()
    erased = 0
    for pseudonym in await store.pseudonyms():
        if erasure_hash(pseudonym) in logged:
            await store.forget(pseudonym)
            erased += 1
    return erased
