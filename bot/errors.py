"""One error tree. Errors become user text only at the edge; messages never hold answers."""

from __future__ import annotations


class ReflectbotError(Exception):
    """Base of every error this project raises on purpose."""


class ConfigError(ReflectbotError):
    """A bad setting: start-up stops with this one line (never containing a secret)."""


class DialogueError(ReflectbotError):
    """A dialogue file that cannot be used, located by file, line and step."""

    def __init__(self, source: str, line: int, step: str | None, problem: str) -> None:
        self.source, self.line, self.step, self.problem = source, line, step, problem
        where = f"{source}:{line}"
        super().__init__(f"{where}: step '{step}': {problem}" if step else f"{where}: {problem}")


class StorageError(ReflectbotError):
    """The database could not do what was asked (locked, full, read-only, corrupt)."""

    def __init__(self, message: str, kind: str = "broken") -> None:
        super().__init__(message)
        self.kind = kind
        """busy, full, read-only or broken: what an operator should look at."""


class UserFacingError(ReflectbotError):
    """An error the worker should read: carries a msgid, never raw detail."""

    def __init__(self, msgid: str, **params: object) -> None:
        super().__init__(msgid)
        self.msgid = msgid
        self.params = params
