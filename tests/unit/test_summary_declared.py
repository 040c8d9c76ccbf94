"""The team summary's tallies come from the dialogue's `feeds: summary` declarations: a
tally added in YAML is counted and shown with no change in code (on the fixture dialogue)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bot.dialogue.loader import load_dialogue
from bot.reports.declarations import SIGNALS, summary_definition
from bot.reports.summary import Cell, sections, specs_of, summarise
from bot.teams.cells import TOTAL, CellCount, cells_of, group_tallies, tallied
from bot.teams.model import Team
from tests.conftest import FIXTURE_DIALOGUES

TEAM = Team(1, "Noord", "nl", 3, 18, date(2026, 1, 1))
DECLARED = '        label: Repair\n        feeds: [{summary: {title: "Repaired or not"}}]\n'


def counted(
    entries: list[dict[str, object]], fields: dict[str, str]
) -> dict[tuple[str, str | None], CellCount]:
    counts: dict[tuple[str, str | None], CellCount] = {}
    for number, answers in enumerate(entries):
        for cell in cells_of(answers, [], fields):
            count = counts.setdefault(cell, CellCount())
            count.entries += 1
            count.seen.add(f"worker{number}")
    return counts


def test_a_tally_declared_in_yaml_is_counted_and_shown(tmp_path: Path) -> None:
    source = (FIXTURE_DIALOGUES / "fixture.yaml").read_text(encoding="utf-8")
    before = summary_definition([load_dialogue(FIXTURE_DIALOGUES / "fixture.yaml")])
    assert "repair_state" not in {f.field for f in before}
    assert source.count("        label: Repair\n") == 1
    copy = tmp_path / "fixture.yaml"
    copy.write_text(source.replace("        label: Repair\n", DECLARED), encoding="utf-8")
    specs = specs_of(summary_definition([load_dialogue(copy)]))
    fields = {spec.field: spec.mode for spec in specs}
    assert fields["repair_state"] == "value" and specs[-1].field == SIGNALS.field
    entries: list[dict[str, object]] = [{"kind": "visit", "repair_state": "repaired"}] * 3
    entries += [{"kind": "office"}] * 3
    counts = counted(entries, fields)
    tallies = group_tallies(counts)
    total = tallies[TOTAL][0]
    summary = summarise(TEAM, date(2026, 11, 1), date(2026, 12, 1), total, tallies, specs)
    shown = next(s for s in summary.sections if s.spec.field == "repair_state")
    assert shown.spec.title == "Repaired or not"
    assert set(shown.cells) == {Cell("repaired", 3), Cell(None, 3)}


def test_the_shipped_summary_is_what_the_shipped_dialogues_declare() -> None:
    """Sections and counted cells are one list, read from YAML; the points for
    supervision close it; the archived version's own tallies are kept for its entries."""
    assert [s.field for s in sections()] == list(tallied())
    assert sections()[-1].field == "signals"
    assert {"presence_time", "equality_influence"} <= set(tallied()), "v1-only tallies"
    assert tallied()["strength_seen"] == "answered", "declared `tally: answered`"
