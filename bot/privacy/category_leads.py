"""Words around a special category that belong to its span (kept apart from `category_phrases`
to keep modules small): the verb of a treatment, which says whose treatment it is, and the
period a fast is kept for, which says the faith as plainly as the fast."""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy

UNDER = lazy(
    r"(?i:\b(?:(?:est|is|zit|staat|was|était|zat|stond)\s+(?:sous|onder|on)|relapsed\s+into"
    r"|hervallen\s+in|herviel\s+in|rechute\s+dans|back\s+on)\s+)$"
)
"""A treatment or relapse said with its verb: "est sous méthadone", "relapsed into heroin"."""
TREATED = lazy(
    r"(?i:\b(?:neemt|nam|namen|nemen|takes|took|take|prend|prenait|prennent|uses|used|use"
    r"|gebruikt|gebruikte|utilise|utilisait|loopt\s+bij|liep\s+bij"
    r"|sees|saw|voit|voyait|consulte|krijgt|kreeg|gets|got|receives"
    r"|reçoit|recoit|est\s+suivie?\s+(?:par|chez|au|à|a|pour)|is\s+in\s+behandeling\s+(?:bij|voor))"
    r"\s+(?:(?:een|de|het|zijn|haar|hun|a|an|the|her|his|their|un|une|le|la|les|des|du|sa|son|ses"
    r"|leur|leurs)\s+|l['’]\s*)?)$"
)
"""A treatment said with its verb and its article: "loopt bij de psychiater", "takes her
methadone", "prend ses antidépresseurs", "uses a wheelchair"."""
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
