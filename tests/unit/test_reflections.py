"""The shared use cases: commit before reply, resume with a welcome, earlier entries."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot.dialogue.engine import Engine
from bot.dialogue.events import Choose
from bot.dialogue.registry import DialogueRegistry
from bot.dialogue.session import Session
from bot.i18n_tools import fill_source
from bot.i18n_tools import main as i18n_main
from bot.identities import Identities
from bot.privacy.pseudonym import Keyring, SecretKey
from bot.reflections import Reflections
from bot.storage.memory import MemoryStore
from tests.conftest import ROOT, TODAY
from tests.walk import default_event

KEY = SecretKey(1, bytes(range(32)))


class FailingStore(MemoryStore):
    """A store whose disk fills up after the session started."""

    fail = False

    async def save_session(
        self, pseudonym: str, session: Session, update_id: int | None = None
    ) -> None:
        if self.fail:
            raise OSError("disk full")
        await super().save_session(pseudonym, session, update_id)


def reflections(store: MemoryStore, registry: DialogueRegistry, engine: Engine) -> Reflections:
    return Reflections(store, engine, registry, Identities(store, Keyring((KEY,))),
                       today=lambda: TODAY)  # fmt: skip


async def test_nothing_is_acknowledged_when_the_commit_fails(
    registry: DialogueRegistry, engine: Engine
) -> None:
    store = FailingStore()
    service = reflections(store, registry, engine)
    worker = await service.worker("tg:1", "nl")
    await service.begin(worker, "nl")
    store.fail = True
    with pytest.raises(OSError, match="disk full"):
        await service.handle(worker, Choose("contact_kind", "office"))
    store.fail = False
    session = await store.load_session(worker)
    assert session is not None and session.current == "contact_kind", "the answer is gone"


async def test_begin_resumes_with_a_welcome(registry: DialogueRegistry, engine: Engine) -> None:
    service = reflections(MemoryStore(), registry, engine)
    worker = await service.worker("console:ann", "fr")
    first = (await service.begin(worker, "fr")).replies
    assert first[-1].step == "contact_kind"
    await service.handle(worker, Choose("contact_kind", "office"))
    again = (await service.begin(worker, "fr")).replies
    assert again[0].body[0].msgid == "Welcome back. You continue where you left off."
    assert again[-1].step == "feelings"
    assert await service.in_progress(worker)


async def test_handle_without_a_session_says_so(registry: DialogueRegistry, engine: Engine) -> None:
    service = reflections(MemoryStore(), registry, engine)
    worker = await service.worker("tg:2", "en")
    (reply,) = (await service.handle(worker, Choose("contact_kind", "office"))).replies
    assert reply.body[0].msgid == "There is no reflection in progress."


async def test_earlier_entries_read_back_with_signals(
    registry: DialogueRegistry, engine: Engine
) -> None:
    store = MemoryStore()
    service = reflections(store, registry, engine)
    compiled = registry.latest("post_contact")
    worker = await service.worker("tg:3", "nl")
    await service.begin(worker, "nl")
    while (session := await store.load_session(worker)) is not None:
        wanted = {"presence_room": "no", "equality_stance": ("explained",)}
        for event in default_event(compiled, session, wanted):
            await service.handle(worker, event)
    (view,) = await service.earlier(worker)
    assert view.entry.day == TODAY
    assert view.signals[0].msgid == "No room to simply be there"
    assert view.strengths[0].msgid == "Explained why information was asked"
    assert view.sections[0][0].msgid == "Context"
    assert await service.earlier(await service.worker("tg:4", "nl")) == []


async def test_a_worker_in_no_team_is_not_asked_to_share_and_told_why(
    registry: DialogueRegistry, engine: Engine
) -> None:
    store = MemoryStore()
    service = reflections(store, registry, engine)
    compiled = registry.latest("post_contact")
    worker = await service.worker("tg:5", "nl")
    await service.begin(worker, "nl")
    shown: list[str] = []
    while (session := await store.load_session(worker)) is not None:
        assert session.facts == {"in_team": "no"}
        for event in default_event(compiled, session, {}):
            turn = await service.handle(worker, event)
            shown += [t.msgid for r in turn.replies for t in r.body]
    assert not any("Share this reflection" in m for m in shown)
    assert any(m.startswith("You are not in a team in this bot") for m in shown)
    (view,) = await service.earlier(worker)
    assert "share" not in view.entry.answers and not view.entry.flags.get("shared")


def test_fill_source_copies_msgids_into_the_english_catalog(tmp_path: Path) -> None:
    target = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", target)
    path = target / "en" / "LC_MESSAGES" / "reflectbot.po"
    path.write_text(path.read_text().replace('msgstr "Home visit"', 'msgstr ""'))
    assert fill_source(target) == 0
    with path.open("rb") as handle:
        catalog = read_po(handle)
    assert catalog.get("Home visit").string == "Home visit"  # type: ignore[union-attr]
    assert i18n_main(["nonsense"]) == 2
