"""The coach loop's use cases check the policy table and audit themselves, refusals too."""

from __future__ import annotations

from bot.storage.memory import MemoryStore
from bot.teams.coach import COACH_PROMPTS
from bot.teams.coaching import Answered, Coaching
from bot.teams.model import CoachDraft, Role
from tests.conftest import TODAY


async def staffed() -> tuple[MemoryStore, int, int]:
    store = MemoryStore()
    team = await store.create_team("Noord", "nl", TODAY)
    other = await store.create_team("Zuid", "nl", TODAY)
    for who, role in (("boss", Role.SUPERVISOR), ("ann", Role.WORKER), ("cora", Role.COACH),
                      ("carl", Role.COACH)):  # fmt: skip
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, role, TODAY)
    return store, team.id, other.id


async def test_coaches_answer_and_skip_and_every_step_is_audited_once() -> None:
    store, team, _ = await staffed()
    coaching = Coaching(store, scrub=lambda text, _lang: text.replace("Jan", "[naam]"))
    assert await coaching.asking_teams("boss") == [team]
    asked = await coaching.ask("boss", team, "  Hoe help ik Jan?  ", "nl", TODAY)
    assert asked is not None and asked.team == team
    teams = await coaching.coached_teams("cora")
    prompt = await coaching.next_prompt("cora", teams)
    assert prompt is not None and prompt.question == "Hoe help ik [naam]?", "scrubbed"
    assert await coaching.skip("carl", prompt.id) == prompt
    assert await coaching.start_answer("cora", prompt.id) == prompt
    assert await coaching.draft("cora", " Vraag het Jan. ", "nl") == CoachDraft(
        prompt.id, "Vraag het [naam]."
    )
    outcome, answered, text = await coaching.answer("cora", prompt.id, TODAY, "Cora")
    assert (outcome, answered, text) == (Answered.SENT, prompt, "Vraag het [naam].")
    assert (await coaching.answer("cora", prompt.id, TODAY, None))[0] is Answered.NOTHING
    rows = [(a.actor, a.role, a.action, a.detail) for a in reversed(await store.audit_log())]
    assert rows == [
        ("boss", "supervisor", "prompts.send", str(prompt.id)),
        ("cora", "coach", "prompts.read", str(prompt.id)),
        ("carl", "coach", "prompts.skip", str(prompt.id)),
        ("cora", "coach", "prompts.answer", f"{prompt.id}, signed"),
    ]


async def test_every_refused_coach_request_is_audited_as_refused() -> None:
    store, team, other = await staffed()
    coaching = Coaching(store)
    asked = await coaching.ask("boss", team, "Een vraag", "nl", TODAY)
    assert asked is not None
    number = asked.prompt
    assert await coaching.coached_teams("ann") == []
    assert await coaching.asking_teams("cora") == []
    assert await coaching.ask("boss", other, "Elders?", "nl", TODAY) is None, "another team"
    assert await coaching.skip("boss", number) is None
    assert await coaching.start_answer("ann", number) is None
    assert await coaching.prompt("cora", 999) is None, "no such prompt"
    outcome, prompt, _ = await coaching.answer("ann", number, TODAY, None)
    assert (outcome, prompt) == (Answered.NOTHING, None)
    refused = [(a.actor, a.role, a.action, a.team) for a in reversed(await store.audit_log())
               if a.role == "refused"]  # fmt: skip
    assert refused == [
        ("ann", "refused", "prompts.list.refused", None),
        ("cora", "refused", "prompts.send.refused", None),
        ("boss", "refused", "prompts.send.refused", other),
        ("boss", "refused", "prompts.answer.refused", team),
        ("ann", "refused", "prompts.answer.refused", team),
        ("cora", "refused", "prompts.answer.refused", None),
        ("ann", "refused", "prompts.answer.refused", team),
    ]
    assert len(await store.audit_log()) == len(refused) + 1, "and the one question asked"


async def test_the_last_question_answered_closes_the_prompt_and_each_is_audited() -> None:
    """#15: each question of the triangle once; after the last one the prompt leaves the
    queue by itself; "done" is for a prompt still open, and audited."""
    store, team, _ = await staffed()
    coaching = Coaching(store)
    asked = await coaching.ask("boss", team, "Een vraag", "nl", TODAY)
    assert asked is not None
    number = asked.prompt
    for coach, key in zip(("cora", "carl", "cora", "carl", "cora"), COACH_PROMPTS, strict=True):
        assert await coaching.start_answer(coach, number, key) is not None
        await coaching.draft(coach, f"Over {key}.", "nl")
        outcome, part, text = await coaching.answer(coach, number, TODAY, None)
        assert outcome is Answered.SENT and part is not None and part.part_of == number
        assert (part.answer_to, text) == (key, f"Over {key}.")
    assert await coaching.remaining(number) == []
    assert await coaching.next_prompt("carl", [team]) is None, "every question answered: closed"
    assert not await coaching.done("carl", number, TODAY), "closed already"
    again = await coaching.ask("boss", team, "Nog een", "nl", TODAY)
    assert again is not None and await coaching.done("cora", again.prompt, TODAY)
    assert not await coaching.done("ann", again.prompt, TODAY), "a worker may not"
    actions = [(a.actor, a.action, a.detail) for a in reversed(await store.audit_log())]
    assert ("cora", "prompts.answer", f"{number}:other_side") in actions
    assert ("cora", "prompts.done", str(again.prompt)) in actions
    audit = [(a.actor, a.role, a.action) for a in await store.audit_log()]
    assert audit[0] == ("ann", "refused", "prompts.answer.refused"), "the refusal is audited"


async def test_a_coach_opening_a_vignette_is_audited_and_nothing_to_open_is_not() -> None:
    store, team, _ = await staffed()
    coaching = Coaching(store)
    assert await coaching.next_prompt("cora", [team]) is None
    assert await store.audit_log() == [], "no prompt waited: nothing was read"
    asked = await coaching.ask("boss", team, "Een vraag", "nl", TODAY)
    assert asked is not None
    for _ in range(2):
        opened = await coaching.next_prompt("cora", await coaching.coached_teams("cora"))
        assert opened is not None and opened.id == asked.prompt
    reads = [(a.actor, a.role, a.team, a.detail) for a in reversed(await store.audit_log())
             if a.action == "prompts.read"]  # fmt: skip
    assert reads == [("cora", "coach", team, str(asked.prompt))] * 2, "every opening"
