"""Special categories that only their context tells apart from an everyday word.

"hij heeft suiker" is diabetes, "suiker in de koffie" is sugar; "she suffers from anxiety"
names a condition whatever its word; "ze is heel gelovig", "they are very religious" state a
religion; "hij zat drie jaar vast" is time served. Each rule masks the words that state the
fact (the condition, the adjective with its intensifier, the detention with its verb), never
the subject, and each is guarded by a set lookup on the words of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from bot.privacy.detention import NUMBER, UNIT
from bot.privacy.health_general import degree_word
from bot.privacy.lazy_patterns import lazy
from bot.privacy.tokens import tokenise

Found = tuple[int, int, str]
HAS = r"heeft|had|hadden|hebben|has|have|['’]s\s+got|got"
CUED_HEALTH = lazy(
    rf"(?i:\b(?:{HAS})\s+(?:(?:ook|al|nog|wat|een\s+beetje|also|still|some|du)\s+)?"
    r"(?:(?:de|het|la|le|l['’]|the)\s*)?(suiker|suker|suikerziekte|anxiety|angsten|diabète"
    r"|sugar)\b"
    r"(?!\s+(?:nodig|in|bij|op|gekocht|gekregen|genoeg|meer|minder|over|left|about|for|voor"
    r"|mee|meegebracht|with\s+(?:him|her|them|us|me)))"
    r"|\b(?:heeft|had|hebben|hadden)\s+(?:ook\s+|al\s+|nog\s+)?de\s+(k)\b(?!['’-])"
    r"|\b(?:she['’]s|she\s+is|ze\s+is|she\s+was)\s+(expecting)\b(?=\s*(?:$|[.,;:!?)]|again\b"
    r"|twins\b|another\b|her\b|their\b|in\s+\w+|a\s+(?:boy|girl|baby|child)\b))"
    r"|\b(?:spuiten|spuit|spuitjes|prikken|prikt|prikjes|insuline|pillen|medicatie|medicijnen"
    r"|piqûres?|piqures?|insulin|shots|injections?|pills|meds|médicaments|cachets)\s+(?:voor|pour"
    r"|for|tegen|contre|against)\s+(?:zijn|haar|z['’]n|d['’]r|son|sa|his|her|their|hun|leur)"
    r"\s+(suiker|sucre|sugar)\b"
    r"|\b(?:dat|omdat|die|of)\s+(?:hij|ze|zij|hem|mama|papa|opa|oma|\w+)\s+(?:ook\s+|al\s+|nog\s+)?"
    r"(suiker|suikerziekte)\s+(?:heeft|hebben)\b(?!\s+(?:nodig|gekocht|gekregen|gevraagd|mee))"
    r")"
)
"""Lay words of a condition, told by the verb: "heeft suiker", "heeft de k", "has anxiety",
"she's expecting again", and a treatment for someone's sugar ("spuiten voor zijn suiker",
"piqûres pour son sucre", "insulin shots for her sugar"), and the Dutch clause's order ("zegt dat
hij suiker heeft", review50a): diabetes told plainly."""
SUFFERS = lazy(
    r"(?i:\b(?:lijdt|leed|lijden|leden)\s+aan|\b(?:kampt|kampte|sukkelt|sukkelde)\s+met"
    r"|\bsuffer(?:s|ed|ing)?\s+from|\bsouffr(?:e|ait|ent|aient)\s+(?:de|d['’]|du|des)"
    r"|\batteinte?s?\s+(?:de|d['’]|du|des)|\bdiagnosed\s+with|\bgediagnosticeerd\s+met"
    r"|\b(?:diagnosis|diagnose|diagnostic|diagnostiek)\s*:"
    r"|\b(?:behandeld|behandelt|treated|soignée?s?|traitée?s?)\s+(?:voor|for|pour))\s*"
    r"(?:(?:een|de|het|zijn|haar|hun|a|an|the|his|her|their|la|le|les|une?|sa|son|ses)\s+"
    r"|l['’])?([^\W\d_][\w'’-]*(?:\s+(?:type\s+\w+|[^\W\d_]+(?:ziekte|disease|disorder)))?)"
)
"""A condition named after "lijdt aan", "suffers from", "souffre de", "treated for",
"diagnosis:"."""
NOT_A_CONDITION = frozenset(
    ["eenzaamheid", "armoede", "stress", "loneliness", "poverty", "solitude", "pauvreté", "froid",
     "cold", "heat", "chaleur", "hitte", "kou", "honger", "hunger", "faim", "schulden", "debts",
     "dettes", "pijn", "pain", "douleur", "douleurs", "situatie", "situation", "gebrek", "manque",
     "lack", "de", "het", "the", "la", "le", "zijn", "haar", "his", "her", "een", "a", "une",
     "nog", "niet", "geen", "none", "not", "no", "pas", "encore", "aucun", "unknown", "onbekend",
     "inconnu", "pending", "volgt", "à", "en", "in", "to"]
)  # fmt: skip
"""Hardships that are not a diagnosis ("souffre de la solitude") and stray small words."""
RELIGIOUS = lazy(
    r"(?i:\b(?:is|zijn|was|waren|are|were|be|been|est|sont|était|étaient|werd|became|become"
    r"|geworden|devenue?s?|blijft|remains|reste)\s+(?:(?:nu|now|maintenant|ook|also|aussi)\s+)?"
    r"((?:(?:heel|erg|zeer|zo|best|nogal|diep|sterk|very|quite|so|deeply|strongly|really|très"
    r"|fort|vraiment|profondément|assez)\s+)?(?:religieus|religieuze|religious|religieux|religieuses?"
    r"|gelovig|gelovige|vroom|vrome|devout|croyante?s?|pieuse?s?|pieux|pratiquante?s?"
    r"|praktiserend|praktiserende|practising|practicing|observant)))\b"
)
"""A person's religiousness with its intensifier: "ze is heel gelovig", "very religious"."""
FAITH = lazy(
    r"(?i:\b(?:haar|zijn|hun|sa|son|leur|her|his|their)\s+(?:eigen\s+|own\s+)?(geloof|foi|faith"
    r"|religie|religion|godsdienst)\b(?!\s+(?:in|en|dans|aan|dat|que|qu['’]|that)\b))"
)
"""Someone's faith named with its possessive: "haar geloof helpt haar"; "faith in the system"
and "ik geloof dat" stay."""
MATTERS = lazy(
    r"(?i:\b(religion|religie|godsdienst|geloof|foi|faith)\s+(?:is|est|was|était|blijft|reste"
    r"|remains|speelt|plays|joue|telt|compte|matters)\s+(?:(?:heel|erg|zeer|zo|très|very|really"
    r"|so|vraiment|super|nog\s+altijd|toujours|still)\s+)?(?:belangrijk|important|importante"
    r"|essentieel|essential|essentielle|centraal|central|centrale|een\s+grote\s+rol|a\s+big\s+role"
    r"|un\s+grand\s+rôle|a\s+lot|veel)\b)"
)
"""Religion said to matter to someone: "religion is very important to her"."""
CONVERTED = lazy(
    r"(?i:\b(?:est|suis|sont|était|s['’]est|se\s+sont|is|zijn|was)\s+(convertie?s?)\b"
    r"(?!\s+(?:à|au|aux|en|tot|naar|in|to)\b))"
)
"""Converted without a faith named ("il est converti"); with one: the word list."""
CONVERTED_EN = lazy(
    r"(?i:\b(?:he|she|they|hij|zij|ze)\s+(?:(?:has|had|recently|also|ook|pas)\s+)?"
    r"(converted|bekeerde\s+zich)\b(?!\s+(?:the|it|a|an|his|her|their|them|this|that|into|to\s+(?!islam"
    r"|christ|juda|cathol|hindu|budd)|from|money|euros?|het|de|een)\b))"
)
"""A person converted, the faith unsaid: "she converted last year"; "he converted the
garage" stays."""
SERVED_VAST = lazy(
    r"(?i:\b(?:zit|zat|zitten|zaten|heeft|had)\s+(?:(?:al|nog|ongeveer|bijna|meer\s+dan)\s+)?"
    rf"(?:{NUMBER})\s+(?:{UNIT})\s+(?:vast|vastgezeten|opgesloten|binnen|in\s+de\s+cel)\b"
    r"|\b(?:zit|zat|zitten|zaten)\s+(?:(?:nog|al|terug|weer|opnieuw|nu|momenteel|ook|nog\s+altijd"
    r"|sindsdien|sinds\s+\w+)\s+){1,2}vast\b(?!\s+(?:in|met|aan|op|tussen|door|bij|with)\b)"
    r"|\b(?:zit|zat|zitten|zaten)\s+(?:(?:al|nog|nu|terug|weer)\s+)?binnen\s+(?:voor|sinds|al)\s+"
    rf"(?:(?:{NUMBER})\s+(?:{UNIT})|de\s+kerst|januari|februari|maart|april|mei|juni|juli|augustus"
    r"|september|oktober|november|december|vorig\s+jaar|vorige\s+maand))"
)
"""Time served said with "vast" or "binnen": "hij zat drie jaar vast", "zit al een jaar vast",
"zit nog vast", "zit binnen voor drie jaar"; "zat nog vast in de file" is traffic, "zit
binnen" alone is indoors."""
INSIDE = lazy(
    r"(?i:\b(?:is|was|['’]s|been|are|were)\s+inside(?=\s+(?:for|since|until|till)\s+"
    rf"(?:(?:{NUMBER})\s+(?:{UNIT})|\w+))"
    r"|\b(?:been|was|is|['’]s)\s+inside\b(?=\s+(?:again|twice|before)\b))"
)
"""Inside as prison only with a length or a repetition: "he's been inside for two years"."""
TO_SERVE = lazy(
    r"(?i:\b(?:moet|moest|moeten|moesten|gaat|ging|zal|zou)\s+(?:(?:nog|ook|dan|wel)\s+)?"
    rf"(?:(?:{NUMBER})\s+(?:{UNIT})\s+)?(?:gaan\s+)?(?:brommen|opknappen|zitten)\b"
    r"(?<!\bzitten)|\b(?:moet|moest|moeten|moesten|zal|zou)\s+(?:(?:nog|ook|dan|wel)\s+)?"
    rf"(?:{NUMBER})\s+(?:{UNIT})\s+(?:gaan\s+)?zitten\b"
    r"|\b(?:heeft|had|hebben|hadden)\s+(?:(?:al|ook|nog|vroeger|eens|al\s+eens|ooit)\s+)?"
    r"gezeten(?=\s+(?:wegens|omwille)\b|\s+voor\s+(?!(?:de|het|een|zijn|haar|hun)\s+(?:tv"
    r"|televisie|computer|deur|raam|huis|school|spiegel|kachel)\b)))"
)
"""Time to serve said with "zitten" and a length, or "brommen": "moet nog twee jaar zitten";
a stay in the past with its reason: "heeft gezeten voor diefstal". "moet zitten" alone is
only sitting."""
SENTENCED = lazy(
    r"(?i:\b(?:a\s+pris|pris|prend|prendra|kreeg|krijgt|krijgen|kregen|heeft|had|got|gets|took"
    rf"|received)\s+(?:(?:{NUMBER})\s+(?:{UNIT})|(?:{NUMBER})\s+(?:{UNIT})\s+(?:de\s+prison|cel))"
    r"\s+(?:ferme|effectief|met\s+uitstel|avec\s+sursis|cel|celstraf|de\s+prison|in\s+prison"
    r"|suspended|inside)(?:\s+gekregen)?\b)"
)
"""A sentence said with its length and its kind: "a pris trois ans ferme", "kreeg twee jaar
effectief"; "he got three years" alone stays (three years of what)."""

