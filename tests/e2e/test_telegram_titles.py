"""What a team calls its supervisors (#13), through the real Application and the fake Bot
API: a team that set "leidinggevenden" has its workers read that word where the bot names
them; a team without a setting keeps the default wording."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.telegram_harness import Harness
from tests.e2e.test_cli import cli, cli_here
from tests.e2e.test_telegram_team_admin import ANNA, skipped_by_every_coach
from tests.e2e.test_telegram_teams import LINK, SUPERVISOR, new_team, reflect_low_asking_a_talk

OTHER_SUPERVISOR = {"id": 811, "is_bot": False, "first_name": "T", "language_code": "nl"}
LOTTE = {"id": 812, "is_bot": False, "first_name": "Lotte", "language_code": "nl"}
JONAS = {"id": 813, "is_bot": False, "first_name": "Jonas", "language_code": "nl"}


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    yield harness
    await harness.stop()


async def join(bot: Harness, worker: dict, code: str) -> None:
    await bot.say(worker, f"/start {code}")
    await bot.press(worker, "✓")


async def test_a_teams_own_title_reaches_its_workers_and_no_other_team(bot: Harness) -> None:
    north = await new_team(bot)
    await bot.say(SUPERVISOR, "/title")
    assert "de standaardbenaming" in bot.texts(SUPERVISOR)[-1]
    await bot.say(SUPERVISOR, "/title  leidinggevenden ")
    assert bot.texts(SUPERVISOR)[-1] == (
        "Vanaf nu lezen de hulpverleners van “Team Noord” “leidinggevenden” waar de bot "
        "de supervisors van het team noemt."
    )
    await bot.consent(OTHER_SUPERVISOR)
    await bot.say(OTHER_SUPERVISOR, "/newteam Team Zuid")
    south = LINK.findall(bot.texts(OTHER_SUPERVISOR)[-1])[0]
    await join(bot, LOTTE, north["worker"])
    await join(bot, JONAS, south)

    await reflect_low_asking_a_talk(bot, LOTTE, "Ja, laat het weten, met mijn voornaam",
                                    "Mijn leidinggevenden")  # fmt: skip
    shown = bot.api.shown[LOTTE["id"]]
    share = [t for t in shown if "deze reflectie lezen, zonder je naam" in t]
    assert len(share) == 1 and "de leidinggevenden van team “Team Noord”" in share[0]
    assert "supervisors" not in share[0]
    assert any("van je team (leidinggevenden) laten weten" in t for t in shown)
    assert any("wil graag met je praten" in t for t in bot.texts(SUPERVISOR))

    await reflect_low_asking_a_talk(bot, JONAS, "Ja, laat het weten, met mijn voornaam")
    shown = bot.api.shown[JONAS["id"]]
    share = [t for t in shown if "deze reflectie lezen, zonder je naam" in t]
    assert len(share) == 1 and "de supervisors van team “Team Zuid”" in share[0]
    assert not any("leidinggevenden" in t for t in shown)
    assert any("Ik heb aan één persoon van je team laten weten" in t for t in shown)


async def test_only_a_supervisor_sets_the_title_and_minus_restores_it(bot: Harness) -> None:
    north = await new_team(bot)
    await join(bot, LOTTE, north["worker"])
    await bot.say(LOTTE, "/title bazen")
    assert "Je bent geen supervisor van een team" in bot.texts(LOTTE)[-1]
    team = (await bot.app.store.teams())[0]
    assert team.supervisor_title == "", "a worker cannot set it"
    await bot.say(SUPERVISOR, "/title leidinggevenden")
    await bot.say(SUPERVISOR, "/title -")
    assert "opnieuw de standaardbenaming" in bot.texts(SUPERVISOR)[-1]
    team = (await bot.app.store.teams())[0]
    assert team.supervisor_title == ""
    audit = [(a.role, a.action) for a in await bot.app.store.audit_log()]
    assert audit.count(("supervisor", "team.title")) == 2
    assert ("refused", "title.refused") in audit


def test_the_operator_sets_the_title_from_the_command_line(tmp_path: Path) -> None:
    env = {"REFLECTBOT_DATA_DIR": str(tmp_path)}
    assert cli_here("team", "create", "Team Noord", env=env, cwd=tmp_path).returncode == 0
    shown = cli("team", "title", "1", env=env, cwd=tmp_path)
    assert shown.stdout.strip() == "team 1: supervisors are called by the default wording"
    set_ = cli_here("team", "title", "1", "leidinggevenden", env=env, cwd=tmp_path)
    assert set_.stdout.strip() == "team 1: supervisors are called 'leidinggevenden'"
    again = cli_here("team", "title", "1", env=env, cwd=tmp_path)
    assert "'leidinggevenden'" in again.stdout
    missing = cli_here("team", "title", "7", "x", env=env, cwd=tmp_path)
    assert missing.returncode != 0 and "there is no team 7" in missing.stderr


SIGNAL_ASKED = "Heb je hierover een signaal doorgegeven, en aan wie?"
TALK_ASKED = "Met wie zou je graag over dit contact praten?"
ORGANISATION = "Organisatie en structuur (2 minuten)"


async def reflect_typing_the_supervisor(bot: Harness, worker: dict, typed: dict[str, str]
                                        ) -> dict[str, list[str]]:  # fmt: skip
    """A heavy contact with the organisation module: the worker types the label of the
    supervisor option (`typed`, by question) instead of tapping it; returns the buttons
    each of those questions showed."""
    seen: dict[str, list[str]] = {}
    opened = False
    await bot.say(worker, "/reflect")
    for _ in range(120):
        if any(t.startswith("Bewaard") for t in bot.texts(worker)):
            return seen
        asked, labels = bot.asked(worker), bot.api.buttons(bot.question(worker))
        if ORGANISATION in labels and not opened:
            opened = True
            await bot.press(worker, ORGANISATION)
        elif (question := next((q for q in typed if q in asked), None)) is not None:
            seen[question] = labels
            await bot.say(worker, typed.pop(question))
        elif "Zal ik laten weten dat je graag een gesprek wil?" in asked:
            await bot.press(worker, "Nee, ik neem zelf contact op")
        else:
            await bot.answer(worker)
    raise AssertionError("the reflection did not end")


async def test_the_dialogues_buttons_name_the_supervisors_in_the_teams_word(bot: Harness) -> None:
    north = await new_team(bot)
    await bot.say(SUPERVISOR, "/title leidinggevende")
    await bot.consent(OTHER_SUPERVISOR)
    await bot.say(OTHER_SUPERVISOR, "/newteam Team Zuid")
    await join(bot, LOTTE, north["worker"])
    await join(bot, JONAS, LINK.findall(bot.texts(OTHER_SUPERVISOR)[-1])[0])

    seen = await reflect_typing_the_supervisor(
        bot, LOTTE, {SIGNAL_ASKED: "aan mijn  Leidinggevende", TALK_ASKED: "Mijn leidinggevende"}
    )
    assert "Aan mijn leidinggevende" in seen[SIGNAL_ASKED]
    assert "Mijn leidinggevende" in seen[TALK_ASKED]
    assert not any("supervisor" in label for labels in seen.values() for label in labels)
    shown = bot.api.shown[LOTTE["id"]]
    assert any("✓ Aan mijn leidinggevende" in t for t in shown), "typing it selected it"
    assert any("Signaal doorgegeven: Aan mijn leidinggevende" in t for t in shown), "overview"
    assert any("Iemand om mee te praten: Mijn leidinggevende" in t for t in shown)
    entry = (await bot.app.store.entries_of(bot.app.key.pseudonym(f"tg:{LOTTE['id']}"), 1))[0]
    assert (entry.answers["signal_passed"], entry.answers["support_talk"]) == (
        "supervisor", "supervisor")  # fmt: skip

    seen = await reflect_typing_the_supervisor(
        bot, JONAS, {SIGNAL_ASKED: "Aan mijn supervisor", TALK_ASKED: "mijn supervisor"}
    )
    assert "Aan mijn supervisor" in seen[SIGNAL_ASKED]
    assert "Mijn supervisor" in seen[TALK_ASKED]
    assert not any("leidinggevende" in t for t in bot.api.shown[JONAS["id"]])
    entry = (await bot.app.store.entries_of(bot.app.key.pseudonym(f"tg:{JONAS['id']}"), 1))[0]
    assert (entry.answers["signal_passed"], entry.answers["support_talk"]) == (
        "supervisor", "supervisor")  # fmt: skip


async def test_the_command_menu_and_help_list_title_with_the_team_commands(bot: Harness) -> None:
    menus = bot.api.commands
    for lang, words in (("nl", "hulpverleners van je team"), ("fr", "intervenants"),
                        ("en", "supervisors to its workers")):  # fmt: skip
        names = [c["command"] for c in menus[lang]]
        assert names[names.index("invite") + 1] == "title", "beside the team commands"
        assert words in menus[lang][names.index("title")]["description"]
    assert menus[None] == menus["nl"]
    await bot.consent(LOTTE)
    await bot.say(LOTTE, "/help")
    assert "/title: Welk woord de hulpverleners van je team lezen" in bot.texts(LOTTE)[-1]


@pytest.mark.parametrize(
    ("shared", "told"),
    [(True, "Ze ging zonder je naam naar de leidinggevenden van je team, voor de supervisie."),
     (False, "dus de vraag ging ook niet naar je leidinggevenden.")],
)  # fmt: skip
async def test_a_question_no_coach_took_up_names_the_supervisors_in_the_teams_word(
    bot: Harness, shared: bool, told: str
) -> None:
    await skipped_by_every_coach(bot, shared=shared, title="leidinggevenden")
    assert bot.texts(ANNA)[-1].endswith(told)
    assert "supervisors" not in bot.texts(ANNA)[-1]
