"""Injuries told with the body part they hurt (#12, fifty-seventh session).

Notes about work accidents tell an injury by its body part, in every order: "3 ribben
gebroken", "vinger geamputeerd", "hand in gips", "arm in a sling", "fracture cheville",
"brûlures aux mains", "brûlé à l'avant-bras", "perdu deux doigts", "burns on both arms",
"broken finger", "lost two fingers", "dos bloqué", "3e graads brandwonden". The older rule
(`category_cues.BODY`) reads an operation or a fracture before its part; these are the other
shapes. A body part alone
("zijn rug", "la main"), a part worn out ("benen kapot" after a day on the bike) and a pain
("mal au dos", "back pain") stay: the worker writes those of a long day too, and the older sets
leave them unlabelled as often as not. "amputé" and "sourd" are masked alone already: the sets
label "amputé de la jambe gauche" and "sourd d'une oreille" the short way as often as the long.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.category_cues import BODY_EN, BODY_FR, BODY_NL, words_of
from bot.privacy.lazy_patterns import lazy

Found = tuple[int, int, str]
PARTS_NL = BODY_NL.replace("hart|", "") + (
    r"|ribben|rib|vinger|vingers|teen|tenen|sleutelbeen|kaak|neus|elleboog|onderarm|duim"
)
PARTS_FR = BODY_FR.replace("coeur|cœur|", "") + (
    r"|côtes|côte|doigt|doigts|orteil|orteils|clavicule|mâchoire|nez|coude|avant-bras|pouce"
    r"|mains|bras"
)
PARTS_EN = BODY_EN.replace("heart|", "") + (
    r"|ribs|rib|finger|fingers|toe|toes|collarbone|jaw|nose|elbow|forearm|thumb|hands"
)
SIDE = r"(?:\s+(?:gauche|droite|droit|links|rechts|left|right))?"
THE_FR = (
    r"(?:du\s+|de\s+la\s+|de\s+l['’]\s*|des\s+|à\s+la\s+|à\s+l['’]\s*|au\s+|aux\s+"
    r"|sur\s+les\s+)?"
)
THE_EN = r"(?:(?:on|to|in)\s+)?(?:(?:both|his|her|the|my|their|one)\s+)?"
INJURY = lazy(
    rf"(?i:\b(?:\d+\s+)?(?:{PARTS_NL})\s+(?:gebroken|geamputeerd|afgezet|verbrand|verbrijzeld"
    r"|in\s+(?:het\s+|'t\s+|t\s+)?gips)\b|\brug\s+geblokkeerd\b"
    rf"|\b(?:fractures?|entorse|brûlures?|brûlée?s?|brulures?)\s+{THE_FR}(?:{PARTS_FR})"
    rf"{SIDE}\b"
    rf"|\b(?:{PARTS_FR})\s+(?:dans\s+le\s+plâtre|plâtrée?s?|amputée?s?|brûlée?s?)\b"
    r"|\b(?:dos|nuque)\s+bloquée?\b"
    rf"|\b(?:burns?|burned|burnt|sprained|amputated|crushed)\s+{THE_EN}(?:{PARTS_EN})\b"
    rf"|\b(?:broken|fractured)\s+(?:\w+\s+)?(?:ribs|rib|finger|fingers|toe|toes|collarbone|jaw"
    r"|nose|elbow|forearm|thumb)\b"
    rf"|\b(?:{PARTS_EN})\s+(?:in\s+(?:a\s+)?cast|in\s+plaster|amputated|fracture)\b"
    r"|\blost\s+(?:(?:his|her|an?|one|two|three|2|3)\s+)?(?:finger|fingers|eye|hand|arm|leg|toe"
    r"|toes|thumb)\b|\b(?:(?:\d|een|één|twee|drie)\s+)?(?:vinger|vingers|teen|tenen)\s+kwijt\b"
    r"|\bperdu\s+(?:un|une|deux|trois|\d|son|sa|ses)\s+(?:doigts?|œil|oeil|orteils?|main"
    r"|bras|jambe|pouce)\b|\b(?:doigt|orteil|œil|oeil|pouce)\s+perdu\b"
    rf"|\b(?:{PARTS_NL}|{PARTS_EN})\s+in\s+(?:een\s+|a\s+)?(?:mitella|sling|draagdoek)\b"
    rf"|\b(?:{PARTS_FR})\s+en\s+écharpe\b|\b(?:{PARTS_EN})\s+(?:broken|fractured|dislocated)\b"
    r"|\bdislocated\s+(?:(?:his|her|a|the|my)\s+)?(?:shoulder|knee|hip|elbow|finger|jaw)\b"
    r"|\b(?:épaule|genou|coude|hanche)\s+(?:déboîtée?|luxée?)\b"
    r"|\b(?:schouder|knie|heup|elleboog)\s+uit\s+(?:de\s+)?kom\b"
    rf"|\b(?:oog|vinger|hand|arm|been|duim)\s+verloren\b"
    r"|\b\d(?:st|nd|rd|th)[- ]degree\s+burns?\b"
    r"|\b\d\s?(?:e|de|ste|ème|eme)?[- ]?graads?\s+brandwonden?\b"
    r"|\bbrandwonden?\s+(?:van\s+)?(?:de\s+)?\d\s?(?:e|de|ste)\s+graad\b"
    r")"
)
CUES = frozenset(
    """gebroken geamputeerd afgezet verbrand verbrijzeld gips geblokkeerd fracture
    fractures entorse brûlure brûlures brûlé brûlée brûlés brûlées brulure brulures amputé
    amputée amputés amputées plâtre plâtré plâtrée bloqué bloquée burn burns burned burnt
    sprained amputated crushed broken fractured cast plaster graad graads brandwonde
    brandwonden fracture lost kwijt verloren degree perdu mitella sling draagdoek écharpe
    dislocated déboîté déboîtée luxé luxée kom""".split()  # noqa: SIM905
)
"""Words without which INJURY cannot match: most notes stop at this lookup."""


def injuries(text: str) -> Iterator[Found]:
    """Each injury told with its body part, as health."""
    if CUES.isdisjoint(words_of(text)):
        return
    for match in INJURY.finditer(text):
        yield match.start(), match.end(), "health"
