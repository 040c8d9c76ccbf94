"""Updates fetched with `getUpdates`, with the one part no handler reads left out.

A button press arrives with the whole message it was pressed on, its keyboard included,
and python-telegram-bot parses every button into an object before any handler runs: for
the reflection window (up to 16 buttons) that parsing was a quarter of the bot's own work
per update (#14, docs/performance.md). The window's handler decides from the stored
state, never from the keyboard it was pressed on (it reads the message's id and date), so
for a reflection button (`r1|…`) the keyboard is dropped before parsing. Menu buttons keep
theirs: a one-shot question checks the pressed button is still on its message.

Long polling only: in webhook mode python-telegram-bot parses the request body itself,
with no hook, and updates arrive whole (correct, just not lean).
"""

from __future__ import annotations

from typing import Any

from telegram.request import BaseRequest, RequestData

from bot.telegram.callback_data import REFLECTION

WINDOW_DATA = REFLECTION + "|"


def lean(update: dict[str, Any]) -> dict[str, Any]:
    """The update without the keyboard of a pressed reflection window; anything else
    as it is. A new dict where something is left out: the given one is not changed."""
    query = update.get("callback_query")
    if not isinstance(query, dict):
        return update
    message, data = query.get("message"), query.get("data")
    if not isinstance(message, dict) or "reply_markup" not in message:
        return update
    if not isinstance(data, str) or not data.startswith(WINDOW_DATA):
        return update
    bare = {key: value for key, value in message.items() if key != "reply_markup"}
    return {**update, "callback_query": {**query, "message": bare}}


class LeanUpdates(BaseRequest):
    """The `getUpdates` transport: `inner` does the HTTP, the answer is made lean
    (`parse_json_payload` is python-telegram-bot's documented hook for the parsing)."""

    def __init__(self, inner: BaseRequest) -> None:
        self.inner = inner

    async def initialize(self) -> None:
        await self.inner.initialize()

    async def shutdown(self) -> None:
        await self.inner.shutdown()

    @property
    def read_timeout(self) -> float | None:
        return self.inner.read_timeout

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        return await self.inner.do_request(
            url, method, request_data, read_timeout=read_timeout, write_timeout=write_timeout,
            connect_timeout=connect_timeout, pool_timeout=pool_timeout,
        )  # fmt: skip

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        answer = BaseRequest.parse_json_payload(payload)
        result = answer.get("result")
        if isinstance(result, list):
            answer["result"] = [lean(u) if isinstance(u, dict) else u for u in result]
        return answer
