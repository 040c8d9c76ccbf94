"""What `forget` erases in SQLite, and in which order (split from `sqlite_workers`, which
was full): every table with rows linked to a worker, the column that names them, and the
rows kept or erased without a line in the worker's receipt."""

from __future__ import annotations

ERASABLE = (
    "chat_refs", "answered_questions", "held_messages", "worker_chats", "sessions", "entries",
    "memberships", "pending_supervisors", "invite_failures", "audit", "coach_drafts", "coach_skips",
    "coach_prompts", "team_workers", "team_creators", "workers",
)  # fmt: skip
"""Every table that holds rows linked to a worker, erased in this order by `forget`."""
OWNER_COLUMN = {"entries": "worker", "audit": "actor", "coach_prompts": "asker"}
AUDIT_ROLES_KEPT = "('supervisor', 'coach')"
"""Audit rows of these roles record reads of team data: /forget keeps them, tombstoned."""
BOOKKEEPING = frozenset({"team_workers", "team_creators"})
"""Erased like the rest but not reported: the worker's bit number and whether the operator
let them create teams, no data of theirs."""
