"""Sealed Telegram ids: chat and message ids kept only under authenticated encryption.

The bot must write back (reminders, coach answers, clearing the chat), so it keeps the
chat id and the ids of messages it may still delete. They are sealed with AES-GCM under
a key derived from the secret key with HKDF (its own info string, one key per key
version), and bound to the worker's pseudonym, so the database or a backup alone links
nothing to anyone and a sealed id cannot be moved to another worker's row.
A coach's chosen signature (a first name) is sealed the same way, bound to the coach's
pseudonym: the worker is shown the name, the database and its backups never hold it.
The project's only `cryptography` importer.
"""

from __future__ import annotations

import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bot.privacy.pseudonym import Keyring, SecretKey

INFO = b"reflectbot/sealed-telegram-ids/v1"
"""HKDF's info string: keys for sealing ids, never the same as pseudonym or export keys."""
NONCE_BYTES = 12
_HEADER = struct.Struct(">H")
_VALUE = struct.Struct(">q")
TEXT_CONTEXT = b"text\x00"
"""Prefixed to the owner for sealed text, so a sealed id never opens as text, nor back."""


class SealError(ValueError):
    """A sealed value that this keyring cannot open (wrong key, or tampered)."""


def sealing_key(key: SecretKey) -> AESGCM:
    material = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=INFO)
    return AESGCM(material.derive(key.material))


class Sealer:
    """Seals 64-bit ids as version (2 bytes) + nonce (12) + AES-GCM ciphertext and tag."""

    def __init__(self, keyring: Keyring) -> None:
        self._current = keyring.current.version
        self._ciphers = {key.version: sealing_key(key) for key in keyring.keys}

    @property
    def version(self) -> int:
        return self._current

    def seal(self, value: int, owner: str) -> bytes:
        """Seal `value` for the row of `owner` (the pseudonym), under the current key."""
        return self._seal(_VALUE.pack(value), owner.encode())

    def open(self, blob: bytes, owner: str) -> int:
        """The id sealed for `owner`; SealError when the key or the owner does not match."""
        return int(_VALUE.unpack(self._open(blob, owner.encode()))[0])

    def seal_text(self, text: str, owner: str) -> bytes:
        """Seal a short text (a coach's signature) for `owner`, under the current key."""
        return self._seal(text.encode(), TEXT_CONTEXT + owner.encode())

    def open_text(self, blob: bytes, owner: str) -> str:
        """The text sealed for `owner`; SealError when the key or the owner does not match."""
        return self._open(blob, TEXT_CONTEXT + owner.encode()).decode()

    def reseal_text(self, blob: bytes, old_owner: str, new_owner: str) -> bytes:
        """The same text sealed again for a new pseudonym under the current key."""
        return self.seal_text(self.open_text(blob, old_owner), new_owner)

    def _seal(self, plain: bytes, bound_to: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._ciphers[self._current].encrypt(nonce, plain, bound_to)
        return _HEADER.pack(self._current) + nonce + sealed

    def _open(self, blob: bytes, bound_to: bytes) -> bytes:
        (version,) = _HEADER.unpack_from(blob)
        cipher = self._ciphers.get(version)
        if cipher is None:
            raise SealError(f"no key version {version} to open a sealed id")
        start = _HEADER.size
        nonce, sealed = blob[start : start + NONCE_BYTES], blob[start + NONCE_BYTES :]
        try:
            return cipher.decrypt(nonce, sealed, bound_to)
        except InvalidTag:
            raise SealError("a sealed value does not open with this key") from None

    def reseal(self, blob: bytes, old_owner: str, new_owner: str) -> bytes:
        """The same id sealed again for a new pseudonym under the current key (rekeying)."""
        return self.seal(self.open(blob, old_owner), new_owner)
