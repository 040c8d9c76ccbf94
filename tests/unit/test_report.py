"""The HTML team report: its figures are the summaries' figures, hidden where /team hides
them, beside the previous period and a year earlier; every chart is titled with its period."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from bot.dialogue.registry import DialogueRegistry
from bot.dialogue.session import EntryDraft
from bot.i18n import Translator
from bot.reports.html import shared_lede, write_report
from bot.reports.report_data import natural_order, structural_rows, topic_rows
from bot.reports.summary import team_summary
from bot.storage.memory import MemoryStore
from bot.teams.model import Role
from tests.conftest import TODAY
from tests.unit.test_export import filled

NOV, DEC = date(2026, 11, 1), date(2026, 12, 1)


async def test_the_report_shows_what_the_summary_shows(registry, translator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = MemoryStore()
    team = await filled(store)
    dialogue = registry.latest("post_contact").dialogue
    out = tmp_path / "report.html"
    data = await write_report(store, translator, dialogue, team, NOV, DEC, out, TODAY)
    page = out.read_text(encoding="utf-8")
    summary = await team_summary(store, team, NOV, DEC)
    assert data.current == summary and summary.entries
    assert data.previous.start == date(2026, 10, 1) and data.previous.entries is None
    assert data.year_ago.start == date(2025, 11, 1) and data.year_ago.end == date(2025, 12, 1)
    assert [m.start.month for m in data.months] == [12, *range(1, 12)]
    lede = f"{summary.entries} gedeelde reflecties van {summary.workers} hulpverleners."
    assert lede in page
    assert "<script" not in page and "http://" not in page.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    ), "self-contained: nothing to fetch"
    assert "default-src 'none'" in page and "@page{size:A4" in page
    figures = re.findall(r"<figure><figcaption>(.*?)</figcaption>", page)
    assert len(figures) == 3
    assert all("november 2026" in caption for caption in figures), figures
    assert page.count("<svg") == 3 and page.count("<title>") == 4, "every chart is titled"


async def test_below_k_workers_the_report_shows_no_figure(registry, translator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = MemoryStore()
    team = await store.create_team("Team Klein", "en", TODAY)
    for number in range(2):
        who = f"{number:064x}"
        await store.ensure_worker(who, 1, "en", TODAY)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
        answers = {"contact_kind": "office", "structural_barriers": ("housing",)}
        draft = EntryDraft("post_contact", 1, TODAY, "en", answers, ("low_presence",),
                           {"shared": True})  # fmt: skip
        await store.finish_session(who, draft)
    dialogue = registry.latest("post_contact").dialogue
    out = tmp_path / "report.html"
    data = await write_report(store, translator, dialogue, team, NOV, DEC, out, TODAY)
    page = out.read_text(encoding="utf-8")
    assert data.current.entries is None
    assert "Fewer than 3 workers shared reflections in this period: no figures." in page
    assert '<td class="n">' not in page, "no count in any table"
    assert not re.search(r'<rect[^>]*fill="#', page), "no bar drawn"
    assert structural_rows(data, dialogue) == [], "a hidden housing signal is not shown"


def test_scales_read_low_to_high_and_nothing_is_left_out(registry: DialogueRegistry) -> None:
    dialogue = registry.latest("post_contact").dialogue
    assert dialogue.step("wellbeing").kind.value == "scale"
    assert natural_order(dialogue, "wellbeing", {"4", "1", None, "2"}) == ["1", "2", "4", None]
    assert natural_order(dialogue, "strength_seen", {"skipped", "answered"}) == [
        "answered", "skipped"
    ]  # fmt: skip
    kinds = natural_order(dialogue, "contact_kind", {"phone", "home_visit"})
    assert kinds == ["home_visit", "phone"], "as the dialogue lists them"


async def test_structural_signals_per_month_leave_out_nothing(registry, translator) -> None:  # type: ignore[no-untyped-def]
    from bot.reports.report_data import report_data

    store = MemoryStore()
    team = await store.create_team("Team Zuid", "nl", TODAY)
    for number in range(3):
        who = f"{number:064x}"
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
        answers = {"structural_barriers": ("housing",), "org_obstacles": ("nothing",)}
        await store.finish_session(who, EntryDraft("post_contact", 1, TODAY, "nl", answers,
                                                   (), {"shared": True}))  # fmt: skip
    dialogue = registry.latest("post_contact").dialogue
    data = await report_data(store, team, NOV, DEC)
    rows = structural_rows(data, dialogue)
    assert [(field, value) for field, value, _ in rows] == [("structural_barriers", "housing")]
    assert rows[0][2][-1] == 3 and rows[0][2][0] is None, "November counted, earlier hidden"


def test_report_module_paths(tmp_path: Path, translator: Translator) -> None:
    assert translator.month("nl", NOV) == "november 2026"
    assert translator.month("fr", NOV, short=True).startswith("nov")


async def test_each_topic_trends_month_by_month_from_shared_reflections(  # type: ignore[no-untyped-def]
    registry, translator, tmp_path
) -> None:
    """#15: trends per topic, not only the count of reflections; a month with fewer than k
    workers is hidden like any summary, and an unshared reflection never counts."""
    store = MemoryStore()
    team = await store.create_team("Team Trend", "nl", TODAY)
    plan = [(date(2026, 9, 10), "phone", 2, True), (date(2026, 10, 10), "office", 3, True),
            (date(2026, 11, 10), "home_visit", 3, True), (date(2026, 11, 12), "home_visit", 1,
                                                          False)]  # fmt: skip
    number = 0
    for day, kind, workers, shared in plan:
        for _ in range(workers):
            who, number = f"{number:064x}", number + 1
            await store.ensure_worker(who, 1, "nl", TODAY)
            await store.add_member(who, team.id, Role.WORKER, TODAY)
            draft = EntryDraft("post_contact", 1, day, "nl", {"contact_kind": kind}, (),
                               {"shared": shared})  # fmt: skip
            await store.finish_session(who, draft)
    dialogue = registry.latest("post_contact").dialogue
    out = tmp_path / "report.html"
    data = await write_report(store, translator, dialogue, team, NOV, DEC, out, TODAY)
    rows = dict(topic_rows(data.months, dialogue, "contact_kind"))
    assert set(rows) == {"office", "home_visit"}, "September's two workers stay hidden"
    assert rows["office"][-3:] == [None, 3, 0] and rows["home_visit"][-3:] == [None, 0, 3]
    page = out.read_text(encoding="utf-8")
    topics = page[page.index("<h2>Elk onderwerp maand per maand, december 2025 – november 2026") :]
    assert "<h3>Soort contact</h3>" in topics
    visit = re.search(r"<tr><th>Huisbezoek</th>(.*?)</tr>", topics)
    assert visit is not None
    cells = re.findall(r'<td class="n[^"]*"[^>]*>([^<]*)</td>', visit.group(1))
    assert cells[-3:] == ["–", "0", "3"], "hidden, nobody, three shared (not the unshared)"
    assert len(cells) == 12, "one cell per month of the year"


def test_the_lede_counts_in_each_languages_own_plural(translator) -> None:  # type: ignore[no-untyped-def]
    """ "1 shared reflection from 1 worker", not "1 shared reflections from 1 workers";
    French counts 0 and 1 in the singular."""
    said = {(lang, n): shared_lede(translator, lang, n, n)
            for lang in ("en", "nl", "fr") for n in (0, 1, 2)}  # fmt: skip
    assert said["en", 1] == "1 shared reflection from 1 worker."
    assert said["en", 2] == "2 shared reflections from 2 workers."
    assert said["nl", 1] == "1 gedeelde reflectie van 1 hulpverlener."
    assert said["nl", 2] == "2 gedeelde reflecties van 2 hulpverleners."
    assert said["fr", 1] == "1 réflexion partagée par 1 intervenant·e."
    assert said["fr", 2] == "2 réflexions partagées par 2 intervenant·es."
    assert said["fr", 0] == "0 réflexion partagée par 0 intervenant·e."
