"""The coach vignette: what the worker agreed to show, the stance beside the signals."""

from __future__ import annotations

from bot.dialogue.model import AnswerValue
from bot.dialogue.registry import Compiled
from bot.dialogue.session import EntryDraft
from bot.i18n import Translator
from bot.reports.declarations import keys
from bot.storage.memory import MemoryStore
from bot.teams.coach import POINTS, STANCE, request_from_entry, vignette_lines
from bot.teams.model import Role
from bot.teams.service import Teams
from tests.conftest import TODAY

ANN, SUPERVISOR = "a" * 64, "s" * 64
ANSWERS: dict[str, AnswerValue] = {
    "contact_kind": "home_visit",
    "equality_stance": ("explained", "distant"),
    "bright_spot": "Ze lachte toen ik [naam] noemde.",
    "try_next": "Eerst vragen wat zij al deed.",
    "insight": "Niet voor de coach bedoeld.",
    "coach_question": "Hoe begin ik zo'n gesprek?",
}


def entry(**flags: bool) -> EntryDraft:
    return EntryDraft("post_contact", 2, TODAY, "nl", dict(ANSWERS), ("distant_stance",),
                      {"coach_requested": True, **flags}, ("explained_why",))  # fmt: skip


async def prompt_vignette(compiled: Compiled) -> dict[str, object]:
    store = MemoryStore()
    for who in (ANN, SUPERVISOR):
        await store.ensure_worker(who, 1, "nl", TODAY)
    teams = Teams(store)
    _, codes = await teams.create("Noord", "nl", SUPERVISOR)
    await teams.join(ANN, codes[Role.WORKER], TODAY)
    dialogue = compiled.dialogue
    number = await request_from_entry(store, ANN, entry(), TODAY, keys(dialogue, "vignette"),
                                      keys(dialogue, "coach"))  # fmt: skip
    assert number is not None
    prompt = await store.get_prompt(number)
    assert prompt is not None and prompt.question == "Hoe begin ik zo'n gesprek?"
    return prompt.vignette


async def test_the_vignette_holds_what_the_worker_agreed_to_show(compiled: Compiled) -> None:
    vignette = await prompt_vignette(compiled)
    assert vignette["bright_spot"] == ANSWERS["bright_spot"]
    assert vignette["try_next"] == ANSWERS["try_next"]
    assert "insight" not in vignette, "a typed answer not declared for coaches stays out"
    assert "coach_question" not in vignette, "the question travels on its own"
    assert vignette["strengths"] == ["explained_why"]
    assert vignette["signals"] == ["distant_stance"]


async def test_the_stance_shows_what_went_well_beside_the_points(
    compiled: Compiled, translator: Translator
) -> None:
    answers, stance = vignette_lines(compiled.dialogue, await prompt_vignette(compiled))
    shown = [translator.render("en", t) for t in stance]
    assert shown == [
        "Strengths shown: Explained why information was asked",
        f"What went well: {ANSWERS['bright_spot']}",
        f"To try next time: {ANSWERS['try_next']}",
        f"{POINTS}: A distant stance",
    ], "strengths first, the worker's typed words, then the points: never the points alone"
    plain = [translator.render("en", t) for t in answers]
    assert "Kind of contact: Home visit" in plain
    assert not any(str(ANSWERS["bright_spot"]) in line for line in plain), "no text stands twice"
    assert translator.gettext("nl", STANCE) != STANCE, "the heading is translated"


def test_without_strengths_or_signals_the_stance_holds_only_what_exists(
    compiled: Compiled, translator: Translator
) -> None:
    _, stance = vignette_lines(compiled.dialogue, {"signals": [], "strengths": [],
                                                   "bright_spot": "Rustig gesprek."})  # fmt: skip
    assert [translator.render("en", t) for t in stance] == ["What went well: Rustig gesprek."]
    assert vignette_lines(compiled.dialogue, {"signals": ["unknown"]}) == ([], [])
