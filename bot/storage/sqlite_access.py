"""Every row that holds a worker's pseudonym, read from the schema itself (columns that
reference `workers`, or carry an owner's name), so a table added later is in a worker's
`/mine` export without anyone remembering to add it; the owner columns are indexed.

Sealed Telegram ids are opened (they are the worker's own), and so is a coach's sealed
signature (for the coach who signed and the worker who was shown it); other blobs hold
no pseudonym and are never selected. The erasure log holds hashes only and is left out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import aiosqlite

NOT_PERSONAL = frozenset({"schema_migrations", "erasures"})
"""Tables with no row about a person: migrations applied, erasure hashes."""
OWNER_NAMES = frozenset({"pseudonym", "worker", "actor", "asker", "signer"})
"""Columns that hold a pseudonym besides those declared as references to `workers`; the
completeness test scans every column of every table, so a new name cannot slip by."""
SEALED = {("worker_chats", "chat"), ("worker_chats", "question"), ("worker_chats", "since"),
          ("chat_refs", "message"), ("answered_questions", "message"),
          ("held_messages", "message")}  # fmt: skip
SEALED_TEXT = {("coach_prompts", "sealed_signature"): ("signer", "signature")}
"""Sealed texts: (the column naming the pseudonym it is sealed for, the name shown)."""


SOMEONE_ELSE = "(someone else)"
"""Shown for another person's pseudonym in a row that also holds the reader's."""
Rows = dict[str, list[dict[str, Any]]]


async def personal_rows(db: aiosqlite.Connection, pseudonym: str,
                        open_sealed: Callable[[bytes], int],
                        open_text: Callable[[bytes, str], str]) -> Rows:  # fmt: skip
    """{table: [row as a dict]} for every row that holds the pseudonym."""
    tables = [str(r[0]) for r in await db.execute_fetchall(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name")]  # fmt: skip
    found: dict[str, list[dict[str, Any]]] = {}
    for table in tables:
        if table in NOT_PERSONAL:
            continue
        columns = [str(r[1]) for r in await db.execute_fetchall(f"PRAGMA table_info({table})")]
        foreign = {str(r[3]) for r in await db.execute_fetchall(
            f"PRAGMA foreign_key_list({table})") if r[2] == "workers"}  # fmt: skip
        owners = [name for name in columns if name in foreign or name in OWNER_NAMES]
        if not owners:
            continue
        where = " OR ".join(f"{name} = ?" for name in owners)
        rows = await db.execute_fetchall(
            f"SELECT * FROM {table} WHERE {where}",  # noqa: S608 - names from the schema
            (pseudonym,) * len(owners),
        )
        if rows:
            found[table] = [_plain(table, columns, row, pseudonym, open_sealed, open_text,
                                   frozenset(owners)) for row in rows]  # fmt: skip
    return found


def _plain(table: str, names: list[str], row: Any, pseudonym: str,
           open_sealed: Callable[[bytes], int],
           open_text: Callable[[bytes, str], str],
           owners: frozenset[str]) -> dict[str, Any]:  # fmt: skip
    """The row as the worker reads it; another person's pseudonym (the worker who asked a
    coach, the coach who signed) is never shown: a coach must not learn who asked."""
    plain: dict[str, Any] = {}
    values = dict(zip(names, row, strict=True))
    for name, value in values.items():
        if (table, name) in SEALED_TEXT:
            owner, shown = SEALED_TEXT[table, name]
            signed = value is not None and values[owner] is not None
            plain[shown] = open_text(bytes(value), str(values[owner])) if signed else None
        elif (table, name) in SEALED and value is not None:
            plain[name] = open_sealed(bytes(value))
        elif value == pseudonym:
            plain[name] = "(you)"
        elif name in owners and value is not None:
            plain[name] = SOMEONE_ELSE
        elif isinstance(value, bytes):
            plain[name] = value.hex()
        else:
            plain[name] = value
    return plain
