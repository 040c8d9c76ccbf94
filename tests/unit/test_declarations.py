"""Report declarations: what each question feeds, read from the dialogue, checked on load."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.loader import load_dialogue
from bot.dialogue.registry import Compiled, DialogueRegistry
from bot.errors import DialogueError
from bot.reports.declarations import answer, keys, summary_fields
from tests.conftest import ROOT


def test_reports_are_read_from_the_declarations(fixture_compiled: Compiled) -> None:
    dialogue = fixture_compiled.dialogue
    assert summary_fields(dialogue) == {
        "kind": "value", "risks": "multi", "kind+score": "pair", "plan": "answered",
    }  # fmt: skip
    assert keys(dialogue, "vignette") == ("kind", "score")
    assert keys(dialogue, "agenda", "facts") == ("kind",)
    assert keys(dialogue, "agenda", "advice") == ("plan",)
    assert keys(dialogue, "chart") == ("score",)


def test_old_entries_are_read_through_migrates_from(fixture_compiled: Compiled) -> None:
    dialogue = fixture_compiled.dialogue
    assert answer(dialogue, {"todo": "Eerst luisteren."}, "plan") == "Eerst luisteren."
    assert answer(dialogue, {"plan": "Nu", "todo": "Toen"}, "plan") == "Nu"
    assert answer(dialogue, {}, "plan") is None
    assert answer(dialogue, {"x": 1}, "not_a_step") is None


def test_the_real_dialogue_declares_its_reports(compiled: Compiled) -> None:
    dialogue = compiled.dialogue
    fields = summary_fields(dialogue)
    assert "contact_kind" in fields and "role_taken+role_needed" in fields
    for key in keys(dialogue, "vignette"):
        assert dialogue.step(key).kind.value != "text", "no free text in a coach vignette"
    asking = dialogue.step("coach_question").text.lower()
    for key in keys(dialogue, "coach"):
        label = dialogue.step(key).label.lower().removeprefix("to ")
        assert label in asking, f"the coach question tells the worker that a coach sees {key}"
    assert keys(dialogue, "coach") == ("bright_spot", "try_next")
    assert keys(dialogue, "agenda", "bright_spots")
    assert keys(dialogue, "agenda", "structural")


FIXTURE = (ROOT / "tests" / "data" / "dialogues" / "fixture.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("feeds: [summary, vignette, {agenda: facts}]", "feeds: [tally]", "unknown report"),
        ("{agenda: facts}", "{agenda: gossip}", "'agenda' takes a section"),
        ("feeds: [summary, {agenda: analysis}]", "feeds: [chart]", "only a scale"),
        ("feeds: [summary, {agenda: advice}]", "feeds: [vignette]", "free text never feeds"),
        ("feeds: [summary, vignette, {agenda: facts}]", "feeds: [coach]", "only a typed answer"),
        ("{pair_with: kind}", "{pair_with: kinds}", "pairs with unknown step 'kinds'"),
        ("migrates_from: [todo]", "migrates_from: [score]", "which is still a step"),
    ],
)
def test_a_broken_declaration_is_refused(tmp_path: Path, old: str, new: str, problem: str) -> None:
    assert old in FIXTURE
    path = tmp_path / "fixture.yaml"
    path.write_text(FIXTURE.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DialogueError) as caught:
        load_dialogue(path)
    assert problem in caught.value.problem


def test_renaming_a_declared_step_fails_the_check(tmp_path: Path) -> None:
    """Renaming `kind` leaves the pair declaration on `score` pointing at nothing."""
    renamed = FIXTURE.replace("  - key: kind\n", "  - key: kind_of_contact\n", 1)
    renamed = renamed.replace("{answer: kind, is: visit}", "{answer: kind_of_contact, is: visit}")
    path = tmp_path / "fixture.yaml"
    path.write_text(renamed, encoding="utf-8")
    with pytest.raises(DialogueError, match="pairs with unknown step 'kind'"):
        load_dialogue(path)


def test_the_personal_chart_follows_each_entrys_own_declarations(
    registry: DialogueRegistry,
) -> None:
    """A v1 entry charts its time and head-space, a v2 entry how the worker was: never a
    line the entry's own dialogue did not ask."""
    from datetime import date

    from bot.reports.charts import trend_chart
    from bot.storage.port import StoredEntry
    from bot.telegram.mine import _point

    old = registry.get("post_contact", 1)
    new = registry.latest("post_contact")
    assert old is not None and new.dialogue.version >= 2
    day = date(2026, 11, 2)
    v1 = StoredEntry(1, "post_contact", 1, day, "nl",
                     {"presence_time": 2, "equality_influence": 4, "blow_risks": ("proof",)},
                     (), {})  # fmt: skip
    v2 = StoredEntry(2, "post_contact", new.dialogue.version, day, "nl",
                     {"wellbeing": 1, "blow_risks": ("none",)}, (), {})  # fmt: skip
    first, second = _point(v1, old.dialogue), _point(v2, new.dialogue)
    assert first.scales == {"presence_time": 2, "equality_influence": 4} and first.risks == 1
    assert second.scales == {"wellbeing": 1} and second.risks == 0
    series = [("presence_time", "Tijd"), ("equality_influence", "Stem"), ("wellbeing", "Ik")]
    png = trend_chart([first, second], {"risks": "Risico's", "title": "Trends"}, series)
    assert png.startswith(b"\x89PNG")


def test_every_summary_declaration_is_tallied_and_shown(registry: DialogueRegistry) -> None:
    """A question declared `feeds: [summary]` in any current dialogue is counted in the
    team summary cells and has a section: a new declaration cannot be silently dropped."""
    from bot.reports.summary import sections
    from bot.teams.cells import tallied

    shown, counted = {spec.field for spec in sections()}, tallied()
    for dialogue_id in sorted({d.id for d in registry.dialogues()}):
        for field in summary_fields(registry.latest(dialogue_id).dialogue):
            assert field in counted and field in shown, (dialogue_id, field)
