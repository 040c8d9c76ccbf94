"""Keyed pseudonyms: a worker is known by HMAC-SHA256(key, subject), never by their id.

Keys live outside the database (data dir, mode 0600, or REFLECTBOT_SECRET_KEY), so a
copied database alone cannot be joined back to Telegram accounts. Keys are versioned:
`reflectbot key rotate` adds a version, and workers are re-keyed lazily the next time
they write (see `Identities`). Exports use a key derived for that purpose, so exported
codes cannot be joined to the database either.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bot.errors import ConfigError

KEY_FILE = "secret.key"
KEY_BYTES = 32


@dataclass(frozen=True)
class SecretKey:
    version: int
    material: bytes = field(repr=False)

    def __repr__(self) -> str:
        return f"SecretKey(version={self.version}, material=<hidden>)"

    @cached_property
    def _keyed(self) -> hmac.HMAC:
        """HMAC-SHA256 with the key already absorbed: copied per pseudonym (once per update)
        instead of hashing the key's pads again (#14)."""
        return hmac.new(self.material, digestmod=hashlib.sha256)

    def pseudonym(self, subject: str) -> str:
        """A stable pseudonym for a subject such as "tg:12345" or "console:alice"."""
        keyed = self._keyed.copy()
        keyed.update(subject.encode())
        return keyed.hexdigest()

    def derive(self, purpose: str) -> SecretKey:
        """A separate key for one purpose (for example "export"), same version."""
        material = hmac.new(self.material, b"derive:" + purpose.encode(), hashlib.sha256)
        return SecretKey(self.version, material.digest())


@dataclass(frozen=True)
class Keyring:
    """The current key and the older versions still needed to recognise workers."""

    keys: tuple[SecretKey, ...]

    @cached_property
    def current(self) -> SecretKey:
        return max(self.keys, key=lambda k: k.version)

    @cached_property
    def older(self) -> tuple[SecretKey, ...]:
        return tuple(sorted((k for k in self.keys if k is not self.current),
                            key=lambda k: -k.version))  # fmt: skip


def load_keyring(data_dir: Path) -> Keyring:
    """Read the key file, creating it (mode 0600) with a first key on first run."""
    path = data_dir / KEY_FILE
    if not path.exists():
        key = SecretKey(1, secrets.token_bytes(KEY_BYTES))
        _write(path, Keyring((key,)), create=True)
        return Keyring((key,))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        stored = data["keys"] if "keys" in data else {str(data["version"]): data["key"]}
        keys = tuple(SecretKey(int(v), bytes.fromhex(h)) for v, h in stored.items())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise ConfigError(f"{path} is not a valid reflectbot key file") from None
    if not keys or any(len(k.material) != KEY_BYTES for k in keys):
        raise ConfigError(f"{path} does not hold {KEY_BYTES}-byte keys")
    return Keyring(keys)


def load_or_create_key(data_dir: Path) -> SecretKey:
    return load_keyring(data_dir).current


def rotate(data_dir: Path) -> SecretKey:
    """Add a new current key version; older versions stay until every worker moved."""
    ring = load_keyring(data_dir)
    new = SecretKey(ring.current.version + 1, secrets.token_bytes(KEY_BYTES))
    _write(data_dir / KEY_FILE, Keyring((*ring.keys, new)), create=False)
    return new


def _write(path: Path, ring: Keyring, create: bool) -> None:
    """Write with mode 0600 from the start (atomically when replacing)."""
    content = json.dumps({"keys": {str(k.version): k.material.hex() for k in ring.keys}})
    target = path if create else path.with_suffix(".new")
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if create else os.O_TRUNC)
    try:
        fd = os.open(target, flags, 0o600)
    except OSError as exc:
        raise ConfigError(f"cannot write the key file {path}: {exc.strerror}") from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)
    if not create:
        os.replace(target, path)
