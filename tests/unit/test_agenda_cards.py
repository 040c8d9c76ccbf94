"""The agenda's good-practice cards and the coach's answer on the card of its case."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from bot.dialogue.model import AnswerValue
from bot.dialogue.registry import DialogueRegistry
from bot.dialogue.session import EntryDraft
from bot.i18n import Translator
from bot.privacy.pseudonym import SecretKey
from bot.reports.good_practice import SHOWN
from bot.reports.pack import write_pack
from bot.storage.memory import MemoryStore
from bot.teams.model import Role, Team
from tests.conftest import TODAY

KEY = SecretKey(1, bytes(range(32)))
WORKERS = [f"{n:064x}" for n in range(6)]
START, END = date(2026, 11, 1), date(2026, 12, 1)


def answers(number: int) -> dict[str, AnswerValue]:
    """Worker 0 shows the most strengths, 1 and 2 fewer, 3 and 4 only a bright spot."""
    base: dict[str, AnswerValue] = {"contact_kind": "home_visit",
                                    "bright_spot": f"Hij belde zelf ({number})."}  # fmt: skip
    if number < 3:
        base["strength_seen"] = ("perseverance", "network", "said_aloud")[: 3 - number]
    if number == 0:
        base["equality_stance"] = ("explained", "personal")
    if number == 3:
        base["presence_room"] = "no"
    return base


async def team_with_a_coach_answer(store: MemoryStore) -> tuple[Team, int]:
    team = await store.create_team("Team Noord", "nl", TODAY)
    entries = []
    for number, who in enumerate(WORKERS[:5]):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
        signals = ("low_presence",) if number == 3 else ()
        draft = EntryDraft("post_contact", 2, TODAY, "nl", answers(number), signals,
                           {"shared": True})  # fmt: skip
        entries.append(await store.finish_session(who, draft))
    linked = await store.create_prompt(team.id, WORKERS[3], TODAY, {}, "Hoe nu verder?", TODAY,
                                       entries[3])  # fmt: skip
    await store.answer_prompt(linked, "Zij voelde zich niet gezien.", TODAY + timedelta(days=9),
                              WORKERS[5], "Mira", "other_side")  # fmt: skip
    loose = await store.create_prompt(team.id, None, None, {}, "Een vraag van de supervisie?",
                                      TODAY)  # fmt: skip
    await store.answer_prompt(loose, "Vraag het hen zelf.", TODAY)
    return team, entries[3]


async def agenda(registry: DialogueRegistry, translator: Translator, tmp_path: Path) -> str:
    store = MemoryStore()
    team, _ = await team_with_a_coach_answer(store)
    out = tmp_path / "agenda.md"
    await write_pack(store, translator, registry.latest("post_contact").dialogue, KEY, team,
                     START, END, "md", out)  # fmt: skip
    return out.read_text(encoding="utf-8")


async def test_good_practice_comes_before_the_cases(
    registry: DialogueRegistry, translator: Translator, tmp_path: Path
) -> None:
    text = await agenda(registry, translator, tmp_path)
    practice = text[text.index("## Goede praktijk") : text.index("## Andere lichtpuntjes")]
    assert text.index("## Goede praktijk") < text.index("## Casuskaarten"), "before the cases"
    cards = practice.split("### Wat hier werkte")[1:]
    assert len(cards) == SHOWN == 3, "reflections with a bright spot and strengths, at most 3"
    assert "(0)" in cards[0] and "(1)" in cards[1] and "(2)" in cards[2], "richest first"
    shown = next(line for line in cards[0].splitlines() if line.startswith("- Getoonde sterktes"))
    assert "Uitgelegd waarom informatie gevraagd werd" in shown, "the dialogue's strengths"
    assert "Ook zichzelf als mens laten zien" in shown
    assert "Getoonde sterktes" not in cards[1], "only strengths the reflection shows"
    assert "Krachten die ik zag: Volhouden in moeilijke tijden" in cards[2]
    assert cards[0].rstrip().endswith("- …"), "room for the round's notes"
    assert "Huisbezoek" in cards[0] and "Hij belde zelf (0)." in cards[0]
    others = text[text.index("## Andere lichtpuntjes") : text.index("## Structurele")]
    assert "(3)" in others and "(4)" in others and "(0)" not in others, "each spot once"


async def test_the_coach_answer_stands_on_the_card_of_its_case(
    registry: DialogueRegistry, translator: Translator, tmp_path: Path
) -> None:
    text = await agenda(registry, translator, tmp_path)
    cards = text[text.index("## Casuskaarten") :]
    assert cards.count("### Casus ") == 1, "one reflection with signals"
    person = cards[cards.index("**4. ") : cards.index("**5. ")]
    assert "Zij voelde zich niet gezien. (Mira)" in person, "answered after the period, still on"
    assert "Hoe kan dit moment gevoeld hebben voor de andere persoon?" in person
    coaches = text[text.index("## Wat coaches antwoordden") : text.index("## Casuskaarten")]
    assert "Vraag het hen zelf." in coaches, "a supervisor's question stays in its section"
    assert "niet gezien" not in coaches, "an answer on its card is not repeated"
