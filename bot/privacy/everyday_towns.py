"""Town names that name no one's place: a club someone supports ("supporter van club brugge",
"fan de l'anderlecht", "she supports liverpool"), the side a team played ("gagné contre
charleroi"), a dish or a product named after a town ("brussels spruitjes", "gaufres de liège")
and a public event named by its town ("carnaval de binche", "rock werchter"). Thousands share
them, so they are kept; "woont in brugge", "naar de kermis in zele" stay places. Also a unit
after a count ("vingt ans", "drie jaar") is never a name or a place (Ans is a town).
The spans found are claimed as kept, before the recognisers of places, names and clubs."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.places import BEFORE, place_names
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]

CLUB = (
    r"(?:(?:club|fc|kv|kaa|krc|rsc|rfc|sporting|royal|r\.|standard|racing|cercle|olympic"
    r"|excelsior)\s+(?:(?:de|van)\s+|d'|d’)?)?"
)
"""The club word that may come before a town in a club's name ("club brugge", "kv mechelen")."""
SUPPORT = lazy(
    r"(?i:\b(?:supporters?|supportrices?|supporteurs?|supportert|supporten|fans?|abonnement"
    r"|seizoenskaart|abonnee|abonné|aanhanger|supports?|supporting|supporte|supportent)"
    r"\s+(?:(?:van|voor|bij|de|du|des|of|pour|au|at)\s+)?(?:(?:the|het|le|la|l'|l’)\s*)?"
    + CLUB
    + r"(?=[^\W\d_]))"
)
"""A word of support, then the club: "supporter van club brugge", "fan van anderlecht"."""
FOR_CLUB = lazy(
    r"(?i:\b(?:is|zijn|was|waren|est|sont|était|étaient)\s+(?:voor|pour)\s+"
    r"(?:(?:het|le|la|l'|l’)\s*)?(?:club|fc|kv|kaa|krc|rsc|rfc|sporting|royal|standard|racing"
    r"|cercle|olympic|excelsior)"
    r"\s+(?:(?:de|van)\s+|d'|d’)?(?=[^\W\d_]))"
)
"""Being for a club named by its kind word: "il est pour le sporting de charleroi"."""
PLAYED = lazy(
    r"(?i:\b(?:gewonnen|verloren|gelijkgespeeld|won|lost|drew|beat|gagné|perdu|battu|joue"
    r"|jouent|speelt|spelen|speelden|plays|played|match|wedstrijd|game|derby)"
    r"\s+(?:tegen|contre|against|versus|vs\.?|van|de|du|of|tussen|between|entre)\s+"
    r"(?:(?:het|le|la|l'|l’)\s*)?" + CLUB + r"(?=[^\W\d_]))"
)
"""The side a team played: "le standard a gagné contre charleroi", "de match van anderlecht"."""
SECOND_SIDE = lazy(r"(?i:\s+(?:en|et|and|tegen|contre|against|vs\.?|-)\s+" + CLUB + r")")
"""The other side of a match between two towns: "de derby tussen genk en standard"."""
DISH_AFTER = lazy(
    r"(?i:\b([^\W\d_][\w'’-]*)\s+(?:spruitjes|spruiten|sprouts|wafels?|waffles?|stoofvlees"
    r"|koekoek|handjes|kaas|ham|hesp|vlaai|frieten|fries|choux|chicons|endives?)\b)"
)
"""A dish after the town's name or adjective: "brussels spruitjes", "belgian waffles"."""
DISH_BEFORE = lazy(
    r"(?i:\b(?:gaufres?|wafels?|waffles?|boulets|boulettes|sirop|tarte|jambon|chicons|choux"
    r"|spruitjes|koekjes|vlaai|peperkoek|pralines?|bière|bier|beer)"
    r"\s+(?:(?:de|van|from|uit|à\s+la)\s+|d'|d’)(?=[^\W\d_]))"
)
"""A dish named after its town: "des gaufres de liège", "sirop de liège", "vlaai uit ..."."""
EVENT = lazy(
    r"(?i:\b(?:carnaval|karnaval|carnival|ducasse|braderie|rock|festival|feesten|fêtes|fête|jazz"
    r"|marathon|stoet|cortège|ommegang|procession|processie)"
    r"\s+(?:(?:de|van|of|d'|d’)\s*)?(?=[^\W\d_]))"
)
"""An event named by its town: "carnaval de binche", "rock werchter", "de stoet van aalst";
not one located in a town ("naar de kermis in zele": a place)."""
COUNT_UNIT = lazy(
    r"(?i:\b(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|dertig|veertig"
    r"|vijftig|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|trente|quarante"
    r"|cinquante|soixante|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty"
    r"|fifty)\s+(ans)\b)"
)
"""Years after a count: "depuis vingt ans dit-il" is years, not someone or a town called Ans."""
EACH = lazy(
    r"(?i:\belke\s+(?=(?:dag|week|weekend|maand|jaar|keer|zomer|winter|lente|herfst|avond"
    r"|ochtend|morgen|middag|nacht|vakantie|maandag|dinsdag|woensdag|donderdag|vrijdag"
    r"|zaterdag|zondag|zomer|uur|les|training|match)\w*\b))"
)
"""Dutch "elke" (each) before a word of time: "elke zomer", "elke vrijdag"."""
SUPPORT_CUES = ("support", "fan", "abonn", "seizoen", "aanhang")
CLUB_CUES = ("club", "fc ", "kv ", "kaa ", "krc ", "rsc ", "rfc ", "sporting", "royal",
             "standard", "racing", "cercle", "olympic", "excelsior")  # fmt: skip
