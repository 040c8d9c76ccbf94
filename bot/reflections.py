"""Use cases every adapter shares: load the session, run the engine, commit, then answer.

The order is the promise: the outcome is committed before the replies are returned, so
whatever a worker sees acknowledged is on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from bot.dialogue import render
from bot.dialogue.engine import Engine, Outcome
from bot.dialogue.events import Event, Resume, Toggle
from bot.dialogue.model import AnswerValue
from bot.dialogue.registry import DialogueRegistry
from bot.dialogue.replies import Reply, ReplyKind, Text
from bot.dialogue.session import Session
from bot.identities import Identities
from bot.msgid import N_
from bot.reports.declarations import keys
from bot.storage.port import Store, StoredEntry
from bot.teams.coach import VIGNETTE, request_from_entry
from bot.teams.model import Role, Team

POST_CONTACT = "post_contact"
TALK_ROLES = ("supervisor", "coach")
"""Whom a talk request can reach: the dialogue's flags `talk_with_<role>`."""
REPAIR_LATER = "repair_later"
"""The dialogue's flag for a repair marked "not yet": the adapter offers a reminder."""
SHARE_STEP = "share"
"""The question that shares a reflection for supervision: it is told who would see it."""
SHARED_WITH_TEAM = N_(
    "If you share it, the supervisors of team “{team}” can read this reflection, without "
    "your name. In a small team they may still recognise who wrote it."
)
SHARED_WITH_TITLE = N_(
    "If you share it, the {title} of team “{team}” can read this reflection, without "
    "your name. In a small team they may still recognise who wrote it."
)
"""The same, in the team's own word for its supervisors (#13)."""
SHARED_WITH_NOBODY = N_(
    "You are in no team yet: a shared reflection reaches nobody until you join a team; "
    "then that team's supervisors can read it, without your name."
)


@dataclass(frozen=True, slots=True)
class Turn:
    """What one event produced: the replies, and what adapters need to show them."""

    replies: tuple[Reply, ...]
    version: int | None = None
    """The dialogue version the replies' buttons belong to (None: no session)."""
    saved: bool = False
    ended: bool = False
    idle: bool = False
    """There was no reflection in progress to apply the event to."""
    closed: bool = False
    """The event was a button of a question that is no longer asked (an old keyboard, a
    second quick press): nothing was applied, the replies show where the worker is."""
    talk: str | None = None
    """The saved reflection asks a talk with the team's "supervisor" or "coach", with the
    worker's permission to pass on their name: the adapter tells them, or says it cannot."""
    repair_later: bool = False
    """The saved reflection marks a repair "not yet": an adapter that can write to the
    worker later offers one reminder."""


@dataclass(frozen=True, slots=True)
class EntryView:
    """A stored entry as the worker reads it back: day, sections of answer lines, signals."""

    entry: StoredEntry
    sections: tuple[tuple[Text, ...], ...]
    signals: tuple[Text, ...]
    strengths: tuple[Text, ...] = ()
    """What the worker did well, shown beside the signals, in the worker's language."""


