"""The commands in Telegram's menu and in /help: `texts.COMMANDS` (texts.py is at its size
limit) with the commands added since, each placed beside the commands of its area."""

from __future__ import annotations

from bot.msgid import N_
from bot.telegram import texts

TITLE = ("title", N_("How the bot names your team's supervisors to its workers (supervisors)"))
"""/title (#13), listed with the other team commands."""


def _beside(after: str, added: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    names = [name for name, _ in texts.COMMANDS]
    at = names.index(after) + 1
    return (*texts.COMMANDS[:at], added, *texts.COMMANDS[at:])


COMMANDS = _beside("invite", TITLE)
"""(command, description msgid) in menu order."""
