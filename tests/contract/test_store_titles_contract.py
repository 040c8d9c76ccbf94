"""Contract for what a team calls its supervisors (#13), on both stores."""

from __future__ import annotations

from bot.storage.port import Store
from tests.conftest import TODAY


async def test_a_team_keeps_what_it_calls_its_supervisors(store: Store) -> None:
    north = await store.create_team("Noord", "nl", TODAY)
    south = await store.create_team("Zuid", "nl", TODAY)
    assert north.supervisor_title == ""
    assert await store.set_supervisor_title(north.id, "leidinggevenden") is True
    assert await store.set_supervisor_title(999, "leidinggevenden") is False
    read = await store.get_team(north.id)
    assert read is not None and read.supervisor_title == "leidinggevenden"
    assert [t.supervisor_title for t in await store.teams()] == ["leidinggevenden", ""]
    assert (await store.get_team(south.id)) == south
    assert await store.set_supervisor_title(north.id, "") is True
    again = await store.get_team(north.id)
    assert again is not None and again.supervisor_title == ""
