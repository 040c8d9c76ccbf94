"""The coach loop: a reflection whose author asked for a coach's view becomes a prompt.

The vignette keeps structured answers only (kinds, scales, options, signals): no free
text but the worker's own (scrubbed) question, so a coach never learns who wrote it.
"""

from __future__ import annotations

from datetime import date

from bot.dialogue.session import EntryDraft, plain_answers
from bot.msgid import N_
from bot.storage.port import Store
from bot.teams.model import Role

VIGNETTE = (
    "contact_kind", "contact_phase", "feelings", "presence_time", "presence_topics",
    "equality_stance", "blow_risks", "blow_repair", "role_taken", "role_needed",
    "tension_main", "wellbeing",
)  # fmt: skip
COACH_PROMPTS = (
    N_("How might this moment have felt from the other person's side?"),
    N_("Where could a second blow hide here, and what would have helped you?"),
    N_("Which strength might the worker have missed?"),
    N_("Which role would you have wanted from this helper?"),
    N_("One sentence the worker could say next time, in plain words."),
)


async def request_from_entry(store: Store, pseudonym: str, entry: EntryDraft, today: date,
                             vignette_keys: tuple[str, ...] = VIGNETTE) -> int | None:  # fmt: skip
    """Create the prompt when the author asked a coach and belongs to a team; the vignette
    holds the answers the dialogue declares `feeds: [vignette]` (bot.reports.declarations)."""
    if not entry.flags.get("coach_requested"):
        return None
    team = next((m.team for m in await store.memberships(pseudonym) if m.role is Role.WORKER),
                None)  # fmt: skip
    if team is None:
        return None
    answers = plain_answers(entry.answers)
    vignette: dict[str, object] = {
        k: answers[k] for k in vignette_keys if answers.get(k) is not None
    }
    vignette["signals"] = list(entry.signals)
    asked = entry.answers.get("coach_question")
    question = asked if isinstance(asked, str) else ""
    return await store.create_prompt(team, pseudonym, entry.day, vignette, question, today)
