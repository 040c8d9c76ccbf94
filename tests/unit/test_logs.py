"""Secrets are redacted from every log record, message and traceback alike."""

from __future__ import annotations

import logging

from bot.logs import REDACTED, RedactSecrets

SECRET = "123456789:AAHfake-token_for_tests_only_0123456789"


def record(message: str, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc else None
    return logging.LogRecord("x", logging.ERROR, __file__, 1, message, args, exc_info)


def test_messages_and_arguments_are_redacted() -> None:
    entry = record("token %s rejected", SECRET)
    assert RedactSecrets([SECRET]).filter(entry)
    assert entry.getMessage() == f"token {REDACTED} rejected"


def test_tracebacks_are_redacted() -> None:
    try:
        raise ValueError(f"The token `{SECRET}` was rejected")
    except ValueError as error:
        entry = record("failed", exc=error)
    RedactSecrets([SECRET]).filter(entry)
    assert entry.exc_text is not None
    assert SECRET not in entry.exc_text and REDACTED in entry.exc_text


def test_nothing_to_redact_changes_nothing() -> None:
    entry = record("update %d handled", 42)
    RedactSecrets(["", SECRET]).filter(entry)
    assert entry.getMessage() == "update 42 handled"
    assert entry.args == (42,)


def test_network_errors_become_one_line_other_errors_keep_their_traceback() -> None:
    from telegram.error import TimedOut

    from bot.logs import OneLineNetworkErrors

    quiet = OneLineNetworkErrors()
    try:
        raise TimedOut("Timed out")
    except TimedOut as error:
        network = record("polling failed", exc=error)
    try:
        raise ValueError("a bug of ours")
    except ValueError as error:
        bug = record("handler failed", exc=error)
    assert quiet.filter(network) and quiet.filter(bug)
    assert network.exc_info is None and network.getMessage() == "polling failed (TimedOut)"
    assert bug.exc_info is not None and bug.getMessage() == "handler failed"
