"""Shared fixtures: the real dialogues and catalogs, a fixed day, both stores."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

from bot.app import build_core
from bot.dialogue.engine import Engine
from bot.dialogue.registry import Compiled, DialogueRegistry
from bot.i18n import Translator
from bot.privacy.pseudonym import Keyring, SecretKey
from bot.privacy.scrub import Scrubber
from bot.storage.memory import MemoryStore
from bot.storage.sqlite import SqliteStore

settings.register_profile("reflectbot", deadline=1000)
settings.load_profile("reflectbot")
# Hypothesis's default deadline (200 ms an example) failed a scrubber property once on a
# machine at load 7 (465 ms for one text); the hostile-input tests time CPU on their own.
# A second an example still catches a pathological slowdown.

TODAY = date(2026, 11, 21)
KEYRING = Keyring((SecretKey(1, bytes(range(32))),))
"""The test database's key: seals the Telegram ids kept in SQLite."""
ROOT = Path(__file__).resolve().parent.parent


@functools.cache
def shared_core() -> tuple[DialogueRegistry, Translator, Scrubber]:
    """The core built once per test process (each xdist worker is one): the fixtures and
    the modules that scrub at import share it instead of loading the dialogues four times."""
    return build_core()


@pytest.fixture(scope="session")
def core() -> tuple[DialogueRegistry, Translator, Scrubber]:
    return shared_core()


@pytest.fixture(scope="session")
def registry(core: tuple[DialogueRegistry, Translator, Scrubber]) -> DialogueRegistry:
    return core[0]


@pytest.fixture(scope="session")
def translator(core: tuple[DialogueRegistry, Translator, Scrubber]) -> Translator:
    return core[1]


@pytest.fixture(scope="session")
def scrubber(core: tuple[DialogueRegistry, Translator, Scrubber]) -> Scrubber:
    return core[2]


@pytest.fixture(scope="session")
def compiled(registry: DialogueRegistry) -> Compiled:
    return registry.latest("post_contact")


@pytest.fixture(scope="session")
def engine(registry: DialogueRegistry, scrubber: Scrubber, translator: Translator) -> Engine:
    return Engine(registry, scrubber, today=lambda: TODAY, translate=translator.gettext)


@pytest.fixture(params=["memory", "sqlite"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[object]:
    if request.param == "memory":
        yield MemoryStore()
        return
    sqlite = await SqliteStore.open(tmp_path, KEYRING)
    yield sqlite
    await sqlite.close()


FIXTURE_DIALOGUES = ROOT / "tests" / "data" / "dialogues"


@pytest.fixture(scope="session")
def fixture_compiled() -> Compiled:
    """The small fixture dialogue: engine tests that survive a new real question."""
    return DialogueRegistry.from_dir(FIXTURE_DIALOGUES).latest("fixture")


@pytest.fixture(scope="session")
def fixture_engine(
    fixture_compiled: Compiled, translator: Translator, scrubber: Scrubber
) -> Engine:
    registry = DialogueRegistry([fixture_compiled.dialogue])
    return Engine(registry, scrubber, lambda: TODAY, translator.gettext)
