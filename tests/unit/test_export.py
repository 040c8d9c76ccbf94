"""Supervision packs: only shared entries, columns that match the codebook, no identities."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from bot.dialogue.registry import DialogueRegistry
from bot.dialogue.session import EntryDraft
from bot.i18n import Translator
from bot.privacy.pseudonym import SecretKey
from bot.reports.export import answer_steps
from bot.reports.pack import write_pack
from bot.reports.sheets import table_columns
from bot.storage.memory import MemoryStore
from bot.teams.model import Role, Team
from tests.conftest import TODAY

KEY = SecretKey(1, bytes(range(32)))
WORKERS = [f"{n:064x}" for n in range(4)]
START, END = date(2026, 11, 1), date(2026, 12, 1)


async def filled(store: MemoryStore, lang: str = "nl") -> Team:
    team = await store.create_team("Team Noord", lang, TODAY)
    ids: list[int] = []
    for number, who in enumerate(WORKERS):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
        answers = {"contact_kind": "home_visit", "feelings": ("tired", "worried"),
                   "presence_time": 2, "blow_risks": ("proof",), "blow_repair": "not_repaired",
                   "bright_spot": f"Ze lachte weer ({number}).", "try_next": "Meer luisteren.",
                   "insight": "Tijd maken helpt.", "wellbeing": 2}  # fmt: skip
        signals = ("low_presence", "second_blow_unrepaired")
        draft = EntryDraft("post_contact", 1, TODAY, "nl", answers, signals,
                           {"shared": number != 3})  # fmt: skip
        ids.append(await store.finish_session(who, draft))
    prompt = await store.create_prompt(team.id, WORKERS[0], TODAY, {}, "Hoe klonk ik?", TODAY,
                                       ids[0])  # fmt: skip
    await store.answer_prompt(prompt, "Rustig en helder.", TODAY, WORKERS[3], "Anna",
                              "other_side")  # fmt: skip
    private = await store.create_prompt(team.id, WORKERS[3], TODAY, {}, "Niet gedeeld?", TODAY,
                                        ids[3])  # fmt: skip
    await store.answer_prompt(private, "Blijft uit het pakket.", TODAY, WORKERS[2], None)
    own = await store.create_prompt(team.id, WORKERS[1], None, {}, "En ik?", TODAY)
    await store.answer_prompt(own, "Goed gedaan.", TODAY)
    return team


@pytest.fixture
async def setup(registry: DialogueRegistry) -> tuple[MemoryStore, Team]:
    store = MemoryStore()
    return store, await filled(store)


async def export(setup: tuple[MemoryStore, Team], registry: DialogueRegistry,
                 translator: Translator, fmt: str, tmp_path: Path) -> Path:  # fmt: skip
    store, team = setup
    out = tmp_path / f"pack.{fmt}"
    dialogue = registry.latest("post_contact").dialogue
    count = await write_pack(store, translator, dialogue, KEY, team, START, END, fmt, out)
    assert count == 3, "only the shared entries"
    return out


async def test_csv_holds_shared_entries_without_identities(  # type: ignore[no-untyped-def]
    setup, registry, translator, tmp_path
) -> None:
    out = await export(setup, registry, translator, "csv", tmp_path)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    dialogue = registry.latest("post_contact").dialogue
    assert list(rows[0]) == [c.header for c in table_columns(dialogue, translator, "nl")]
    assert len(rows) == 3
    assert rows[0]["Gevoel"] == "Bezorgd; Moe", "in the dialogue's order"
    assert len({r["Code"] for r in rows}) == 3
    content = out.read_text(encoding="utf-8")
    assert not any(who in content for who in WORKERS), "no pseudonyms in an export"
    assert KEY.pseudonym("entry:1")[:12] not in content, "codes come from the export key"


async def test_xlsx_has_summary_entries_and_codebook(setup, registry, translator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = await export(setup, registry, translator, "xlsx", tmp_path)
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == ["Overzicht", "Trends per maand", "Gedeelde reflecties",
                               "Codeboek", "Antwoorden van coaches"]  # fmt: skip
    entries = list(book["Gedeelde reflecties"].iter_rows(values_only=True))
    codebook = list(book["Codeboek"].iter_rows(values_only=True))
    dialogue = registry.latest("post_contact").dialogue
    assert len(entries) == 4
    others = ("Antwoorden van coaches", "Trends per maand")
    keys = [row[1] for row in codebook[1:] if row[2] not in others]
    assert keys[3:-1] == [s.key for s in answer_steps(dialogue)] and keys[-1] == "signals"
    kind = next(row for row in codebook if row[1] == "contact_kind")
    assert kind[0] == "Soort contact" and "home_visit = Huisbezoek" in kind[5]
    coaches = list(book["Antwoorden van coaches"].iter_rows(values_only=True))
    first_code = entries[1][0]
    assert coaches == [
        ("Vraag", "Beantwoorde vraag", "Code van de reflectie", "Antwoord", "Ondertekend door"),
        (
            "Hoe klonk ik?",
            "Hoe kan dit moment gevoeld hebben voor de andere persoon?",
            first_code,
            "Rustig en helder.",
            "Anna",
        ),
        ("En ik?", "Eén vrij antwoord", None, "Goed gedaan.", None),
    ], "the question answered in Dutch; the code of the shared reflection, none otherwise"
    coach_codes = {row[1]: row for row in codebook if row[2] == "Antwoorden van coaches"}
    assert set(coach_codes) == {"question", "answer_to", "entry", "answer", "signed_by"}
    assert "other_side = Hoe kan dit moment" in coach_codes["answer_to"][5]
    assert coach_codes["entry"][3] == "code", "the kind of answer, in Dutch"
    lead = next(book["Overzicht"].iter_rows(values_only=True))
    assert lead[:2] == ("Team Noord", "1 nov 2026 – 30 nov 2026"), "kept in constant memory"
    summary = [row for row in book["Overzicht"].iter_rows(values_only=True) if row and row[0]]
    assert ("Soort contact", "Huisbezoek", 3) in [tuple(r[:3]) for r in summary], (
        "the summary sheet counts the three shared reflections, not the unshared fourth"
    )
    book.close()


async def test_json_and_the_agenda(setup, registry, translator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads((await export(setup, registry, translator, "json", tmp_path)).read_text())
    assert data["team"] == "Team Noord" and len(data["entries"]) == 3
    assert data["codebook"][0]["key"] == "contact_kind"
    first = data["entries"][0]
    assert data["coach_answers"] == [
        {
            "question": "Hoe klonk ik?",
            "answer_to": "other_side",
            "entry": first["code"],
            "answer": "Rustig en helder.",
            "signed_by": "Anna",
        },
        {
            "question": "En ik?",
            "answer_to": None,
            "entry": None,
            "answer": "Goed gedaan.",
            "signed_by": "",
        },
    ], "the code joins the answer to its shared reflection; an unshared one gets none"
    keys = {c["key"] for c in data["codebook"] if c["section"] == "Antwoorden van coaches"}
    assert keys == {"question", "answer_to", "entry", "answer", "signed_by"}
    agenda = (await export(setup, registry, translator, "md", tmp_path)).read_text()
    assert "Niet gedeeld?" not in agenda and "Blijft uit" not in agenda, (
        "the coach question of an unshared reflection stays out of the pack, as the reflection"
    )
    assert agenda.index("## Lichtpuntjes") < agenda.index("## Casuskaarten"), "bright spots first"
    assert "- Ze lachte weer (0)." in agenda and "(3)" not in agenda, "unshared stays out"
    assert agenda.count("### Casus ") == 3
    card = agenda[agenda.index("### Casus ") :].split("### Casus ")[1]
    order = ["**1. Feiten**", "**2. ", "**3. ", "**4. ", "**5. Analyse**", "**6. Advies**",
             "**7. ", "**8. "]  # fmt: skip
    places = [card.index(heading) for heading in order]
    assert places == sorted(places), "the incident method's order"
    facts = card[card.index("**1. ") : card.index("**2. ")]
    assert "Huisbezoek" in facts, "the sections the dialogue declares (feeds: agenda)"
    advice = card[card.index("**6. ") : card.index("**7. ")]
    assert "Meer luisteren." in advice
    well = card[card.index("**Wat goed ging**") :]
    assert "Ze lachte weer" in well and card.count("Ze lachte weer") == 1, "once, on the card"
    assert "Wonen" not in agenda or "Structurele signalen" in agenda
    store, _ = setup
    assert await store.audit_log() == [], "the writer audits nothing: bot.teams.exports does"


async def test_xlsx_and_json_trend_each_topic_per_month(setup, registry, translator,  # type: ignore[no-untyped-def]
                                                        tmp_path) -> None:  # fmt: skip
    """#15: each topic month by month in the packs, from shared reflections only (the
    fourth, unshared reflection never counts), hidden below k like the summary."""
    out = await export(setup, registry, translator, "xlsx", tmp_path)
    book = openpyxl.load_workbook(out, read_only=True)
    rows = list(book["Trends per maand"].iter_rows(values_only=True))
    assert (
        rows[0][0]
        == "– : verborgen (minder dan 3 hulpverleners). Alleen gedeelde reflecties tellen mee."
    )
    assert rows[2] == ("Onderwerp", "Antwoord", "nov 26"), "one column per month of the period"
    by_answer = {(r[0], r[1]): r[2:] for r in rows[3:]}
    assert by_answer[("Soort contact", "Huisbezoek")] == (3,), "three shared, not four"
    signal = ("Aandachtspunten voor supervisie", "Geen ruimte om er gewoon te zijn")
    assert by_answer[signal] == (3,)
    codebook = [
        r for r in book["Codeboek"].iter_rows(values_only=True) if r[2] == "Trends per maand"
    ]
    assert [r[1] for r in codebook] == ["field", "value", "YYYY-MM"]
    book.close()
    data = json.loads((await export(setup, registry, translator, "json", tmp_path)).read_text())
    trends = {(t["field"], t["value"]): t["months"] for t in data["trends"]}
    assert trends[("contact_kind", "home_visit")] == {"2026-11": 3}
    assert trends[("signals", "low_presence")] == {"2026-11": 3}
    assert {"field", "value", "YYYY-MM"} <= {c["key"] for c in data["codebook"]}
