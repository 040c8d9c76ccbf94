"""The show-back of a typed answer: what the scrubber did, and the words it was unsure of.

The engine keeps only scrubbed text. A typed answer goes straight in when the scrubber
changed nothing and doubted nothing; otherwise the worker sees the scrubbed text, how many
details were replaced (never a claim that nothing identifying is left), and may hide each
doubtful word everywhere in the answer with one tap before keeping it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from bot.dialogue.events import KeepText, MaskWord, fingerprint
from bot.dialogue.replies import N_, Reply, Text
from bot.dialogue.session import Session

__all__ = ["STALE", "MaskWord", "Reviewed", "TextScrubber", "hold", "release", "tapped"]

STALE = {
    KeepText: N_("Please type your answer."),
    MaskWord: N_("That word is no longer in your answer."),
}
"""What a Keep or a tap says when no typed answer waits, or the tap was drawn before."""


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


def hold(session: Session, review: Reviewed, replaced_before: int = 0) -> bool:
    """Keep the scrubbed text on the session until the worker keeps or retypes it; False
    when the scrubber replaced nothing and doubted nothing (no confirmation is needed)."""
    session.pending_text = review.text
    session.pending_replaced = replaced_before + review.replaced
    session.pending_unsure = review.unsure
    return review.replaced > 0 or bool(review.unsure)


def tapped(scrub: TextScrubber, session: Session, tap: MaskWord) -> bool:
    """One tap on a doubtful word hides it everywhere in the pending answer. False for a
    stale tap: no pending answer, or the button's word is no longer offered (a repeated
    tap). A button drawn before an earlier tap moved its word still hides that word."""
    word = _drawn(session.pending_unsure, tap)
    if session.pending_text is None or word is None:
        return False
    masked = scrub.mask(session.pending_text, word, session.lang)
    hold(session, masked, session.pending_replaced)
    return True


def _drawn(unsure: tuple[str, ...], tap: MaskWord) -> str | None:
    """The offered word the button was drawn for, found by its fingerprint."""
    if 0 <= tap.index < len(unsure) and fingerprint(unsure[tap.index]) == tap.drawn:
        return unsure[tap.index]
    moved = [word for word in unsure if fingerprint(word) == tap.drawn]
    return moved[0] if len(moved) == 1 else None


def release(session: Session) -> Session:
    """Drop the waiting answer (retyped, kept or left); the same session, for chaining."""
    session.pending_text = None
    session.pending_replaced = 0
    session.pending_unsure = ()
    return session


LAST_VERSION = N_("Your last version, to copy and change: “{text}”")


def retype_question(question: Reply, last: str | None) -> Reply:
    """The question asked again after "Retype", with the scrubbed version the worker had: the
    typed message is already deleted from the chat, and an answer retyped from memory is an
    answer lost. Only the scrubbed text is shown, as in the show-back."""
    if not last:
        return question
    return replace(question, body=(*question.body, Text(LAST_VERSION, {"text": last})))
