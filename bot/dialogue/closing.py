"""Saving a reflection: the entry to store, and the closing that reflects it back."""

from __future__ import annotations

from datetime import date

from bot.dialogue.model import ANSWERABLE, AnswerValue
from bot.dialogue.registry import Compiled
from bot.dialogue.render import answer_text
from bot.dialogue.replies import N_, Reply, ReplyKind, Text
from bot.dialogue.session import EntryDraft, Session
from bot.dialogue.signals import entry_flags, raised_signals, raised_strengths

NO_SUPPORT_TITLED = N_(
    "No support contacts are set up in this bot yet. Your {title} or your organisation's "
    "confidential adviser can tell you whom to reach."
)
"""Who can point a low worker on when no support contacts are configured, in the word
the worker's team uses for its supervisors (#13)."""


def saved(
    compiled: Compiled, session: Session, day: date, support: tuple[str, ...]
) -> tuple[EntryDraft, Reply]:
    """The entry (answers of answerable steps only, signals, flags, strengths) and the
    closing notice; facts steer conditions but are never stored."""
    dialogue = compiled.dialogue
    answers = {k: v for k, v in session.answers.items() if dialogue.step(k).kind in ANSWERABLE}
    known: dict[str, AnswerValue] = {**session.facts, **answers}
    entry = EntryDraft(
        dialogue_id=dialogue.id,
        version=dialogue.version,
        day=day,
        lang=session.lang,
        answers=answers,
        signals=raised_signals(dialogue, known),
        flags=entry_flags(dialogue, known),
        strengths=raised_strengths(dialogue, known),
    )
    return entry, closing(compiled, answers, known, support, session.title)


def closing(
    compiled: Compiled,
    answers: dict[str, AnswerValue],
    known: dict[str, AnswerValue],
    support: tuple[str, ...],
    title: str = "",
) -> Reply:
    """The saved notice: thanks, the worker's own words reflected back (the strength, the
    bright spot, the thing to try), when the worker is low, who can support them, and the
    dialogue's closing notes whose condition holds."""
    dialogue = compiled.dialogue
    body = [Text(N_("Saved. Thank you for taking the time to reflect."))]
    echoed = [
        Text(
            N_("{label}: {answer}"),
            {"label": Text(s.label), "answer": answer_text(s, answers[s.key], title)},
        )
        for s in (dialogue.step(k) for k in dialogue.closing.reflect_back)
        if answers.get(s.key) is not None
    ]
    if echoed:
        body += [Text(N_("What you take with you:")), *echoed]
    low = dialogue.closing.low_when
    if low is not None and low.matches(known):
        body.append(
            Text(
                N_("You noted that you feel low after this contact. Please take care of yourself.")
            )
        )
        if support:
            body.append(
                Text(N_("Who can support you: {contacts}"), {"contacts": "\n".join(support)})
            )
        elif title:
            body.append(Text(NO_SUPPORT_TITLED, {"title": title}))
        else:
            body.append(
                Text(
                    N_(
                        "No support contacts are set up in this bot yet. Your supervisor or your "
                        "organisation's confidential adviser can tell you whom to reach."
                    )
                )
            )
    body += [Text(note) for when, note in dialogue.closing.notes if when.matches(known)]
    return Reply(ReplyKind.NOTICE, tuple(body))
