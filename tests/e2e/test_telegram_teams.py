"""Teams on Telegram: a supervisor creates a team, workers and a coach join by link."""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest

from tests.e2e.telegram_harness import Harness

SUPERVISOR = {"id": 801, "is_bot": False, "first_name": "S", "language_code": "nl"}
ANN = {"id": 802, "is_bot": False, "first_name": "A", "language_code": "nl"}
BOB = {"id": 803, "is_bot": False, "first_name": "B", "language_code": "fr"}
LINK = re.compile(r"https://t\.me/reflect_test_bot\?start=([\w-]+)")


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    harness = await Harness(tmp_path).start()
    yield harness
    await harness.stop()


async def new_team(bot: Harness) -> dict[str, str]:
    await bot.consent(SUPERVISOR)
    await bot.say(SUPERVISOR, "/newteam")
    assert "Geef het team een naam" in bot.texts(SUPERVISOR)[-1]
    await bot.say(SUPERVISOR, "/newteam Team Noord")
    text = bot.texts(SUPERVISOR)[-1]
    assert "Team “Team Noord” is aangemaakt" in text
    codes = LINK.findall(text)
    assert len(codes) == 3
    return dict(zip(("worker", "coach", "supervisor"), codes, strict=True))


async def shared_housing_signals(bot: Harness, workers: int = 3) -> None:
    """`workers` members of team 1 who each shared a reflection naming housing as a
    structural barrier: enough for /signals to list "Wonen"."""
    from bot.dialogue.session import EntryDraft
    from bot.teams.model import Role

    store, today = bot.app.store, date.today()
    for number in range(workers):
        who = f"{number:064x}"
        await store.ensure_worker(who, 1, "nl", today)
        await store.add_member(who, 1, Role.WORKER, today)
        answers = {"structural_barriers": ("housing",), "org_obstacles": ("nothing",)}
        draft = EntryDraft("post_contact", 1, today, "nl", answers, (), {"shared": True})
        await store.finish_session(who, draft)


async def test_workers_and_a_coach_join_by_link(bot: Harness, tmp_path: Path) -> None:
    codes = await new_team(bot)
    await bot.say(ANN, f"/start {codes['worker']}")
    assert "Wat ik bewaar" in bot.texts(ANN)[-1], "consent first"
    await bot.press(ANN, "✓ Ik ga akkoord")
    assert "Je bent lid van team “Team Noord”" in bot.texts(ANN)[-1]
    await bot.consent(BOB)
    await bot.say(BOB, f"/start {codes['coach']}")
    assert "comme coach" in bot.texts(BOB)[-1]
    await bot.reflect(ANN)
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        roles = sorted(r[0] for r in db.execute("SELECT role FROM memberships"))
        (team,) = db.execute("SELECT team_id FROM entries").fetchone()
        actions = [r[0] for r in db.execute("SELECT action FROM audit ORDER BY id")]
    assert roles == ["coach", "supervisor", "worker"]
    assert team == 1, "the entry belongs to the author's team"
    assert actions == ["team.create", "team.join", "team.join"]


