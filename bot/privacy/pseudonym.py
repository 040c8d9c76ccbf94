"""Keyed pseudonyms: a worker is known by HMAC-SHA256(key, subject), never by their id.

The key lives outside the database (data dir, mode 0600), so a copied database alone
cannot be joined back to Telegram accounts.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
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

    def pseudonym(self, subject: str) -> str:
        """A stable pseudonym for a subject such as "tg:12345" or "console:alice"."""
        return hmac.new(self.material, subject.encode(), hashlib.sha256).hexdigest()


def load_or_create_key(data_dir: Path) -> SecretKey:
    """Read the key from the data dir, creating it (mode 0600) on first run."""
    path = data_dir / KEY_FILE
    if not path.exists():
        key = SecretKey(1, secrets.token_bytes(KEY_BYTES))
        _write_new(path, json.dumps({"version": key.version, "key": key.material.hex()}))
        return key
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        material = bytes.fromhex(data["key"])
        version = int(data["version"])
    except (OSError, ValueError, KeyError, TypeError):
        raise ConfigError(f"{path} is not a valid reflectbot key file") from None
    if len(material) != KEY_BYTES:
        raise ConfigError(f"{path} does not hold a {KEY_BYTES}-byte key")
    return SecretKey(version, material)


def _write_new(path: Path, content: str) -> None:
    """Create the file with mode 0600 from the start, never readable by others."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise ConfigError(f"cannot create the key file {path}: {exc.strerror}") from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)
