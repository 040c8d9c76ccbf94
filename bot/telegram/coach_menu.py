"""The coach loop on Telegram: /prompts for coaches, /askcoaches for supervisors.

Coaches read anonymised vignettes and answer or skip; answers are scrubbed, confirmed,
and relayed to whoever asked, who never learns which coach answered unless the coach
chose to sign.
"""

from __future__ import annotations

import re

from telegram import Update

from bot.dialogue.replies import Text
from bot.msgid import N_
from bot.teams.coach import COACH_PROMPTS, STANCE, vignette_lines
from bot.teams.coaching import Answered, Coaching
from bot.teams.model import CoachDraft, CoachPrompt
from bot.telegram import texts
from bot.telegram.base import Base, Context, Pressed, Who, today
from bot.telegram.callback_data import MenuAction
from bot.telegram.coach_replies import reply_button, reply_typed
from bot.telegram.coach_returns import return_if_every_coach_skipped
from bot.telegram.coach_thanks import thank_button
from bot.telegram.views import menu

GUIDE = N_("Answer these questions from your experience, one at a time (tap a number), or "
           "give one free answer:")  # fmt: skip
ANSWERED_ALREADY = N_("Answered already by a coach: {numbers}.")
MORE = N_("The worker has it. This stays open for your team's coaches until each question is "
          "answered or a coach says it is done. Answer another question?")  # fmt: skip
ALL_ANSWERED = N_("Every question of this one is answered now, so it is closed.")
DONE = N_("✓ Done with this one")
CLOSED = N_("Closed: no coach will be asked this one again. Whoever asked has every answer "
            "that was sent.")  # fmt: skip
CLOSED_ALREADY = N_("This one was closed already. Thank you.")
CLOSED_MEANWHILE = N_("A coach closed this one meanwhile, so your answer was not sent. Thank "
                      "you.")  # fmt: skip
ANSWER_TO = N_("✎ {number}")
TYPE_TO = N_("Your answer to “{question}”")
ANSWERED_TO = N_("The coach answered the question “{question}”.")
SIGNATURE_MAX = 40
NAME = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def signature(first_name: str) -> str:
    """A first name fit to sign with: the leading name of Telegram's first name, letters
    (with - and ') only, not too long. A Telegram first name can hold anything (a phone
    number, someone else's name): only the name the coach goes by is kept, nothing more."""
    printable = "".join(c for c in first_name if c.isprintable())
    match = NAME.match(printable.strip())
    return match.group(0)[:SIGNATURE_MAX] if match else ""


def _to_each(number: str, left: list[str]) -> list[tuple[Text, MenuAction]]:
    """A button per question not answered yet, by its number in the guide."""
    return [(Text(ANSWER_TO, {"number": i}), MenuAction("coach_answer", f"{number}:{key}"))
            for i, key in enumerate(COACH_PROMPTS, 1) if key in left]  # fmt: skip


