"""The composition root: settings in, a wired application out. Adapters get what they need."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot import logs
from bot.config import Settings, prepare_data_dir
from bot.dialogue.engine import Engine
from bot.dialogue.registry import DialogueRegistry
from bot.i18n import Translator
from bot.identities import Identities
from bot.observe import Observer
from bot.privacy.pseudonym import Keyring, SecretKey, load_keyring
from bot.privacy.scrub import Scrubber
from bot.reflections import Reflections
from bot.resources import data_path
from bot.storage.port import Store
from bot.storage.sqlite import SqliteStore


@dataclass
class App:
    settings: Settings
    store: Store
    registry: DialogueRegistry
    translator: Translator
    scrubber: Scrubber
    reflections: Reflections
    key: SecretKey
    identities: Identities
    observer: Observer = field(default_factory=Observer)
    """Counters and per-update log lines for operators."""

    async def close(self) -> None:
        await self.store.close()


def configure_logging(settings: Settings) -> None:
    """Log lines carry ids, states and exception types; never what a worker wrote."""
    secrets = [settings.token.value if settings.token else "",
               settings.secret_key.value if settings.secret_key else ""]  # fmt: skip
    logs.configure(settings.log_level_number, secrets, json_lines=settings.log_format == "json")


def load_keys(settings: Settings) -> Keyring:
    if settings.secret_key is not None:
        return Keyring((SecretKey(1, bytes.fromhex(settings.secret_key.value)),))
    return load_keyring(settings.data_dir)


async def open_store(settings: Settings) -> SqliteStore:
    """The database, with the keyring that seals the Telegram ids kept in it."""
    return await SqliteStore.open(settings.data_dir, load_keys(settings))


def build_core(
    translator: Translator | None = None,
) -> tuple[DialogueRegistry, Translator, Scrubber]:
    """The parts that need no storage: dialogues, catalogs and the scrubber."""
    registry = DialogueRegistry.from_dir(data_path("dialogues"))
    translator = translator or Translator(data_path("locales"))
    return registry, translator, Scrubber(translator.gettext)


async def build_app(settings: Settings, store: Store | None = None) -> App:
    prepare_data_dir(settings.data_dir)
    registry, translator, scrubber = build_core()
    keyring = load_keys(settings)
    store = store or await SqliteStore.open(settings.data_dir, keyring)
    support = (*settings.support_contacts, *settings.help_lines)
    engine = Engine(registry, scrubber, translate=translator.gettext, support=support)
    identities = Identities(store, keyring)
    reflections = Reflections(store, engine, registry, identities)
    key = keyring.current
    return App(settings, store, registry, translator, scrubber, reflections, key, identities)
