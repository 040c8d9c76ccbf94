"""What a worker can do, as values. Buttons carry the event they trigger.

Events bound to a question carry its step key, so a press on an old message is
recognised as stale instead of changing a later answer.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Choose:
    """Pick an option of a choice/yes-no/info step, or a value of a scale."""

    step: str
    value: str


@dataclass(frozen=True, slots=True)
class Toggle:
    """Tick or untick an option of a multi-select.

    `on`: the state the button was drawn to ask for (ticked or not); a second quick tap
    of the same drawn button asks for the state the first one made, and applies nothing
    (None: an old button drawn before this was known, which toggles)."""

    step: str
    option: str
    on: bool | None = None


@dataclass(frozen=True, slots=True)
class Done:
    """Finish a multi-select with the options toggled on."""

    step: str


@dataclass(frozen=True, slots=True)
class TypeText:
    """Free text typed by the worker; it is scrubbed before it is kept anywhere."""

    text: str

    def __repr__(self) -> str:  # never show what the worker wrote, even in a traceback
        return f"TypeText(<{len(self.text)} chars>)"


@dataclass(frozen=True, slots=True)
class KeepText:
    step: str


@dataclass(frozen=True, slots=True)
class MaskWord:
    """Hide the `index`-th word the scrubber was unsure of, everywhere in the pending text.

    `drawn` is the fingerprint of the word the button was drawn for (`fingerprint`): a tap
    hides that word or nothing, never the word that moved to its place since (a tap counted
    by the number of details replaced missed a phrase that swallows a label). Callback
    data never carries the word itself."""

    step: str
    index: int
    drawn: str = ""

    @classmethod
    def offering(cls, step: str, index: int, word: str) -> MaskWord:
        return cls(step, index, fingerprint(word))


def fingerprint(word: str) -> str:
    """Six hex digits that tell the offered words of one answer apart (the button shows the
    word anyway; a fingerprint this short names no word)."""
    return hashlib.blake2b(word.encode(), digest_size=3).hexdigest()


@dataclass(frozen=True, slots=True)
class UndoMask:
    """Show again the word the last tap hid (the answer as it was before that tap)."""

    step: str


@dataclass(frozen=True, slots=True)
class Retype:
    step: str


@dataclass(frozen=True, slots=True)
class Back:
    step: str


@dataclass(frozen=True, slots=True)
class Skip:
    step: str


@dataclass(frozen=True, slots=True)
class EditSection:
    step: str
    section: str


@dataclass(frozen=True, slots=True)
class Edit:
    step: str
    target: str


@dataclass(frozen=True, slots=True)
class ShowReview:
    step: str


@dataclass(frozen=True, slots=True)
class Save:
    step: str


@dataclass(frozen=True, slots=True)
class Discard:
    """Cancel the reflection; asks for confirmation first unless `confirmed`."""

    step: str
    confirmed: bool = False


@dataclass(frozen=True, slots=True)
class Resume:
    """The worker comes back: show where they were."""


Event = (
    Choose
    | Toggle
    | Done
    | TypeText
    | KeepText
    | MaskWord
    | UndoMask
    | Retype
    | Back
    | Skip
    | EditSection
    | Edit
    | ShowReview
    | Save
    | Discard
    | Resume
)
