"""The erasure service: receipts count what really happened; a restored backup forgets
again whoever used /forget after it was made."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.privacy import erasure
from bot.storage.memory import MemoryStore
from bot.storage.sqlite import SqliteStore
from bot.storage.sqlite_backup import backup, restore
from tests.conftest import KEYRING, TODAY

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


class Chat:
    def __init__(self, refuse: bool = False) -> None:
        self.deleted: list[int] = []
        self.refuse = refuse

    async def delete(self, ids: list[int]) -> bool:
        if self.refuse:
            return False
        self.deleted += ids
        return True


async def test_clearing_splits_deleted_too_old_and_refused() -> None:
    store = MemoryStore()
    await store.ensure_worker("w", 1, "nl", TODAY)
    await store.set_chat("w", 5)
    await store.remember_messages("w", [1, 2], sent_at=NOW - timedelta(hours=47, minutes=55))
    await store.remember_messages("w", [3, 4, 5], sent_at=NOW - timedelta(hours=2))
    await store.remember_messages("w", [6], sent_at=NOW - timedelta(hours=60))
    await store.expire_messages(NOW - timedelta(hours=48))
    refused = await erasure.clear_chat(store, "w", Chat(refuse=True).delete, now=NOW)
    assert refused == erasure.Clearing(0, 3, 3), "near the limit counts as too old"
    assert await store.take_messages("w") == [3, 4, 5], "refused ids are kept for a retry"
    await store.remember_messages("w", [3, 4, 5], sent_at=NOW - timedelta(hours=2))
    chat = Chat()
    assert await erasure.clear_chat(store, "w", chat.delete, now=NOW) == erasure.Clearing(3, 0)
    assert chat.deleted == [3, 4, 5]


async def test_a_restore_forgets_again(tmp_path: Path) -> None:
    live, copy = tmp_path / "live", tmp_path / "copy.sqlite3"
    live.mkdir()
    store = await SqliteStore.open(live, KEYRING)
    for who in ("stays", "leaves"):
        await store.ensure_worker(who, 1, "nl", TODAY)
    await store.close()
    backup(live, copy)
    store = await SqliteStore.open(live, KEYRING)
    receipt = await erasure.forget(store, ["leaves", "leaves-under-key-0"], Chat().delete,
                                   TODAY.isoformat())  # fmt: skip
    assert receipt.removed["workers"] == 1
    await store.close()
    _, carried = restore(copy, live)
    assert carried == 2, "one hash per key version"
    store = await SqliteStore.open(live, KEYRING)
    try:
        assert sorted(await store.pseudonyms()) == ["leaves", "stays"], "the backup is back"
        assert await erasure.reapply_erasures(store) == 1
        assert await store.pseudonyms() == ["stays"]
    finally:
        await store.close()


def test_an_erasure_names_the_subject_under_every_key_version() -> None:
    from bot.identities import Identities
    from bot.privacy.pseudonym import Keyring, SecretKey

    v1, v2 = SecretKey(1, bytes(32)), SecretKey(2, bytes(range(32)))
    identities = Identities(MemoryStore(), Keyring((v1, v2)))
    assert identities.every_pseudonym("tg:5") == [v2.pseudonym("tg:5"), v1.pseudonym("tg:5")]
