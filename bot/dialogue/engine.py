"""The reflection engine: (session, event) -> outcome. Pure: no I/O, no Telegram, no babel.

Adapters load the session, call `handle`, store the outcome (session or entry), and only
then send the replies: a crash never loses an answer that was acknowledged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from bot.dialogue import render
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
    Resume,
    Retype,
    Save,
    ShowReview,
    Skip,
    Toggle,
    TypeText,
)
from bot.dialogue.model import ANSWERABLE, AnswerValue, Kind, Step
from bot.dialogue.registry import Compiled, DialogueRegistry
from bot.dialogue.replies import N_, Reply
from bot.dialogue.session import EntryDraft, Session
from bot.dialogue.showback import TextScrubber, hold, needs_confirmation, release
from bot.dialogue.signals import entry_flags, raised_signals
from bot.dialogue.upgrade import upgrade_session


@dataclass(frozen=True, slots=True)
class Outcome:
    session: Session | None
    """The session to store, or None when it ended (saved or discarded)."""
    replies: tuple[Reply, ...]
    entry: EntryDraft | None = None
    changed: bool = True
    """False when nothing needs storing (a stale button, a repeated question)."""


class Engine:
    def __init__(
        self,
        registry: DialogueRegistry,
        scrub: TextScrubber,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._registry = registry
        self._scrub = scrub
        self._today = today

    def start(self, dialogue_id: str, lang: str) -> Outcome:
        compiled = self._registry.latest(dialogue_id)
        dialogue = compiled.dialogue
        session = Session(dialogue.id, dialogue.version, lang, dialogue.start, self._today())
        return Outcome(session, (render.question(compiled, session),))

    def handle(self, session: Session, event: Event) -> Outcome:
        session = _copy(session)
        compiled = self._registry.get(session.dialogue_id, session.version)
        if compiled is None:
            compiled = self._registry.latest(session.dialogue_id)
            upgrade_session(compiled, session)
            notice = render.notice(
                N_("The questions were updated since you started. Your answers so far are kept.")
            )
            return Outcome(session, (notice, *self._show(compiled, session)))
        if isinstance(event, Resume):
            return Outcome(session, self._show(compiled, session), changed=False)
        if isinstance(event, TypeText):
            return self._typed(compiled, session, event.text)
        if event.step != session.current:
            notice = render.notice(N_("That question is closed. Here is where you are now."))
            return Outcome(session, (notice, *self._show(compiled, session)), changed=False)
        return self._on_step(compiled, session, event)

    def _on_step(self, compiled: Compiled, session: Session, event: Event) -> Outcome:
        step = compiled.dialogue.step(session.current)
        match event:
            case Choose(value=value):
                return self._choose(compiled, session, step, value)
            case Toggle(option=option):
                return self._toggle(compiled, session, step, option)
            case Done():
                if step.kind is not Kind.MULTI:
                    return self._again(compiled, session, N_("Please use the buttons."))
                if not session.selection:
                    return self._again(
                        compiled, session, N_("Tick at least one option, or skip this question.")
                    )
                chosen = tuple(o.key for o in step.options if o.key in session.selection)
                return self._record(compiled, session, step, chosen)
            case KeepText():
                if session.pending_text is None:
                    return self._again(compiled, session, N_("Please type your answer."))
                return self._record(compiled, session, step, session.pending_text)
            case MaskWord(index=index, seen=seen):
                return self._mask(compiled, session, index, seen)
            case Retype():
                release(session)
                return Outcome(session, (render.question(compiled, session),))
            case Skip():
                if not step.skippable:
                    return self._again(compiled, session, N_("This question cannot be skipped."))
                return self._record(compiled, session, step, None)
            case Back():
                return self._back(compiled, session)
            case Discard(confirmed=confirmed):
                if not confirmed:
                    return Outcome(session, (render.confirm_discard(session),), changed=False)
                notice = render.notice(N_("Discarded. Nothing of this reflection was kept."))
                return Outcome(None, (notice,))
            case _:
                return self._at_review(compiled, session, step, event)

    def _at_review(self, compiled: Compiled, session: Session, step: Step, event: Event) -> Outcome:
        if isinstance(event, ShowReview):
            return Outcome(session, self._show(compiled, session), changed=False)
        if step.kind is not Kind.REVIEW:
            return self._again(compiled, session, N_("Please use the buttons."))
        match event:
            case EditSection(section=section) if any(
                s.section == section for s in compiled.dialogue.steps
            ):
                return Outcome(
                    session, (render.section_choices(compiled, session, section),), changed=False
                )
            case Edit(target=target) if target in session.answers and _answerable(compiled, target):
                session.current, session.editing = target, True
                self._enter(compiled, session)
                return Outcome(session, (render.question(compiled, session),))
            case Save() if compiled.machine.can_save(step.key):
                return self._save(compiled, session)
        return self._again(compiled, session, N_("Please use the buttons."))

    def _choose(self, compiled: Compiled, session: Session, step: Step, value: str) -> Outcome:
        if step.kind is Kind.SCALE:
            number = _as_int(value)
            if number is None or not step.scale_min <= number <= step.scale_max:
                return self._again(
                    compiled,
                    session,
                    N_("Please choose a number from {min} to {max}."),
                    min=step.scale_min,
                    max=step.scale_max,
                )
            return self._record(compiled, session, step, number)
        if step.kind in (Kind.CHOICE, Kind.YESNO, Kind.INFO) and step.option(value):
            return self._record(compiled, session, step, value)
        return self._again(compiled, session, N_("Please choose one of the options."))

    def _toggle(self, compiled: Compiled, session: Session, step: Step, key: str) -> Outcome:
        option = step.option(key)
        if step.kind is not Kind.MULTI or option is None:
            return self._again(compiled, session, N_("Please choose one of the options."))
        chosen = set(session.selection)
        exclusive = {o.key for o in step.options if o.exclusive}
        if key in chosen:
            chosen.discard(key)
        elif option.exclusive:
            chosen = {key}
        else:
            chosen = (chosen - exclusive) | {key}
        session.selection = tuple(o.key for o in step.options if o.key in chosen)
        return Outcome(session, (render.question(compiled, session, refresh=True),))

    def _typed(self, compiled: Compiled, session: Session, text: str) -> Outcome:
        step = compiled.dialogue.step(session.current)
        if step.kind is Kind.SCALE and _as_int(text.strip()) is not None:
            return self._choose(compiled, session, step, text.strip())
        if step.kind is not Kind.TEXT:
            return self._again(
                compiled, session, N_("This question is answered with the buttons under it.")
            )
        cleaned = text.strip()
        if not any(ch.isalnum() for ch in cleaned):
            return self._again(
                compiled, session, N_("That answer looks empty. Type a few words, or skip.")
            )
        if len(cleaned) > step.max_length:
            return self._again(
                compiled,
                session,
                N_(
                    "That is longer than the {max} characters "
                    "this answer can hold. Please shorten it."
                ),
                max=step.max_length,
            )
        review = self._scrub.review(cleaned, session.lang)
        if not needs_confirmation(review):
            return self._record(compiled, session, step, review.text)
        hold(session, review)
        return Outcome(session, (render.confirm_text(compiled, session),))

    def _mask(self, compiled: Compiled, session: Session, index: int, seen: int) -> Outcome:
        """One tap on a doubtful word: hide it everywhere in the answer, show it again."""
        if (
            session.pending_text is None
            or seen != session.pending_replaced
            or not 0 <= index < len(session.pending_unsure)
        ):
            return self._again(compiled, session, N_("That word is no longer in your answer."))
        word = session.pending_unsure[index]
        hold(
            session,
            self._scrub.mask(session.pending_text, word, session.lang),
            session.pending_replaced,
        )
        return Outcome(session, (render.confirm_text(compiled, session, refresh=True),))

    def _record(
        self, compiled: Compiled, session: Session, step: Step, value: AnswerValue
    ) -> Outcome:
        session.answers[step.key] = value
        if step.key in session.history:
            session.history.remove(step.key)
        session.history.append(step.key)
        nxt = compiled.machine.next_step(step.key, session.answers)
        while session.editing and nxt in session.answers:
            nxt = compiled.machine.next_step(nxt, session.answers)
        session.current = nxt
        self._enter(compiled, session)
        replies = [render.answered(step, value)] if step.kind in ANSWERABLE else []
        return Outcome(session, (*replies, *self._show(compiled, session)))

    def _enter(self, compiled: Compiled, session: Session) -> None:
        """Prepare the current step: preset toggles, and on the review prune stale answers."""
        step = compiled.dialogue.step(session.current)
        release(session)
        previous = session.answers.get(step.key)
        session.selection = previous if isinstance(previous, tuple) else ()
        if step.kind is Kind.REVIEW:
            session.editing = False
            on_path = set(compiled.machine.path(session.answers))
            session.answers = {k: v for k, v in session.answers.items() if k in on_path}
            session.history = [k for k in session.history if k in on_path]

    def _back(self, compiled: Compiled, session: Session) -> Outcome:
        if not session.history:
            return self._again(compiled, session, N_("This is the first question."))
        session.current = session.history.pop()
        session.editing = False
        self._enter(compiled, session)
        return Outcome(session, (render.question(compiled, session),))

    def _save(self, compiled: Compiled, session: Session) -> Outcome:
        dialogue = compiled.dialogue
        answers = {k: v for k, v in session.answers.items() if _answerable(compiled, k)}
        entry = EntryDraft(
            dialogue_id=dialogue.id,
            version=dialogue.version,
            day=self._today(),
            lang=session.lang,
            answers=answers,
            signals=raised_signals(dialogue, answers),
            flags=entry_flags(dialogue, answers),
        )
        notice = render.notice(N_("Saved. Thank you for taking the time to reflect."))
        return Outcome(None, (notice,), entry=entry)

    def _show(self, compiled: Compiled, session: Session) -> tuple[Reply, ...]:
        if compiled.dialogue.step(session.current).kind is Kind.REVIEW:
            return tuple(render.review(compiled, session))
        return (render.question(compiled, session),)

    def _again(self, compiled: Compiled, session: Session, msgid: str, **params: int) -> Outcome:
        """Explain what was wrong and ask the same question again; nothing changes."""
        return Outcome(
            session, (render.notice(msgid, **params), *self._show(compiled, session)), changed=False
        )


def _as_int(value: str) -> int | None:
    return int(value) if value.isascii() and value.isdigit() and len(value) < 4 else None


def _answerable(compiled: Compiled, key: str) -> bool:
    return compiled.dialogue.step(key).kind in ANSWERABLE


def _copy(session: Session) -> Session:
    return replace(session, answers=dict(session.answers), history=list(session.history))
