"""A python-telegram-bot transport that talks to the strict fake instead of the network.

Like PTB's own test suite: every request goes through PTB's real serialisation
(`json_parameters`, `multipart_data`) and its real response parsing and error mapping.
"""

from __future__ import annotations

import asyncio
from typing import Any

from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

from tests.fakes.telegram_api import FakeTelegram, decode_form


class FakeRequest(BaseRequest):
    def __init__(self, api: FakeTelegram, round_trip: float = 0.0) -> None:
        self.api = api
        self.round_trip = round_trip
        """Seconds each call waits, as on a real network (benchmarks only)."""

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        if not url.startswith("http://fake.invalid/bot"):
            raise AssertionError(f"a test tried to reach {url.split('/bot')[0]}")
        token, _, name = url.removeprefix("http://fake.invalid/bot").partition("/")
        params = decode_form(request_data.json_parameters) if request_data else {}
        files: dict[str, bytes] = {}
        if request_data is not None and request_data.contains_files:
            for key, (_, content, _) in request_data.multipart_data.items():
                files[key] = content if isinstance(content, bytes) else content.read()
        if self.round_trip:
            await asyncio.sleep(self.round_trip)
        try:
            return await self.api.call(token, name, params, files)
        except TimeoutError:
            raise TimedOut("Timed out") from None
