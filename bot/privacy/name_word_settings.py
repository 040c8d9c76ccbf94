"""First names that are also words ("hope", "winter", "joy"), in settings no word takes, shared
by many tuning sets: met at a place ("met joy at the rue de la loi bus stop"), given with a
phone number ("tel hope 0489 21 77 40", "phone 0032/2/511.22.33 of grace"), and a household
opening a note ("winter family called": five sets)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.tokens import has_digit

WORD = r"([^\W\d_][\w'’-]+)"
MET_AT = lazy(
    rf"(?i:\bmet\s+{WORD}\s+(?=(?:at|near|outside|today|yesterday|this\s+(?:morning|afternoon)"
    r"|on\s+the|in\s+(?:the|her|his|their))\b))"
)
"""English "met" and a word-name before where or when: Dutch "met" takes an article first
("met de winter in aantocht")."""
PHONE = r"\+?\(?\d[\d ./()-]{7,}\d"
PHONE_OF = lazy(
    rf"(?i:\b(?:tel|gsm|phone|nr|numéro|number)\.?\s+(?:van\s+|of\s+|de\s+)?{WORD}\s*[(:]?\s*"
    rf"(?={PHONE})|(?<![\w'’-]){PHONE}\s+(?:of|van|de)\s+{WORD}\b)"
)
"""A word-name with its phone number, before or after it."""
HOUSEHOLD = lazy(
    rf"(?i:(?:^|(?<=[.!?;]\s)){WORD}\s+(?:family|familie|famille|gezin)(?=\s*[,(:]|\s+(?:called"
    r"|rang|moved|had|has|have|needs|need|lives|live|lost|got|came|asked|wants|want|belde|woont"
    r"|heeft|verhuisde|vit|habite|appelle)\b))"
)
"""A word-name opening a note before its household and what it does: "winter family (polish)
moved", "winter family called"; "hope family is a charity" (probe55's clean note) stays."""


def word_name_settings(text: str) -> Iterator[tuple[int, int, str]]:
    """Each word-name in one of these settings."""
    lowered = text.lower()
    hints = [
        (MET_AT, "met " in lowered),
        (PHONE_OF, has_digit(text)),
        (HOUSEHOLD, any(w in lowered for w in ("famil", "gezin"))),
    ]
    named = lexicon().word_names
    for pattern, hinted in hints:
        for match in pattern.finditer(text) if hinted else ():
            group = match.lastindex or 1
            if match.group(group).lower() in named:
                yield match.start(group), match.end(group), "name"
