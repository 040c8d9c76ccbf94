""" "Said", a first name in Dutch and French notes and a verb in English ones (six tuning sets:
"said heeft zijn huur betaald", "ma van said wil ni", "said a été envoyé au centre fermé").
Read as a word-name it masked the English verb in three frozen sets, so only two shapes no
English sentence has: opening a sentence before a Dutch or French verb, and after "van",
"bij", "chez" or "avec"."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy

SAID = lazy(
    r"(?i:(?:^|(?<=[.!?;:]\s)|(?<=[.!?;:]))(said)\s+(?=(?:heeft|zit|woont|wil|wou|moet|komt"
    r"|kwam|gaat|ging|zegt|zei|vraagt|vroeg|werkt|a\s+(?:été|eu|dit|appelé)|est|était|avait|veut|voulait"
    r"|habite|doit|vient|dit|demande|travaille|n['’]a|n['’]est)\b)"
    r"|(?<![\w'’-])(?:van|bij|chez|avec)\s+(said)(?![\w'’-]))"
)


def said_named(text: str) -> Iterator[tuple[int, int, str]]:
    """Each "said" that names someone in a Dutch or French sentence."""
    if "said" not in text.lower():
        return
    for match in SAID.finditer(text):
        yield *match.span(match.lastindex or 1), "name"
