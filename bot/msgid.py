"""The extraction marker shared by every module that names a user-visible text."""


def N_(msgid: str) -> str:
    """Mark a msgid for extraction; translation happens later, at the edge (bot.i18n)."""
    return msgid
