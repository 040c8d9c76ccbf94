"""`Session.copy` is written out for speed (#14): it must carry every field, and the
answers, history and facts it hands out must change apart from the original's."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from bot.dialogue.session import Session, Undo


def every_field_set() -> Session:
    """A session whose every field differs from its default, so a field left out shows."""
    return Session(
        dialogue_id="core", version=7, lang="fr", current="presence", started=date(2026, 3, 4),
        answers={"kind": "visit", "risks": ("tone",)}, history=["kind", "risks"],
        editing=True, selection=("tone",), pending_text="[naam] belde", pending_replaced=1,
        pending_unsure=("Kerkweg",), back_to="review", previous="planned",
        facts={"in_team": "yes"}, title="coördinator",
        pending_undo=(Undo("[naam] belde Kerkweg", 1, ("Kerkweg", "belde"), "belde"),),
    )  # fmt: skip


def test_the_copy_carries_every_field() -> None:
    original = every_field_set()
    defaults = Session("d", 1, "nl", "s", date(2026, 1, 1))
    for f in fields(Session):
        assert getattr(original, f.name) != getattr(defaults, f.name), f"{f.name} is default"
    assert original.copy() == original


def test_the_copys_containers_change_apart() -> None:
    original = every_field_set()
    twin = original.copy()
    twin.answers["why"] = "changed"
    twin.history.append("why")
    twin.facts["in_team"] = "no"
    assert "why" not in original.answers and original.history == ["kind", "risks"]
    assert original.facts == {"in_team": "yes"}
