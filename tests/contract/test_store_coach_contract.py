"""Contract for the coach loop's storage, on both stores."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.storage.port import Store
from bot.teams.model import CoachDraft, Role
from tests.conftest import TODAY
from tests.contract.test_store_contract import OTHER, WORKER, entry

COACH = "c" * 64


async def test_prompts_flow_from_open_to_answered(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    other = await store.create_team("Zuid", "nl", TODAY)
    for who in (WORKER, OTHER, COACH):
        await store.ensure_worker(who, 1, "nl", TODAY)
    await store.add_member(COACH, team.id, Role.COACH, TODAY)
    first = await store.create_prompt(team.id, WORKER, TODAY, {"contact_kind": "phone",
                                                               "feelings": ["tired"]},
                                      "Hoe klonk ik?", TODAY)  # fmt: skip
    second = await store.create_prompt(team.id, None, None, {}, "Een vraag van de leiding.", TODAY)
    await store.create_prompt(other.id, OTHER, TODAY, {}, "Elders.", TODAY)
    prompt = await store.next_prompt([team.id], COACH)
    assert prompt is not None and prompt.id == first
    assert prompt.vignette == {"contact_kind": "phone", "feelings": ["tired"]}
    monday = TODAY - timedelta(days=TODAY.weekday())
    assert monday != TODAY, "the control: the reflection's day is not a Monday"
    assert (prompt.asker, prompt.entry_day, prompt.question) == (WORKER, monday, "Hoe klonk ik?"), (
        "a prompt keeps the week of the reflection (its Monday), never the day"
    )
    await store.skip_prompt(COACH, first)
    assert (await store.next_prompt([team.id], COACH)).id == second  # type: ignore[union-attr]
    assert (await store.next_prompt([team.id], OTHER)).id == first, "a skip is per coach"  # type: ignore[union-attr]
    await store.set_draft(COACH, second, None)
    await store.set_draft(COACH, second, "Eerst luisteren.")
    assert await store.get_draft(COACH) == CoachDraft(second, "Eerst luisteren.")
    assert await store.answer_prompt(second, "Eerst luisteren.", TODAY)
    assert not await store.answer_prompt(second, "Te laat.", TODAY), "answered once"
    await store.clear_draft(COACH)
    assert await store.get_draft(COACH) is None
    assert await store.next_prompt([team.id], COACH) is None
    answered = await store.answered_prompts(team.id, TODAY, TODAY + timedelta(days=1))
    assert [(p.id, p.answer) for p in answered] == [(second, "Eerst luisteren.")]
    assert (await store.get_prompt(second)).answer == "Eerst luisteren."  # type: ignore[union-attr]
    assert await store.next_prompt([], COACH) is None


async def test_clearing_a_draft_removes_it_and_is_harmless_without_one(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    for who in (WORKER, COACH):
        await store.ensure_worker(who, 1, "nl", TODAY)
    await store.add_member(WORKER, team.id, Role.WORKER, TODAY)
    prompt = await store.create_prompt(team.id, WORKER, TODAY, {"contact_kind": "phone"},
                                       "Hoe klonk ik?", TODAY)  # fmt: skip
    await store.clear_draft(COACH)  # none yet: nothing happens
    assert await store.get_draft(COACH) is None
    await store.set_draft(COACH, prompt, "Eerst luisteren.")
    await store.clear_draft(COACH)
    assert await store.get_draft(COACH) is None
    assert (await store.next_prompt([team.id], COACH)).id == prompt  # type: ignore[union-attr]


async def test_a_signature_is_kept_until_the_coach_is_forgotten(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    for who in (WORKER, COACH):
        await store.ensure_worker(who, 1, "nl", TODAY)
    signed = await store.create_prompt(team.id, WORKER, TODAY, {}, "Hoe klonk ik?", TODAY)
    unsigned = await store.create_prompt(team.id, WORKER, TODAY, {}, "En nu?", TODAY)
    assert await store.answer_prompt(signed, "Rustig.", TODAY, COACH, "Anna")
    assert await store.answer_prompt(unsigned, "Kort.", TODAY, COACH, None)
    period = (team.id, TODAY, TODAY + timedelta(days=1))
    assert [p.signature for p in await store.answered_prompts(*period)] == ["Anna", None]
    await store.rekey(COACH, "rekeyed-coach", 2)
    assert (await store.get_prompt(signed)).signature == "Anna"  # type: ignore[union-attr]
    await store.forget("rekeyed-coach")
    answered = await store.answered_prompts(*period)
    assert [(p.answer, p.signature) for p in answered] == [("Rustig.", None), ("Kort.", None)], (
        "the answers stay with the worker who asked; the coach's name goes"
    )


async def test_a_coach_is_noticed_once_a_day_and_forgotten_with_the_rest(store: Store) -> None:
    assert await store.coach_noticed(WORKER) is None
    await store.set_coach_noticed(WORKER, TODAY)
    assert await store.coach_noticed(WORKER) is None, "only a known worker has a notice day"
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    await store.set_coach_noticed(WORKER, TODAY)
    assert await store.coach_noticed(WORKER) == TODAY
    await store.rekey(WORKER, OTHER, 2)
    assert await store.coach_noticed(OTHER) == TODAY and await store.coach_noticed(WORKER) is None
    await store.forget(OTHER)
    assert await store.coach_noticed(OTHER) is None


async def test_a_prompt_every_coach_skipped_is_returned(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    for who in (WORKER, OTHER, COACH):
        await store.ensure_worker(who, 1, "nl", TODAY)
    first = await store.create_prompt(team.id, WORKER, TODAY, {}, "Eerste?", TODAY)
    second = await store.create_prompt(team.id, WORKER, TODAY, {}, "Tweede?", TODAY)
    await store.skip_prompt(COACH, first)
    await store.skip_prompt(OTHER, first)
    assert await store.skipped_by(first) == sorted([COACH, OTHER])
    assert await store.return_prompt(first, TODAY) is True
    assert await store.return_prompt(first, TODAY) is False, "once"
    fresh = "d" * 64
    await store.ensure_worker(fresh, 1, "nl", TODAY)
    nxt = await store.next_prompt([team.id], fresh)
    assert nxt is not None and nxt.id == second, "a returned prompt leaves every queue"
    assert await store.answer_prompt(first, "Te laat.", TODAY) is False
    assert await store.answer_prompt(second, "Ja.", TODAY) is True
    assert await store.return_prompt(second, TODAY) is False, "an answered prompt stays"


async def test_an_answer_is_thanked_once_by_whoever_asked(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    for who in (WORKER, OTHER, COACH):
        await store.ensure_worker(who, 1, "nl", TODAY)
    signed = await store.create_prompt(team.id, WORKER, TODAY, {}, "Eén?", TODAY)
    plain = await store.create_prompt(team.id, WORKER, TODAY, {}, "Twee?", TODAY)
    assert await store.thank_prompt(signed, WORKER, TODAY) is None, "not answered yet"
    await store.answer_prompt(signed, "Ja.", TODAY, COACH, "Mira")
    await store.answer_prompt(plain, "Nee.", TODAY, COACH, None)
    assert await store.thank_prompt(signed, OTHER, TODAY) is None, "only whoever asked"
    assert await store.thank_prompt(signed, WORKER, TODAY) == COACH, "a signed answer: its coach"
    assert await store.thank_prompt(signed, WORKER, TODAY) is None, "once"
    assert await store.thank_prompt(plain, WORKER, TODAY) == "", "anonymous: nobody in particular"


async def test_an_answer_is_replied_to_once_by_whoever_asked(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    for who in (WORKER, OTHER, COACH):
        await store.ensure_worker(who, 1, "nl", TODAY)
    signed = await store.create_prompt(team.id, WORKER, TODAY, {}, "Eén?", TODAY)
    plain = await store.create_prompt(team.id, WORKER, TODAY, {}, "Twee?", TODAY)
    assert await store.reply_prompt(signed, WORKER, TODAY) is None, "not answered yet"
    await store.answer_prompt(signed, "Ja.", TODAY, COACH, "Mira")
    await store.answer_prompt(plain, "Nee.", TODAY, COACH, None)
    assert await store.thank_prompt(signed, WORKER, TODAY) == COACH, "thanks and a reply"
    assert await store.reply_prompt(signed, OTHER, TODAY) is None, "only whoever asked"
    assert not (await store.get_prompt(signed)).replied  # type: ignore[union-attr]
    assert await store.reply_prompt(signed, WORKER, TODAY) == COACH, "a signed answer: its coach"
    assert (await store.get_prompt(signed)).replied  # type: ignore[union-attr]
    assert await store.reply_prompt(signed, WORKER, TODAY) is None, "once"
    assert await store.reply_prompt(plain, WORKER, TODAY) == "", "anonymous: nobody in particular"


async def test_a_coach_answers_one_question_of_the_triangle_or_freely(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    for who in (WORKER, COACH):
        await store.ensure_worker(who, 1, "nl", TODAY)
    chosen = await store.create_prompt(team.id, WORKER, TODAY, {}, "Eén?", TODAY)
    free = await store.create_prompt(team.id, WORKER, TODAY, {}, "Twee?", TODAY)
    await store.set_draft(COACH, chosen, None, "other_side")
    await store.set_draft(COACH, chosen, "Ze schaamde zich.", "other_side")
    assert await store.get_draft(COACH) == CoachDraft(chosen, "Ze schaamde zich.", "other_side")
    assert await store.answer_prompt(chosen, "Ze schaamde zich.", TODAY, answer_to="other_side")
    assert await store.answer_prompt(free, "Goed zo.", TODAY)
    answered = await store.answered_prompts(team.id, TODAY, TODAY + timedelta(days=1))
    assert [(p.id, p.answer_to) for p in answered] == [(chosen, "other_side"), (free, None)]


async def test_a_prompt_keeps_its_entry_until_the_entry_goes(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    for who in (WORKER, OTHER):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
    old = await store.finish_session(WORKER, entry(TODAY - timedelta(days=400)))
    recent = await store.finish_session(OTHER, entry())
    linked_old = await store.create_prompt(team.id, WORKER, TODAY, {}, "Oud?", TODAY, old)
    linked = await store.create_prompt(team.id, OTHER, TODAY, {}, "Nieuw?", TODAY, recent)
    assert (await store.get_prompt(linked)).entry == recent  # type: ignore[union-attr]
    assert (await store.create_prompt(team.id, None, None, {}, "Leiding?", TODAY)) is not None
    await store.purge(TODAY - timedelta(days=3650), datetime(2000, 1, 1, tzinfo=UTC),
                      {team.id: TODAY - timedelta(days=365)})  # fmt: skip
    kept = await store.get_prompt(linked_old)
    assert kept is not None and kept.entry is None, "the entry went with retention, the link too"
    assert (await store.get_prompt(linked)).entry == recent  # type: ignore[union-attr]
    await store.rekey(OTHER, "rekeyed", 2)
    assert (await store.get_prompt(linked)).entry == recent, "the link is no pseudonym"  # type: ignore[union-attr]
    await store.forget("rekeyed")
    assert await store.get_prompt(linked) is None, "the prompt goes with whoever asked"


async def test_a_prompt_stays_open_until_each_question_is_answered_or_closed(
    store: Store,
) -> None:
    """#15: one answer per question of the triangle, each its own answered prompt (the
    worker's question, vignette and entry with it), the prompt itself open meanwhile."""
    team = await store.create_team("Noord", "nl", TODAY)
    for who in (WORKER, COACH, OTHER):
        await store.ensure_worker(who, 1, "nl", TODAY)
        await store.add_member(who, team.id, Role.WORKER, TODAY)
    made = await store.finish_session(WORKER, entry())
    prompt = await store.create_prompt(team.id, WORKER, TODAY, {"feelings": ["tired"]}, "Eén?",
                                       TODAY, made)  # fmt: skip
    first = await store.answer_question(prompt, "other_side", "Ze schaamde zich.", TODAY,
                                        COACH, "Anna")  # fmt: skip
    assert first is not None and first.part_of == prompt and first.id != prompt
    assert (first.asker, first.question, first.entry, first.vignette, first.answer_to,
            first.signature) == (WORKER, "Eén?", made, {"feelings": ["tired"]}, "other_side",
                                 "Anna")  # fmt: skip
    assert await store.answer_question(prompt, "other_side", "Nog eens.", TODAY) is None, (
        "one answer per question"
    )
    assert (await store.next_prompt([team.id], OTHER)).id == prompt, "still open"  # type: ignore[union-attr]
    second = await store.answer_question(prompt, "next_sentence", "Zeg: ik hoor je.", TODAY)
    assert second is not None and second.signature is None
    assert await store.answered_questions(prompt) == ["other_side", "next_sentence"]
    assert not await store.return_prompt(prompt, TODAY), "answered in part: not returned"
    answered = await store.answered_prompts(team.id, TODAY, TODAY + timedelta(days=1))
    assert [(p.id, p.answer_to) for p in answered] == [(first.id, "other_side"),
                                                        (second.id, "next_sentence")]  # fmt: skip
    assert await store.thank_prompt(first.id, WORKER, TODAY) == COACH, "thanks reach the signer"
    assert await store.close_prompt(prompt, TODAY)
    assert not await store.close_prompt(prompt, TODAY), "once"
    assert await store.next_prompt([team.id], OTHER) is None, "closed: no coach is asked"
    assert await store.answer_question(prompt, "second_blow", "Te laat.", TODAY) is None
    assert not await store.answer_prompt(prompt, "Vrij.", TODAY), "closed for a free answer too"
    assert await store.answer_question(first.id, "second_blow", "x", TODAY) is None, (
        "an answer is not a prompt to answer"
    )
    await store.forget(WORKER)
    assert await store.get_prompt(first.id) is None and await store.get_prompt(prompt) is None


