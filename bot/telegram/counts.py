"""Texts whose wording follows a number, outside the reflection window (#14's grammar:
"1 saved reflection", not "1 saved reflections"; French "0 réflexion"): gettext plural
msgids, each catalog with its own forms. Used whole, or as a part ({reflections},
{workers}) of a sentence that counts two things, since one msgid follows one number."""

from __future__ import annotations

from bot.msgid import Np_

SAVED_REFLECTIONS = Np_("{count} saved reflection", "{count} saved reflections")
IN_PROGRESS = Np_("{count} reflection in progress", "{count} reflections in progress")
SHARED_REFLECTIONS = Np_("{count} shared reflection", "{count} shared reflections")
WORKERS = Np_("{count} worker", "{count} workers")
COACHES = Np_("{count} coach", "{count} coaches")
SUPERVISORS = Np_("{count} supervisor", "{count} supervisors")
TOO_OLD_TO_DELETE = Np_(
    "Not removed: {count} message older than 48 hours, which Telegram does not let a bot "
    "delete. Delete it yourself with a long press, or delete this whole chat.",
    "Not removed: {count} messages older than 48 hours, which Telegram does not let a bot "
    "delete. Delete them yourself with a long press, or delete this whole chat.",
)
CLEAN_UP_REFUSED = Np_(
    "Telegram refused to delete {count} message just now. Delete it yourself: press and "
    "hold it, then choose Delete.",
    "Telegram refused to delete {count} messages just now. Delete them yourself: press and "
    "hold each one, then choose Delete.",
)
AUDIT_KEPT = Np_(
    "Kept on purpose: {count} audit line recording which team data you read or exported "
    "as a supervisor, under a code that links to nothing else, for {years} years.",
    "Kept on purpose: {count} audit lines recording which team data you read or exported "
    "as a supervisor, under a code that links to nothing else, for {years} years.",
)
SHARED_ELSEWHERE = Np_(
    "You had shared {count} reflection: supervision packs already sent to your "
    "supervisors may still hold it (scrubbed, without your name). Ask your supervisor to "
    "delete those files.",
    "You had shared {count} reflections: supervision packs already sent to your "
    "supervisors may still hold them (scrubbed, without your name). Ask your supervisor to "
    "delete those files.",
)
TOPICS = Np_(
    "{team}: {count} topic, one per image; the text above has every section.",
    "{team}: {count} topics, one per image; the text above has every section.",
)
CASES = Np_(
    "Supervision agenda of {team}: {count} case brought, each card in the incident method's order.",
    "Supervision agenda of {team}: {count} cases brought, each card in the incident "
    "method's order.",
)
