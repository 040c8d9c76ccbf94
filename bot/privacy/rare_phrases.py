"""More indirect identifiers for the show-back, each offered whole: the only family of an
origin in a street, a great age in words, the oldest resident, a family seen on a named
channel or paper, a death in an attack or a disaster, a story gone viral.

None of these is masked (each names no one by itself); only the worker knows whether "de
enige [herkomst] familie in de straat" or "was op vtm" singles someone out where they live.
A phrase may hold a label ("the only [origin] family on the estate"): `Scrubber.mask` hides
it whole, label and all.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import any_case, lazy

LABELLED = r"\[[^\]\n]{1,30}\]"
"""A label of the scrubbed text, standing where an origin or a place was."""
PLACE_TAIL = (
    r"(?:\s+(?:in|op|uit|van|de|du|des|of|on|at|dans|sur|from)\s+"
    rf"(?:(?:de|het|'t|la|le|les|the)\s+|l['’ ]\s?)?(?:{LABELLED}|[^\W\d_][\w-]*))"
)
ONLY_FAMILY = (
    r"\b(?:(?:de|het|la|the)\s+)?(?:enige|enigste|seule|only)\s+"
    rf"(?:(?:{LABELLED}|[^\W\d_][\w-]*)\s+){{0,2}}?"
    r"(?:familie|families|gezin|gezinnen|famille|familles|family|families|household|ménage)"
    r"(?!\s*(?:member|members|lid|leden|membre|membres|doctor|friend|business|name|naam)\b)"
    rf"(?:\s+{LABELLED}|\s+(?!in\b|op\b|uit\b|van\b|de\b|du\b|des\b|of\b|on\b|at\b|dans\b)"
    r"[^\W\d_]+(?:e|es|ne|nes|se|ses|aise|aises)\b)?" + rf"(?P<tail>{PLACE_TAIL})?"
)
"""The tail (where they live) is needed unless a label stands for their origin."""
GREAT_NUMBER = (
    r"(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?negentig|honderd"
    r"|nonante(?:[-\s](?:et[-\s]une?|deux|trois|quatre|cinq|six|sept|huit|neuf)|-[a-z]+)?"
    r"|quatre[-\s]vingt[-\s](?:dix|onze|douze|treize|quatorze|quinze|seize)"
    r"(?:[-\s](?:sept|huit|neuf)|-[a-z]+)?"
    r"|ninety(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)|-[a-z]+)?|hundred|cent"
)
BARE_GREAT = GREAT_NUMBER.replace("|cent", "")
"""Without a unit, "cent" is too often a count ("il a cent raisons")."""
AGE_VERB = (
    r"(?:is|was|werd|wordt|geworden|est|fête\s+ses|fete\s+ses|fêté\s+ses|turned|turns|aged"
    r"|âgée?\s+de|agée?\s+de)"
)
GREAT_AGE = (
    rf"\b(?:{GREAT_NUMBER})\s+(?:jaar|ans|years?)(?:\s+(?:oud|old))?\b"
    rf"|\b{AGE_VERB}\s+(?P<age>(?:(?:a|one)\s+)?(?:{BARE_GREAT})"
    r"(?:\s+(?:jaar|ans|years?)(?:\s+(?:oud|old))?)?)\b(?!\s*(?:euro|eur|€|%|km|kg|kilo|keer"
    r"|fois|times|meter|mètres|metres|minuten|minutes|dagen|jours|days|uur|heures|hours"
    r"|procent|per|pour|mensen|personnes|people|percent)\b|-)"
)
OLDEST = (
    r"\b(?:de|het|la|le|the)\s+(?:oudste|plus\s+(?:â|a)gée?|oldest)\s+(?:inwoner|inwoonster"
    r"|bewoner|bewoonster|inwoners|habitante?|résidente?|residente?|resident|inhabitant"
    r"|person|man|woman|vrouw)\b"
    + PLACE_TAIL
    + r"|\b(?:la|le)\s+doyen(?:ne)?\b(?=\s+(?:de|du|d['’]))"
    + PLACE_TAIL
)
CHANNEL = (
    r"vtm|vrt|één|ketnet|rtbf|rtl(?:-tvi)?|la\s+une|tf1|france\s+2|bruzz|atv"
    r"|bbc|itv|sky\s+news|cnn|het\s+journaal|le\s+jt|het\s+laatste\s+nieuws|hln"
    r"|(?:het\s+)?nieuwsblad|de\s+standaard|de\s+morgen|gazet\s+van\s+antwerpen|gva"
    r"|het\s+belang\s+van\s+limburg|hbvl|le\s+soir|la\s+libre|la\s+derni[eè]re\s+heure|dh"
    r"|sudinfo|l['’]avenir|the\s+guardian|the\s+sun|tous\s+les\s+journaux|alle\s+kranten"
    r"|all\s+the\s+papers"
)
SEEN = (
    r"stond|stonden|kwam|kwamen|was|waren|ont\s+été|a\s+été|est\s+passée?"
    r"|sont\s+passée?s|passée?s?|passee?s?|était|etait|étaient|etaient|were|has\s+been"
    r"|have\s+been|appeared|been"
)
NEWS = (
    rf"\b(?:{SEEN})(?:\s+(?:al|ook|zelfs|even|aussi|même|meme|also|even|once|twice|deux\s+fois"
    r"|twee\s+keer))?\s+(?:op|in|sur|à|a|on|dans)\s+(?:de\s+|la\s+|the\s+)?"
    rf"(?:{CHANNEL})\b"
)
EVENT = (
    r"\b(?:kwam\s+om|kwamen\s+om|omgekomen|stierf|overleefde|overleden|gewond|killed|died"
    r"|survived|injured|tuée?s?|morte?s?|décédée?s?|decedee?s?|blessée?s?|a\s+survécu"
    r"|a\s+survecu)\s+(?:bij|in|tijdens|dans|lors\s+de|pendant|during|in)\s+"
    r"(?:de|het|la|le|les|l['’ ]|the)\s*(?:aanslag|aanslagen|attentat|attentats|attack|attacks"
    r"|bombing|ramp|treinramp|brand|explosie|overstroming|overstromingen|inondation|inondations"
    r"|incendie|explosion|fire|flood|floods|shooting|schietpartij|fusillade|crash)\b"
)
VIRAL = (
    r"\b(?:went|gone|go|ging|gaat|is|est|a\s+fait\s+le|devenue?|became)\s+(?:viral|viraal"
    r"|virale|buzz)(?:\s+gegaan)?(?:\s+(?:on|op|sur)\s+[^\W\d_][\w-]*)?"
)
_PHRASES = rf"(?P<family>{ONLY_FAMILY})|{GREAT_AGE}|{OLDEST}|{NEWS}|{EVENT}|{VIRAL}"
PHRASES = lazy(rf"(?i:{_PHRASES})")
PHRASES_LOWER = lazy(_PHRASES)
"""The same on a lower-cased ASCII text (same spans): ignoring case costs sre twice the work."""


def more_identifiers(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the phrases above, in order (a bare great age without its verb)."""
    for match in any_case(PHRASES, PHRASES_LOWER, text):
        if match.group("age"):
            yield match.span("age")
        elif not match.group("family") or match.group("tail") or "[" in match.group():
            yield match.span()
