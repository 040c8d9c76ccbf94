"""What the engine answers: translatable texts and buttons, rendered by adapters."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeAlias

from bot.dialogue.events import Event
from bot.msgid import N_, Plural

__all__ = ["N_", "Button", "Param", "Reply", "ReplyKind", "Text", "counted"]


@dataclass(frozen=True, slots=True)
class Text:
    """A gettext msgid with named parameters.

    A `str` parameter is literal (for example the worker's scrubbed text) and is never
    translated; a `Text` parameter is translated; a tuple of `Text` is joined.
    """

    msgid: str
    params: Mapping[str, Param] = field(default_factory=dict)
    plural: str = ""
    """The plural msgid, if the wording follows `params["count"]` (gettext's ngettext)."""


Param: TypeAlias = "str | int | Text | tuple[Text, ...]"


def counted(form: Plural, count: int, params: Mapping[str, Param] | None = None) -> Text:
    """A text in the grammatical number of `count` ("1 reflection", "0 réflexion"),
    `count` filling its {count}."""
    return Text(form.singular, {**(params or {}), "count": count}, form.plural)


@dataclass(frozen=True, slots=True)
class Button:
    label: Text
    event: Event


class ReplyKind(StrEnum):
    QUESTION = "question"
    """The current question; `refresh` means the same question with new toggles."""
    ANSWERED = "answered"
    """The record of the question just answered ("✓ answer"): adapters may edit it in."""
    NOTICE = "notice"
    """An explanation (invalid input, stale button, saved, ...)."""
    REVIEW = "review"
    CONFIRM = "confirm"


@dataclass(frozen=True, slots=True)
class Reply:
    kind: ReplyKind
    body: tuple[Text, ...]
    buttons: tuple[tuple[Button, ...], ...] = ()
    step: str | None = None
    expects_text: bool = False
    refresh: bool = False
