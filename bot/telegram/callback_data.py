"""Compact, versioned callback data: `r1|<dialogue version>|<code>|<step>|<arg>`.

Never user text; at most 64 bytes, checked when a keyboard is built (Telegram rejects
longer data and python-telegram-bot does not check). Menu actions outside a reflection
use `m1|<action>|<arg>`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.dialogue.events import (
    Back,
    Choose,
    Discard,
    Done,
    Edit,
    EditSection,
    Event,
    KeepText,
    MaskWord,
    Retype,
    Save,
    ShowReview,
    Skip,
    Toggle,
    UndoMask,
)

LIMIT = 64
REFLECTION, MENU = "r1", "m1"


class CallbackTooLong(ValueError):
    """A keyboard would carry data Telegram refuses: a dialogue key is too long."""


@dataclass(frozen=True, slots=True)
class MenuAction:
    """A button outside the reflection: consent, language, forget, clear chat, reminders."""

    action: str
    arg: str = ""


@lru_cache(maxsize=4096)
def encode(event: Event, version: int) -> str:
    """A button's data; cached (events are frozen values): a window's keyboard is encoded
    again on every answer, button by button (#14)."""
    match event:
        case Choose(step=step, value=value):
            parts = ("c", step, value)
        case Toggle(step=step, option=option, on=on):
            parts = (_TOGGLE_CODES[on], step, option)
        case Edit(step=step, target=target):
            parts = ("E", step, target)
        case MaskWord(step=step, index=index, drawn=drawn):
            parts = ("w", step, f"{index}.{drawn}")
        case EditSection(step=step, section=section):
            parts = ("e", step, section)
        case Discard(step=step, confirmed=confirmed):
            parts = ("X" if confirmed else "x", step, "")
        case Done() | KeepText() | UndoMask() | Retype() | Back() | Skip() | ShowReview() | Save():
            parts = (_SIMPLE_CODES[type(event)], event.step, "")
        case _:
            raise ValueError(f"{type(event).__name__} has no button form")
    return _checked("|".join((REFLECTION, str(version), *parts)))


def encode_menu(action: MenuAction) -> str:
    return _checked(f"{MENU}|{action.action}|{action.arg}")


def decode(data: str) -> tuple[int, Event] | MenuAction | None:
    """The event and the dialogue version it was built for, a menu action, or None."""
    parts = data.split("|")
    if len(parts) == 3 and parts[0] == MENU:
        return MenuAction(parts[1], parts[2])
    if len(parts) != 5 or parts[0] != REFLECTION or not parts[1].isdigit():
        return None
    version, code, step, arg = int(parts[1]), parts[2], parts[3], parts[4]
    event: Event
    if code == "c":
        event = Choose(step, arg)
    elif code in _TOGGLE_BY_CODE:
        event = Toggle(step, arg, _TOGGLE_BY_CODE[code])
    elif code == "E":
        event = Edit(step, arg)
    elif code == "w" and re.fullmatch(r"\d{1,2}\.[0-9a-f]{1,6}", arg):
        index, drawn = arg.split(".")  # a count of up to 4 digits: a button drawn before #12's
        event = MaskWord(step, int(index), drawn)  # eleventh session, stale (no fingerprint)
    elif code == "e":
        event = EditSection(step, arg)
    elif code in ("x", "X"):
        event = Discard(step, confirmed=code == "X")
    elif code in _BY_CODE:
        event = _BY_CODE[code](step)
    else:
        return None
    return version, event


def _checked(data: str) -> str:
    if len(data.encode()) > LIMIT:
        raise CallbackTooLong(f"callback data of {len(data.encode())} bytes: shorten the keys")
    return data


_SIMPLE_CODES: dict[type, str] = {
    Done: "d", KeepText: "k", UndoMask: "u", Retype: "r", Back: "b", Skip: "s",
    ShowReview: "v", Save: "S",
}  # fmt: skip
_BY_CODE = {code: kind for kind, code in _SIMPLE_CODES.items()}
_TOGGLE_CODES: dict[bool | None, str] = {True: "T", False: "U", None: "t"}
"""Tick, untick, and the plain toggle of keyboards drawn before ticks were told apart."""
_TOGGLE_BY_CODE = {code: on for on, code in _TOGGLE_CODES.items()}
