"""Where the dialogues and catalogs are: inside an installed wheel, or beside the sources."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_path(name: str) -> Path:
    """`dialogues` or `locales`: the wheel copies them to bot/_data/, a checkout has them at top."""
    bundled = _PACKAGE / "_data" / name
    return bundled if bundled.is_dir() else _PACKAGE.parent / name
