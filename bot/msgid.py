"""The extraction markers shared by every module that names a user-visible text."""

from typing import NamedTuple


def N_(msgid: str) -> str:
    """Mark a msgid for extraction; translation happens later, at the edge (bot.i18n)."""
    return msgid


class Plural(NamedTuple):
    """A text whose wording follows a number ("1 message", "2 messages"): gettext's
    singular and plural msgids; each language's catalog has its own forms."""

    singular: str
    plural: str


def Np_(singular: str, plural: str) -> Plural:
    """Mark a plural msgid for extraction (`make i18n` reads `Np_:1,2`)."""
    return Plural(singular, plural)
