"""Wording of the team features of #15 that live in the shared team modules (joining,
/team's charts, /export's periods): msgids only, kept out of texts.py to keep it small."""

from __future__ import annotations

from bot.msgid import N_
from bot.telegram import texts

AFTER_JOINING = {
    "worker": texts.THANKS,
    "coach": N_(
        "As a coach (expert by experience) you give your view on questions that workers and "
        "supervisors ask after a contact: how it may have felt for the person, where a second "
        "blow could hide, which strength may have been missed. /prompts shows what waits; you "
        "answer or skip, and sign with your first name only if you choose to. Nobody asks you "
        "to reflect on contacts yourself."
    ),
    "supervisor": N_(
        "/team shows the team's patterns, /report the team report, /export a supervision "
        "pack, /members who is in the team and /invite new links."
    ),
}
ALREADY_MEMBER = N_("You are in team “{team}” already, in the role this link gives. Nothing "
                    "changed.")  # fmt: skip
"""A link opened again (or its consent question answered twice): nobody is told twice."""
TEAM_CHARTS = N_("{team}: {count} topics, one per image; the text above has every section.")
EXPORT_PERIOD = N_("{name} ({start} to {end})")
EXPORT_OWN_PERIOD = N_("Your period")
EXPORT_USAGE = N_("For a period of your own, give its first and last month, for example: "
                  "/export 2026-01 2026-03. Packs always cover whole calendar months.")  # fmt: skip
EXPORT_PARTS = N_(
    "The summary is the spreadsheet's first sheet; the agenda takes its structural signals "
    "from it. Coach answers (spreadsheet, agenda, JSON): only to the supervisors' own "
    "questions and to questions from shared reflections, with a coach's name only where "
    "they chose to sign."
)
"""What else the pack holds (#11 point 3): a question to a coach from a reflection its
worker did not share never reaches supervision (`Store.supervision_answers`)."""
