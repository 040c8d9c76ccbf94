"""End-to-end fixtures shared by every file here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.console_driver import ConsoleSession


@pytest.fixture(autouse=True)
def _no_console_left_running() -> Iterator[None]:
    """A console test that fails midway leaves its `bot chat` process running, whose pipes
    then surface as warnings in whichever later test collects them."""
    yield
    while ConsoleSession.live:
        ConsoleSession.live.pop().close()