async def test_bad_links_are_refused_kindly_and_guessing_is_limited(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    await new_team(bot)
    await bot.consent(ANN)
    for attempt in range(5):
        await bot.say(ANN, f"/start wrong{attempt}")
        assert "niet geldig" in bot.texts(ANN)[-1]
    with caplog.at_level(logging.WARNING):
        await bot.say(ANN, "/start wrong-again")
    assert "Te veel ongeldige uitnodigingslinks" in bot.texts(ANN)[-1]
    assert "too many failed attempts" in caplog.text, "guessing is logged"
    assert "wrong-again" not in caplog.text, "without the code"
    audited = [a.detail for a in await bot.app.store.audit_log() if a.action == "team.join.refused"]
    assert audited == ["too_many"] + ["unknown"] * 5, "every refused code is audited"


DAN = {"id": 805, "is_bot": False, "first_name": "D", "language_code": "nl"}
CAT = {"id": 804, "is_bot": False, "first_name": "C", "language_code": "nl"}


async def test_a_supervisor_sees_patterns_only_above_k(bot: Harness, tmp_path: Path) -> None:
    codes = await new_team(bot)
    await bot.say(SUPERVISOR, "/team")
    assert "minder dan 3 hulpverleners" in bot.texts(SUPERVISOR)[-1]
    photos = len(bot.api.photos)
    for worker in (ANN, DAN, CAT):
        await bot.say(worker, f"/start {codes['worker']}")
        await bot.press(worker, "✓")
        await bot.reflect(worker)
    await bot.say(SUPERVISOR, "/team")
    text = bot.question(SUPERVISOR)["text"]  # the summary, with its period buttons
    assert "3 gedeelde reflecties van 3 hulpverleners" in text
    assert "Soort contact: Huisbezoek 3" in text
    assert "Patronen, geen personen" in text
    assert bot.api.albums[-1] == len(bot.api.photos) - photos > 1, "one album, a topic a photo"
    await bot.press(SUPERVISOR, "Dit kwartaal")
    assert "3 gedeelde reflecties van 3 hulpverleners" in bot.question(SUPERVISOR)["text"]
    await bot.say(SUPERVISOR, "/team 2026-13-01 2026-01-01")
    assert "eerste en de laatste maand" in bot.texts(SUPERVISOR)[-1]
    this_year = f"/team {date.today().year}-01-01 {date.today().year}-12-31"
    await bot.say(SUPERVISOR, this_year)
    assert "3 gedeelde reflecties van 3 hulpverleners" in bot.question(SUPERVISOR)["text"]
    assert "uitgebreid" not in bot.question(SUPERVISOR)["text"], "whole months: nothing widened"
    today = date.today()
    await bot.say(SUPERVISOR, f"/team {today.replace(day=1)} {today.replace(day=1)}")
    widened = bot.question(SUPERVISOR)["text"]
    assert widened.startswith("Overzichten gaan alleen over volledige kalendermaanden")
    assert "3 gedeelde reflecties van 3 hulpverleners" in widened
    await bot.say(ANN, "/team")
    assert "geen supervisor" in bot.texts(ANN)[-1], "a worker sees no team figures"
    forged = bot.api.press_data(ANN, bot.api.chat(ANN["id"])[-1]["message_id"], "m1|team|1:month")
    before = len(bot.texts(ANN))
    await bot.feed(forged)
    assert len(bot.texts(ANN)) == before, "a forged button shows nothing"
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        reads = db.execute("SELECT count(*) FROM audit WHERE action = 'summary.read'").fetchone()
    assert reads == (5,), "every read is audited; a refused period reads nothing"
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        refused = db.execute("SELECT role, team FROM audit WHERE action = 'summary.refused'")
        assert refused.fetchall() == [("refused", None), ("refused", 1)], (
            "a worker's /team, and the forged cross-role request too"
        )


async def test_a_supervisor_exports_only_shared_reflections(bot: Harness, tmp_path: Path) -> None:
    import io

    import openpyxl

    codes = await new_team(bot)
    for worker, share in ((ANN, "Ja"), (DAN, "Nee")):
        await bot.say(worker, f"/start {codes['worker']}")
        await bot.press(worker, "✓")
        await bot.say(worker, "/reflect")
        for _ in range(80):
            if any("Bewaard" in t for t in bot.texts(worker)[-3:]):
                break
            if "delen voor teamsupervisie" in bot.asked(worker):
                await bot.press(worker, share)
                continue
            await bot.answer(worker)
    await bot.say(SUPERVISOR, "/export")
    book = openpyxl.load_workbook(io.BytesIO(bot.api.documents[-1]), read_only=True)
    rows = list(book["Gedeelde reflecties"].iter_rows(values_only=True))
    assert len(rows) == 2, "one shared reflection (and the header)"
    book.close()
    captions = [m["caption"] for m in bot.api.chat(SUPERVISOR["id"]) if "document" in m]
    assert captions[-1].startswith("Supervisiepakket van Team Noord, ")
    assert "Team Noord, " in captions[-1] and ": 1 gedeelde reflectie. " in captions[-1]
    await bot.press(SUPERVISOR, "Supervisie-agenda (Markdown)")
    agenda = bot.api.documents[-1].decode()
    assert agenda.startswith("# Agenda voor supervisie: Team Noord")
    await bot.say(ANN, "/export")
    assert "geen supervisor" in bot.texts(ANN)[-1]
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        actions = [r[0] for r in db.execute("SELECT action FROM audit WHERE action LIKE 'export%'")]
    assert actions == ["export.xlsx", "export.md", "export.refused"], "a refused /export too"


async def test_a_worker_withdraws_a_share(bot: Harness, tmp_path: Path) -> None:
    codes = await new_team(bot)
    await bot.say(ANN, f"/start {codes['worker']}")
    await bot.press(ANN, "✓")
    await bot.reflect(ANN)
    await bot.say(ANN, "/mine")
    assert (
        "gedeeld voor supervisie" in bot.texts(ANN)[-2]
        or "gedeeld voor supervisie" in bot.texts(ANN)[-1]
    )
    mine = [m for m in bot.api.chat(ANN["id"]) if "Je meest recente" in (m.get("text") or "")][-1]
    await bot.press(ANN, "Reflectie van", message_id=mine["message_id"])
    assert "wordt niet meer gedeeld" in bot.texts(ANN)[-1]
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        assert db.execute("SELECT shared FROM entries").fetchone() == (0,)
        assert db.execute(
            "SELECT count(*) FROM audit WHERE action = 'share.withdraw'"
        ).fetchone() == (1,)
    forged = bot.api.press_data(ANN, mine["message_id"], "m1|unshare|999")
    before = len(bot.texts(ANN))
    await bot.feed(forged)
    assert len(bot.texts(ANN)) == before


COACH_MODULE = "De kijk van een coach vragen (1 minuut)"
COACH = {"id": 806, "is_bot": False, "first_name": "Coach", "language_code": "nl"}


async def test_the_coach_loop(bot: Harness, tmp_path: Path) -> None:
    codes = await new_team(bot)
    await bot.say(ANN, f"/start {codes['worker']}")
    await bot.press(ANN, "✓")
    await bot.reflect(ANN, text="Hoe had ik het beter kunnen vragen aan mevrouw Peeters?",
                      deepen=(COACH_MODULE,))  # fmt: skip
    await bot.say(COACH, f"/start {codes['coach']}")
    await bot.press(COACH, "✓")
    await bot.say(COACH, "/prompts")
    vignette = bot.texts(COACH)[-1]
    assert "Een hulpverlener van je team reflecteerde over een contact" in vignette
    assert "Soort contact: Huisbezoek" in vignette
    assert "reflecteerde over een contact (de week van " in vignette, "the week, not the day"
    assert "Peeters" not in vignette and "mevrouw [naam]" in vignette
    assert "Worker" not in vignette and "802" not in vignette, "nothing identifies the worker"
    assert "1. Hoe kan dit moment gevoeld hebben voor de andere persoon?" in vignette
    await bot.press(COACH, "✎ 1")
    assert "Je antwoord op “Hoe kan dit moment gevoeld" in bot.texts(COACH)[-1]
    await bot.say(COACH, "Vraag het rustig, en leg uit waarom. Groet aan meneer Janssens.")
    assert "meneer [naam]" in bot.texts(COACH)[-1]
    assert "tenzij je ondertekent" in bot.texts(COACH)[-1]
    await bot.press(COACH, "✎ Opnieuw")
    assert "Je antwoord op “Hoe kan dit moment gevoeld" in bot.texts(COACH)[-1], "still that one"
    await bot.say(COACH, "Vraag het rustig, en leg uit waarom. Groet aan meneer Janssens.")
    await bot.press(COACH, "✓ Versturen zonder mijn naam")
    assert "Verstuurd" in bot.texts(COACH)[-1]
    relayed = bot.texts(ANN)[-1]
    assert relayed.startswith("Een coach antwoordde op je vraag bij je reflectie van de week van ")
    assert "De coach beantwoordde de vraag “Hoe kan dit moment gevoeld" in relayed
    assert "Coach" not in relayed.replace("Een coach", "") and "806" not in relayed
    await bot.say(COACH, "/prompts")
    assert "Al beantwoord door een coach: 1." in bot.texts(COACH)[-1], "open for the others"
    await bot.press(COACH, "✓ Klaar met deze vraag")
    assert "geen vragen open" in bot.texts(COACH)[-1]
    await bot.say(SUPERVISOR, "/askcoaches")
    assert "Schrijf je vraag" in bot.texts(SUPERVISOR)[-1]
    await bot.say(SUPERVISOR, "/askcoaches Hoe vragen we bewijzen zonder te beschamen?")
    await bot.say(COACH, "/prompts")
    assert "Een vraag van de supervisie van je team" in bot.texts(COACH)[-1]
    await bot.press(COACH, "Deze overslaan")
    assert "geen vragen open" in bot.texts(COACH)[-1], "skipped for this coach"
    await bot.say(ANN, "/prompts")
    assert "voor de coaches van een team" in bot.texts(ANN)[-1], "a worker is no coach"
    await bot.say(SUPERVISOR, "/askcoaches Nog een vraag?")
    await bot.say(COACH, "/prompts")
    await bot.press(COACH, "✎ Eén vrij antwoord")
    await bot.say(COACH, "/reflect")
    await bot.say(COACH, "tekst")
    assert "knoppen" in bot.question(COACH)["text"], "after /reflect, text goes to the reflection"
    await bot.say(SUPERVISOR, "/export")
    await bot.press(SUPERVISOR, "Supervisie-agenda (Markdown)")
    agenda = bot.api.documents[-1].decode()
    assert "## Wat coaches antwoordden" in agenda
    assert (
        "Antwoorden van coaches (rekenblad, agenda, JSON): alleen op de eigen vragen van de"
        " supervisors en op vragen bij gedeelde reflecties" in bot.texts(SUPERVISOR)[-1]
    ), "the pack says which coach answers it holds (tests/unit/test_export.py: only those)"
    card = agenda[agenda.index("### Casus ") :]
    person = card[card.index("**4. ") : card.index("**5. ")]
    on_card = (
        "- Een coach beantwoordde de vraag “Hoe kan dit moment gevoeld hebben voor de"
        " andere persoon?”: Vraag het rustig, en leg uit waarom. Groet aan meneer [naam]."
    )
    assert on_card in person, "the coach's answer stands on the card of the entry it came from"
    assert agenda.count("Vraag het rustig") == 1, "not repeated under what coaches answered"
    assert "Groet aan meneer [naam]. (" not in agenda, "an unsigned answer carries no name"
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        actions = [r[0] for r in db.execute("SELECT action FROM audit WHERE action LIKE"
                                            " 'prompts.%' ORDER BY id")]  # fmt: skip
    assert actions == ["prompts.read", "prompts.answer", "prompts.read", "prompts.done",
                       "prompts.send", "prompts.read", "prompts.skip", "prompts.list.refused",
                       "prompts.send", "prompts.read"], (
        "a coach opening a vignette and saying done are audited; Ann coaches no team: her"
        " /prompts is audited"
    )  # fmt: skip


SIGNING_COACH = {"id": 807, "is_bot": False, "first_name": "Mira\u202e ", "language_code": "nl"}


async def test_a_coach_may_sign_an_answer(bot: Harness, tmp_path: Path) -> None:
    codes = await new_team(bot)
    await bot.say(ANN, f"/start {codes['worker']}")
    await bot.press(ANN, "✓")
    await bot.reflect(ANN, text="Hoe breng ik slecht nieuws?", deepen=(COACH_MODULE,))
    await bot.say(SIGNING_COACH, f"/start {codes['coach']}")
    await bot.press(SIGNING_COACH, "✓")
    await bot.say(SIGNING_COACH, "/prompts")
    await bot.press(SIGNING_COACH, "✎ Eén vrij antwoord")
    await bot.say(SIGNING_COACH, "Zeg het eerst, dan de uitleg.")
    await bot.press(SIGNING_COACH, "✓ Versturen, ondertekend „Mira”")
    relayed = bot.texts(ANN)[-1]
    assert "Zeg het eerst, dan de uitleg." in relayed
    assert relayed.endswith("Ondertekend door de coach: Mira"), "a signature is printable text"
    await bot.say(SUPERVISOR, "/export")
    await bot.press(SUPERVISOR, "Supervisie-agenda (Markdown)")
    assert ": Zeg het eerst, dan de uitleg. (Mira)" in bot.api.documents[-1].decode()
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        sealed = db.execute("SELECT count(*) FROM coach_prompts WHERE sealed_signature"
                            " IS NOT NULL").fetchone()  # fmt: skip
        assert sealed == (1,) and "Mira" not in "\n".join(db.iterdump()), "kept, but sealed"
    await bot.say(SIGNING_COACH, "/forget")
    await bot.press(SIGNING_COACH, "Ja, alles wissen")
    await bot.say(SUPERVISOR, "/export")
    await bot.press(SUPERVISOR, "Supervisie-agenda (Markdown)")
    agenda = bot.api.documents[-1].decode()
    assert ": Zeg het eerst, dan de uitleg." in agenda and "(Mira)" not in agenda, (
        "the answer stays with whoever asked; the coach's name goes with their /forget"
    )
    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        kept = db.execute("SELECT signer, sealed_signature FROM coach_prompts").fetchall()
    assert kept == [(None, None)]


async def reflect_low_asking_a_talk(
    bot: Harness, worker: dict, permission: str, supervisor: str = "Mijn supervisor"
) -> None:
    """A heavy contact: the support module, a talk with the supervisor (the button reads
    `supervisor`: the team's own word when it set one), and whether to pass on the
    worker's first name."""
    await bot.say(worker, "/reflect")
    for _ in range(80):
        if any(t.startswith("Bewaard") for t in bot.texts(worker)):
            return
        asked = bot.asked(worker)
        if "Zal ik laten weten dat je graag een gesprek wil?" in asked:
            await bot.press(worker, permission)
            continue
        if "Met wie zou je graag over dit contact praten?" in asked:
            await bot.press(worker, supervisor)
            continue
        await bot.answer(worker)
    raise AssertionError("the reflection did not end")


async def test_a_talk_request_reaches_the_supervisor_with_permission(bot: Harness) -> None:
    codes = await new_team(bot)
    worker = {"id": 808, "is_bot": False, "first_name": "Lotte", "language_code": "nl"}
    await bot.say(worker, f"/start {codes['worker']}")
    await bot.press(worker, "✓")
    await reflect_low_asking_a_talk(bot, worker, "Ja, laat het weten, met mijn voornaam")
    told = [t for t in bot.texts(SUPERVISOR) if "wil graag met je praten" in t]
    assert len(told) == 1 and told[0].startswith("Lotte, hulpverlener in je team")
    assert "Team Noord" in told[0]
    assert any("Ik heb aan één persoon van je team laten weten" in t
               for t in bot.api.shown[worker["id"]])  # fmt: skip
    assert not any("niet in een team" in t for t in bot.api.shown[worker["id"]])


async def test_a_talk_request_to_two_coaches_says_so_in_plain_words(bot: Harness) -> None:
    codes = await new_team(bot)
    coaches = [{"id": 830 + n, "is_bot": False, "first_name": "C", "language_code": "nl"}
               for n in range(2)]  # fmt: skip
    for coach in coaches:
        await bot.consent(coach)
        await bot.say(coach, f"/start {codes['coach']}")
    worker = {"id": 810, "is_bot": False, "first_name": "Lotte", "language_code": "nl"}
    await bot.say(worker, f"/start {codes['worker']}")
    await bot.press(worker, "✓")
    await reflect_low_asking_a_talk(bot, worker, "Ja, laat het weten, met mijn voornaam",
                                    "Een coach van mijn team")  # fmt: skip
    assert all(any("wil graag met je praten" in t for t in bot.texts(c)) for c in coaches)
    receipt = [t for t in bot.api.shown[worker["id"]] if t.startswith("Ik heb aan")]
    assert receipt == ["Ik heb aan 2 mensen van je team laten weten dat je graag een gesprek wil."]


async def test_a_worker_in_no_team_is_told_plainly_that_no_talk_can_be_passed_on(
    bot: Harness,
) -> None:
    worker = {"id": 811, "is_bot": False, "first_name": "Mira", "language_code": "nl"}
    await bot.consent(worker)
    await reflect_low_asking_a_talk(bot, worker, "not asked: no team")
    saved = next(t for t in bot.texts(worker) if t.startswith("Bewaard"))
    assert (
        "Je zit in deze bot niet in een team, dus ik kan niet doorgeven dat je graag een "
        "gesprek wil. Neem zelf contact op; je organisatie kan je zeggen bij wie je "
        "terechtkunt." in saved
    )
    assert not any("Zal ik laten weten" in t for t in bot.api.shown[worker["id"]])


async def test_without_permission_nobody_is_told(bot: Harness) -> None:
    codes = await new_team(bot)
    worker = {"id": 809, "is_bot": False, "first_name": "Jonas", "language_code": "nl"}
    await bot.say(worker, f"/start {codes['worker']}")
    await bot.press(worker, "✓")
    await reflect_low_asking_a_talk(bot, worker, "Nee, ik neem zelf contact op")
    assert not any("wil graag met je praten" in t for t in bot.api.shown[SUPERVISOR["id"]])
    assert not any("Jonas" in t for t in bot.api.shown[SUPERVISOR["id"]])


async def reflect_explaining(bot: Harness, user: dict[str, str | int | bool], text: str) -> None:
    """A reflection asking a coach, in which the worker explained why they asked for
    information (a declared strength) and took a distant stance (a signal)."""
    receipts = bot._receipts(user)
    await bot.say(user, "/reflect")
    chosen = ["☐ Ik legde uit waarom", "☐ Afstandelijk"]
    for _ in range(120):
        if bot._receipts(user) > receipts:
            return
        labels = bot.api.buttons(bot.question(user))
        if COACH_MODULE in labels:
            await bot.press(user, COACH_MODULE)
            continue
        picked = next((c for c in chosen if any(b.startswith(c) for b in labels)), None)
        if picked is not None:
            chosen.remove(picked)
            await bot.press(user, picked)
            continue
        await bot.answer(user, text=text)
    raise AssertionError("the reflection did not end")


async def test_the_coach_sees_the_workers_stance(bot: Harness) -> None:
    codes = await new_team(bot)
    await bot.say(ANN, f"/start {codes['worker']}")
    await bot.press(ANN, "✓")
    await reflect_explaining(bot, ANN, "Ze vertelde zelf hoe mevrouw Peeters haar hielp.")
    await bot.say(COACH, f"/start {codes['coach']}")
    await bot.press(COACH, "✓")
    await bot.say(COACH, "/prompts")
    vignette = bot.texts(COACH)[-1]
    stance = vignette[vignette.index("De houding van de hulpverlener:") :]
    assert "Getoonde sterktes: Uitgelegd waarom informatie gevraagd werd" in stance
    assert "Wat goed ging: Ze vertelde zelf hoe mevrouw [naam] haar hielp." in stance
    assert "Aandachtspunten voor supervisie: Een afstandelijke houding" in stance
    assert stance.index("Getoonde sterktes") < stance.index("Aandachtspunten"), "strengths first"
    assert "Peeters" not in vignette, "the coach sees the scrubbed text only"