BODY_NL = (
    r"knie|knieën|heup|heupen|rug|schouder|been|benen|enkel|voet|voeten|arm|armen|pols|hand"
    r"|hart|longen|long|nieren|nier|lever|maag|darmen|darm|ogen|oog|nek|hoofd|rugwervel"
)
BODY_FR = (
    r"genou|genoux|hanche|hanches|dos|épaule|jambe|jambes|cheville|pied|pieds|bras|poignet|main"
    r"|coeur|cœur|poumons|poumon|reins|rein|foie|estomac|yeux|oeil|œil|cou|tête|intestins"
)
BODY_EN = (
    r"knee|knees|hip|hips|back|shoulder|leg|legs|ankle|foot|feet|arm|arms|wrist|hand|heart"
    r"|lungs|lung|kidneys|kidney|liver|stomach|eyes|eye|neck|head|spine"
)
OWNER = r"(?:(?:zijn|haar|de|het|een|his|her|the|a|son|sa|ses|le|la|les|l['’])\s*)?"
BODY = lazy(
    rf"(?i:\b(?:geopereerd\s+aan|operatie\s+aan|ingreep\s+aan)\s+{OWNER}(?:{BODY_NL})\b"
    rf"|\b(?:gebroken|gebroke|verbrijzelde|slechte|zwakke)\s+(?:{BODY_NL.replace('hart|', '')})\b"
    rf"|\b(?:brak|breekt|gebroken)\s+{OWNER}(?:{BODY_NL.replace('hart|', '')})\b"
    rf"|\b(?:{BODY_NL.replace('hart|', '')})\s+(?:gebroken|geopereerd)\b"
    rf"|\bopérée?s?\s+(?:du|des|de\s+la|de\s+l['’]|à\s+la|au|aux)\s*(?:{BODY_FR})\b"
    rf"|\bopération\s+(?:du|des|de\s+la|de\s+l['’]|à\s+la|au|aux)\s*(?:{BODY_FR})\b"
    rf"|\b(?:{BODY_FR})\s+(?:opérée?s?|cassée?s?|fracturée?s?)\b"
    rf"|\b(?:cassé|cassée|fracturé|fracturée)\s+{OWNER}(?:{BODY_FR.replace('coeur|cœur|', '')})\b"
    rf"|\b(?:malade|problèmes?)\s+(?:du|des|de\s+la|de\s+l['’]|au|aux)\s*(?:{BODY_FR})\b"
    rf"|\b(?:operated\s+on|surgery\s+on|an\s+operation\s+on|operation\s+on)\s+{OWNER}"
    rf"(?:{BODY_EN})\b"
    r"|\bnieuwe\s+(?:heup|knie)\b|\bnew\s+(?:hip|knee)\b(?!\s+hop)"
    rf"|\b(?:broke|breaks|broken|fractured|bad|weak)\s+{OWNER}(?:{BODY_EN.replace('heart|', '')})"
    r"\b(?!\s+(?:door|yard|garden|seat|row|office|room|pocket|wheel))"
    rf"|\b(?:problemen|problems|trouble|klachten)\s+(?:met|with)\s+{OWNER}(?:{BODY_NL}|{BODY_EN})\b)"
)
"""An operation, a fracture or a weak organ named by its body part: "opéré du genou", "een
gebroken been", "she has a bad back"; "een gebroken hart" is an image."""
BODY_CUES = frozenset(
    ["geopereerd", "operatie", "ingreep", "gebroken", "gebroke", "verbrijzelde", "nieuwe",
     "slechte", "zwakke", "brak", "breekt", "opéré", "opérée", "opérés", "opérées", "opération",
     "cassé", "cassée", "cassés", "cassées", "fracturé", "fracturée", "fracturés", "fracturées",
     "malade", "problème", "problèmes", "operated", "surgery", "broke", "breaks", "broken",
     "fractured", "bad", "weak", "new", "problemen", "problems", "trouble", "klachten"]
)  # fmt: skip
BODY_PARTS = frozenset("|".join((BODY_NL, BODY_FR, BODY_EN)).split("|"))
"""The operation or fracture rule scans only a text that names a body part and a cue."""
HEALTH_CUES = frozenset(
    ["suiker", "suikerziekte", "anxiety", "angsten", "diabète", "k", "expecting", "sucre", "sugar",
     "suker"]
)  # fmt: skip
SUFFER_CUES = frozenset(
    ["lijdt", "leed", "lijden", "leden", "kampt", "kampte", "sukkelt", "sukkelde", "suffers",
     "suffer", "suffered", "suffering", "souffre", "souffrait", "souffrent", "souffraient",
     "atteint", "atteinte", "atteints", "atteintes", "diagnosed", "gediagnosticeerd", "behandeld",
     "behandelt", "treated", "soigné", "soignée", "soignés", "soignées", "traité", "traitée",
     "traités", "traitées", "diagnosis", "diagnose", "diagnostic", "diagnostiek"]
)  # fmt: skip
RELIGIOUS_CUES = frozenset(
    ["religieus", "religieuze", "religious", "religieux", "religieuse", "religieuses", "gelovig",
     "gelovige", "vroom", "vrome", "devout", "croyant", "croyante", "croyants", "croyantes",
     "pieuse", "pieuses", "pieux",
     "pratiquant", "pratiquante", "pratiquants", "pratiquantes", "praktiserend", "praktiserende",
     "practising", "practicing", "observant"]
)  # fmt: skip
FAITH_CUES = frozenset(["geloof", "foi", "faith", "religie", "religion", "godsdienst"])
DETENTION_RULES = (
    (frozenset(["vast", "vastgezeten", "opgesloten", "binnen", "cel", "inside"]),
     (SERVED_VAST, INSIDE)),
    (frozenset(["zitten", "gezeten", "brommen", "opknappen"]), (TO_SERVE,)),
    (frozenset(["ferme", "effectief", "uitstel", "sursis", "suspended", "cel", "celstraf",
                "prison", "inside"]), (SENTENCED,)),
)  # fmt: skip
"""Each detention rule scans only a text that holds one of its cue words."""


