"""Words around a special category that belong to its span (kept apart from `category_phrases`
to keep modules small): a treatment's "est sous", the faith a conversion was to, and the
period a fast is kept for, which says the faith as plainly as the fast. A treatment's other
verbs ("takes", "prend", "loopt bij") stay outside: tried in #12's twenty-seventh session
and withdrawn (docs/decisions.md)."""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy

UNDER = lazy(
    r"(?i:\b(?:(?:est|is|zit|staat|was|était|zat|stond)\s+(?:sous|onder|on)|relapsed\s+into"
    r"|hervallen\s+in|herviel\s+in|rechute\s+dans|back\s+on)\s+)$"
)
"""A treatment or relapse said with its verb: "est sous méthadone", "relapsed into heroin"."""
FAST_TAIL = lazy(
    r"(?i:\s+(?:voor|for|pour|tijdens|during|pendant|met|with)\s+(?:(?:de|het|le|la|the)\s+)?"
    r"(?:ramadan|ramadhan|ramadam|carême|careme|vasten|lent|yom\s+kippou?r)\b)"
)
"""The period a fast is kept for: "ze vast voor de ramadan" leaves no "ramadan" to read."""
CONVERTED_TO = lazy(
    r"(?i:\b(?:convertie?s?|converted|bekeerde?|bekeerd)\s+(?:(?:à|a|au|aux|tot|to)\s+)"
    r"(?:(?:la|le|het|de)\s+|l['’]\s*|l\s+)?)$"
)
"""A conversion and its faith: "convertie au christianisme", "converti à l islam"."""
