"""The show-back of a typed answer: what the scrubber did, and the words it was unsure of.

The engine keeps only scrubbed text. A typed answer goes straight in when the scrubber
changed nothing and doubted nothing; otherwise the worker sees the scrubbed text, how many
details were replaced (never a claim that nothing identifying is left), and may hide each
doubtful word everywhere in the answer with one tap before keeping it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from bot.dialogue.events import KeepText, MaskWord, Retype, UndoMask, fingerprint
from bot.dialogue.replies import N_, Button, Reply, Text
from bot.dialogue.session import Session, Undo

__all__ = [
    "STALE", "MaskWord", "Reviewed", "TextScrubber", "hold", "keyboard", "release", "tapped",
    "untapped",
]  # fmt: skip

STALE = {
    KeepText: N_("Please type your answer."),
    MaskWord: N_("That word is no longer in your answer."),
    UndoMask: N_("There is no hidden word to show again."),
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
    session.pending_undo = ()
    return review.replaced > 0 or bool(review.unsure)


def tapped(scrub: TextScrubber, session: Session, tap: MaskWord) -> bool:
    """One tap on a doubtful word hides it everywhere in the pending answer. False for a
    stale tap: no pending answer, or the button's word is no longer offered (a repeated
    tap). A button drawn before an earlier tap moved its word still hides that word."""
    word = _drawn(session.pending_unsure, tap)
    if session.pending_text is None or word is None:
        return False
    before = Undo(session.pending_text, session.pending_replaced, session.pending_unsure, word)
    undo = (*session.pending_undo, before)
    masked = scrub.mask(session.pending_text, word, session.lang)
    hold(session, masked, session.pending_replaced)
    session.pending_undo = undo
    return True


def untapped(session: Session) -> bool:
    """Put the waiting answer back as it was before the last tap; False when no tap is
    left to undo (a repeated press, or the answer was kept or retyped)."""
    if session.pending_text is None or not session.pending_undo:
        return False
    *earlier, last = session.pending_undo
    session.pending_text, session.pending_replaced = last.text, last.replaced
    session.pending_unsure, session.pending_undo = last.unsure, tuple(earlier)
    return True


def _drawn(unsure: tuple[str, ...], tap: MaskWord) -> str | None:
    """The offered word the button was drawn for, found by its fingerprint."""
    if 0 <= tap.index < len(unsure) and fingerprint(unsure[tap.index]) == tap.drawn:
        return unsure[tap.index]
    moved = [word for word in unsure if fingerprint(word) == tap.drawn]
    return moved[0] if len(moved) == 1 else None


def keyboard(step: str, session: Session) -> tuple[tuple[Button, ...], ...]:
    """A button per doubtful word, two to a row; one to show the last hidden word again;
    then Keep and Retype."""
    words = [Button(Text(N_("Hide “{word}”"), {"word": w}), MaskWord.offering(step, i, w))
             for i, w in enumerate(session.pending_unsure)]  # fmt: skip
    rows: list[tuple[Button, ...]] = [tuple(words[i : i + 2]) for i in range(0, len(words), 2)]
    if session.pending_undo:  # a wrong tap is one more tap away from right (review17)
        word = session.pending_undo[-1].word
        rows.append((Button(Text(N_("↶ Show “{word}” again"), {"word": word}), UndoMask(step)),))
    rows.append(
        (Button(Text(N_("✓ Keep")), KeepText(step)), Button(Text(N_("✎ Retype")), Retype(step)))
    )
    return tuple(rows)


def release(session: Session) -> Session:
    """Drop the waiting answer (retyped, kept or left); the same session, for chaining."""
    session.pending_text = None
    session.pending_replaced = 0
    session.pending_unsure = ()
    session.pending_undo = ()
    return session


LAST_VERSION = N_("Your last version, to copy and change: “{text}”")


def retype_question(question: Reply, last: str | None) -> Reply:
    """The question asked again after "Retype", with the scrubbed version the worker had: the
    typed message is already deleted from the chat, and an answer retyped from memory is an
    answer lost. Only the scrubbed text is shown, as in the show-back."""
    if not last:
        return question
    return replace(question, body=(*question.body, Text(LAST_VERSION, {"text": last})))
