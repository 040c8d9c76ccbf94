"""Builds the replies that show a question, an answer, the review and confirmations."""

from __future__ import annotations

from bot.dialogue.counter import counter
from bot.dialogue.events import (
    Back,
    Choose,
    Discard,
    Done,
    Edit,
    EditSection,
    Save,
    ShowReview,
    Skip,
    Toggle,
)
from bot.dialogue.model import ANSWERABLE, AnswerValue, Kind, Step
from bot.dialogue.modules import open_modules
from bot.dialogue.registry import Compiled
from bot.dialogue.replies import N_, Button, Param, Reply, ReplyKind, Text
from bot.dialogue.session import Session
from bot.dialogue.showback import keyboard as showback_keyboard
from bot.dialogue.wording import option_label

CHECKED, UNCHECKED = N_("☑ {option}"), N_("☐ {option}")


def header(compiled: Compiled, session: Session, step: Step) -> Text:
    """The honest counter: "Core 4/7" or "Repair 2/2" along the path the answers so far
    take (`bot.dialogue.counter`); an offer names its module only."""
    module = compiled.dialogue.module_of(step.key)
    if module is not None and module.offer == step.key:
        return Text(N_("Going deeper: {part}"), {"part": Text(module.title)})
    position, total = counter(compiled, step.key, session.known(), session.history)
    params: dict[str, Param] = {
        "part": Text(module.title) if module is not None else Text(N_("Core")),
        "position": position,
        "total": total,
    }
    return Text(N_("{part} {position}/{total}"), params)


def answer_text(step: Step, value: AnswerValue, title: str = "") -> str | Text | tuple[Text, ...]:
    """An answer as the worker would read it: option names (in the team's word for its
    supervisors, `title`, where an option has one), a scale value, or their text."""
    if value is None:
        return Text(N_("(skipped)"))
    if isinstance(value, tuple):
        return tuple(option_label(o, title) for o in step.options if o.key in value)
    if step.kind is Kind.SCALE:
        return Text(N_("{value} of {max}"), {"value": int(value), "max": step.scale_max})
    if step.kind is Kind.TEXT:
        return str(value)
    option = step.option(str(value))
    return option_label(option, title) if option else str(value)


def question(compiled: Compiled, session: Session, refresh: bool = False) -> Reply:
    step = compiled.dialogue.step(session.current)
    if step.kind is Kind.REVIEW:
        return review(compiled, session)[-1]
    if session.pending_text is not None:
        return confirm_text(compiled, session)
    body = [header(compiled, session, step), step_text(compiled, session, step)]
    rows: list[tuple[Button, ...]] = []
    options = step.offered(session.known())  # an option whose `when` fails is not shown
    if step.kind is Kind.SCALE:
        scale: dict[str, Param] = {"min": step.scale_min, "low": Text(step.low),
                                   "max": step.scale_max, "high": Text(step.high)}  # fmt: skip
        body.append(Text(N_("{min} = {low} · {max} = {high}"), scale))
        rows.append(
            tuple(
                Button(Text(N_("{value}"), {"value": v}), Choose(step.key, str(v)))
                for v in range(step.scale_min, step.scale_max + 1)
            )
        )
    elif step.kind is Kind.MULTI:
        body.append(Text(N_("Tick all that fit, then press Done.")))
        rows.extend(
            (
                Button(
                    Text(
                        CHECKED if o.key in session.selection else UNCHECKED,
                        {"option": option_label(o, session.title)},
                    ),
                    Toggle(step.key, o.key, o.key not in session.selection),
                ),
            )
            for o in options
        )
        rows.append((Button(Text(N_("Done")), Done(step.key)),))
    elif step.kind is Kind.TEXT:
        body.append(
            Text(N_("Type your answer. Leave out names and anything that could identify someone."))
        )
    elif step.kind is Kind.YESNO:
        rows.append(tuple(Button(option_label(o, session.title), Choose(step.key, o.key))
                          for o in options))  # fmt: skip
    else:
        rows.extend((Button(option_label(o, session.title), Choose(step.key, o.key)),)
                    for o in options)  # fmt: skip
    if step.key in session.answers:
        body.append(
            Text(
                N_("Earlier answer: {answer}"),
                {"answer": answer_text(step, session.answers[step.key], session.title)},
            )
        )
    rows.append(_navigation(session, step))
    return Reply(
        ReplyKind.QUESTION,
        tuple(body),
        tuple(r for r in rows if r),
        step.key,
        expects_text=step.kind is Kind.TEXT,
        refresh=refresh,
    )


def _navigation(session: Session, step: Step) -> tuple[Button, ...]:
    nav = []
    if session.history:
        nav.append(Button(Text(N_("← Back")), Back(step.key)))
    if step.skippable:
        nav.append(Button(Text(N_("Skip →")), Skip(step.key)))
    return tuple(nav)


def step_text(compiled: Compiled, session: Session, step: Step) -> Text:
    """The question as asked; a follow-up quotes the previous reflection's answer."""
    module = compiled.dialogue.module_of(step.key)
    if module is not None and module.opens_with and session.previous:
        return Text(step.text, {"previous": session.previous})
    return Text(step.text)


def answered(step: Step, value: AnswerValue, asked: Text | None = None, title: str = "") -> Reply:
    answer = Text(N_("✓ {answer}"), {"answer": answer_text(step, value, title)})
    body = (asked or Text(step.text), answer)
    return Reply(ReplyKind.ANSWERED, body, step=step.key)


