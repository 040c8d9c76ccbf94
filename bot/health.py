"""`/healthz` and `/metrics` on a small HTTP server of their own (`run --metrics-port`).

Kept apart from the webhook port on purpose: the webhook faces Telegram through a reverse
proxy, while health and metrics are for the machine's own checks and Prometheus. Plain
asyncio, no framework: two read-only paths, nothing else answered.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from bot.observe import Observer
from bot.storage.port import Store

log = logging.getLogger(__name__)
PROBE_TIMEOUT = 2.0


class HealthServer:
    def __init__(self, store: Store, observer: Observer) -> None:
        self._store, self._observer = store, observer
        self._server: asyncio.Server | None = None

    async def start(self, host: str, port: int) -> int:
        """Listen; returns the port (useful when 0 asked the system for a free one)."""
        self._server = await asyncio.start_server(self._serve, host, port)
        bound = int(self._server.sockets[0].getsockname()[1])
        log.info("health and metrics on http://%s:%d/healthz and /metrics", host, bound)
        return bound

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _sessions(self) -> int | None:
        """None when the database does not answer in time."""
        try:
            return await asyncio.wait_for(self._store.count_sessions(), PROBE_TIMEOUT)
        except Exception:
            log.warning("health probe: the database did not answer")
            return None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await asyncio.wait_for(reader.readline(), PROBE_TIMEOUT)
            method, path = [*request.decode("latin-1").split(" "), "", ""][:2]
            while (await asyncio.wait_for(reader.readline(), PROBE_TIMEOUT)) not in (b"\r\n", b""):
                pass
            status, body, kind = await self._answer(method, path)
            head = (f"HTTP/1.1 {status}\r\nContent-Type: {kind}\r\n"
                    f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n")  # fmt: skip
            writer.write(head.encode() + body)
            await writer.drain()
        except (TimeoutError, ConnectionError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def _answer(self, method: str, path: str) -> tuple[str, bytes, str]:
        if method != "GET":
            return "405 Method Not Allowed", b"GET only\n", "text/plain"
        if path == "/healthz":
            healthy = await self._sessions() is not None
            return ("200 OK", b"ok\n", "text/plain") if healthy else (
                "503 Service Unavailable", b"database not answering\n", "text/plain")  # fmt: skip
        if path == "/metrics":
            sessions = await self._sessions()
            text = self._observer.prometheus(sessions or 0, sessions is not None)
            return "200 OK", text.encode(), "text/plain; version=0.0.4; charset=utf-8"
        return "404 Not Found", b"/healthz or /metrics\n", "text/plain"
