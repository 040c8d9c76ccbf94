"""Logging set-up: ids, states and exception types only, and secrets redacted everywhere.

Libraries may put a token in a message (python-telegram-bot's InvalidToken does), so
every record is scrubbed of the configured secrets before any handler writes it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable

REDACTED = "<redacted>"


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if s]

    def _clean(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self._clean(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._clean(record.exc_text)
        return True


class OneLineNetworkErrors(logging.Filter):
    """A network failure of the Bot API is an expected event, not a bug: one line with
    its type instead of a traceback (python-telegram-bot logs some with exc_info)."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and _is_network_error(error):
            record.msg, record.args = f"{record.getMessage()} ({type(error).__name__})", ()
            record.exc_info, record.exc_text = None, None
        return True


def _is_network_error(error: BaseException) -> bool:
    """telegram.error.NetworkError and its kinds (TimedOut), known by name: this module
    stays free of python-telegram-bot."""
    return any(c.__name__ == "NetworkError" and c.__module__.startswith("telegram")
               for c in type(error).__mro__)  # fmt: skip


FIELDS = ("update_id", "kind", "step", "latency_ms", "outcome")
"""Structured fields some records carry (see `bot.observe`), copied into JSON lines."""


class JsonLines(logging.Formatter):
    """One JSON object per line, for log collectors; the same redaction applies."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}",
            "level": record.levelname, "logger": record.name, "msg": record.getMessage(),
        }  # fmt: skip
        extra = {k: getattr(record, k, None) for k in FIELDS}
        entry.update({k: v for k, v in extra.items() if v is not None})
        if record.exc_text:
            entry["exc"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def configure(level: int, secrets: Iterable[str], json_lines: bool = False) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    redact, quiet = RedactSecrets(secrets), OneLineNetworkErrors()
    for handler in logging.getLogger().handlers:
        handler.addFilter(quiet)
        handler.addFilter(redact)
        if json_lines:
            handler.setFormatter(JsonLines())
    for noisy in ("httpx", "httpcore", "aiosqlite", "transitions"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
    # python-telegram-bot logs request parameters (message texts) at DEBUG: never ours.
    logging.getLogger("telegram").setLevel(max(level, logging.INFO))
