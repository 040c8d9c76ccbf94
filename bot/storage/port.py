"""The storage port: what the application needs from a database, nothing more.

Both adapters (SQLite and in-memory) pass the same contract suite in tests/contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from bot.dialogue.model import AnswerValue
from bot.dialogue.session import EntryDraft, Session
from bot.storage.port_chat_state import ChatStateStore
from bot.storage.port_coach import CoachStore
from bot.storage.port_reminders import ReminderStore
from bot.storage.port_teams import TeamStore

AUDIT_KEPT = timedelta(days=3 * 365)
"""The audit trail is kept three years, counted back from each purge."""


@dataclass(frozen=True, slots=True)
class Worker:
    pseudonym: str
    key_version: int
    lang: str
    created: date
    consent: date | None = None
    active: bool = True
    """False once Telegram said the worker blocked the bot; true again when they write."""
    last_update_id: int = 0
    """The newest Telegram update applied: a re-delivered one is ignored."""
    weekly_next_at: datetime | None = None
    """When the next weekly check-in is due; None when switched off."""
    undelivered: bool = False
    """A reply to this worker was lost to the network: tell them on their next message."""


@dataclass(frozen=True, slots=True)
class ChatLink:
    """Where to write back to a worker; read by adapters only, never by reports."""

    chat_id: int
    question_message_id: int | None
    removal_noted: bool = False
    """The one-time note "I removed your message" was shown in this chat."""


@dataclass(frozen=True, slots=True)
class StoredEntry:
    id: int
    dialogue_id: str
    version: int
    day: date
    lang: str
    answers: dict[str, AnswerValue]
    signals: tuple[str, ...]
    flags: dict[str, bool]
    team: int | None = None
    """The author's team when the entry was saved."""


class Store(TeamStore, CoachStore, ReminderStore, ChatStateStore, Protocol):
    async def ensure_worker(
        self, pseudonym: str, key_version: int, lang: str, today: date
    ) -> Worker:
        """Return the worker, creating them on first contact."""
        ...

    async def get_worker(self, pseudonym: str) -> Worker | None: ...

    async def lookup(self, pseudonym: str) -> tuple[Worker | None, ChatLink | None]:
        """The worker and their chat link together (one read on the hot path)."""
        ...

    async def set_language(self, pseudonym: str, lang: str) -> None: ...

    async def set_consent(self, pseudonym: str, day: date | None) -> None:
        """The day consent was given; None when it is withdrawn."""
        ...

    async def set_active(self, pseudonym: str, active: bool) -> None: ...

    async def set_undelivered(self, pseudonym: str, lost: bool) -> None: ...

    async def count_sessions(self) -> int:
        """Reflections in progress, for the metrics (and a cheap health probe)."""
        ...

    async def load_session(self, pseudonym: str) -> Session | None: ...

    async def save_session(
        self, pseudonym: str, session: Session, update_id: int | None = None
    ) -> None:
        """Commit the session (and the update it applies) before the acknowledging reply."""
        ...

    async def delete_session(self, pseudonym: str, update_id: int | None = None) -> None: ...

    async def finish_session(
        self, pseudonym: str, entry: EntryDraft, update_id: int | None = None
    ) -> int:
        """Store the entry and drop the session in one transaction; returns the entry id."""
        ...

    async def add_entries(self, entries: list[tuple[str, EntryDraft]]) -> int:
        """Many entries at once (demo data, benchmarks), each in its author's team."""
        ...

    async def withdraw_share(self, pseudonym: str, entry_id: int) -> bool:
        """Stop sharing one of the worker's own entries; False when it is not theirs."""
        ...

    async def entries_of(self, pseudonym: str, limit: int = 10) -> list[StoredEntry]:
        """The worker's own entries, newest first."""
        ...

    async def set_chat(self, pseudonym: str, chat_id: int) -> None: ...

    async def chat_of(self, pseudonym: str) -> ChatLink | None: ...

    async def set_question_message(self, pseudonym: str, message_id: int | None) -> None: ...

    async def remember_messages(
        self, pseudonym: str, message_ids: list[int], sent_at: datetime | None = None
    ) -> None:
        """Ids of messages the bot may later delete (sent at `sent_at`, default now), kept
        sealed so the chat can be cleared after saving or on /forget."""
        ...

    async def take_messages(self, pseudonym: str) -> list[int]:
        """Return and forget the remembered message ids."""
        ...

    async def take_messages_sent(self, pseudonym: str) -> list[tuple[int, datetime]]:
        """Return and forget the remembered message ids, each with when it was sent."""
        ...

    async def messages_sent(self, pseudonym: str) -> list[tuple[int, datetime]]:
        """The remembered message ids with when each was sent, kept remembered (a read)."""
        ...

    async def expire_messages(self, sent_before: datetime) -> int:
        """Forget the ids of messages sent before a moment (a bot can no longer delete
        them), keeping only how many per worker; returns how many ids went."""
        ...

    async def take_expired(self, pseudonym: str) -> int:
        """Return and reset how many of the worker's message ids expired unremoved."""
        ...

    async def log_erasures(self, hashes: list[str], day: str) -> None:
        """Remember /forget requests (hashes of pseudonyms) to re-apply after a restore."""
        ...

    async def erasure_log(self) -> set[str]: ...

    async def personal_rows(self, pseudonym: str) -> dict[str, list[dict[str, Any]]]:
        """Every stored row that holds the pseudonym, per table (for /mine's JSON)."""
        ...

    async def pseudonyms(self) -> list[str]:
        """Every worker's pseudonym (to re-apply erasures after a restore)."""
        ...

    async def due_nudges(self, idle_since: datetime) -> list[str]:
        """Workers whose reflection has waited since before `idle_since`, not yet nudged."""
        ...

    async def mark_nudged(self, pseudonym: str) -> None: ...

    async def set_weekly(self, pseudonym: str, next_at: datetime | None) -> None: ...

    async def due_weekly(self, now: datetime) -> list[str]: ...

    async def purge(
        self,
        entries_before: date,
        sessions_idle_since: datetime,
        team_cutoffs: dict[int, date] | None = None,
        audit_before: datetime | None = None,
    ) -> dict[str, int]:
        """Delete entries from before a day (a team's own cut-off for its entries),
        reflections untouched since a moment, and audit rows from before `audit_before`
        (default: `AUDIT_KEPT` before `sessions_idle_since`)."""
        ...

    async def purge_inactive(self, before: date) -> int:
        """Erase every worker with no entries and no activity (consent, membership,
        reflection, reminder, audited action) since `before`; returns how many."""
        ...

    async def rekey(self, old: str, new: str, key_version: int) -> None:
        """Move every row of a worker from an old-key pseudonym to the current one."""
        ...

    async def forget(self, pseudonym: str) -> dict[str, int]:
        """Erase everything linked to the pseudonym; returns rows removed per table."""
        ...

    async def close(self) -> None: ...
