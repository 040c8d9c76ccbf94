"""Who a subject is, as a pseudonym under the current key; older keys re-keyed lazily."""

from __future__ import annotations

from bot.privacy.pseudonym import Keyring, SecretKey
from bot.storage.port import Store


class Identities:
    def __init__(self, store: Store, keyring: Keyring) -> None:
        self._store = store
        self._keyring = keyring

    @property
    def key(self) -> SecretKey:
        return self._keyring.current

    def every_pseudonym(self, subject: str) -> list[str]:
        """The subject's pseudonym under every key version, the current one first: an
        erasure must also reach a backup made before a key rotation."""
        return [self.key.pseudonym(subject), *(k.pseudonym(subject) for k in self._keyring.older)]

    async def resolve(self, subject: str) -> str:
        """The current pseudonym; a worker known under an older key moves to it now."""
        pseudonym = self.key.pseudonym(subject)
        if not self._keyring.older or await self._store.get_worker(pseudonym) is not None:
            return pseudonym
        for old in self._keyring.older:
            previous = old.pseudonym(subject)
            if await self._store.get_worker(previous) is not None:
                await self._store.rekey(previous, pseudonym, self.key.version)
                break
        return pseudonym
