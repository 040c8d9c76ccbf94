"""Progress counts the core path; the committed Mermaid drawing matches the dialogue."""

from __future__ import annotations

from bot.dialogue.graph import mermaid
from bot.dialogue.registry import Compiled
from tests.conftest import ROOT

CORE = [
    "depth", "contact_kind", "contact_phase", "feelings", "presence_time", "presence_topics",
    "equality_stance", "blow_risks", "role_taken", "role_needed", "tension_main",
    "strength_seen", "strength_named", "bright_spot", "org_obstacles", "structural_barriers",
    "insight", "try_next", "wellbeing", "share", "ask_coach", "review",
]  # fmt: skip


def test_core_is_what_every_path_passes(compiled: Compiled) -> None:
    progress = compiled.progress
    assert sorted(progress.core) == sorted(CORE)
    assert progress.total == len(CORE)
    assert [progress.position(k) for k in CORE] == list(range(1, len(CORE) + 1))


def test_optional_steps_keep_the_place_of_the_core_step_before_them(compiled: Compiled) -> None:
    progress = compiled.progress
    assert not progress.is_core("presence_pace")
    assert progress.position("presence_pace") == progress.position("presence_topics")
    assert progress.position("coach_question") == progress.position("ask_coach")
    assert progress.position("tension_why") == progress.position("tension_main")


def test_machine_path_follows_rules(compiled: Compiled) -> None:
    quick = compiled.machine.path({"depth": "quick"})
    assert quick == CORE
    deep = compiled.machine.path({"depth": "deep", "tension_main": "none", "ask_coach": "yes"})
    assert "tension_trust_control" in deep and "coach_question" in deep
    assert compiled.machine.can_save("review") and not compiled.machine.can_save("depth")


def test_committed_mermaid_is_current(compiled: Compiled) -> None:
    """Run `reflectbot dialogue graph > docs/post_contact.mmd` after changing the dialogue."""
    committed = (ROOT / "docs" / "post_contact.mmd").read_text(encoding="utf-8")
    assert committed == mermaid(compiled.dialogue)


def test_mermaid_draws_every_step_and_conditional_edge(compiled: Compiled) -> None:
    drawing = mermaid(compiled.dialogue)
    assert drawing.startswith("%% post_contact version")
    for step in compiled.dialogue.steps:
        assert f"    {step.key}" in drawing
    assert "role_needed -.-> role_mismatch" in drawing
    assert "depth --> contact_kind" in drawing
    assert "review --> saved((saved))" in drawing
