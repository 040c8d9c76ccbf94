"""The show-back of a typed answer: what the scrubber did, and the words it was unsure of.

The engine keeps only scrubbed text. A typed answer goes straight in when the scrubber
changed nothing and doubted nothing; otherwise the worker sees the scrubbed text, how many
details were replaced (never a claim that nothing identifying is left), and may hide each
doubtful word everywhere in the answer with one tap before keeping it.
"""

from __future__ import annotations

from typing import Protocol

from bot.dialogue.session import Session


class Reviewed(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def replaced(self) -> int: ...
    @property
    def unsure(self) -> tuple[str, ...]: ...


class TextScrubber(Protocol):
    """bot.privacy.scrub.Scrubber, seen from the engine (which imports no privacy code)."""

    def review(self, text: str, lang: str) -> Reviewed: ...
    def mask(self, text: str, word: str, lang: str) -> Reviewed: ...


def needs_confirmation(review: Reviewed) -> bool:
    return review.replaced > 0 or bool(review.unsure)


def hold(session: Session, review: Reviewed, replaced_before: int = 0) -> None:
    """Keep the scrubbed text on the session until the worker keeps or retypes it."""
    session.pending_text = review.text
    session.pending_replaced = replaced_before + review.replaced
    session.pending_unsure = review.unsure


def release(session: Session) -> None:
    session.pending_text = None
    session.pending_replaced = 0
    session.pending_unsure = ()
