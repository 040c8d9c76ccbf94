"""The strict fake Bot API over loopback HTTP, for `reflectbot run` as a real process.

The server and the fake live on their own event loop in a thread; tests act through
`run`, which executes a function on that loop, so nothing is shared across threads.
Only 127.0.0.1 is ever bound.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any, TypeVar
from urllib.parse import parse_qsl

from tests.fakes.telegram_api import FakeTelegram, decode_form

T = TypeVar("T")


class LoopbackApi:
    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the fake Bot API did not start")

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        """The loop the fake runs on: drivers schedule their tasks here."""
        return self._loop

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self.api = FakeTelegram()
        self._writers: set[asyncio.StreamWriter] = set()
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._connection, "127.0.0.1", 0)
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    def run(self, function: Callable[[FakeTelegram], T]) -> T:
        """Call `function(api)` on the server's loop and return its result."""

        async def apply() -> T:
            return function(self.api)

        return asyncio.run_coroutine_threadsafe(apply(), self._loop).result(10)

    def wait_for(self, predicate: Callable[[FakeTelegram], Any], timeout: float = 20.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = self.run(predicate)
            if result:
                return result
            time.sleep(0.05)
        raise TimeoutError("the bot did not answer in time")

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    async def _shutdown(self) -> None:
        self._server.close()
        for writer in list(self._writers):
            writer.close()
        await self._server.wait_closed()
        current = asyncio.current_task()
        pending = [t for t in asyncio.all_tasks() if t is not current]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    break
                path, headers, body = request
                token, _, method = path.removeprefix("/bot").partition("/")
                params, files = _parse_body(headers.get("content-type", ""), body)
                status, payload = await self.api.call(token, method, params, files)
                writer.write(
                    f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(payload)}\r\n\r\n".encode()
                    + payload
                )
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        except asyncio.CancelledError:  # the fake is shutting down: end quietly
            return
        finally:
            self._writers.discard(writer)
            writer.close()


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, dict[str, str], bytes] | None:
    line = await reader.readline()
    if not line:
        return None
    _, path, _ = line.decode().split(" ", 2)
    headers: dict[str, str] = {}
    while (header := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = header.decode().partition(":")
        headers[name.strip().lower()] = value.strip()
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return path, headers, body


def _parse_body(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
    if content_type.startswith("multipart/form-data"):
        message = BytesParser(policy=HTTP).parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body
        )
        fields: dict[str, str] = {}
        files: dict[str, bytes] = {}
        for part in message.iter_parts():  # type: ignore[attr-defined]
            name = part.get_param("name", header="content-disposition")
            data = part.get_payload(decode=True) or b""
            if part.get_filename():
                files[name] = data
            else:
                fields[name] = data.decode()
        return decode_form(fields), files
    if content_type.startswith("application/json"):
        return json.loads(body or b"{}"), {}
    return decode_form(dict(parse_qsl(body.decode()))), {}