class Reflections:
    def __init__(
        self,
        store: Store,
        engine: Engine,
        registry: DialogueRegistry,
        identities: Identities,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._store, self._engine, self._registry = store, engine, registry
        self._identities, self._today = identities, today

    async def worker(self, subject: str, lang: str) -> str:
        """The pseudonym for an adapter's subject ("tg:123", "console:name"), registered."""
        pseudonym = await self._identities.resolve(subject)
        version = self._identities.key.version
        await self._store.ensure_worker(pseudonym, version, lang, self._today())
        return pseudonym

    async def in_progress(self, pseudonym: str) -> bool:
        return await self._store.load_session(pseudonym) is not None

    async def begin(self, pseudonym: str, lang: str, update_id: int | None = None) -> Turn:
        """Start a reflection, or continue the one in progress where it was left."""
        session = await self._store.load_session(pseudonym)
        if session is not None:
            title = await self.title(pseudonym)
            retitled, session.title = title != session.title, title
            outcome = self._engine.handle(session, Resume())
            outcome = replace(outcome, changed=True) if retitled else outcome  # kept for buttons
            welcome = render.notice(N_("Welcome back. You continue where you left off."))
            await self._commit(pseudonym, outcome, update_id)
            return self._turn(outcome, (welcome, *await self._told(pseudonym, outcome)))
        facts, previous = await self._facts(pseudonym), await self._previous(pseudonym)
        title = await self.title(pseudonym)
        outcome = self._engine.start(POST_CONTACT, lang, facts, previous, title)
        await self._commit(pseudonym, outcome, update_id)
        return self._turn(outcome, await self._told(pseudonym, outcome))

    async def handle(
        self, pseudonym: str, event: Event, update_id: int | None = None, version: int | None = None
    ) -> Turn:
        """Apply one event. `version`: the dialogue version a pressed button was built for;
        a button from another version is closed instead of applied."""
        session = await self._store.load_session(pseudonym)
        if session is None:
            notice = render.notice(N_("There is no reflection in progress."))
            return Turn((notice,), ended=True, idle=True)
        if (version is not None and version != session.version) or _applied(event, session):
            outcome = self._engine.handle(session, Resume())
            closed = render.notice(N_("That question is closed. Here is where you are now."))
            return self._turn(outcome, (closed, *await self._told(pseudonym, outcome)), closed=True)
        step = getattr(event, "step", None)
        stale = step is not None and step != session.current
        outcome = self._engine.handle(session, event)
        await self._commit(pseudonym, outcome, update_id)
        replies = await self._told(pseudonym, outcome)
        return self._turn(outcome, replies, closed=stale and not outcome.changed)

    async def _team(self, pseudonym: str) -> Team | None:
        """The team the worker reflects in (a worker is in one team at a time), or None."""
        memberships = await self._store.memberships(pseudonym)
        team_id = next((m.team for m in memberships if m.role is Role.WORKER), None)
        return await self._store.get_team(team_id) if team_id is not None else None

    async def title(self, pseudonym: str) -> str:
        """What the worker's team calls its supervisors (/title); "" for the default
        wording. Read when a reflection starts or resumes and kept in its session, so a
        button costs no extra read (a title set mid-reflection shows from the resume)."""
        team = await self._team(pseudonym)
        return team.supervisor_title if team is not None else ""

    async def _told(self, pseudonym: str, outcome: Outcome) -> tuple[Reply, ...]:
        """The replies, with who would see the reflection right before the share question."""
        asking = any(r.kind is ReplyKind.QUESTION for r in outcome.replies)
        if outcome.session is None or outcome.session.current != SHARE_STEP or not asking:
            return outcome.replies
        team = await self._team(pseudonym)
        if team is None:
            audience = render.notice(SHARED_WITH_NOBODY)
        elif team.supervisor_title:
            audience = render.notice(SHARED_WITH_TITLE, team=team.name,
                                     title=team.supervisor_title)  # fmt: skip
        else:
            audience = render.notice(SHARED_WITH_TEAM, team=team.name)
        return (audience, *outcome.replies)

    async def _facts(self, pseudonym: str) -> dict[str, str]:
        """What the dialogue may know before its first question: whether the worker has a
        team (a worker in no team is not asked to share for supervision)."""
        memberships = await self._store.memberships(pseudonym)
        in_team = any(m.role is Role.WORKER for m in memberships)
        return {"in_team": "yes" if in_team else "no"}

    async def _previous(self, pseudonym: str) -> dict[str, AnswerValue] | None:
        """The answers of the worker's last reflection: the next one follows it up."""
        last = await self._store.entries_of(pseudonym, 1)
        if not last:
            return None
        compiled = self._registry.get(last[0].dialogue_id, last[0].version)
        family = compiled.dialogue.family if compiled else last[0].dialogue_id
        return dict(last[0].answers) if family == POST_CONTACT else None

    @staticmethod
    def _turn(outcome: Outcome, replies: tuple[Reply, ...], closed: bool = False) -> Turn:
        version = outcome.session.version if outcome.session is not None else None
        flags = outcome.entry.flags if outcome.entry is not None else {}
        talk = next((role for role in TALK_ROLES if flags.get(f"talk_with_{role}")), None)
        return Turn(
            replies,
            version,
            saved=outcome.entry is not None,
            ended=outcome.session is None,
            closed=closed,
            talk=talk,
            repair_later=bool(flags.get(REPAIR_LATER)),
        )

    async def _commit(self, pseudonym: str, outcome: Outcome, update_id: int | None) -> None:
        if outcome.entry is not None:
            saved = await self._store.finish_session(pseudonym, outcome.entry, update_id)
            entry = outcome.entry
            compiled = self._registry.get(entry.dialogue_id, entry.version)
            vignette = keys(compiled.dialogue, "vignette") if compiled else ()
            typed = keys(compiled.dialogue, "coach") if compiled else ()
            await request_from_entry(self._store, pseudonym, entry, self._today(),
                                     vignette or VIGNETTE, typed, saved)  # fmt: skip
        elif outcome.session is None:
            await self._store.delete_session(pseudonym, update_id)
        elif outcome.changed:
            await self._store.save_session(pseudonym, outcome.session, update_id)

    async def earlier(self, pseudonym: str, limit: int = 10) -> list[EntryView]:
        views, title = [], await self.title(pseudonym)
        for entry in await self._store.entries_of(pseudonym, limit):
            compiled = self._registry.get(
                entry.dialogue_id, entry.version
            ) or self._registry.latest(entry.dialogue_id)
            found = render.entry_sections(compiled, entry.answers, title)
            sections = tuple(body for _, body in found)
            labels = {s.key: s.label for s in compiled.dialogue.signals}
            signals = tuple(Text(labels[k]) for k in entry.signals if k in labels)
            strengths = tuple(
                Text(s.label) for s in compiled.dialogue.strengths if s.when.matches(entry.answers)
            )
            views.append(EntryView(entry, sections, signals, strengths))
        return views


def _applied(event: Event, session: Session) -> bool:
    """A tick (or untick) whose option is ticked (or not) already: a second quick tap of
    the same drawn checkbox, found out from the session itself, so after a restart too."""
    return (isinstance(event, Toggle) and event.on is not None and event.step == session.current
            and (event.option in session.selection) == event.on)  # fmt: skip
