"""The coach loop: a reflection whose author asked for a coach's view becomes a prompt.

The vignette keeps what the worker agreed to show by asking: the structured answers the
dialogue declares `vignette`, the typed answers it declares `coach` (scrubbed when the
reflection was saved; the coach question tells the worker which), the worker's strengths
and the signals, and the worker's own (scrubbed) question. No name, no day (the coach
is shown the week).
"""

from __future__ import annotations

from datetime import date

from bot.dialogue.model import AnswerValue, Dialogue, Kind
from bot.dialogue.render import answer_text
from bot.dialogue.replies import Text
from bot.dialogue.session import EntryDraft, plain_answers
from bot.msgid import N_
from bot.storage.port import Store
from bot.teams.model import Role

VIGNETTE = (
    "contact_kind", "contact_phase", "feelings", "presence_time", "presence_topics",
    "equality_stance", "blow_risks", "blow_repair", "role_taken", "role_needed",
    "tension_main", "wellbeing",
)  # fmt: skip
COACH_PROMPTS = {
    "other_side": N_("How might this moment have felt from the other person's side?"),
    "second_blow": N_("Where could a second blow hide here, and what would have helped you?"),
    "missed_strength": N_("Which strength might the worker have missed?"),
    "wanted_role": N_("Which role would you have wanted from this helper?"),
    "next_sentence": N_("One sentence the worker could say next time, in plain words."),
}
"""The questions of the Bind-Kracht triangle, by a stable key: a coach answers one of them
(the key is stored with the answer, `answer_to`) or gives one free answer."""


STANCE = N_("The worker's stance")
WENT_WELL = N_("Strengths shown")
POINTS = N_("Points for supervision")
ANSWER_LINE = "{label}: {answer}"
RESERVED = ("signals", "strengths")
"""Vignette keys that are no step: the entry's declared signals and strengths."""


async def request_from_entry(store: Store, pseudonym: str, entry: EntryDraft, today: date,
                             vignette_keys: tuple[str, ...] = VIGNETTE,
                             coach_keys: tuple[str, ...] = (),
                             entry_id: int | None = None) -> int | None:  # fmt: skip
    """Create the prompt when the author asked a coach and belongs to a team; the vignette
    holds the answers the dialogue declares `feeds: [vignette]` or `[coach]` (typed,
    already scrubbed), with the entry's signals and strengths; linked to the saved entry
    (`entry_id`), so that the answer stands on its case card."""
    if not entry.flags.get("coach_requested"):
        return None
    team = next((m.team for m in await store.memberships(pseudonym) if m.role is Role.WORKER),
                None)  # fmt: skip
    if team is None:
        return None
    answers = plain_answers(entry.answers)
    vignette: dict[str, object] = {
        k: answers[k] for k in (*vignette_keys, *coach_keys) if answers.get(k) is not None
    }
    vignette["signals"] = list(entry.signals)
    vignette["strengths"] = list(entry.strengths)
    asked = entry.answers.get("coach_question")
    question = asked if isinstance(asked, str) else ""
    return await store.create_prompt(team, pseudonym, entry.day, vignette, question, today,
                                     entry_id)  # fmt: skip


def vignette_lines(dialogue: Dialogue,
                   vignette: dict[str, object]) -> tuple[list[Text], list[Text]]:  # fmt: skip
    """What the coach reads: the answers, then the worker's stance (what went well, the
    typed answers the worker let a coach see, the points for supervision): strengths are
    shown beside the signals, never the points alone."""
    answers: list[Text] = []
    typed: list[Text] = []
    for key, value in vignette.items():
        if key in RESERVED or not dialogue.has_step(key):
            continue
        step = dialogue.step(key)
        shown: AnswerValue = tuple(value) if isinstance(value, list) else value  # type: ignore[assignment]
        line = Text(ANSWER_LINE, {"label": Text(step.label), "answer": answer_text(step, shown)})
        (typed if step.kind is Kind.TEXT else answers).append(line)
    strengths = _labels({s.key: s.label for s in dialogue.strengths}, vignette.get("strengths"))
    signals = _labels({s.key: s.label for s in dialogue.signals}, vignette.get("signals"))
    stance = [Text(ANSWER_LINE, {"label": Text(WENT_WELL), "answer": strengths})]
    stance = [*(stance if strengths else []), *typed]
    if signals:
        stance.append(Text(ANSWER_LINE, {"label": Text(POINTS), "answer": signals}))
    return answers, stance


def _labels(labels: dict[str, str], keys: object) -> tuple[Text, ...]:
    return tuple(Text(labels[k]) for k in keys if k in labels) if isinstance(keys, list) else ()
