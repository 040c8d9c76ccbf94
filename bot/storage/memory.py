"""An in-memory store with the same behaviour as SQLite, for tests and benchmarks.

Sessions and answers go through the same JSON as in SQLite, so a value that would not
survive the database does not survive here either.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TypeVar

from bot.dialogue.session import EntryDraft, Session, answers_from_json
from bot.storage.memory_chat_state import MemoryChatState
from bot.storage.memory_chats import MemoryChats
from bot.storage.memory_coach import MemoryCoach
from bot.storage.memory_reminders import MemoryReminders
from bot.storage.memory_teams import MemoryTeams
from bot.storage.port import AUDIT_KEPT, ChatLink, StoredEntry, Worker
from bot.storage.port_teams import ExportRow
from bot.teams.cells import Cell, CellCount, cells_of, group_tallies
from bot.teams.model import Tally

V = TypeVar("V")


class MemoryStore(MemoryTeams, MemoryCoach, MemoryChats, MemoryReminders, MemoryChatState):
    def __init__(self) -> None:
        MemoryTeams.__init__(self)
        MemoryCoach.__init__(self)
        MemoryChats.__init__(self)
        self._workers: dict[str, Worker] = {}
        self._sessions: dict[str, tuple[str, datetime, bool]] = {}
        self._entries: list[tuple[str, StoredEntry]] = []
        self._next_entry = 1
        self._repair: dict[str, datetime] = {}
        self._answered: dict[str, dict[int, datetime]] = {}
        self._since: dict[str, int] = {}
        self._held: dict[str, dict[int, datetime]] = {}

    def _known(self, pseudonym: str) -> Worker:
        if pseudonym not in self._workers:
            raise KeyError("unknown worker")
        return self._workers[pseudonym]

    def _pseudonyms(self) -> list[str]:
        return list(self._workers)

    def _update(self, pseudonym: str, **changes: object) -> None:
        if pseudonym in self._workers:
            self._workers[pseudonym] = replace(self._workers[pseudonym], **changes)  # type: ignore[arg-type]

    def _applied(self, pseudonym: str, update_id: int | None) -> None:
        worker = self._known(pseudonym)
        if update_id is not None:
            self._update(pseudonym, last_update_id=max(worker.last_update_id, update_id))

    async def ensure_worker(
        self, pseudonym: str, key_version: int, lang: str, today: date
    ) -> Worker:
        self._workers.setdefault(pseudonym, Worker(pseudonym, key_version, lang, today))
        return self._workers[pseudonym]

    async def get_worker(self, pseudonym: str) -> Worker | None:
        return self._workers.get(pseudonym)

    async def lookup(self, pseudonym: str) -> tuple[Worker | None, ChatLink | None]:
        return self._workers.get(pseudonym), self._chats.get(pseudonym)

    async def set_language(self, pseudonym: str, lang: str) -> None:
        self._update(pseudonym, lang=lang)

    async def set_consent(self, pseudonym: str, day: date | None) -> None:
        self._update(pseudonym, consent=day)

    async def set_active(self, pseudonym: str, active: bool) -> None:
        self._update(pseudonym, active=active)

    async def count_sessions(self) -> int:
        return len(self._sessions)

    async def set_undelivered(self, pseudonym: str, lost: bool) -> None:
        self._update(pseudonym, undelivered=lost)

    async def load_session(self, pseudonym: str) -> Session | None:
        stored = self._sessions.get(pseudonym)
        return Session.from_json(stored[0]) if stored is not None else None

    async def save_session(
        self, pseudonym: str, session: Session, update_id: int | None = None
    ) -> None:
        self._applied(pseudonym, update_id)
        self._sessions[pseudonym] = (session.to_json(), datetime.now(UTC), False)

    async def delete_session(self, pseudonym: str, update_id: int | None = None) -> None:
        if pseudonym in self._workers:
            self._applied(pseudonym, update_id)
        self._sessions.pop(pseudonym, None)

    async def finish_session(
        self, pseudonym: str, entry: EntryDraft, update_id: int | None = None
    ) -> int:
        self._applied(pseudonym, update_id)
        stored = StoredEntry(
            self._next_entry, entry.dialogue_id, entry.version, entry.day, entry.lang,
            answers_from_json(entry.answers_json()), tuple(entry.signals),
            json.loads(json.dumps(entry.flags)), self.worker_team(pseudonym),
        )  # fmt: skip
        self._next_entry += 1
        self._entries.append((pseudonym, stored))
        self._sessions.pop(pseudonym, None)
        return stored.id

    async def add_entries(self, entries: list[tuple[str, EntryDraft]]) -> int:
        for pseudonym, entry in entries:
            await self.finish_session(pseudonym, entry)
        return len(entries)

    async def withdraw_share(self, pseudonym: str, entry_id: int) -> bool:
        for index, (owner, entry) in enumerate(self._entries):
            if owner == pseudonym and entry.id == entry_id and entry.flags.get("shared"):
                flags = {**entry.flags, "shared": False}
                self._entries[index] = (owner, replace(entry, flags=flags))
                return True
        return False

    async def bring_case(self, pseudonym: str, entry_id: int) -> bool:
        for index, (owner, entry) in enumerate(self._entries):
            if owner == pseudonym and entry.id == entry_id and entry.flags.get("shared"):
                self._entries[index] = (owner, replace(entry, flags={**entry.flags,
                                                                     "brought": True}))  # fmt: skip
                return True
        return False

    async def set_case_question(self, pseudonym: str, question: str) -> StoredEntry | None:
        waiting = [(entry.id, index) for index, (owner, entry) in enumerate(self._entries)
                   if owner == pseudonym and entry.flags.get("shared")
                   and entry.flags.get("brought")
                   and "case_question" not in entry.answers]  # fmt: skip
        if not waiting:
            return None
        _, index = max(waiting)
        owner, entry = self._entries[index]
        changed = replace(entry, answers={**entry.answers, "case_question": question})
        self._entries[index] = (owner, changed)
        return changed

    async def entries_of(self, pseudonym: str, limit: int = 10) -> list[StoredEntry]:
        own = [e for owner, e in self._entries if owner == pseudonym]
        return sorted(own, key=lambda e: (e.day, e.id), reverse=True)[:limit]

    async def set_chat(self, pseudonym: str, chat_id: int) -> None:
        self._known(pseudonym)
        previous = self._chats.get(pseudonym)
        self._chats[pseudonym] = (
            replace(previous, chat_id=chat_id) if previous else ChatLink(chat_id, None)
        )

    async def chat_of(self, pseudonym: str) -> ChatLink | None:
        return self._chats.get(pseudonym)

    async def set_question_message(self, pseudonym: str, message_id: int | None) -> None:
        if pseudonym in self._chats:
            self._chats[pseudonym] = replace(self._chats[pseudonym], question_message_id=message_id)

    async def due_nudges(self, idle_since: datetime) -> list[str]:
        return [
            p
            for p, (_, updated, nudged) in self._sessions.items()
            if not nudged and updated < idle_since and self._workers[p].active
        ]

    async def mark_nudged(self, pseudonym: str) -> None:
        if pseudonym in self._sessions:
            raw, updated, _ = self._sessions[pseudonym]
            self._sessions[pseudonym] = (raw, updated, True)

    async def set_weekly(self, pseudonym: str, next_at: datetime | None) -> None:
        self._update(pseudonym, weekly_next_at=next_at.replace(microsecond=0) if next_at else None)

    async def due_weekly(self, now: datetime) -> list[str]:
        return [
            p
            for p, w in self._workers.items()
            if w.weekly_next_at is not None and w.weekly_next_at <= now and w.active
        ]

    async def purge(
        self,
        entries_before: date,
        sessions_idle_since: datetime,
        team_cutoffs: dict[int, date] | None = None,
        audit_before: datetime | None = None,
    ) -> dict[str, int]:
        cutoffs = team_cutoffs or {}
        kept = [
            (o, e)
            for o, e in self._entries
            if e.day >= (cutoffs.get(e.team, entries_before) if e.team else entries_before)
        ]
        idle = [p for p, (_, updated, _) in self._sessions.items() if updated < sessions_idle_since]
        prompts = [n for n, p in self._prompts.items() if p.created < cutoffs.get(p.team, date.min)]
        audit_cut = audit_before or sessions_idle_since - AUDIT_KEPT
        audit = [a for a in self._audit if a.at < audit_cut]
        for number in prompts:
            self.drop_prompt(number)
        self._audit = [a for a in self._audit if a not in audit]
        removed = {"entries": len(self._entries) - len(kept), "sessions": len(idle),
                   "coach_prompts": len(prompts), "audit": len(audit)}  # fmt: skip
        self._entries = kept
        self.unlink_entries({e.id for _, e in kept})
        for pseudonym in idle:
            del self._sessions[pseudonym]
        return removed

    async def purge_inactive(self, before: date) -> int:
        moment = datetime.combine(before, datetime.min.time(), UTC)
        quiet = [
            p for p, w in self._workers.items()
            if w.created < before and (w.consent is None or w.consent < before)
            and (w.weekly_next_at is None or w.weekly_next_at < moment)
            and not any(o == p for o, _ in self._entries)
            and not (p in self._sessions and self._sessions[p][1] >= moment)
            and not self.active_in_teams(p, before)
        ]  # fmt: skip
        for pseudonym in quiet:
            await self.forget(pseudonym)
        return len(quiet)

    async def rekey(self, old: str, new: str, key_version: int) -> None:
        if old in self._workers:
            self._workers[new] = replace(self._workers.pop(old), pseudonym=new,
                                         key_version=key_version)  # fmt: skip
        _move(self._sessions, old, new)
        _move(self._chats, old, new)
        _move(self._messages, old, new)
        _move(self._answered, old, new)
        _move(self._since, old, new)
        _move(self._held, old, new)
        _move(self._expired, old, new)
        _move(self._repair, old, new)
        self._entries = [(new if owner == old else owner, e) for owner, e in self._entries]
        self.rekey_teams(old, new)
        self.rekey_coach(old, new)

    async def forget(self, pseudonym: str) -> dict[str, int]:
        before = len(self._entries)
        self._expired.pop(pseudonym, None)
        self._repair.pop(pseudonym, None)
        self._since.pop(pseudonym, None)  # on the chat row in SQLite
        self._entries = [(o, e) for o, e in self._entries if o != pseudonym]
        self.unlink_entries({e.id for _, e in self._entries})
        return {
            **self.forget_teams(pseudonym),
            **self.forget_coach(pseudonym),
            "chat_refs": len(self._messages.pop(pseudonym, {})),
            "answered_questions": len(self._answered.pop(pseudonym, {})),
            "held_messages": len(self._held.pop(pseudonym, {})),
            "worker_chats": int(self._chats.pop(pseudonym, None) is not None),
            "sessions": int(self._sessions.pop(pseudonym, None) is not None),
            "entries": before - len(self._entries),
            "workers": int(self._workers.pop(pseudonym, None) is not None),
        }

    def _period(self, team: int, start: date, end: date) -> list[tuple[str, StoredEntry]]:
        return [(o, e) for o, e in self._entries if e.team == team and start <= e.day < end]

    async def cell_tallies(self, team: int, start: date, end: date) -> dict[str, list[Tally]]:
        counts: dict[Cell, CellCount] = {}
        for owner, entry in self._period(team, start, end):
            if not entry.flags.get("shared"):
                continue  # only what the worker shared feeds a summary
            for cell in cells_of(entry.answers, entry.signals):
                count = counts.setdefault(cell, CellCount())
                count.entries += 1
                count.seen.add(owner)
        return group_tallies(counts)

    async def shared_entries(self, team: int, start: date, end: date, after: int = 0,
                             limit: int = 1000) -> list[StoredEntry]:  # fmt: skip
        found = [e for _, e in self._period(team, start, end)
                 if e.flags.get("shared") and e.id > after]  # fmt: skip
        return sorted(found, key=lambda e: e.id)[:limit]

    async def shared_rows(self, team: int, start: date, end: date, after: int = 0,
                          limit: int = 1000) -> list[ExportRow]:  # fmt: skip
        return [ExportRow(e.id, e.day.isoformat(), e.version, dict(e.answers), e.signals)
                for e in await self.shared_entries(team, start, end, after, limit)]  # fmt: skip

    async def close(self) -> None:
        return None


def _move(table: dict[str, V], old: str, new: str) -> None:
    if old in table:
        table[new] = table.pop(old)
