"""The last stored form of each reflection in progress, parsed once (#14, performance).

Every answer reads the worker's session row and parses its JSON, which the same process
wrote one answer earlier. The store keeps, per pseudonym, the JSON text it last wrote or
read and its parsed session; a read whose text is exactly that text gets a copy of the
parsed session instead of a new parse. The text read from the database decides, so
another process's write, a purge or a restore can never be answered from here; what is
kept is what the database holds (scrubbed answers), and it is dropped when the session
ends, on /forget and on a purge.

It also holds the session text read together with the worker (`read_ahead`): every
update looks the worker up first, and the answer's own read of the session then needs
no statement of its own. That text answers only the next read of the same session, within
half a second (the same update; another process's write, a purge from the command line,
is then seen as before), and only if the writer's connection changed nothing in between
(its `total_changes`, which counts trigger and cascade changes too) and no transaction was
open at either moment.
"""

from __future__ import annotations

from collections.abc import Callable
from time import monotonic

from bot.dialogue.session import Session

LIMIT = 1024
"""Reflections in progress remembered at most (the oldest remembered goes first)."""


AHEAD = 64
"""Sessions read ahead and not yet asked for, kept at most (updates of several workers
interleave on the loop; an unused one is simply read again)."""
AHEAD_SECONDS = 0.5
"""How long a text read ahead may answer: the rest of the update that read it."""


class ParsedSessions:
    def __init__(self, limit: int = LIMIT, clock: Callable[[], float] = monotonic) -> None:
        self._kept: dict[str, tuple[str, Session]] = {}
        self._limit = limit
        self._ahead: dict[str, tuple[int, float, str | None]] = {}
        self._clock = clock

    def read_ahead(self, pseudonym: str, stamp: int, raw: str | None) -> None:
        """`raw` (None: no session) was read when the writer's change count was `stamp`."""
        self._ahead.pop(pseudonym, None)
        if len(self._ahead) >= AHEAD:
            del self._ahead[next(iter(self._ahead))]
        self._ahead[pseudonym] = (stamp, self._clock(), raw)

    def take_ahead(self, pseudonym: str, stamp: int | None) -> tuple[bool, str | None]:
        """(True, the text read ahead) if nothing changed since (`stamp` the same) and it
        is fresh; (False, None) otherwise (`stamp` None: unknown). Either way used up."""
        ahead = self._ahead.pop(pseudonym, None)
        if ahead is None or stamp is None or ahead[0] != stamp:
            return False, None
        if self._clock() - ahead[1] > AHEAD_SECONDS:
            return False, None
        return True, ahead[2]

    def parse(self, pseudonym: str, raw: str) -> Session:
        """The session stored as `raw`: parsed now, or copied when `raw` is the text kept."""
        kept = self._kept.get(pseudonym)
        if kept is not None and kept[0] == raw:
            return kept[1].copy()
        session = Session.from_json(raw)
        self._keep(pseudonym, raw, session.copy())
        return session

    def wrote(self, pseudonym: str, raw: str, session: Session) -> None:
        """`session` was just committed as `raw`."""
        self._keep(pseudonym, raw, session.copy())

    def drop(self, pseudonym: str) -> None:
        self._kept.pop(pseudonym, None)
        self._ahead.pop(pseudonym, None)

    def clear(self) -> None:
        self._kept.clear()
        self._ahead.clear()

    def __len__(self) -> int:
        return len(self._kept)

    def _keep(self, pseudonym: str, raw: str, session: Session) -> None:
        self._kept.pop(pseudonym, None)
        if len(self._kept) >= self._limit:
            del self._kept[next(iter(self._kept))]
        self._kept[pseudonym] = (raw, session)
