"""The supervision agenda (Markdown): good-practice cards ("what worked here") and the
other bright spots, structural signals, then the shared reflections with signals as case
cards in the incident method's order: facts (without feelings), the case owner's
question, clarifying questions, the person's side with the coach's answer for this case,
analysis along the krachtlijnen, advice, what the case owner takes along, follow-up; what
went well (strength, bright spot, insight) on the same card."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bot.dialogue.replies import Text
from bot.msgid import N_
from bot.reports import good_practice as gp
from bot.reports.declarations import keys
from bot.reports.export import ExportContext, code, period, shared, text
from bot.storage.port import StoredEntry
from bot.teams.coach import COACH_PROMPTS
from bot.teams.model import CoachPrompt

OWN_QUESTION = ("coach_question",)
PERSON_SIDE = ("blow_risks", "blow_repair")
WENT_WELL = ("strength_seen", "bright_spot", "insight")
"""Shown together on the card, whatever section the dialogue declares them for."""
AGENDA = N_("Supervision agenda")
BRIGHT = N_("Bright spots")
STRUCTURAL = N_("Structural signals")
CARDS = N_("Case cards")
CASE = N_("Case")
FACTS_HEADING = N_("Facts")
SIGNALS = N_("Signals")
QUESTIONS_HEADING = N_("Questions")
ANALYSIS_HEADING = N_("Analysis")
ADVICE = N_("Advice")
COACHES = N_("What coaches answered")
OWNER_QUESTION = N_("The case owner's question")
NO_QUESTION = N_("(none given: ask the case owner for one before the round)")
CLARIFY = N_("Clarifying questions")
PERSON = N_("The person's side")
PERSON_PROMPT = N_("How might the person have lived this contact? Where could a second blow "
                   "have hidden?")  # fmt: skip
TAKE_ALONG = N_("What will you take with you? (the case owner)")
FOLLOW_UP = N_("Follow-up next session")
WELL_HEADING = N_("What went well")
COACH_ON_CARD = N_("A coach answered the question “{question}”")
COACH_ANSWERED_TO = N_("answering “{question}”")
WRITE_HERE = "- …"
QUESTIONS = (
    N_("What happened, exactly? Ask only factual questions first."),
    N_("Where could a second blow have hidden, and what would have helped?"),
    N_("Which strength of this person can the next contact build on?"),
)


async def write_agenda(context: ExportContext, out: Path, structural: list[str],
                       chosen: frozenset[int] | None = None) -> int:  # fmt: skip
    """The agenda of the period; with `chosen` (entry ids: the cases the supervisor picked
    from those workers brought), a card for each of those only, else one for every shared
    reflection with signals. Returns how many shared reflections were read."""
    # answers given since the period began: a reflection of its last days is answered later
    prompts = await context.store.supervision_answers(context.team.id, context.start, date.max)
    by_entry: dict[int, list[CoachPrompt]] = {}
    for prompt in prompts:  # a coach may answer each question of a prompt: every answer
        if prompt.entry is not None:
            by_entry.setdefault(prompt.entry, []).append(prompt)
    bright: list[tuple[int, str]] = []
    found: list[gp.GoodPractice] = []
    cards: list[str] = []
    on_cards: set[int | None] = set()
    count = 0
    async for entry in shared(context):
        count += 1
        spot = entry.answers.get("bright_spot")
        if isinstance(spot, str):
            bright.append((entry.id, f"- {spot}"))
        practice = gp.good_practice(context.dialogue, entry)
        if practice is not None:
            found.append(practice)
        if entry.id in chosen if chosen is not None else bool(entry.signals):
            cards.append(_card(context, entry, by_entry.get(entry.id, [])))
            on_cards.add(entry.id)
    shown = gp.pick(found)
    practice_ids = {g.entry.id for g in shown}
    others = [line for number, line in bright if number not in practice_ids]
    in_period = await context.store.supervision_answers(context.team.id, context.start,
                                                     context.end)  # fmt: skip
    answers = [_answer_line(context, p) for p in in_period if p.entry not in on_cards]
    lines = [f"# {text(context, AGENDA)}: {context.team.name}",
             period(context), "",
             f"## {text(context, gp.GOOD_PRACTICE)}",
             *([_practice(context, g) for g in shown] or ["-"]), "",
             f"## {text(context, gp.MORE_SPOTS if shown else BRIGHT)}", *(others or ["-"]), "",
             f"## {text(context, STRUCTURAL)}", *(structural or ["-"]), "",
             f"## {text(context, COACHES)}", *(answers or ["-"]), "",
             f"## {text(context, CARDS)}", *cards]  # fmt: skip
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return count


def _answer_line(context: ExportContext, prompt: CoachPrompt) -> str:
    """A coach's answer under "what coaches answered": the question asked, then the answer,
    the triangle question it answers and the coach's name where they signed."""
    line = f"- {prompt.question or '-'}\n  → {prompt.answer or ''}"
    asked = COACH_PROMPTS.get(prompt.answer_to or "")
    if asked:
        line += f" ({text(context, COACH_ANSWERED_TO, question=Text(asked))})"
    return line + (f" ({prompt.signature})" if prompt.signature else "")


