"""The reflection engine: (session, event) -> outcome. Pure: no I/O, no Telegram, no babel.

Adapters load the session, call `handle`, store the outcome (session or entry), and only
then send the replies: a crash never loses an answer that was acknowledged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import partial

from bot.dialogue import render
from bot.dialogue.closing import saved
from bot.dialogue.events import (
    Back,
    Choose,
    Discard,
    Done,
    Edit,
    EditSection,
    Event,
    KeepText,
    Resume,
    Retype,
    Save,
    ShowReview,
    Skip,
    Toggle,
    TypeText,
    UndoMask,
)
from bot.dialogue.model import ANSWERABLE, AnswerValue, Kind, Step
from bot.dialogue.modules import follow_up, following, into_variant, open_modules
from bot.dialogue.moves import Outcome, again, answerable, as_int, back, copied, enter, show
from bot.dialogue.registry import Compiled, DialogueRegistry
from bot.dialogue.replies import N_
from bot.dialogue.session import Session
from bot.dialogue.showback import (
    STALE,
    MaskWord,
    TextScrubber,
    hold,
    release,
    retype_question,
    tapped,
    untapped,
)
from bot.dialogue.upgrade import upgrade_session
from bot.dialogue.wording import typed_labels

__all__ = ["TOO_LONG", "Engine", "Outcome", "Translate"]

Translate = Callable[[str, str], str]
"""(language, msgid) -> the text a worker sees: how typed option labels are recognised."""
TOO_LONG = N_("That is longer than the {max} characters this answer can hold. Please shorten it.")
"""Adapters keep such a text in the chat: the worker shortens it from there."""


def _untranslated(lang: str, msgid: str) -> str:
    return msgid


class Engine:
    def __init__(
        self,
        registry: DialogueRegistry,
        scrub: TextScrubber,
        today: Callable[[], date] = date.today,
        translate: Translate = _untranslated,
        support: Sequence[str] = (),
    ) -> None:
        self._registry = registry
        self._scrub = scrub
        self._today = today
        self._translate = translate
        self._support = tuple(support)
        """Support contacts and help lines from configuration, shown to a worker who is low."""

    def start(
        self,
        dialogue_id: str,
        lang: str,
        facts: Mapping[str, str] | None = None,
        previous: Mapping[str, AnswerValue] | None = None,
        title: str = "",
    ) -> Outcome:
        """A new reflection; `facts` are what the adapter knows (such as "in_team"),
        `previous` the answers of the worker's last reflection (for the follow-up), `title`
        what the worker's team calls its supervisors ("" for the default wording)."""
        compiled = self._registry.latest(dialogue_id)
        dialogue = compiled.dialogue
        session = Session(dialogue.id, dialogue.version, lang, dialogue.start, self._today())
        session.facts = {k: v for k, v in (facts or {}).items() if k in dialogue.facts}
        session.title = title
        follow_up(compiled, session, previous or {})
        return Outcome(session, (render.question(compiled, session),))

    def handle(self, session: Session, event: Event) -> Outcome:
        session = copied(session)
        compiled = self._registry.get(session.dialogue_id, session.version)
        if compiled is None:
            compiled = self._registry.latest(session.dialogue_id)
            upgrade_session(compiled, session)
            notice = render.notice(
                N_("The questions were updated since you started. Your answers so far are kept.")
            )
            return Outcome(session, (notice, *show(compiled, session)))
        if isinstance(event, Resume):
            return Outcome(session, show(compiled, session), changed=False)
        if isinstance(event, TypeText):
            return self._typed(compiled, session, event.text)
        if event.step != session.current:
            notice = render.notice(N_("That question is closed. Here is where you are now."))
            return Outcome(session, (notice, *show(compiled, session)), changed=False)
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
                    return again(compiled, session, N_("Please use the buttons."))
                if not session.selection:
                    if not step.skippable:
                        return again(compiled, session, N_("Tick at least one option."))
                    return again(
                        compiled, session, N_("Tick at least one option, or skip this question.")
                    )
                chosen = tuple(o.key for o in step.options if o.key in session.selection)
                return self._record(compiled, session, step, chosen)
            case KeepText() if session.pending_text is not None:
                return self._record(compiled, session, step, session.pending_text)
            case MaskWord() as tap if tapped(self._scrub, session, tap):
                return Outcome(session, (render.confirm_text(compiled, session, refresh=True),))
            case UndoMask() if untapped(session):
                return Outcome(session, (render.confirm_text(compiled, session, refresh=True),))
            case KeepText() | MaskWord() | UndoMask():  # no answer waits, or the tap is stale
                return again(compiled, session, STALE[type(event)])
            case Retype():
                last = session.pending_text
                asked = render.question(compiled, release(session))
                return Outcome(session, (retype_question(asked, last),))
            case Skip():
                if not step.skippable:
                    return again(compiled, session, N_("This question cannot be skipped."))
                return self._record(compiled, session, step, None)
            case Back():
                return back(compiled, session)
            case Discard(confirmed=confirmed):
                if not confirmed:
                    return Outcome(session, (render.confirm_discard(session),), changed=False)
                notice = render.notice(N_("Discarded. Nothing of this reflection was kept."))
                return Outcome(None, (notice,))
            case _:
                return self._at_review(compiled, session, step, event)

    def _at_review(self, compiled: Compiled, session: Session, step: Step, event: Event) -> Outcome:
        if isinstance(event, ShowReview):
            return Outcome(session, show(compiled, session), changed=False)
        if step.kind is not Kind.REVIEW:
            return again(compiled, session, N_("Please use the buttons."))
        match event:
            case EditSection(section=section) if any(
                s.section == section for s in compiled.dialogue.steps
            ):
                return Outcome(
                    session, (render.section_choices(compiled, session, section),), changed=False
                )
            case Edit(target=target) if target in open_modules(compiled, session):
                session.current, session.back_to = target, step.key
                enter(compiled, session)
                return Outcome(session, (render.question(compiled, session),))
            case Edit(target=target) if target in session.answers and answerable(compiled, target):
                session.current, session.editing = target, True
                enter(compiled, session)
                return Outcome(session, (render.question(compiled, session),))
            case Save() if compiled.machine.can_save(step.key):
                return self._save(compiled, session)
        return again(compiled, session, N_("Please use the buttons."))

    def _choose(self, compiled: Compiled, session: Session, step: Step, value: str) -> Outcome:
        known = session.known()  # an option whose `when` fails is not offered: refused
        if step.kind is Kind.SCALE:
            number = as_int(value)
            low, high = step.scale_min, step.scale_max
            if number is None or not low <= number <= high:
                msgid = N_("Please choose a number from {min} to {max}.")
                return again(compiled, session, msgid, min=low, max=high)
            return self._record(compiled, session, step, number)
        if step.kind in (Kind.CHOICE, Kind.YESNO, Kind.INFO) and step.option(value, known):
            return self._record(compiled, session, step, value)
        return again(compiled, session, N_("Please choose one of the options."))

    def _toggle(self, compiled: Compiled, session: Session, step: Step, key: str) -> Outcome:
        option = step.option(key, session.known())
        if step.kind is not Kind.MULTI or option is None:
            return again(compiled, session, N_("Please choose one of the options."))
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
        shown = partial(self._translate, session.lang)
        if step.kind is Kind.SCALE and as_int(text.strip()) is not None:
            return self._choose(compiled, session, step, text.strip())
        option = step.option_labelled(
            text, lambda o: typed_labels(o, session.title, shown), session.known()
        )
        if option is not None and step.kind is Kind.MULTI:
            return self._toggle(compiled, session, step, option)
        if option is not None and step.kind is not Kind.TEXT:
            return self._record(compiled, session, step, option)
        if step.kind is not Kind.TEXT:
            return again(
                compiled, session, N_("This question is answered with the buttons under it.")
            )
        cleaned = text.strip()
        if not any(ch.isalnum() for ch in cleaned):
            return again(
                compiled, session, N_("That answer looks empty. Type a few words, or skip.")
            )
        if len(cleaned) > step.max_length:
            return again(compiled, session, TOO_LONG, max=step.max_length)
        if not hold(session, self._scrub.review(cleaned, session.lang)):  # nothing to confirm
            return self._record(compiled, session, step, str(session.pending_text))
        return Outcome(session, (render.confirm_text(compiled, session),))

    def _record(
        self, compiled: Compiled, session: Session, step: Step, value: AnswerValue
    ) -> Outcome:
        session.answers[step.key] = value
        if step.key in session.history:
            session.history.remove(step.key)
        session.history.append(step.key)
        compiled = into_variant(self._registry, compiled, session, step, value)
        nxt = following(compiled, session, step.key)
        while session.editing and nxt in session.answers:
            nxt = following(compiled, session, nxt)
        session.current = nxt
        enter(compiled, session)
        answered = render.answered(step, value, render.step_text(compiled, session, step),
                                   session.title)  # fmt: skip
        replies = [answered] if step.kind in ANSWERABLE else []
        return Outcome(session, (*replies, *show(compiled, session)))

    def _save(self, compiled: Compiled, session: Session) -> Outcome:
        entry, notice = saved(compiled, session, self._today(), self._support)
        return Outcome(None, (notice,), entry=entry)
