"""A worker's right of access and portability: everything stored about them, as JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from bot.dialogue.session import plain_answers
from bot.storage.port import Store, StoredEntry

ALL = 100_000


Describe = Callable[[StoredEntry], dict[str, Any]]
"""Words for one reflection in the worker's language (its signals and strengths)."""


async def personal_data(
    store: Store, pseudonym: str, today: date, describe: Describe | None = None
) -> dict[str, Any]:
    """Every row linked to the pseudonym, in plain JSON types; `describe` adds, per
    reflection, what its codes mean in the worker's own language."""
    worker, link = await store.lookup(pseudonym)
    session = await store.load_session(pseudonym)
    entries = await store.entries_of(pseudonym, ALL)
    memberships = await store.memberships(pseudonym)
    rows = await store.personal_rows(pseudonym)
    return {
        "exported_on": today.isoformat(),
        "about": "All data reflectbot keeps about you. Free text was scrubbed before it was "
        "kept. First the main parts in plain words, then every stored row that holds your "
        "code, table by table (stored_rows).",
        "pseudonym": pseudonym,
        "worker": None if worker is None else {
            "language": worker.lang,
            "first_seen": worker.created.isoformat(),
            "consent_given_on": worker.consent.isoformat() if worker.consent else None,
            "reachable": worker.active,
            "weekly_check_in_next": worker.weekly_next_at.isoformat()
            if worker.weekly_next_at else None,
        },
        "telegram_chat": None if link is None else {"chat_id": link.chat_id},
        "teams": [{"team": m.team, "role": str(m.role)} for m in memberships],
        "reflection_in_progress": None if session is None else {
            "dialogue": session.dialogue_id,
            "version": session.version,
            "started_on": session.started.isoformat(),
            "current_question": session.current,
            "answers": plain_answers(session.answers),
        },
        "reflections": [
            {
                "day": e.day.isoformat(), "dialogue": e.dialogue_id, "version": e.version,
                "language": e.lang, "answers": plain_answers(e.answers),
                "signals": list(e.signals), "flags": e.flags,
                **(describe(e) if describe else {}),
            }
            for e in entries
        ],
        "stored_rows": rows,
    }  # fmt: skip


def as_json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
