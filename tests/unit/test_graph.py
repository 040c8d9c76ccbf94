"""The honest counter per part (core or module); the committed Mermaid drawing matches."""

from __future__ import annotations

from bot.dialogue.graph import mermaid
from bot.dialogue.registry import Compiled
from tests.conftest import ROOT


def test_each_part_counts_along_its_longest_path(fixture_compiled: Compiled) -> None:
    progress = fixture_compiled.progress
    assert progress.total == 5, "kind, risks, score, why, plan"
    assert [progress.position(k) for k in ("kind", "risks", "score", "why", "plan")] == [
        1, 2, 3, 4, 5,
    ]  # fmt: skip
    assert progress.position("review") == progress.total
    assert progress.total_for("repair_state") == 3
    assert [progress.position(k) for k in ("repair_state", "repair_note", "repair_ack")] == [
        1, 2, 3,
    ]  # fmt: skip
    assert progress.is_core("score") and not progress.is_core("extra_q")


def test_machine_path_follows_rules_and_modules(fixture_compiled: Compiled) -> None:
    machine = fixture_compiled.machine
    assert machine.path({"score": 4}) == ["kind", "risks", "score", "plan", "review"]
    with_offer = machine.path(
        {"risks": ("tone",), "repair_offer": "yes", "repair_state": "repaired", "score": 1}
    )
    assert with_offer == [
        "kind", "risks", "repair_offer", "repair_state", "repair_ack", "score", "why", "plan",
        "review",
    ]  # fmt: skip
    at_end = machine.path({"score": 4, "extra_q": "yes"})
    assert at_end[-4:] == ["extra_q", "extra_scale", "extra_pick", "review"]
    assert machine.can_save("review") and not machine.can_save("kind")


def test_committed_mermaid_is_current(compiled: Compiled) -> None:
    """Run `reflectbot dialogue graph > docs/post_contact.mmd` after changing the dialogue."""
    committed = (ROOT / "docs" / "post_contact.mmd").read_text(encoding="utf-8")
    assert committed == mermaid(compiled.dialogue)


def test_mermaid_draws_every_step_module_entry_and_conditional_edge(
    fixture_compiled: Compiled,
) -> None:
    drawing = mermaid(fixture_compiled.dialogue)
    assert drawing.startswith("%% fixture version")
    for step in fixture_compiled.dialogue.steps:
        assert f"    {step.key}" in drawing
    assert "score -.-> why" in drawing
    assert "risks -.-> repair_offer" in drawing
    assert "review -.-> extra_q" in drawing
    assert "review --> saved((saved))" in drawing