PLAYED_CUES = ("gewonnen", "verloren", "gelijk", "won ", "lost ", "drew ", "beat ", "gagn",
               "perdu", "battu", "joue", "speel", "spel", "play", "match", "wedstrijd", "game ",
               "derby")  # fmt: skip
DISH_CUES = ("gaufre", "wafel", "waffle", "boulet", "sirop", "tarte", "jambon", "chicon",
             "choux", "spruit", "sprout", "koek", "vlaai", "pralin", "bière", "bier", "beer",
             "stoofvlees", "kaas", "ham ", "hesp", "frie", "endive")  # fmt: skip
EVENT_CUES = ("carna", "ducasse", "braderie", "rock", "festival", "feest", "fête", "jazz",
              "marathon", "stoet", "cortège", "ommegang", "proces")  # fmt: skip
"""Substrings each shape needs: most texts hold none and are left at once."""
HINTS = tuple(
    lazy("|".join(map(re.escape, cues)))
    for cues in (SUPPORT_CUES, CLUB_CUES, PLAYED_CUES, DISH_CUES, EVENT_CUES)
)
"""The same, one C-level scan of the lower-cased text per shape."""
ALL_CUES = (*SUPPORT_CUES, *CLUB_CUES, *PLAYED_CUES, *DISH_CUES, *EVENT_CUES)
WORD_CUES = Stems(c for c in ALL_CUES if c.isalpha())
SPACED_CUES = tuple(c for c in ALL_CUES if not c.isalpha())
SPACED_ENDS = Stems((c.strip() for c in SPACED_CUES), ending=True)
"""Whether any of HINTS can match: the cues of letters decided per word (the shared stem
mask), those with a space as substrings; a scan of every cue at once cost 2 % of a text."""


def cued(text: str, lowered: str) -> bool:
    """Whether any of HINTS matches `lowered` (`text` in lower case), decided per word."""
    if WORD_CUES.in_text(text):
        return True  # "fc " is in `lowered` only where a word ends in "fc": asked per word
    return SPACED_ENDS.in_text(text) and any(cue in lowered for cue in SPACED_CUES)


def everyday_towns(text: str) -> Iterator[Found]:
    """Spans to keep: a town that names a club, a side, a dish or an event."""
    lowered = text.lower()
    if not cued(text, lowered):
        return
    support, club, played, dish, event = (hint.search(lowered) for hint in HINTS)
    shapes = ((SUPPORT, support), (FOR_CLUB, club), (PLAYED, played), (DISH_BEFORE, dish),
              (EVENT, event))  # fmt: skip
    for pattern, hinted in shapes:
        if not hinted:
            continue
        for match in pattern.finditer(text):
            if town := _town_at(text, match.end()):
                second = pattern.pattern in (PLAYED.pattern, SUPPORT.pattern)  # lazy or compiled
                if second and (other := SECOND_SIDE.match(text, town)):
                    town = _town_at(text, other.end()) or town  # "et mons", "en anderlecht"
                yield match.start(), town, "label"
    for match in DISH_AFTER.finditer(text) if dish else ():
        before = text[max(0, match.start(1) - 12) : match.start(1)]
        if _town_at(text, match.start(1)) == match.end(1) and not BEFORE.search(before):
            yield match.start(1), match.end(1), "label"


def count_years(text: str) -> Iterator[Found]:
    """ "ans" after a count, kept after the special categories ("a fait deux ans de prison");
    "elke" before a word of time is "each", not Elke ("met zijn vader elke zomer")."""
    lowered = text.lower()
    if "elke " in lowered:
        for match in EACH.finditer(text):
            yield match.start(), match.start() + 4, "label"
    if " ans" not in lowered:
        return
    for match in COUNT_UNIT.finditer(text):
        if not match.group().startswith("443"):  # 4430 Ans, 4431 Loncin, 4432 Alleur
            yield match.start(1), match.end(1), "label"


def _town_at(text: str, at: int) -> int:
    """The end of a town's name that starts right at `at` (with "-" or a quarter), else 0."""
    tail = text[at : at + 40]
    for start, end, _ in place_names(tail, lenient=True):
        return at + end if start == 0 else 0
    return 0
