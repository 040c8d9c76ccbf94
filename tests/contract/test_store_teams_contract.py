"""Contract for teams, memberships, invites and the audit trail, on both stores."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.dialogue.session import EntryDraft
from bot.storage.port import Store
from bot.teams.cells import TOTAL
from bot.teams.model import AuditRow, Membership, Role, Tally
from tests.conftest import TODAY
from tests.contract.test_store_contract import OTHER, WORKER, entry

SHARED = {"shared": True}
"""Only shared entries feed team summaries."""


async def test_teams_are_created_and_listed(store: Store) -> None:
    first = await store.create_team("Team Noord", "nl", TODAY)
    second = await store.create_team("Équipe Sud", "fr", TODAY)
    assert (first.name, first.lang, first.k_min, first.retention_months) == (
        "Team Noord",
        "nl",
        3,
        18,
    )
    assert await store.get_team(second.id) == second
    assert await store.get_team(999) is None
    assert [t.id for t in await store.teams()] == [first.id, second.id]


async def test_a_worker_reflects_for_one_team_at_a_time(store: Store) -> None:
    north = await store.create_team("Noord", "nl", TODAY)
    south = await store.create_team("Zuid", "nl", TODAY)
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.add_member(WORKER, north.id, Role.WORKER, TODAY)
    await store.add_member(WORKER, north.id, Role.SUPERVISOR, TODAY)
    await store.add_member(WORKER, south.id, Role.WORKER, TODAY)
    assert await store.memberships(WORKER) == [
        Membership(north.id, Role.SUPERVISOR), Membership(south.id, Role.WORKER),
    ]  # fmt: skip
    assert await store.members(south.id, Role.WORKER) == [WORKER]
    assert await store.members(north.id, Role.WORKER) == []
    with pytest.raises(KeyError):
        await store.add_member(OTHER, north.id, Role.COACH, TODAY)


async def test_entries_carry_the_authors_team(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.finish_session(WORKER, entry())
    await store.add_member(WORKER, team.id, Role.WORKER, TODAY)
    await store.finish_session(WORKER, entry(date(2026, 11, 22)))
    assert [e.team for e in await store.entries_of(WORKER)] == [team.id, None]


async def test_invites_are_found_by_hash_and_revoked(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    expires = datetime(2026, 12, 5, 10, tzinfo=UTC)
    await store.add_invite("h1", team.id, Role.COACH, expires)
    invite = await store.find_invite("h1")
    assert invite is not None and invite.role is Role.COACH and invite.expires_at == expires
    assert not invite.revoked
    assert await store.find_invite("nope") is None
    assert await store.revoke_invites(team.id) == 1
    assert (await store.find_invite("h1")).revoked  # type: ignore[union-attr]
    assert await store.revoke_invites(team.id) == 0


async def test_invite_failures_are_counted_per_worker(store: Store) -> None:
    now = datetime(2026, 11, 21, 12, tzinfo=UTC)
    for minutes in (1, 5, 90):
        await store.record_invite_failure(WORKER, now - timedelta(minutes=minutes))
    assert await store.invite_failures_since(WORKER, now - timedelta(hours=1)) == 2
    assert await store.invite_failures_since(OTHER, now - timedelta(hours=1)) == 0


async def test_the_audit_log_is_newest_first(store: Store) -> None:
    base = datetime(2026, 11, 21, 9, tzinfo=UTC)
    for minute, action in enumerate(("team.create", "team.export", "entries.read")):
        await store.audit(AuditRow(base + timedelta(minutes=minute), WORKER, "supervisor",
                                   action, 1, ""))  # fmt: skip
    log = await store.audit_log()
    assert [row.action for row in log] == ["entries.read", "team.export", "team.create"]
    assert log[0].at == base + timedelta(minutes=2) and log[0].team == 1
    assert len(await store.audit_log(limit=1)) == 1


async def test_purge_uses_each_teams_cut_off(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.ensure_worker(OTHER, 1, "nl", TODAY)
    await store.add_member(WORKER, team.id, Role.WORKER, TODAY)
    await store.finish_session(WORKER, entry(date(2025, 1, 1)))
    await store.finish_session(OTHER, entry(date(2025, 1, 1)))
    await store.create_prompt(team.id, WORKER, None, {}, "oud", date(2025, 1, 1))
    await store.create_prompt(team.id, WORKER, None, {}, "nieuw", date(2025, 7, 1))
    await store.audit(AuditRow(datetime(2021, 1, 1, tzinfo=UTC), WORKER, "worker", "x", None, ""))
    await store.audit(AuditRow(datetime(2025, 1, 1, tzinfo=UTC), WORKER, "worker", "y", None, ""))
    removed = await store.purge(date(2024, 1, 1), datetime(2025, 6, 1, tzinfo=UTC),
                                {team.id: date(2025, 6, 1)})  # fmt: skip
    assert removed == {"entries": 1, "sessions": 0, "coach_prompts": 1, "audit": 1}
    assert [row.action for row in await store.audit_log()] == ["y"]
    assert await store.entries_of(WORKER) == []
    assert len(await store.entries_of(OTHER)) == 1


def tallies(rows: list[Tally]) -> dict[str | None, tuple[int, int]]:
    return {t.value: (t.entries, t.workers) for t in rows}


async def test_tallies_count_entries_and_distinct_workers(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    other = await store.create_team("Zuid", "nl", TODAY)
    answers = [
        {"contact_kind": "home_visit", "presence_time": 2, "blow_risks": ("proof", "tone"),
         "role_taken": "rescuer", "role_needed": "companion"},
        {"contact_kind": "home_visit", "presence_time": 4, "blow_risks": ("proof",),
         "role_taken": "rescuer", "role_needed": "rescuer"},
        {"contact_kind": "phone", "presence_time": None, "blow_risks": ("none",),
         "role_taken": "rescuer", "role_needed": "companion"},
    ]  # fmt: skip
    for who, answer in zip((WORKER, OTHER, WORKER), answers, strict=True):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
        draft = EntryDraft("post_contact", 1, TODAY, "nl", answer, ("low_presence",), SHARED)
        await store.finish_session(who, draft)
    start, end = TODAY, TODAY + timedelta(days=1)
    cells = await store.cell_tallies(team.id, start, end)
    assert tallies(cells["contact_kind"]) == {"home_visit": (2, 2), "phone": (1, 1)}
    assert tallies(cells["presence_time"]) == {"2": (1, 1), "4": (1, 1), None: (1, 1)}
    assert tallies(cells["blow_risks"]) == {"proof": (2, 2), "tone": (1, 1), "none": (1, 1)}
    assert tallies(cells["signals"]) == {"low_presence": (3, 2)}
    assert tallies(cells["strength_seen"]) == {"skipped": (3, 2)}
    assert tallies(cells["role_taken+role_needed"]) == {
        "rescuer→companion": (2, 1),
        "rescuer→rescuer": (1, 1),
    }
    assert tallies(cells[TOTAL]) == {"all": (3, 2)}
    assert await store.cell_tallies(other.id, start, end) == {}
    assert await store.cell_tallies(team.id, end, end + timedelta(days=9)) == {}
    await store.rebuild_summaries()
    assert await store.cell_tallies(team.id, start, end) == cells, "a rebuild recounts the same"


async def _team_of_three(store: Store) -> tuple[int, list[str]]:
    """Three workers in one team; the first has entries on two days, the others on one."""
    team = await store.create_team("Noord", "nl", TODAY)
    workers = [WORKER, OTHER, "third-worker"]
    for who in workers:
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
    for who, day in ((WORKER, TODAY), (WORKER, TODAY + timedelta(days=1)), (OTHER, TODAY),
                     (workers[2], TODAY)):  # fmt: skip
        answers = {"contact_kind": "home_visit", "strength_seen": "Zij plant vooruit."}
        await store.finish_session(
            who, EntryDraft("post_contact", 1, day, "nl", answers, (), SHARED)
        )
    return team.id, workers


async def test_forgetting_a_worker_takes_them_out_of_every_count(store: Store) -> None:
    team, _ = await _team_of_three(store)
    start, end = TODAY, TODAY + timedelta(days=2)
    assert tallies((await store.cell_tallies(team, start, end))["contact_kind"]) == {
        "home_visit": (4, 3)
    }
    await store.forget(WORKER)
    cells = await store.cell_tallies(team, start, end)
    assert tallies(cells["contact_kind"]) == {"home_visit": (2, 2)}
    assert tallies(cells["strength_seen"]) == {"answered": (2, 2)}
    assert await store.cell_tallies(team, TODAY + timedelta(days=1), end) == {}


async def test_a_rekeyed_worker_is_still_one_worker(store: Store) -> None:
    team, _ = await _team_of_three(store)
    await store.rekey(WORKER, "rekeyed-worker", 2)
    draft = EntryDraft("post_contact", 1, TODAY, "nl", {"contact_kind": "phone"}, (), SHARED)
    await store.finish_session("rekeyed-worker", draft)
    cells = await store.cell_tallies(team, TODAY, TODAY + timedelta(days=2))
    assert tallies(cells[TOTAL]) == {"all": (5, 3)}
    assert tallies(cells["contact_kind"]) == {"home_visit": (4, 3), "phone": (1, 1)}


async def test_purged_days_leave_the_counts(store: Store) -> None:
    team, _ = await _team_of_three(store)
    cutoff = TODAY + timedelta(days=1)
    await store.purge(TODAY - timedelta(days=999), datetime(2000, 1, 1, tzinfo=UTC),
                      {team: cutoff})  # fmt: skip
    cells = await store.cell_tallies(team, TODAY - timedelta(days=9), cutoff + timedelta(days=1))
    assert tallies(cells[TOTAL]) == {"all": (1, 1)}


async def test_entries_added_in_bulk_are_counted(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    for who in (WORKER, OTHER):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
    draft = EntryDraft("post_contact", 1, TODAY, "nl", {"blow_risks": ("proof",)},
                       ("low_presence",), SHARED)  # fmt: skip
    drafts = [(who, draft) for who in (WORKER, OTHER, WORKER)]
    assert await store.add_entries(drafts) == 3
    cells = await store.cell_tallies(team.id, TODAY, TODAY + timedelta(days=1))
    assert tallies(cells["blow_risks"]) == {"proof": (3, 2)}
    assert tallies(cells["signals"]) == {"low_presence": (3, 2)}


async def test_only_shared_entries_reach_an_export(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.add_member(WORKER, team.id, Role.WORKER, TODAY)
    for shared in (True, False, True, True):
        await store.finish_session(WORKER, entry(shared=shared))
    start, end = TODAY, TODAY + timedelta(days=1)
    first = await store.shared_entries(team.id, start, end, limit=2)
    assert len(first) == 2 and all(e.flags["shared"] for e in first)
    rest = await store.shared_entries(team.id, start, end, after=first[-1].id)
    assert len(rest) == 1 and rest[0].id > first[-1].id
    assert await store.shared_entries(team.id, end, end + timedelta(days=3)) == []


async def test_a_worker_withdraws_only_their_own_share(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    for who in (WORKER, OTHER):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
    mine = await store.finish_session(WORKER, entry(shared=True))
    theirs = await store.finish_session(OTHER, entry(shared=True))
    assert not await store.withdraw_share(WORKER, theirs), "not theirs to withdraw"
    assert await store.withdraw_share(WORKER, mine)
    assert not await store.withdraw_share(WORKER, mine), "already withdrawn"
    start, end = TODAY, TODAY + timedelta(days=1)
    assert [e.id for e in await store.shared_entries(team.id, start, end)] == [theirs]
    (own,) = await store.entries_of(WORKER)
    assert own.flags["shared"] is False


async def test_a_member_who_left_is_removed_and_keeps_their_entries(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.add_member(WORKER, team.id, Role.WORKER, TODAY)
    await store.add_member(WORKER, team.id, Role.COACH, TODAY)
    await store.finish_session(WORKER, entry())
    assert await store.remove_member(WORKER, team.id, Role.WORKER) is True
    assert await store.remove_member(WORKER, team.id, Role.WORKER) is False
    assert await store.memberships(WORKER) == [Membership(team.id, Role.COACH)]
    assert await store.members(team.id, Role.WORKER) == []
    assert len(await store.entries_of(WORKER)) == 1, "entries are not membership's to remove"


async def test_a_co_supervisor_waits_for_approval(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    for who in (WORKER, OTHER):
        await store.ensure_worker(who, 1, "nl", TODAY)
    await store.add_pending(OTHER, team.id, TODAY)
    await store.add_pending(WORKER, team.id, TODAY)
    await store.add_pending(WORKER, team.id, TODAY)
    assert sorted(await store.pending(team.id)) == sorted([WORKER, OTHER])
    assert await store.memberships(WORKER) == [], "waiting is no membership"
    assert await store.take_pending(WORKER, team.id) is True
    assert await store.take_pending(WORKER, team.id) is False
    await store.rekey(OTHER, "f" * 64, 2)
    assert await store.pending(team.id) == ["f" * 64]
    with pytest.raises(KeyError):
        await store.add_pending(WORKER, 999, TODAY)


async def test_only_shared_entries_count_and_a_withdrawal_takes_one_out(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    for who in (WORKER, OTHER):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
    answers = {"contact_kind": "phone"}
    await store.finish_session(WORKER, EntryDraft("post_contact", 1, TODAY, "nl", answers, (),
                                                  SHARED))  # fmt: skip
    await store.finish_session(OTHER, EntryDraft("post_contact", 1, TODAY, "nl", answers, (),
                                                 {"shared": False}))  # fmt: skip
    await store.add_entries([(OTHER, EntryDraft("post_contact", 1, TODAY, "nl", answers, (), {}))])
    end = TODAY + timedelta(days=1)
    cells = await store.cell_tallies(team.id, TODAY, end)
    assert tallies(cells[TOTAL]) == {"all": (1, 1)}, "the unshared entries do not count"
    (own,) = await store.entries_of(WORKER)
    assert await store.withdraw_share(WORKER, own.id)
    assert await store.cell_tallies(team.id, TODAY, end) == {}, "withdrawn: out of the counts"


async def test_a_structural_signal_is_followed_up(store: Store) -> None:
    from bot.teams.model import FollowUp

    team = await store.create_team("Noord", "nl", TODAY)
    other = await store.create_team("Zuid", "nl", TODAY)
    later = FollowUp(team.id, "structural_barriers", "housing", "local_policy", TODAY)
    earlier = FollowUp(team.id, "org_obstacles", "caseload", "management",
                       TODAY - timedelta(days=40))  # fmt: skip
    await store.add_followup(later)
    await store.add_followup(earlier)
    await store.add_followup(FollowUp(other.id, "structural_barriers", "debt", "network", TODAY))
    end = TODAY + timedelta(days=1)
    assert await store.followups(team.id, TODAY - timedelta(days=365), end) == [earlier, later]
    assert await store.followups(team.id, TODAY, end) == [later], "by day, end exclusive"
    with pytest.raises(ValueError, match="unknown follow-up target"):
        await store.add_followup(FollowUp(team.id, "org_obstacles", "rules", "press", TODAY))


async def test_who_may_create_teams(store: Store) -> None:
    assert await store.may_create(WORKER) and await store.creators() == 0, "empty: everyone"
    await store.allow_creator(OTHER, TODAY)
    await store.allow_creator(OTHER, TODAY)
    assert await store.creators() == 1
    assert not await store.may_create(WORKER) and await store.may_create(OTHER)
    await store.ensure_worker(OTHER, 1, "nl", TODAY)
    await store.rekey(OTHER, "e" * 64, 2)
    assert await store.may_create("e" * 64), "a re-keyed creator stays on the list"
    await store.forget("e" * 64)
    assert await store.creators() == 0, "/forget takes them off"
    await store.allow_creator(WORKER, TODAY)
    assert await store.disallow_creator(WORKER) and not await store.disallow_creator(WORKER)


async def test_a_worker_brings_a_shared_reflection_with_a_question(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    for who in (WORKER, OTHER):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
    await store.finish_session(WORKER, entry())
    await store.finish_session(WORKER, entry())
    await store.finish_session(WORKER, entry(shared=False))
    older, newer, private = sorted(e.id for e in await store.entries_of(WORKER))
    assert await store.set_case_question(WORKER, "Waarom?") is None, "nothing brought yet"
    assert await store.bring_case(WORKER, private) is False, "only a shared reflection"
    assert await store.bring_case(OTHER, older) is False, "only one's own"
    assert await store.bring_case(WORKER, older) and await store.bring_case(WORKER, newer)
    asked = await store.set_case_question(WORKER, "Hoe vraag ik naar schulden?")
    assert asked is not None and asked.id == newer, "the newest brought one first"
    assert asked.answers["case_question"] == "Hoe vraag ik naar schulden?"
    assert asked.flags["brought"] is True
    again = await store.set_case_question(WORKER, "En de huur?")
    assert again is not None and again.id == older
    assert await store.set_case_question(WORKER, "Nog een?") is None
    end = TODAY + timedelta(days=1)
    brought = [e for e in await store.shared_entries(team.id, TODAY, end) if e.flags.get("brought")]
    assert sorted(e.id for e in brought) == [older, newer]