def confirm_text(compiled: Compiled, session: Session, refresh: bool = False) -> Reply:
    """The scrubbed answer, what was replaced, and a button per word the scrubber doubted."""
    step = compiled.dialogue.step(session.current)
    replaced = session.pending_replaced
    if replaced == 0:
        done = Text(N_("Nothing was replaced."))
    elif replaced == 1:
        done = Text(N_("1 detail replaced by a label in brackets."))
    else:
        done = Text(N_("{count} details replaced by labels in brackets."), {"count": replaced})
    body = [
        header(compiled, session, step),
        Text(N_("This is what will be kept:")),
        Text(N_("“{text}”"), {"text": session.pending_text or ""}),
        done,
    ]
    unsure = session.pending_unsure
    if unsure:
        body.append(Text(N_(
            "Something identifying may still be there. Tap a button below to hide that part "
            "everywhere in this answer."
        )))  # fmt: skip
    else:  # no button left is no all-clear: the scrubber misses things it never doubted
        body.append(Text(N_(
            "Something identifying may still be there: the filter misses some. Read it once "
            "more before you keep it."
        )))  # fmt: skip
    body.append(Text(N_("Keep it, or type a new version.")))
    return Reply(
        ReplyKind.CONFIRM,
        tuple(body),
        showback_keyboard(step.key, session),
        step.key,
        expects_text=True,
        refresh=refresh,
    )


def answer_lines(
    compiled: Compiled, answers: dict[str, AnswerValue], section: str, title: str = ""
) -> tuple[Text, ...]:
    """ "Label: answer" lines of one section, in dialogue order."""
    return tuple(
        Text(
            N_("{label}: {answer}"),
            {"label": Text(s.label), "answer": answer_text(s, answers[s.key], title)},
        )
        for s in _answered_in(compiled, answers, section)
    )


def entry_sections(
    compiled: Compiled, answers: dict[str, AnswerValue], title: str = ""
) -> list[tuple[str, tuple[Text, ...]]]:
    """(section key, title and answer lines) for each section with answers; `title`: what
    the worker's team calls its supervisors ("" for the default wording)."""
    found = []
    for section in compiled.dialogue.sections:
        lines = answer_lines(compiled, answers, section.key, title)
        if lines:
            found.append((section.key, (Text(section.title), *lines)))
    return found


def review(compiled: Compiled, session: Session) -> list[Reply]:
    """One reply per section with its answers and an edit button, then save or discard."""
    dialogue = compiled.dialogue
    review_key = session.current
    replies = []
    for section, body in entry_sections(compiled, session.answers, session.title):
        edit = Button(
            Text(N_("✎ Change {section}"), {"section": body[0]}), EditSection(review_key, section)
        )
        replies.append(Reply(ReplyKind.REVIEW, body, ((edit,),), review_key))
    closing: tuple[Text, ...] = (Text(dialogue.step(review_key).text),)
    deeper = tuple(
        (Button(Text(dialogue.module_of(first).button), Edit(review_key, first)),)  # type: ignore[union-attr]
        for first in open_modules(compiled, session)
    )
    if session.facts.get("in_team") == "no":
        closing += (
            Text(
                N_(
                    "You are not in a team in this bot, so this reflection stays with you: "
                    "there is no team supervision to share it with."
                )
            ),
        )
    if deeper:
        closing += (Text(N_("Want to go deeper? Each part takes a few minutes.")),)
    buttons = (
        *deeper,
        (
            Button(Text(N_("✓ Save")), Save(review_key)),
            Button(Text(N_("✗ Discard")), Discard(review_key)),
        ),
    )
    replies.append(Reply(ReplyKind.QUESTION, closing, buttons, review_key))
    return replies


def section_choices(compiled: Compiled, session: Session, section: str) -> Reply:
    dialogue = compiled.dialogue
    steps = _answered_in(compiled, session.answers, section)
    rows = tuple(
        (
            Button(
                Text(
                    N_("{label}: {answer}"),
                    {
                        "label": Text(s.label),
                        "answer": answer_text(s, session.answers[s.key], session.title),
                    },
                ),
                Edit(session.current, s.key),
            ),
        )
        for s in steps
    )
    back = (Button(Text(N_("← Back to the overview")), ShowReview(session.current)),)
    body = (Text(dialogue.section(section).title), Text(N_("Which answer do you want to change?")))
    return Reply(ReplyKind.QUESTION, body, (*rows, back), session.current)


def _answered_in(compiled: Compiled, answers: dict[str, AnswerValue], section: str) -> list[Step]:
    return [
        s
        for s in compiled.dialogue.steps
        if s.section == section
        and s.key in answers
        and s.kind in ANSWERABLE
        and not compiled.dialogue.is_offer(s.key)
    ]


def confirm_discard(session: Session) -> Reply:
    body = (Text(N_("Discard this reflection? Everything you answered in it will be deleted.")),)
    buttons = (
        (
            Button(Text(N_("Yes, discard")), Discard(session.current, confirmed=True)),
            Button(Text(N_("No, go on")), ShowReview(session.current)),
        ),
    )
    return Reply(ReplyKind.CONFIRM, body, buttons, session.current)


def notice(msgid: str, **params: str | int | Text) -> Reply:
    return Reply(ReplyKind.NOTICE, (Text(msgid, params),))
