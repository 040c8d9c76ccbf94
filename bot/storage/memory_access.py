"""The in-memory twin of `sqlite_access.personal_rows`: the same tables, from the
in-memory structures (the contract suite compares tables and row counts)."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.storage.memory import MemoryStore


OWNERS = frozenset({"asker"})
"""Columns that may hold another person's pseudonym (a coach reads the prompts they signed)."""


def _plain(values: dict[str, Any], pseudonym: str) -> dict[str, Any]:
    return {k: "(you)" if v == pseudonym else "(someone else)" if k in OWNERS and v is not None
            else v if isinstance(v, int | str | None) else str(v)
            for k, v in values.items()}  # fmt: skip


def personal_rows(store: MemoryStore, pseudonym: str) -> dict[str, list[dict[str, Any]]]:
    me = pseudonym
    found: dict[str, list[dict[str, Any]]] = {
        "workers": [asdict(w) for p, w in store._workers.items() if p == me],
        "worker_chats": [{**asdict(c), "since": store._since.get(me)}
                         for p, c in store._chats.items() if p == me],
        "chat_refs": [{"message": m, "sent_at": at.isoformat()}
                      for m, at in store._messages.get(me, {}).items()],
        "answered_questions": [{"message": m, "answered_at": at.isoformat()}
                               for m, at in store._answered.get(me, {}).items()],
        "held_messages": [{"message": m, "held_at": at.isoformat()}
                          for m, at in store._held.get(me, {}).items()],
        "sessions": [{"data": raw, "updated_at": at.isoformat()}
                     for p, (raw, at, _) in store._sessions.items() if p == me],
        "entries": [asdict(e) for p, e in store._entries if p == me],
        "memberships": [{"team": t, "role": str(r)} for p, t, r in store._members if p == me],
        "invite_failures": [{"at": at.isoformat()} for p, at in store._failures if p == me],
        "audit": [asdict(a) for a in store._audit if a.actor == me],
        "coach_prompts": [asdict(p) for n, p in store._prompts.items()
                          if p.asker == me or store._signers.get(n) == me],
        "coach_skips": [{"prompt_id": n} for p, n in store._skips if p == me],
        "coach_drafts": [{"prompt_id": d.prompt, "text": d.text, "answer_to": d.answer_to}
                         for p, d in store._drafts.items() if p == me],
    }  # fmt: skip
    return {table: [_plain(r, me) for r in rows] for table, rows in found.items() if rows}
