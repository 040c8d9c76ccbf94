"""A supervisor manages the team on Telegram: new links after the first ones were revoked,
a notice when someone joins, members by their Telegram name, removal, the HTML report."""

from __future__ import annotations

import copy
import sqlite3
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest

from tests.e2e.telegram_harness import Harness
from tests.e2e.test_telegram_teams import ANN, LINK, SUPERVISOR, new_team, shared_housing_signals

COACH = {"id": 807, "is_bot": False, "first_name": "Mira", "last_name": "Coach",
         "language_code": "nl"}  # fmt: skip
ANNA = {**ANN, "first_name": "Anna", "last_name": "Peeters"}


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    yield harness
    await harness.stop()


async def test_invite_after_a_revoke_join_notice_members_and_removal(
    bot: Harness, tmp_path: Path
) -> None:
    old = await new_team(bot)
    await bot.app.store.revoke_invites(1)
    await bot.say(ANNA, f"/start {old['worker']}")
    await bot.press(ANNA, "✓")
    assert "ingetrokken" in bot.texts(ANNA)[-1] or "niet geldig" in bot.texts(ANNA)[-1]

    await bot.say(SUPERVISOR, "/invite")
    assert "Welke link heb je nodig?" in bot.texts(SUPERVISOR)[-1]
    await bot.press(SUPERVISOR, "Hulpverleners")
    text = bot.texts(SUPERVISOR)[-1]
    assert "Een nieuwe link voor Hulpverleners van “Team Noord”, 14 dagen geldig" in text
    (code,) = LINK.findall(text)
    await bot.say(ANNA, f"/start {code}")
    assert "Je bent lid van team “Team Noord”" in bot.texts(ANNA)[-1]
    notice = bot.texts(SUPERVISOR)[-1]
    assert notice == ("Iemand werd lid van “Team Noord” als hulpverlener. /members toont wie "
                      "er in het team zit.")  # fmt: skip
    await bot.say(SUPERVISOR, "/invite coach")
    (coach_code,) = LINK.findall(bot.texts(SUPERVISOR)[-1])
    await bot.say(COACH, f"/start {coach_code}")
    await bot.press(COACH, "✓")
    assert "als coach" in bot.texts(SUPERVISOR)[-1]
    welcome = bot.texts(COACH)[-1]
    assert "/prompts" in welcome and "/reflect" not in welcome, "a coach's own welcome"

    await bot.say(ANNA, "/members")
    assert bot.texts(ANNA)[-1] == "“Team Noord”: 1 hulpverlener, 1 coach, 1 supervisor."
    assert not bot.api.chat(ANN["id"])[-1].get("reply_markup"), "a worker sees no names"
    await bot.say(SUPERVISOR, "/members")
    listing = bot.api.chat(SUPERVISOR["id"])[-1]
    assert bot.api.buttons(listing) == ["Anna Peeters (hulpverlener)", "Mira Coach (coach)"]
    assert "de bot bewaart ze niet" in listing["text"]
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        dump = "\n".join(db.iterdump())
    assert "Anna" not in dump and "Peeters" not in dump and "Mira" not in dump, "names unstored"

    copied = listing["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    forged = bot.api.press_data(ANNA, bot.api.chat(ANN["id"])[-1]["message_id"], copied)
    before = len(bot.texts(ANN))
    await bot.feed(forged)
    assert len(bot.texts(ANN)) == before, "a worker pressing a copied button changes nothing"

    await bot.press(SUPERVISOR, "Anna Peeters (hulpverlener)", message_id=listing["message_id"])
    assert "Anna Peeters uit “Team Noord” verwijderen?" in bot.texts(SUPERVISOR)[-1]
    await bot.press(SUPERVISOR, "Verwijderen")
    assert bot.texts(SUPERVISOR)[-1] == "Anna Peeters is geen lid meer van “Team Noord”."
    assert bot.texts(ANNA)[-1].startswith("Je bent geen lid meer van team “Team Noord”.")
    await bot.say(SUPERVISOR, "/members")
    remaining = "“Team Noord”: 0 hulpverleners, 1 coach, 1 supervisor."
    assert bot.texts(SUPERVISOR)[-1].startswith(remaining)
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        roles = sorted(r[0] for r in db.execute("SELECT role FROM memberships"))
        actions = [r[0] for r in db.execute("SELECT action FROM audit ORDER BY id")]
    assert roles == ["coach", "supervisor"]
    assert actions == ["team.create", "team.join.refused", "team.invite", "team.join",
                       "team.invite", "team.join", "members.read", "members.read",
                       "invite.refused", "team.remove", "members.read"], (
        "every /members is audited as a read; the worker's copied remove button is refused"
    )  # fmt: skip
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        reads = db.execute("SELECT role, detail FROM audit WHERE action = 'members.read'"
                           " ORDER BY id").fetchall()  # fmt: skip
    assert reads == [("worker", "counts"), ("supervisor", "names"), ("supervisor", "names")]


async def test_the_report_arrives_as_one_html_document(bot: Harness, tmp_path: Path) -> None:
    await new_team(bot)
    await bot.consent(ANN)
    await bot.say(ANN, "/report")
    assert "geen supervisor" in bot.texts(ANN)[-1], "workers get no report"
    await bot.say(SUPERVISOR, "/report")
    assert "Over welke periode" in bot.texts(SUPERVISOR)[-1]
    documents = len(bot.api.documents)
    await bot.press(SUPERVISOR, "Vorige maand")
    assert len(bot.api.documents) == documents + 1
    page = bot.api.documents[-1].decode()
    assert page.startswith("<!DOCTYPE html>") and "Teamrapport: Team Noord" in page
    caption = [m for m in bot.api.chat(SUPERVISOR["id"]) if "document" in m][-1]["caption"]
    assert caption.startswith("Teamrapport van Team Noord, Vorige maand: één HTML-bestand")
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        reads = db.execute("SELECT count(*) FROM audit WHERE action = 'report.html'").fetchone()
    assert reads == (1,)


async def test_a_second_team_with_the_same_name_is_refused(bot: Harness, tmp_path: Path) -> None:
    await new_team(bot)
    await bot.say(SUPERVISOR, "/newteam  team   noord ")
    assert bot.texts(SUPERVISOR)[-1].startswith("Je leidt al een team met de naam “Team Noord”.")
    await bot.say(SUPERVISOR, "/newteam Team Zuid")
    assert "Team “Team Zuid” is aangemaakt" in bot.texts(SUPERVISOR)[-1]
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        assert db.execute("SELECT name FROM teams ORDER BY id").fetchall() == [
            ("Team Noord",), ("Team Zuid",)
        ]  # fmt: skip


async def test_a_worker_is_asked_before_moving_to_another_team(
    bot: Harness, tmp_path: Path
) -> None:
    north = await new_team(bot)
    await bot.say(SUPERVISOR, "/newteam Team Zuid")
    south = dict(zip(("worker", "coach", "supervisor"), LINK.findall(bot.texts(SUPERVISOR)[-1]),
                     strict=True))  # fmt: skip
    await bot.say(ANNA, f"/start {north['worker']}")
    await bot.press(ANNA, "✓")
    await bot.say(ANNA, f"/start {north['worker']}")
    assert "Je zit al in team “Team Noord”" in bot.texts(ANNA)[-1], "the same team: no question"
    await bot.say(ANNA, f"/start {south['worker']}")
    assert bot.texts(ANNA)[-1].startswith("Je bent hulpverlener in “Team Noord”. Overstappen naar")
    await bot.press(ANNA, "In “Team Noord” blijven")
    assert bot.texts(ANNA)[-1] == "Je blijft in “Team Noord”. Er verandert niets."
    await bot.say(ANNA, f"/start {south['worker']}")
    await bot.press(ANNA, "Overstappen naar “Team Zuid”")
    assert "Je bent lid van team “Team Zuid”" in bot.texts(ANNA)[-1]
    await bot.say(ANNA, f"/start {south['coach']}")
    assert "als coach" in bot.texts(ANNA)[-1], "another role is no move: no question"
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        rows = db.execute("SELECT team, role FROM memberships WHERE role != 'supervisor'"
                          " ORDER BY role").fetchall()  # fmt: skip
    assert rows == [(2, "coach"), (2, "worker")]


async def test_a_co_supervisor_waits_for_approval(bot: Harness, tmp_path: Path) -> None:
    codes = await new_team(bot)
    await bot.say(COACH, f"/start {codes['supervisor']}")
    await bot.press(COACH, "✓")
    assert "wacht nu tot een van de supervisors" in bot.texts(COACH)[-1]
    await bot.say(COACH, "/team")
    assert "geen supervisor" in bot.texts(COACH)[-1], "nothing to read while waiting"
    ask = bot.api.chat(SUPERVISOR["id"])[-1]
    assert ask["text"].startswith("Mira vraagt om co-supervisor te worden van “Team Noord”.")
    approve, again = (copy.deepcopy(bot.api.press(SUPERVISOR, ask["message_id"], "Goedkeuren"))
                      for _ in range(2))  # fmt: skip
    await bot.feed(approve)
    answered = bot.api.messages[(SUPERVISOR["id"], ask["message_id"])]
    assert answered["text"] == "Mira Coach is nu co-supervisor van “Team Noord”.", "in place"
    assert "reply_markup" not in answered
    assert bot.texts(COACH)[-1].startswith("Je bent lid van team “Team Noord” als supervisor.")
    in_chat = len(bot.texts(SUPERVISOR))
    await bot.feed(again)  # a second quick press, sent before the answer took the keys off
    assert bot.toasts()[-1] == "Die vraag is afgesloten." and len(bot.texts(SUPERVISOR)) == in_chat
    await bot.say(COACH, "/members")
    assert "1 supervisors" not in bot.texts(COACH)[-1] and "2 supervisors" in bot.texts(COACH)[-1]

    await bot.say(ANNA, f"/start {codes['supervisor']}")
    await bot.press(ANNA, "✓")
    asks = [m for m in bot.api.chat(COACH["id"]) if "vraagt om co-supervisor" in m.get("text", "")]
    await bot.press(COACH, "Weigeren", message_id=asks[-1]["message_id"])
    assert (
        bot.texts(ANNA)[-1]
        == "Je vraag om co-supervisor te worden van “Team Noord” werd niet goedgekeurd."
    )
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        supervisors = db.execute("SELECT count(*) FROM memberships WHERE role = 'supervisor'")
        assert supervisors.fetchone() == (2,)
        assert db.execute("SELECT count(*) FROM pending_supervisors").fetchone() == (0,)
        actions = [r[0] for r in db.execute("SELECT action FROM audit WHERE action LIKE 'team.%'"
                                            " ORDER BY id")]  # fmt: skip
    assert actions == ["team.create", "team.ask", "team.approve", "team.ask", "team.refuse"]


async def test_export_offers_the_named_periods(bot: Harness) -> None:
    from datetime import date

    from bot.reports import periods

    await new_team(bot)
    await bot.say(SUPERVISOR, "/export")
    captions = [m["caption"] for m in bot.api.chat(SUPERVISOR["id"]) if "document" in m]
    this_month = periods.named("month", date.today())
    assert captions[-1].startswith("Supervisiepakket van Team Noord, Deze maand (")
    assert f"{this_month.start.year}" in captions[-1]
    await bot.press(SUPERVISOR, "Vorig kwartaal")
    captions = [m["caption"] for m in bot.api.chat(SUPERVISOR["id"]) if "document" in m]
    assert captions[-1].startswith("Supervisiepakket van Team Noord, Vorig kwartaal (")
    assert bot.api.documents[-1][:2] == b"PK", "still the XLSX"
    await bot.press(SUPERVISOR, "CSV")
    assert bot.api.documents[-1].startswith(b"\xef\xbb\xbfCode;Dag;"), "CSV for Excel, same period"
    captions = [m["caption"] for m in bot.api.chat(SUPERVISOR["id"]) if "document" in m]
    assert captions[-1].startswith("Supervisiepakket van Team Noord, Vorig kwartaal (")


async def test_a_structural_signal_is_noted_as_passed_on(bot: Harness, tmp_path: Path) -> None:
    await new_team(bot)
    await bot.say(SUPERVISOR, "/signals")
    assert "Er kan geen structureel signaal" in bot.texts(SUPERVISOR)[-1]
    await shared_housing_signals(bot)
    await bot.say(SUPERVISOR, "/signals")
    listing = bot.api.chat(SUPERVISOR["id"])[-1]
    assert bot.api.buttons(listing) == ["Wonen (3)"], "never the 'nothing' answers"
    await bot.consent(ANNA)
    copied = listing["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    forged = bot.api.press_data(ANNA, bot.api.chat(ANN["id"])[-1]["message_id"], copied)
    before = len(bot.texts(ANNA))
    await bot.feed(forged)
    assert len(bot.texts(ANNA)) == before, "only a supervisor of the team notes follow-ups"
    await bot.press(SUPERVISOR, "Wonen (3)")
    assert bot.texts(SUPERVISOR)[-1].startswith("“Wonen”: aan wie doorgegeven?")
    await bot.press(SUPERVISOR, "aan het lokaal beleid")
    day = bot.app.translator.day("nl", date.today())
    assert bot.texts(SUPERVISOR)[-1] == (f"Genoteerd: “Wonen” doorgegeven aan het lokaal beleid "
                                         f"op {day}. Het teamrapport toont het.")  # fmt: skip
    await bot.say(SUPERVISOR, "/report month")
    page = bot.api.documents[-1].decode()
    assert f"aan het lokaal beleid, {day}" in page
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        assert db.execute("SELECT field, value, passed_to FROM signal_followups").fetchall() == [
            ("structural_barriers", "housing", "local_policy")
        ]  # fmt: skip
        actions = [r[0] for r in db.execute("SELECT action FROM audit WHERE action LIKE 'signal%'"
                                            " ORDER BY id")]  # fmt: skip
    assert actions == ["signals.read", "signals.read", "signal.followup"], "every read audited"


async def test_only_listed_people_create_teams_once_the_operator_keeps_a_list(
    bot: Harness,
) -> None:
    await bot.consent(SUPERVISOR)
    await bot.app.store.allow_creator(bot.app.key.pseudonym("tg:999"), date.today())
    await bot.say(SUPERVISOR, "/newteam Team Noord")
    assert bot.texts(SUPERVISOR)[-1].startswith("Hier kunnen alleen de mensen")
    await bot.app.store.allow_creator(bot.app.key.pseudonym(f"tg:{SUPERVISOR['id']}"),
                                      date.today())  # fmt: skip
    await bot.say(SUPERVISOR, "/newteam Team Noord")
    assert "Team “Team Noord” is aangemaakt" in bot.texts(SUPERVISOR)[-1]


async def test_coaches_hear_once_a_day_outside_quiet_hours(bot: Harness) -> None:
    from datetime import datetime, timedelta

    from bot.telegram.coach_notices import quiet
    from bot.telegram.reminders import Reminders

    assert quiet(22, (21, 8)) and quiet(7, (21, 8)) and not quiet(8, (21, 8))
    assert quiet(13, (12, 14)) and not quiet(14, (12, 14)) and not quiet(3, (0, 0))
    codes = await new_team(bot)
    await bot.say(COACH, f"/start {codes['coach']}")
    await bot.press(COACH, "✓")
    reminders = Reminders(bot.app, bot.application.bot, timedelta(hours=3))
    morning = datetime.now().astimezone().replace(hour=10, minute=0) + timedelta(days=1)
    before = len(bot.texts(COACH))
    await reminders.run_once(morning)
    assert len(bot.texts(COACH)) == before, "no open question: no notice"
    prompt = await bot.app.store.create_prompt(1, None, None, {}, "Hoe klonk ik?", date.today())
    await reminders.run_once(morning.replace(hour=23))
    assert len(bot.texts(COACH)) == before, "quiet hours"
    await reminders.run_once(morning)
    assert bot.texts(COACH)[-1] == (
        "Er wachten vragen op de kijk van een coach in “Team Noord”. /prompts toont ze; je "
        "antwoordt of slaat ze een voor een over."
    )
    await reminders.run_once(morning + timedelta(hours=2))
    assert len(bot.texts(COACH)) == before + 1, "once a day"
    coach = bot.app.key.pseudonym(f"tg:{COACH['id']}")
    await bot.app.store.skip_prompt(coach, prompt)
    await reminders.run_once(morning + timedelta(days=1))
    assert len(bot.texts(COACH)) == before + 1, "skipped by this coach: nothing waits for them"


async def skipped_by_every_coach(bot: Harness, shared: bool, title: str = "") -> None:
    """Anna's question to a coach, from a reflection she shared or not, skipped by the
    team's only coach; `title`: what the team calls its supervisors (/title)."""
    from bot.dialogue.session import EntryDraft

    codes = await new_team(bot)
    if title:
        await bot.say(SUPERVISOR, f"/title {title}")
    await bot.say(COACH, f"/start {codes['coach']}")
    await bot.press(COACH, "✓")
    await bot.say(ANNA, f"/start {codes['worker']}")
    await bot.press(ANNA, "✓")
    anna = bot.app.key.pseudonym(f"tg:{ANN['id']}")
    draft = EntryDraft("post_contact", 1, date(2026, 11, 20), "nl", {"contact_kind": "phone"},
                       (), {"shared": shared, "coach_requested": True})  # fmt: skip
    entry = await bot.app.store.finish_session(anna, draft)
    await bot.app.store.create_prompt(1, anna, date(2026, 11, 20), {"contact_kind": "phone"},
                                      "Hoe vraag ik naar schulden?", date.today(),
                                      entry)  # fmt: skip
    await bot.say(COACH, "/prompts")
    await bot.press(COACH, "Deze overslaan")


async def test_a_question_every_coach_skipped_goes_back_to_the_supervisors(bot: Harness) -> None:
    await skipped_by_every_coach(bot, shared=True)
    back = bot.texts(SUPERVISOR)[-1]
    assert back.startswith("Geen coach van “Team Noord” kon een vraag opnemen")
    assert back.endswith("“Hoe vraag ik naar schulden?”") and "Anna" not in back
    day = bot.app.translator.day("nl", date(2026, 11, 16))  # the Monday: only the week is kept
    assert bot.texts(ANNA)[-1] == (f"Geen coach kon je vraag bij je reflectie van de week van "
                                   f"{day} opnemen. Ze ging zonder je naam naar de supervisors "
                                   "van je team, voor de supervisie.")  # fmt: skip
    await bot.say(COACH, "/prompts")
    assert "Hoe vraag ik naar schulden?" not in bot.texts(COACH)[-1], "out of the queue"


async def test_a_skipped_question_of_an_unshared_reflection_stays_with_its_worker(
    bot: Harness,
) -> None:
    await skipped_by_every_coach(bot, shared=False)
    assert not any("schulden" in t for t in bot.texts(SUPERVISOR)), "never to supervision"
    day = bot.app.translator.day("nl", date(2026, 11, 16))
    assert bot.texts(ANNA)[-1] == (f"Geen coach kon je vraag bij je reflectie van de week van "
                                   f"{day} opnemen: elk van hen sloeg ze over. Je reflectie is "
                                   "niet gedeeld, dus de vraag ging ook niet naar je "
                                   "supervisors.")  # fmt: skip
    await bot.say(COACH, "/prompts")
    assert "Hoe vraag ik naar schulden?" not in bot.texts(COACH)[-1], "out of the queue"


async def test_whoever_asked_thanks_the_coach_once(bot: Harness) -> None:
    codes = await new_team(bot)
    await bot.say(COACH, f"/start {codes['coach']}")
    await bot.press(COACH, "✓")
    await bot.say(SUPERVISOR, "/askcoaches Hoe vragen we bewijzen zonder te beschamen?")
    await bot.say(COACH, "/prompts")
    await bot.press(COACH, "✎ Eén vrij antwoord")
    await bot.say(COACH, "Zeg eerst waarom je het vraagt.")
    await bot.press(COACH, "✓ Versturen zonder mijn naam")
    relayed = bot.api.chat(SUPERVISOR["id"])[-1]
    assert bot.api.buttons(relayed) == ["♥ Bedank de coach", "✎ Eén keer antwoorden"]
    await bot.press(SUPERVISOR, "♥ Bedank de coach", message_id=relayed["message_id"])
    assert bot.texts(SUPERVISOR)[-1].startswith("Je dank ging naar de coaches van je team")
    assert bot.texts(COACH)[-1] == ("Iemand bedankt de coach die antwoordde op “Hoe vragen we "
                                    "bewijzen zonder te beschamen?”.")  # fmt: skip
    coach_messages, asker_messages = len(bot.texts(COACH)), len(bot.texts(SUPERVISOR))
    await bot.press(SUPERVISOR, "♥ Bedank de coach", message_id=relayed["message_id"])
    assert bot.toasts()[-1] == "Je bedankte al voor dit antwoord.", "a toast (#14)"
    assert len(bot.texts(SUPERVISOR)) == asker_messages, "no new message"
    assert len(bot.texts(COACH)) == coach_messages, "once"


async def test_export_of_a_typed_period_is_rounded_to_whole_months(bot: Harness) -> None:
    await new_team(bot)
    await bot.say(SUPERVISOR, "/export 2026-01-05 2026-02-10")
    caption = [m["caption"] for m in bot.api.chat(SUPERVISOR["id"]) if "document" in m][-1]
    first = bot.app.translator.day("nl", date(2026, 1, 1))
    last = bot.app.translator.day("nl", date(2026, 2, 28))
    assert caption.startswith(f"Supervisiepakket van Team Noord, Jouw periode ({first} tot {last})")
    assert bot.texts(SUPERVISOR)[-1].startswith("Overzichten gaan alleen over volledige")
    await bot.press(SUPERVISOR, "CSV")
    caption = [m["caption"] for m in bot.api.chat(SUPERVISOR["id"]) if "document" in m][-1]
    assert f"({first} tot {last})" in caption, "the same period in another format"
    await bot.say(SUPERVISOR, "/export soon")
    assert bot.texts(SUPERVISOR)[-1].startswith("Voor een eigen periode geef je")


async def test_cases_brought_and_the_agenda_built_from_them(bot: Harness, tmp_path: Path) -> None:
    codes = await new_team(bot)
    cat = {"id": 804, "is_bot": False, "first_name": "C", "language_code": "nl"}
    for worker in (ANNA, cat):
        await bot.say(worker, f"/start {codes['worker']}")
        await bot.press(worker, "✓")
        await bot.reflect(worker)
    await bot.say(ANNA, "/bring Hoe vraag ik mevrouw Peeters naar haar schulden?")
    assert bot.texts(ANNA)[-1].startswith("Kies eerst een reflectie met /bring")
    await bot.say(ANNA, "/bring")
    day = bot.app.translator.day("nl", date.today())
    assert bot.api.buttons(bot.api.chat(ANN["id"])[-1]) == [f"Reflectie van {day}"]
    await bot.press(ANNA, f"Reflectie van {day}")
    assert bot.texts(ANNA)[-1].startswith(f"Je reflectie van {day} staat op de lijst")
    await bot.say(ANNA, "/bring Hoe vraag ik mevrouw Peeters naar haar schulden?")
    kept = bot.texts(ANNA)[-1]
    assert kept.startswith(f"Je vraag voor de groep is bewaard bij je reflectie van {day}")
    assert "Peeters" not in kept and "mevrouw [naam]" in kept, "scrubbed as every typed answer"
    await bot.say(cat, "/bring")
    await bot.press(cat, f"Reflectie van {day}")

    await bot.say(ANNA, "/agenda")
    assert bot.texts(ANNA)[-1].startswith("Je bent geen supervisor van een team"), "workers"
    await bot.say(SUPERVISOR, "/agenda")
    listing = bot.api.chat(SUPERVISOR["id"])[-1]
    labels = bot.api.buttons(listing)
    assert sorted(labels) == sorted([f"☐ {day}: Hoe vraag ik mevrouw [naam] naar haar schulden?",
                                     f"☐ {day}: (nog geen vraag)"])  # fmt: skip
    await bot.press(SUPERVISOR, f"☐ {day}: Hoe vraag", message_id=listing["message_id"])
    edited = bot.api.messages[(SUPERVISOR["id"], listing["message_id"])]
    assert f"☑ {day}: Hoe vraag ik mevrouw [naam] naar haar schulden?" in bot.api.buttons(edited)
    documents = len(bot.api.documents)
    await bot.press(SUPERVISOR, "Maak de agenda (1)", message_id=listing["message_id"])
    assert len(bot.api.documents) == documents + 1
    agenda = bot.api.documents[-1].decode()
    assert agenda.count("### Casus ") == 1, "one card: the case picked, not every reflection"
    card = agenda[agenda.index("### Casus ") :]
    assert "**2. De inbrengvraag**\n- Hoe vraag ik mevrouw [naam] naar haar schulden?" in card
    caption = [m["caption"] for m in bot.api.chat(SUPERVISOR["id"]) if "document" in m][-1]
    assert caption.startswith("Supervisie-agenda van Team Noord: 1 ingebrachte casus,")
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        actions = [r[0] for r in db.execute("SELECT action FROM audit WHERE action LIKE 'cases.%'"
                                            " OR action LIKE 'export.%' ORDER BY id")]  # fmt: skip
    assert actions == ["export.refused", "cases.read", "export.md"], (
        "a worker's /agenda is refused; listing the cases is a read, audited once (not each"
        " pick); the agenda an export"
    )
