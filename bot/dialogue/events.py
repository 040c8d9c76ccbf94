"""What a worker can do, as values. Buttons carry the event they trigger.

Events bound to a question carry its step key, so a press on an old message is
recognised as stale instead of changing a later answer.
"""

from __future__ import annotations

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

    `seen` is the count of replaced details the button was drawn with: a repeated or late
    tap, drawn before an earlier one changed the list, hides nothing instead of the wrong
    word (callback data never carries the word itself)."""

    step: str
    index: int
    seen: int = 0


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
