"""The only language someone speaks, or the one spoken at home, when it is not one of
Belgium's or English: "spreekt enkel dari", "ils ne parlent que roumain", "only speaks
tigrinya", "thuis spreken ze tarifit". The language of a family at home tells its origin as
plainly as its nationality, so it is masked as origin. "Speaks arabic and some french" (a
skill, left unlabelled by several writers), "spreekt geen nederlands" and "parle un peu
anglais" say nothing of where one is from and stay, and so do Spanish and Italian, learnt as
often as inherited (#12, eighteenth session: the writers of every probe set labelled the
only language someone speaks as origin)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy

Found = tuple[int, int, str]
LANGUAGES = (
    r"lingala|swahili|kiswahili|tshiluba|ciluba|luba|kikongo|kinyarwanda|kirundi|tigrinya|tigrinia"
    r"|tigrinja|amhaars|amharique|amharic|somali|somalisch|somalien|dari|pashto|pasjtoe|pachto"
    r"|farsi|perzisch|persan|persian|arabisch|arabe|arabic|berbers|berbère|berbere|berber"
    r"|tamazight|tarifit|rifijns|riffijns|rifain|turks|turc|turkish|koerdisch|kurde|kurdish"
    r"|roemeens|roumain|romanian|bulgaars|bulgare|bulgarian|pools|polonais|polish|russisch|russe"
    r"|russian|oekraïens|oekraiens|ukrainien|ukrainian|albanees|albanais|albanian|servisch|serbe"
    r"|serbian|bosnisch|bosniaque|bosnian|urdu|ourdou|hindi|punjabi|pendjabi|bengali|bengaals"
    r"|tamil|tamoul|wolof|fula|peul|pular|bambara|twi|yoruba|igbo|hausa|oromo|romani|romanes"
    r"|chinees|chinois|chinese|mandarijn|mandarin|vietnamees|vietnamien|vietnamese|tagalog"
    r"|nepalees|népalais|nepali|tibetaans|tibétain|tibetan|georgisch|géorgien|georgian|armeens"
    r"|arménien|armenian|tsjetsjeens|tchétchène|chechen|portugees|portugais|portuguese|grieks"
    r"|grec|greek|slowaaks|slovaque|slovak"
    r"|hongaars|hongrois|hungarian"
)
SPEAK = (
    r"spreekt|spreken|sprak|spraken|praat|praten|parle|parlent|parlait|parlaient|speaks|speak"
    r"|spoke|speaking"
)
ONLY_OR_HOME = r"enkel|alleen|maar|only|que|seulement|uniquement"
"""Only that language: what tells a family's origin ("she speaks arabic and some french"
tells a skill, and several writers left it unlabelled)."""
AT_HOME = r"thuis|at\s+home|à\s+la\s+maison"
"""The language of the home, said before the verb: "thuis spreken ze tarifit" ("maar" there is
"but": "maar ze spreken turks op de speelplaats" stays)."""
OTHER = r"ze|zij|hij|ils|elles|they|she|he|nog|still|ook|also|aussi|enkel|maar"
THE = r"(?:(?:het|le|l['’]|en)\s*)?"
MORE = rf"(?:\s+(?:en|et|and|or|of|ou)\s+{THE}(?:{LANGUAGES})\b)*"
"""A second language of the list is masked with the first: "que lingala et swahili"."""
SPOKEN = lazy(
    rf"(?i:\b(?:{SPEAK})\s+(?:(?:{OTHER})\s+){{0,2}}(?:(?:{ONLY_OR_HOME})\s+|qu['’]\s*){THE}"
    rf"((?:{LANGUAGES})\b{MORE})"
    rf"|\b(?:{AT_HOME}|only|enkel|alleen)\s+(?:(?:{OTHER})\s+){{0,2}}(?:{SPEAK})\s+(?:(?:{OTHER})\s+){{0,2}}{THE}"
    rf"((?:{LANGUAGES})\b{MORE}))"
)
"""A speaking verb and "only" before the language, or "at home" or "only" before the verb
("spreekt enkel dari", "ne parle qu'arabe", "thuis spreken ze tarifit", "only speak dari");
an interpreter's language ("een tigrinyasprekende tolk") is offered for review, not masked."""
HINT = ("spre", "spra", "praat", "prat", "parl", "speak", "spoke")


def spoken_languages(text: str) -> Iterator[Found]:
    """Spans of a language someone speaks that tells their origin: the language alone."""
    lowered = text.lower()
    if not any(hint in lowered for hint in HINT):
        return
    for match in SPOKEN.finditer(text):
        group = 1 if match.group(1) else 2
        yield match.start(group), match.end(group), "origin"
