"""The HTTP stack under python-telegram-bot must not pay for a failing import per request."""

from __future__ import annotations

import asyncio
import sys

from httpcore._synchronization import current_async_library


def test_httpcore_finds_sniffio_instead_of_searching_sys_path_per_request() -> None:
    """Without sniffio installed, every Bot API call re-ran the import machinery."""

    async def ask() -> str:
        return current_async_library()

    assert asyncio.run(ask()) == "asyncio"
    assert "sniffio" in sys.modules