@lru_cache(maxsize=4)  # three rules ask about the same text in turn
def words_of(text: str) -> frozenset[str]:
    """The lower-case words of `text` as a set, built once and shared by every rule that
    asks whether its cue words are there (categories, institutions)."""
    return frozenset(tokenise(text)[1])


CuedRule = tuple[frozenset[str], re.Pattern[str], str]


def cued_matches(
    text: str, rules: tuple[CuedRule, ...], all_cues: frozenset[str]
) -> Iterator[tuple[re.Pattern[str], re.Match[str], int, str]]:
    """Each match of each rule whose cue words are in the text, with the first group that
    matched (0: the whole match) and the rule's category: the set lookups that keep most
    texts from any scan, written once for every table of cued rules."""
    words = words_of(text)
    if all_cues.isdisjoint(words):
        return
    for cues, pattern, category in rules:
        if cues.isdisjoint(words):
            continue
        for match in pattern.finditer(text):
            group = next((g for g in range(1, pattern.groups + 1) if match.group(g)), 0)
            yield pattern, match, group, category


def cued_categories(text: str) -> Iterator[Found]:
    """Health, religion and detention told by the words around them; a set lookup on the
    words of the text decides which rule needs to scan it."""
    words = words_of(text)
    if not HEALTH_CUES.isdisjoint(words):
        for match in CUED_HEALTH.finditer(text):
            group = next(g for g in (1, 2, 3, 4, 5) if match.group(g))
            if match.group(group).lower() == "sugar" and match.group().lower().startswith("have"):
                continue  # "do you have sugar?": offered, not a condition
            yield match.start(group), match.end(group), "health"
    if not BODY_CUES.isdisjoint(words) and not BODY_PARTS.isdisjoint(words):
        for match in BODY.finditer(text):
            yield match.start(), match.end(), "health"
    if not SUFFER_CUES.isdisjoint(words):
        for match in SUFFERS.finditer(text):
            first = match.group(1).split()[0].lower()
            if first not in NOT_A_CONDITION and not degree_word(first):
                yield match.start(1), match.end(1), "health"
    if not RELIGIOUS_CUES.isdisjoint(words):
        for match in RELIGIOUS.finditer(text):
            yield match.start(1), match.end(1), "religion"
    if not FAITH_CUES.isdisjoint(words):
        for pattern in (FAITH, MATTERS):
            for match in pattern.finditer(text):
                yield match.start(1), match.end(1), "religion"
    if "converti" in words or "convertie" in words or "convertis" in words or "converties" in words:
        for match in CONVERTED.finditer(text):
            yield match.start(1), match.end(1), "religion"
    if "converted" in words or "bekeerde" in words:
        for match in CONVERTED_EN.finditer(text):
            yield match.start(1), match.end(1), "religion"
    for cues, patterns in DETENTION_RULES:
        if not cues.isdisjoint(words):
            for match in (m for pattern in patterns for m in pattern.finditer(text)):
                yield match.start(), match.end(), "detention"
