"""#12's thirteenth session (precise16): a people's adjective or a country that says where an
account or a number is held is no one's origin: "turkse iban", "his romanian account",
"compte polonais", "bulgaarse rekening", "whatsapp maroc +212 …" (the number itself is
masked), "son compte en france", "rekening in nederland" (a place, `places.place_names`).
Said of a person it stays: "hij is turks", "ze komt uit bulgarije"."""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy

ACCOUNT = (
    r"iban|rekening|rekeningnummer|bankrekening|account|bank\s+account|compte|comptes"
    r"|compte\s+bancaire|nummer|number|numéro|gsm-nummer|simkaart|sim|whatsapp"
)
ACCOUNT_AFTER = lazy(rf"(?i:\s+(?:{ACCOUNT})\b)")
"""The account or number right after the word: "turkse iban", "polish account"."""
ACCOUNT_BEFORE = lazy(
    rf"(?i:(?<!zonder\s)(?<!geen\s)(?<!sans\s)(?<!without\s)\b(?:{ACCOUNT})\s+(?:(?:en|in|au|aux|uit|from|at|bij)\s+)?)$"
)
"""The account or number right before it, perhaps with a preposition: "compte polonais",
"whatsapp maroc", "compte au maroc", "rekening in bulgarije", "account in germany"; not a
house without its number ("zonder nummer in kuringen", probe80)."""


def account_country(text: str, start: int, end: int) -> bool:
    """Whether the origin word at `start`-`end` says where an account or a number is held."""
    if ACCOUNT_AFTER.match(text, end):
        return True
    return ACCOUNT_BEFORE.search(text, max(0, start - 24), start) is not None
