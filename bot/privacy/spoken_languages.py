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
ONLY = r"enkel|alleen|maar|only|que|qu['’]|seulement|uniquement|thuis|at\s+home|à\s+la\s+maison"
"""Only that language, or at home: what tells a family's origin ("she speaks arabic and some
french" tells a skill, and several writers left it unlabelled)."""
OTHER = r"ze|zij|hij|ils|elles|they|she|he|nog|still|ook|also|aussi|enkel|maar"
SPOKEN = lazy(
    rf"(?i:\b(?:{SPEAK})\s+(?:(?:{OTHER})\s+){{0,2}}(?:{ONLY})\s+(?:(?:het|le|l['’]|en)\s*)?"
    rf"({LANGUAGES})\b"
    rf"|\b(?:{ONLY})\s+(?:(?:{OTHER})\s+){{0,2}}(?:{SPEAK})\s+(?:(?:{OTHER})\s+){{0,2}}"
    rf"(?:(?:het|le|l['’]|en)\s*)?"
    rf"({LANGUAGES})\b)"
)
"""A speaking verb and "only" or "at home" before the language, in either order ("spreekt
enkel dari", "thuis spreken ze tarifit"); an interpreter's language ("een tigrinyasprekende
tolk") is offered for review, not masked."""
HINT = ("spre", "spra", "praat", "prat", "parl", "speak", "spoke")


def spoken_languages(text: str) -> Iterator[Found]:
    """Spans of a language someone speaks that tells their origin: the language alone."""
    lowered = text.lower()
    if not any(hint in lowered for hint in HINT):
        return
    for match in SPOKEN.finditer(text):
        group = 1 if match.group(1) else 2
        yield match.start(group), match.end(group), "origin"
