"""A worker's talk request reaches the chosen people of their team, or the worker is told
plainly that it could not. The worker's first name is passed on only because they said
yes to exactly that; it is never stored."""

from __future__ import annotations

from bot.dialogue.replies import Text
from bot.msgid import N_
from bot.teams.model import Role
from bot.telegram.base import Base, Context, Who
from bot.telegram.views import View

TALK_ASKED = N_(
    "{name}, a worker of your team “{team}”, would like a talk with you after a heavy "
    "contact. Please get in touch when you can. (Sent by reflectbot with their permission; "
    "nothing of their reflection is shared.)"
)
TALK_TOLD_ONE = N_("I told one person of your team that you would like a talk.")
TALK_TOLD = N_("I told {count} people of your team that you would like a talk.")
TALK_TOLD_ONE_TITLED = N_("I told one person of your team ({title}) that you would like a talk.")
TALK_TOLD_TITLED = N_("I told {count} people of your team ({title}) that you would like a talk.")
"""The receipt of a request to the team's supervisors, in the team's own word (#13); one
and several are two sentences, as "person(s)" reads like a form, not like a colleague."""
TALK_NOBODY = N_(
    "I could not pass on your request: your team has nobody in that role whom I can reach "
    "in Telegram. Please contact them yourself."
)


async def tell_talk(bot: Base, context: Context, who: Who, role: str) -> None:
    """Send the request to each reachable member of that role in the worker's team, then
    tell the worker how many were told, or that nobody could be."""
    store, translator = bot.store, bot.app.translator
    memberships = await store.memberships(who.pseudonym)
    team_id = next((m.team for m in memberships if m.role is Role.WORKER), None)
    team = await store.get_team(team_id) if team_id is not None else None
    reached = 0
    if team is not None:
        for member in await store.members(team.id, Role(role)):
            person, link = await store.lookup(member)
            if person is None or link is None or member == who.pseudonym:
                continue
            name = "".join(ch for ch in who.first_name if ch.isprintable()).strip() or "-"
            message = Text(TALK_ASKED, {"name": name, "team": team.name})
            shown = translator.render(person.lang, message)
            await bot.gateway(context).send(link.chat_id, View(shown))
            reached += 1
    titled = team is not None and role == Role.SUPERVISOR.value and team.supervisor_title
    if not reached:
        told = Text(TALK_NOBODY)
    elif titled and team is not None:
        told = Text(TALK_TOLD_TITLED if reached > 1 else TALK_TOLD_ONE_TITLED,
                    {"count": reached, "title": team.supervisor_title})  # fmt: skip
    else:
        told = Text(TALK_TOLD if reached > 1 else TALK_TOLD_ONE, {"count": reached})
    await bot.send(context, who, bot.views(who, [told]), remember=True)
