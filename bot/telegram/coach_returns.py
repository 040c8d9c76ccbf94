"""A question every coach of the team skipped does not wait forever: it leaves the
coaches' queue and goes back, without a name, to the team's supervisors (or to the
supervisor who asked it), and a worker who asked is told where it went. A worker's
question goes to the supervisors only while its reflection is shared: a reflection
reaches supervision only when its worker shares it (#11)."""

from __future__ import annotations

from bot.dialogue.replies import Text
from bot.msgid import N_
from bot.teams.model import CoachPrompt, Role
from bot.telegram.base import Base, Context, Who, today

TO_SUPERVISORS = N_("No coach of “{team}” could take up a question a worker asked after a "
                    "contact, so it comes back to you for supervision (without a name): "
                    "“{question}”")  # fmt: skip
TO_WORKER = N_("No coach could take up your question about your reflection of the week of "
               "{day}. It "
               "went to your team's supervisors without your name, for supervision.")  # fmt: skip
KEPT_BACK = N_("No coach could take up your question about your reflection of the week of "
               "{day}: each one skipped it. Your reflection is not shared, so the question did "
               "not go to your supervisors either.")  # fmt: skip
TO_WORKER_TITLED = N_("No coach could take up your question about your reflection of the week "
                      "of {day}. It went to your team's {title} without your name, for "
                      "supervision.")  # fmt: skip
KEPT_BACK_TITLED = N_("No coach could take up your question about your reflection of the week "
                      "of {day}: each one skipped it. Your reflection is not shared, so the "
                      "question did not go to your {title} either.")  # fmt: skip
"""The same, in the word the worker's team uses for its supervisors (/title, #13)."""
TO_ASKER = N_("No coach of “{team}” could take up your question “{question}”: each one "
              "skipped it.")  # fmt: skip


async def return_if_every_coach_skipped(handlers: Base, context: Context,
                                        prompt: CoachPrompt) -> bool:  # fmt: skip
    """Return the prompt when every current coach of its team skipped it; True if so. A
    prompt with some of its questions answered is closed instead: whoever asked has those
    answers, and nothing goes back to the supervisors."""
    store = handlers.store
    coaches = set(await store.members(prompt.team, Role.COACH))
    if not coaches or not coaches <= set(await store.skipped_by(prompt.id)):
        return False
    if await store.answered_questions(prompt.id):  # answered in part: the asker has those
        await store.close_prompt(prompt.id, today())
        return False
    if not await store.return_prompt(prompt.id, today()):
        return False
    team = await store.get_team(prompt.team)
    name = team.name if team else ""
    supervisors = await store.members(prompt.team, Role.SUPERVISOR)
    if prompt.entry_day is None:  # a supervisor's own question
        if prompt.asker is not None:
            await tell(handlers, context, prompt.asker,
                        Text(TO_ASKER, {"team": name, "question": prompt.question}))  # fmt: skip
        return True
    shared = await store.entry_shared(prompt.entry)
    back = Text(TO_SUPERVISORS, {"team": name, "question": prompt.question})
    for supervisor in supervisors if shared else []:
        await tell(handlers, context, supervisor, back)
    if prompt.asker is not None:
        worker, _ = await store.lookup(prompt.asker)
        if worker is not None:
            day = handlers.app.translator.day(worker.lang, prompt.entry_day)
            title = team.supervisor_title if team else ""
            told = ((TO_WORKER_TITLED if shared else KEPT_BACK_TITLED) if title
                    else (TO_WORKER if shared else KEPT_BACK))  # fmt: skip
            await tell(handlers, context, prompt.asker, Text(told, {"day": day, "title": title}))
    return True


async def tell(handlers: Base, context: Context, pseudonym: str, text: Text) -> None:
    """One short message to one person, in their own language."""
    worker, link = await handlers.store.lookup(pseudonym)
    if worker is not None and link is not None:
        reader = Who(pseudonym, link.chat_id, worker.lang, worker, 0, link)
        await handlers.send(context, reader, handlers.views(reader, [text]))