async def test_a_free_answer_closes_the_prompt_for_its_questions(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    for who in (WORKER, COACH):
        await store.ensure_worker(who, 1, "nl", TODAY)
    prompt = await store.create_prompt(team.id, WORKER, TODAY, {}, "Twee?", TODAY)
    assert await store.answer_prompt(prompt, "Goed zo.", TODAY)
    assert await store.answer_question(prompt, "other_side", "Later.", TODAY) is None
    assert not await store.close_prompt(prompt, TODAY), "answered: not open"


async def test_supervision_reads_coach_answers_of_shared_reflections_only(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    for who in (WORKER, COACH):
        await store.ensure_worker(who, 1, "nl", TODAY)
    await store.add_member(WORKER, team.id, Role.WORKER, TODAY)
    shared = await store.finish_session(WORKER, entry(shared=True))
    unshared = await store.finish_session(WORKER, entry(shared=False))
    prompts = {
        "shared": await store.create_prompt(team.id, WORKER, TODAY, {}, "Gedeeld?", TODAY, shared),
        "unshared": await store.create_prompt(
            team.id, WORKER, TODAY, {}, "Privé?", TODAY, unshared
        ),
        "unlinked": await store.create_prompt(team.id, WORKER, TODAY, {}, "Zonder link?", TODAY),
        "supervisor": await store.create_prompt(team.id, None, None, {}, "Van de leiding?", TODAY),
    }
    for number in prompts.values():
        assert await store.answer_prompt(number, "Antwoord.", TODAY, COACH, None)
    period = (team.id, TODAY, TODAY + timedelta(days=1))
    assert len(await store.answered_prompts(*period)) == 4, "the control: all four answered"
    read = [p.question for p in await store.supervision_answers(*period)]
    assert read == ["Gedeeld?", "Van de leiding?"], (
        "a question from a reflection its worker did not share (or cannot be shown shared) "
        "never reaches supervision; supervision's own questions do"
    )
    assert await store.withdraw_share(WORKER, shared)
    read = [p.question for p in await store.supervision_answers(*period)]
    assert read == ["Van de leiding?"], "a withdrawn share takes its coach question out too"


async def test_a_reflection_is_shared_only_while_its_worker_shares_it(store: Store) -> None:
    await store.ensure_worker(WORKER, 1, "nl", TODAY)
    shared = await store.finish_session(WORKER, entry(shared=True))
    unshared = await store.finish_session(WORKER, entry(shared=False))
    assert await store.entry_shared(shared)
    assert not await store.entry_shared(unshared)
    assert not await store.entry_shared(None) and not await store.entry_shared(9999)
    assert await store.withdraw_share(WORKER, shared)
    assert not await store.entry_shared(shared), "withdrawn"
    again = await store.finish_session(WORKER, entry(shared=True))
    await store.forget(WORKER)
    assert not await store.entry_shared(again), "erased"


async def test_a_coachs_own_rows_never_show_who_asked(store: Store) -> None:
    team = await store.create_team("Noord", "nl", TODAY)
    for who in (WORKER, COACH):
        await store.ensure_worker(who, 1, "nl", TODAY)
    number = await store.create_prompt(team.id, WORKER, TODAY, {}, "Hoe klonk ik?", TODAY)
    assert await store.answer_prompt(number, "Rustig.", TODAY, COACH, "Anna")
    (row,) = (await store.personal_rows(COACH))["coach_prompts"]
    assert WORKER not in str(row.values()) and row["asker"] == "(someone else)"
    assert row["signature"] == "Anna", "their own signature, opened"
    (asked,) = (await store.personal_rows(WORKER))["coach_prompts"]
    assert COACH not in str(asked.values()) and asked["asker"] == "(you)"