def _coach_on_card(context: ExportContext, prompts: list[CoachPrompt]) -> list[str]:
    """Every coach answer to this reflection, each with the question it answers."""
    return [line for prompt in prompts for line in _one_on_card(context, prompt)]


def _one_on_card(context: ExportContext, prompt: CoachPrompt | None) -> list[str]:
    """The coach speaks in the case discussion (the Bind-Kracht triangle): their answer to
    this reflection stands in the round from the person's side."""
    if prompt is None or not prompt.answer:
        return []
    asked = COACH_PROMPTS.get(prompt.answer_to or "")
    head = (text(context, COACH_ON_CARD, question=Text(asked)) if asked
            else text(context, COACHES))  # fmt: skip
    signed = f" ({prompt.signature})" if prompt.signature else ""
    return [f"- {head}: {prompt.answer}{signed}"]


def _practice(context: ExportContext, practice: gp.GoodPractice) -> str:
    """A "what worked here" card: the contact, the strengths, what went well, a round."""
    entry = practice.entry
    day = context.translator.day(context.team.lang, entry.day)
    strengths = "; ".join(text(context, label) for label in practice.strengths)
    parts = [f"\n### {text(context, gp.WORKED)}: {code(context, entry.id)} ({day})",
             *_answers(context, entry, gp.FACTS),
             *([f"- {text(context, gp.STRENGTHS_SHOWN)}: {strengths}"] if strengths else []),
             *_answers(context, entry, gp.SEEN), *_answers(context, entry, gp.WELL),
             f"- {text(context, gp.ROUND)}", WRITE_HERE]  # fmt: skip
    return "\n".join(parts)


def _card(context: ExportContext, entry: StoredEntry, prompts: list[CoachPrompt]) -> str:
    number = code(context, entry.id)
    signals = {s.key: s.label for s in context.dialogue.signals}
    day = context.translator.day(context.team.lang, entry.day)
    facts, analysis, advice = _sections(context)
    brought = entry.answers.get("case_question")
    question = (
        [f"- {brought}"] if isinstance(brought, str) else _answers(context, entry, OWN_QUESTION)
    )
    parts = [f"\n### {text(context, CASE)} {number} ({day})",
             f"**1. {text(context, FACTS_HEADING)}**", *_answers(context, entry, facts),
             f"**2. {text(context, OWNER_QUESTION)}**",
             *(question or [f"- {text(context, NO_QUESTION)}"]),
             f"**3. {text(context, CLARIFY)}**", f"- {text(context, QUESTIONS[0])}", WRITE_HERE,
             f"**4. {text(context, PERSON)}**", f"- {text(context, PERSON_PROMPT)}",
             *_answers(context, entry, PERSON_SIDE), *_coach_on_card(context, prompts),
             f"**5. {text(context, ANALYSIS_HEADING)}**", *_answers(context, entry, analysis),
             f"- {text(context, SIGNALS)}: "
             + "; ".join(text(context, signals[k]) for k in entry.signals if k in signals),
             f"- {text(context, QUESTIONS[1])}", f"- {text(context, QUESTIONS[2])}",
             f"**6. {text(context, ADVICE)}**", *_answers(context, entry, advice),
             WRITE_HERE,
             f"**7. {text(context, TAKE_ALONG)}**", WRITE_HERE,
             f"**8. {text(context, FOLLOW_UP)}**", WRITE_HERE,
             f"**{text(context, WELL_HEADING)}**",
             *(_answers(context, entry, WENT_WELL) or ["-"])]  # fmt: skip
    return "\n".join(parts)


def _sections(context: ExportContext) -> tuple[tuple[str, ...], ...]:
    """Facts, analysis and advice as the dialogue declares them (`feeds: {agenda: …}`);
    what the card shows elsewhere (the person's side, what went well, the owner's question)
    is left out of them so nothing stands twice."""
    elsewhere = {*PERSON_SIDE, *WENT_WELL, *OWN_QUESTION}
    return tuple(tuple(k for k in keys(context.dialogue, "agenda", name) if k not in elsewhere)
                 for name in ("facts", "analysis", "advice"))  # fmt: skip


def _answers(context: ExportContext, entry: StoredEntry, keys: tuple[str, ...]) -> list[str]:
    from bot.dialogue.render import answer_text

    lines = []
    for key in keys:
        if key not in entry.answers or not context.dialogue.has_step(key):
            continue
        step = context.dialogue.step(key)
        value = answer_text(step, entry.answers[key])
        shown = context.translator.render(context.team.lang, Text("{v}", {"v": value}))
        lines.append(f"- {text(context, step.label)}: {shown}")
    return lines
