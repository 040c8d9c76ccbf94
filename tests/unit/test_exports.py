"""Exporting is one use case: permission, the pack and its audit row together."""

from __future__ import annotations

from pathlib import Path

from bot.dialogue.registry import DialogueRegistry
from bot.i18n import Translator
from bot.privacy.pseudonym import SecretKey
from bot.reports import periods
from bot.storage.memory import MemoryStore
from bot.teams.exports import Exports
from bot.teams.model import Role
from tests.conftest import TODAY

KEY = SecretKey(1, bytes(range(32)))


async def test_a_pack_is_exported_by_supervisors_only_and_always_audited(
    registry: DialogueRegistry, translator: Translator, tmp_path: Path
) -> None:
    store = MemoryStore()
    team = await store.create_team("Noord", "nl", TODAY)
    for who, role in (("boss", Role.SUPERVISOR), ("ann", Role.WORKER), ("cora", Role.COACH)):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, role, TODAY)
    exports = Exports(store, translator, registry.latest("post_contact").dialogue, KEY)
    month = periods.named("last-month", TODAY)
    done = await exports.pack("boss", team.id, "csv", month, tmp_path / "a.csv")
    assert done is not None and done.team == team and done.count == 0
    assert (tmp_path / "a.csv").exists()
    for who, team_id in (("ann", team.id), ("cora", team.id), ("boss", 99), ("boss", None)):
        assert await exports.pack(who, team_id, "csv", month, tmp_path / "b.csv") is None
    assert not (tmp_path / "b.csv").exists(), "a refused request writes nothing"
    assert await exports.teams("boss") == [team.id]
    assert await exports.teams("ann") == []
    operator = await exports.pack_as_operator(team.id, "json", month, tmp_path / "c.json")
    assert operator is not None and operator.count == 0
    assert await exports.pack_as_operator(99, "json", month, tmp_path / "d.json") is None
    rows = [(a.actor, a.role, a.action, a.team) for a in reversed(await store.audit_log())]
    assert rows == [
        ("boss", "supervisor", "export.csv", team.id),
        ("ann", "refused", "export.refused", team.id),
        ("cora", "refused", "export.refused", team.id),
        ("boss", "refused", "export.refused", 99),
        ("boss", "refused", "export.refused", None),
        ("ann", "refused", "export.refused", None),
        ("operator", "operator", "export.json", team.id),
    ]


async def test_the_html_report_is_for_supervisors_only_and_always_audited(
    registry: DialogueRegistry, translator: Translator, tmp_path: Path
) -> None:
    store = MemoryStore()
    team = await store.create_team("Noord", "nl", TODAY)
    for who, role in (("boss", Role.SUPERVISOR), ("ann", Role.WORKER)):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, role, TODAY)
    exports = Exports(store, translator, registry.latest("post_contact").dialogue, KEY)
    month = periods.named("month", TODAY)
    made = await exports.report("boss", team.id, month, tmp_path / "r.html", TODAY)
    assert made is not None and made[0] == team and (tmp_path / "r.html").exists()
    assert await exports.report("ann", team.id, month, tmp_path / "x.html", TODAY) is None
    assert await exports.report_as_operator(99, month, tmp_path / "y.html", TODAY) is None
    assert not (tmp_path / "x.html").exists() and not (tmp_path / "y.html").exists()
    assert await exports.report_as_operator(team.id, month, tmp_path / "o.html", TODAY)
    rows = [(a.actor, a.role, a.action) for a in reversed(await store.audit_log())]
    assert rows == [
        ("boss", "supervisor", "report.html"),
        ("ann", "refused", "summary.refused"),
        ("operator", "operator", "report.html"),
    ]


async def test_an_agenda_of_chosen_cases_is_for_supervisors_only_and_always_audited(
    registry: DialogueRegistry, translator: Translator, tmp_path: Path
) -> None:
    store = MemoryStore()
    team = await store.create_team("Noord", "nl", TODAY)
    for who, role in (("boss", Role.SUPERVISOR), ("ann", Role.WORKER)):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, role, TODAY)
    exports = Exports(store, translator, registry.latest("post_contact").dialogue, KEY)
    month = periods.named("month", TODAY)
    none: frozenset[int] = frozenset()
    made = await exports.agenda("boss", team.id, month.start, month.end, none, tmp_path / "a.md")
    assert made == team and (tmp_path / "a.md").exists()
    assert (
        await exports.agenda("ann", team.id, month.start, month.end, none, tmp_path / "b.md")
        is None
    )
    assert not (tmp_path / "b.md").exists()
    rows = [(a.actor, a.role, a.action) for a in reversed(await store.audit_log())]
    assert rows == [("boss", "supervisor", "export.md"), ("ann", "refused", "export.refused")]
