"""Who may do what: every role boundary in one table, checked in one function.

Roles are per team; someone outside a team has no role in it. Supervisors see team
patterns and shared entries, never who wrote them; coaches see anonymised prompts;
workers see and manage only their own entries.

Only rules that are checked are in the table (a test fails on one no code path asks for).
Not role rules: reflecting needs consent only (an entry joins its author's worker team,
if any); withdrawing a share is the author's right whatever their role now, checked by
ownership in the store; invites are made with a new team (its creator becomes its
supervisor), by its supervisors (`/invite`) and by the operator's command line. Every
member of a team may count its members (`/members`); naming and removing them is INVITE's.
"""

from __future__ import annotations

from enum import StrEnum

from bot.teams.model import Membership, Role


class Action(StrEnum):
    SUMMARY = "summary"
    EXPORT = "export"
    INVITE = "invite"
    MEMBERS = "members"
    PROMPTS_LIST = "prompts.list"
    PROMPTS_ANSWER = "prompts.answer"
    PROMPTS_SEND = "prompts.send"
    TITLE = "title"


ALLOWED: dict[Action, frozenset[Role]] = {
    Action.SUMMARY: frozenset({Role.SUPERVISOR}),
    Action.EXPORT: frozenset({Role.SUPERVISOR}),
    Action.INVITE: frozenset({Role.SUPERVISOR}),
    Action.MEMBERS: frozenset(Role),
    Action.PROMPTS_LIST: frozenset({Role.COACH}),
    Action.PROMPTS_ANSWER: frozenset({Role.COACH}),
    Action.PROMPTS_SEND: frozenset({Role.SUPERVISOR}),
    Action.TITLE: frozenset({Role.SUPERVISOR}),
}


def allowed(memberships: list[Membership], team: int, action: Action) -> bool:
    """True when one of the person's roles in `team` permits `action`."""
    roles = {m.role for m in memberships if m.team == team}
    return bool(roles & ALLOWED[action])


def teams_for(memberships: list[Membership], action: Action) -> list[int]:
    """The teams in which the person may do `action`."""
    return sorted({m.team for m in memberships if m.role in ALLOWED[action]})