class CoachMenu(Base):
    def buttons(self) -> dict[str, Pressed]:
        return {"coach_answer": self.coach_answer, "coach_skip": self.coach_skip,
                "coach_send": self.coach_send, "coach_sign": self.coach_sign,
                "coach_done": self.coach_done}  # fmt: skip

    def coaching(self) -> Coaching:
        """The use cases, with permission and audit (bot.teams.coaching)."""
        return Coaching(self.store, scrub=self.app.scrubber.scrub)

    async def prompts(self, update: Update, context: Context) -> None:
        who = await self.consented(update, context)
        if who is not None:
            await self.next_prompt(context, who)

    async def next_prompt(self, context: Context, who: Who, _: str = "") -> None:
        coaching = self.coaching()
        teams = await coaching.coached_teams(who.pseudonym)
        if not teams:
            await self.send(context, who, self.views(who, [Text(texts.PROMPTS_NOT_COACH)]))
            return
        prompt = await coaching.next_prompt(who.pseudonym, teams)
        if prompt is None:
            await self.send(context, who, self.views(who, [Text(texts.PROMPTS_NONE)]))
            return
        number, left = str(prompt.id), await coaching.remaining(prompt.id)
        free = (Text(texts.PROMPT_ANSWER), MenuAction("coach_answer", number))
        last = [free, (Text(texts.PROMPT_SKIP), MenuAction("coach_skip", number))]
        if len(left) < len(COACH_PROMPTS):  # answered in part: no free answer any more
            last = [(Text(DONE), MenuAction("coach_done", number)), last[1]]
        body = self._vignette(who, prompt)
        answered = [str(i) for i, key in enumerate(COACH_PROMPTS, 1) if key not in left]
        if answered:
            body.append(Text(ANSWERED_ALREADY, {"numbers": ", ".join(answered)}))
        await self.send(context, who, self.views(who, body, [_to_each(number, left), last]))

    def _vignette(self, who: Who, prompt: CoachPrompt) -> list[Text]:
        dialogue = self.app.registry.latest("post_contact").dialogue
        if prompt.entry_day is None:
            body = [Text(texts.PROMPT_FROM_SUPERVISOR)]
        else:
            # the prompt keeps the week (its Monday), never the day: fewer ways to guess who
            monday = self.app.translator.day(who.lang, prompt.entry_day)
            day = Text(texts.PROMPT_WEEK, {"day": monday})
            answers, stance = vignette_lines(dialogue, prompt.vignette)
            render = self.app.translator.render
            rendered = "\n".join(render(who.lang, t) for t in answers)
            body = [Text(texts.PROMPT_HEADER, {"day": day}), Text("{v}", {"v": rendered})]
            if stance:
                lines = "\n".join(render(who.lang, t) for t in stance)
                body.append(Text("{title}:\n{v}", {"title": Text(STANCE), "v": lines}))
        if prompt.question:
            body.append(Text(texts.PROMPT_QUESTION, {"question": prompt.question}))
        guide = "\n".join(f"{i}. " + self.app.translator.gettext(who.lang, q)
                          for i, q in enumerate(COACH_PROMPTS.values(), 1))  # fmt: skip
        return [*body, Text(GUIDE), Text("{v}", {"v": guide})]

    async def coach_answer(self, context: Context, who: Who, arg: str) -> str | None:
        """Answer the prompt `N`, or its triangle question `N:key`. Asked for this very
        answer already, nothing typed yet (a second quick press): a toast, not a second
        "type your answer" (#14)."""
        number, _, key = arg.partition(":")
        if (key and key not in COACH_PROMPTS) or not number.isdigit():
            return None
        draft = await self.store.get_draft(who.pseudonym)
        if draft == CoachDraft(int(number), None, key or None):
            return texts.PROMPT_TYPE
        if await self.coaching().start_answer(who.pseudonym, int(number), key or None) is None:
            return None
        body = [Text(texts.PROMPT_TYPE)]
        if key:
            body.insert(0, Text(TYPE_TO, {"question": Text(COACH_PROMPTS[key])}))
        await self.send(context, who, self.views(who, body))
        return None

    async def coach_skip(self, context: Context, who: Who, arg: str) -> None:
        number = int(arg) if arg.isdigit() else None
        prompt = await self.coaching().skip(who.pseudonym, number)
        if prompt is not None:
            await return_if_every_coach_skipped(self, context, prompt)
            await self.next_prompt(context, who)

    async def coach_text(self, context: Context, who: Who, text: str) -> bool:
        """A coach typing an answer: scrub it and ask to confirm. False: not a coach draft.
        The asker typing their one reply to an answer goes to bot.telegram.coach_replies."""
        pending = await self.store.get_draft(who.pseudonym)
        if pending is None:
            return False
        if await reply_typed(self, context, who, pending, text):
            return True
        draft = await self.coaching().draft(who.pseudonym, text, who.lang)
        if draft is None:
            return False
        number, scrubbed = str(draft.prompt), draft.text or ""
        buttons = [[(Text(texts.PROMPT_SEND), MenuAction("coach_send", number))]]
        name = signature(who.first_name)
        if name:
            buttons.append([(Text(texts.PROMPT_SEND_SIGNED, {"name": name}),
                             MenuAction("coach_sign", number))])  # fmt: skip
        again = f"{number}:{draft.answer_to}" if draft.answer_to else number
        buttons.append([(Text(texts.PROMPT_RETYPE), MenuAction("coach_answer", again))])
        body = [Text(texts.PROMPT_CONFIRM, {"text": scrubbed}), Text(texts.PROMPT_ANONYMOUS)]
        await self.send(context, who, self.views(who, body, buttons))
        return True

    async def coach_send(self, context: Context, who: Who, arg: str) -> None:
        await self._send_answer(context, who, arg, None)

    async def coach_sign(self, context: Context, who: Who, arg: str) -> None:
        """The coach chose to be known: their Telegram first name goes with the answer."""
        await self._send_answer(context, who, arg, signature(who.first_name) or None)

    async def _send_answer(self, context: Context, who: Who, arg: str,
                           name: str | None) -> None:  # fmt: skip
        number = int(arg) if arg.isdigit() else None
        outcome, prompt, answer = await self.coaching().answer(who.pseudonym, number, today(),
                                                               name)  # fmt: skip
        if outcome is Answered.TAKEN:
            await self.send(context, who, self.views(who, [Text(texts.PROMPT_TAKEN)]))
        elif outcome is Answered.CLOSED:
            await self.send(context, who, self.views(who, [Text(CLOSED_MEANWHILE)]))
        elif outcome is Answered.SENT and prompt is not None:
            await self._relay(context, prompt, answer, name)
            await self._after_sent(context, who, prompt)

    async def _after_sent(self, context: Context, who: Who, prompt: CoachPrompt) -> None:
        """After one question's answer: the others, or "done", while the prompt is open."""
        sent = [Text(texts.PROMPT_SENT)]
        if prompt.part_of is None:
            await self.send(context, who, self.views(who, sent))
            return
        left = await self.coaching().remaining(prompt.part_of)
        if not left:
            await self.send(context, who, self.views(who, [*sent, Text(ALL_ANSWERED)]))
            return
        number = str(prompt.part_of)
        buttons = [_to_each(number, left), [(Text(DONE), MenuAction("coach_done", number))]]
        await self.send(context, who, self.views(who, [*sent, Text(MORE)], buttons))

    async def coach_done(self, context: Context, who: Who, arg: str) -> str | None:
        """The coach says the prompt has what it needs: out of every coach's queue. Closed
        already (a second press, or another coach): a toast, not a new message (#14)."""
        number = int(arg) if arg.isdigit() else None
        if not await self.coaching().done(who.pseudonym, number, today()):
            return CLOSED_ALREADY
        await self.send(context, who, self.views(who, [Text(CLOSED)]))
        await self.next_prompt(context, who)
        return None

    async def _relay(self, context: Context, prompt: CoachPrompt, answer: str,
                     name: str | None) -> None:  # fmt: skip
        """Tell whoever asked; they learn the answer, never the coach."""
        if prompt.asker is None:
            return
        worker, link = await self.store.lookup(prompt.asker)
        if worker is None or link is None:
            return
        translator = self.app.translator
        if prompt.entry_day is not None:
            day = translator.day(worker.lang, prompt.entry_day)
            message = Text(texts.COACH_ANSWERED, {"day": day, "answer": answer})
        else:
            message = Text(texts.COACH_ANSWERED_SUPERVISOR,
                           {"question": prompt.question, "answer": answer})  # fmt: skip
        shown = translator.render(worker.lang, message)
        if prompt.answer_to in COACH_PROMPTS:
            to = Text(ANSWERED_TO, {"question": Text(COACH_PROMPTS[prompt.answer_to])})
            shown += "\n" + translator.render(worker.lang, to)
        if name:
            shown += "\n" + translator.render(worker.lang, Text(texts.COACH_SIGNED, {"name": name}))
        for view in menu(translator, worker.lang, [Text("{v}", {"v": shown})],
                         [[thank_button(prompt.id), reply_button(prompt.id)]]):  # fmt: skip
            await self.gateway(context).send(link.chat_id, view)

    async def askcoaches(self, update: Update, context: Context) -> None:
        who = await self.consented(update, context)
        if who is None:
            return
        coaching = self.coaching()
        teams = await coaching.asking_teams(who.pseudonym)
        question = " ".join(context.args or []).strip()
        if not teams:
            await self.send(context, who, self.views(who, [Text(texts.TEAM_NONE)]))
            return
        if not question:
            await self.send(context, who, self.views(who, [Text(texts.ASK_USAGE)]))
            return
        asked = await coaching.ask(who.pseudonym, teams[0], question, who.lang, today())
        if asked is None:
            return
        team = await self.store.get_team(asked.team)
        name = team.name if team else ""
        await self.send(context, who, self.views(who, [Text(texts.ASK_SENT, {"team": name})]))
