"""#12's thirteenth session (precise16): a word before an inverted speech verb is what was said,
not who said it. "patience zegt ze", "innocent zei hij, maar...", "courage, dit-elle": the
speaker is the pronoun after the verb, so a first name that is also a word ("patience",
"innocent", "victoire") stays a word there. "patience zegt ze is moe" (no "dat": she says she
is tired) keeps its name: a verb follows the pronoun, so the pronoun opens a new clause.
Dutch and French only: English puts the speaker first ("Grace said he would call")."""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy

INVERTED = lazy(
    r"(?i: (?:zegt|zei|zeggen|zegde|vertelt|vertelde|roept|riep|antwoordt|antwoordde|vraagt"
    r"|vroeg|lacht|lachte|zucht|zuchtte|dit|disait|répond|répondit|demande|crie|soupire)"
    r"(?: |-t-|-)(?:ze|zij|hij|ik|we|wij|ge|gij|elle|il|elles|ils|je|on|nous)"
    r"(?=$|[,.!?;:)]| (?:in|op|tegen|over|toen|altijd|zelf|lachend|boos|zacht|nog|dan|maar"
    r"|want|en|ook|dikwijls|vaak|soms|elke|telkens|à|au|en|avec|encore|toujours|souvent|mais"
    r"|et|quand|alors|aussi|tout|haha|lol)\b))"
)
"""An inverted speech verb and its pronoun, then the end, a stop or a word that opens no
clause of its own (a preposition, an adverb, a conjunction)."""


def said_not_sayer(text: str, end: int) -> bool:
    """Whether the word ending at `end` is followed by an inverted speech verb and its
    pronoun: what was said, not a person."""
    return INVERTED.match(text, end) is not None
