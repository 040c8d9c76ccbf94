"""A team's title for its supervisors is cleaned like a team name (#13)."""

from __future__ import annotations

from bot.storage.memory import MemoryStore
from bot.teams.model import Role
from bot.teams.titles import TITLE_MAX, Titles, clean_title
from tests.conftest import TODAY


def scrub(text: str, _lang: str) -> str:
    return text.replace("Peeters", "[naam]")


def test_a_title_is_one_short_scrubbed_line() -> None:
    assert clean_title("  team-\nverantwoordelijken\t ", "nl", scrub) == "team- verantwoordelijken"
    assert clean_title("de mensen van Peeters", "nl", scrub) == "de mensen van [naam]"
    assert len(clean_title("x" * 200, "nl", scrub)) == TITLE_MAX


async def test_only_the_teams_supervisor_sets_it_and_it_is_audited() -> None:
    store = MemoryStore()
    team = await store.create_team("Noord", "nl", TODAY)
    other = await store.create_team("Zuid", "nl", TODAY)
    await store.ensure_worker("boss", 1, "nl", TODAY)
    await store.add_member("boss", team.id, Role.SUPERVISOR, TODAY)
    titles = Titles(store, scrub)
    changed = await titles.set("boss", team.id, "leidinggevenden")
    assert changed is not None and changed.supervisor_title == "leidinggevenden"
    assert await titles.set("boss", other.id, "bazen") is None
    assert (await store.get_team(other.id)) == other
    assert await titles.set_as_operator(99, "x") is None
    actions = [(a.actor, a.action) for a in await store.audit_log()]
    assert actions == [("boss", "title.refused"), ("boss", "team.title")]
