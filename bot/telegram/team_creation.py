"""Who may create a team on Telegram (/newteam): everyone while the operator's list is
empty (`reflectbot team creators`), else only the people on it; and never a second team
with the same name by the same supervisor."""

from __future__ import annotations

from bot.dialogue.replies import Text
from bot.msgid import N_
from bot.teams.model import Role
from bot.telegram.base import Base, Context, Who

NOT_LISTED = N_("Here, only the people the operator listed can create teams. Ask whoever "
                "runs this bot to add you, or ask your supervisor for a link to their "
                "team.")  # fmt: skip
SAME_NAME = N_("You already lead a team called “{team}”. /invite makes new links for it; "
               "give a new team another name.")  # fmt: skip


async def refuse_new_team(handlers: Base, context: Context, who: Who, name: str) -> bool:
    """True (and said why) when `who` may not create a team called `name`."""
    store = handlers.store
    if not await store.may_create(who.pseudonym):
        await handlers.send(context, who, handlers.views(who, [Text(NOT_LISTED)]))
        return True
    wanted = " ".join(name.split()).casefold()
    for membership in await store.memberships(who.pseudonym):
        team = await store.get_team(membership.team)
        if membership.role is not Role.SUPERVISOR or team is None:
            continue
        if " ".join(team.name.split()).casefold() == wanted:
            said = [Text(SAME_NAME, {"team": team.name})]
            await handlers.send(context, who, handlers.views(who, said))
            return True
    return False
