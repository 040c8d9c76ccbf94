"""Special categories told in a worker's shorthand, where the word alone is an everyday word
or an acronym: "66% invalide", "a fait une TS", "opgenomen in het PZ",
"had an OD", "naar de AA", "nuchter sinds nieuwjaar", "a perdu le bébé", "is hervallen",
"wil er een einde aan maken", "ze is zwart", "zit binnen voor diefstal", "est dedans depuis
deux ans" (review22d). Each rule masks the words that tell the fact, never the subject, and
runs only when one of its cue words is in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.category_cues import cued_matches
from bot.privacy.lazy_patterns import lazy

Found = tuple[int, int, str]
INVALID = lazy(
    r"(?i:\b\d{1,3}\s?%\s+(invalide)\b|\b(invalide)\s+(?:à|a|voor)\s+\d{1,3}\s?%"
    r"|\b(?:hij|ze|zij|meneer|mevrouw|mevr|mvr|mr|il|elle|monsieur|madame|mme)\s+(?:is|was|werd"
    r"|est|était|etait|reste|blijft)\s+(?:(?:volledig|erkend|totalement|reconnue?)\s+)?"
    r"(invalide)\b)"
)
"""Disabled, said of a person or with its percentage ("mot de passe invalide" stays)."""
ORGANS = r"nieren|nier|longen|lever|darmen|blaas|prostaat"
ORGAN_TROUBLE = lazy(
    rf"(?i:\blast\s+van\s+(?:zijn|haar|z['’]n|d['’]r|zn)\s+({ORGANS}|hart)\b"
    rf"|\bhet\s+aan\s+(?:zijn|haar|z['’]n|d['’]r|zn)\s+({ORGANS})\b"
    r"|\b(problèmes?\s+(?:de|au|aux)\s+(?:cœur|coeur|reins|rein|foie|poumons|prostate))\b"
    r"(?!\s+d['’]artichaut)"
    r"|\b((?:kidney|liver|lung|heart|bladder|prostate)\s+(?:problems?|issues?|trouble|disease"
    r"|failure))\b)"
)
"""An organ that troubles someone: "last van haar nieren", "problèmes de coeur"."""
ACRONYMS = lazy(
    r"(?i:\b(?:fait|faite|refait|fera|faire|avait\s+fait)\s+(?:une|des|deux|trois|plusieurs)\s+"
    r"(ts)\b|\b(?:in|naar|uit|op)\s+(?:(?:het|['’]t|t|de)\s+(pz|upc|mfc)|een\s+(upc|mfc))\b"
    r"(?!\s+(?:laan|straat|weg))"
    r"|\b(?:après|apres|depuis|suite\s+à|suite\s+a)\s+(?:une|sa|ses|deux)\s+(ts)\b"
    r"|\b(?:had|has|heeft|hadden|after|na)\s+(?:an|een)\s+(od)\b|\b(?:een|an)\s+(od)\s+(?:gehad"
    r"|gedaan)\b|\b(?:naar\s+de|naar|to|aux|at|bij\s+de)\s+(aa)\b(?=\s*(?:$|[.,;:!?)]|meetings?\b"
    r"|vergadering|le\s|de\s|op\s|on\s|elke|every|chaque|tous|helpt|helps|aide))"
    r"|\b(aa)[- ](?:meetings?|vergadering(?:en)?|groep|group)\b|\bréunions?\s+(?:des\s+)?(aa)\b"
    r"|\b(aa)\s+(?:helpt|hielp|helps|helped|aide|l['’]aide)\b|\b(na)[- ]meetings?\b"
    r"|\bréunions?\s+(?:des\s+)?(na)\b|\b(?:au|du|le|het|the)\s+(ssm)\b"
    r"|\b(?:had|has|heeft|a\s+fait)\s+(?:a|an|een|une)\s+(seizure|epilepsieaanval"
    r"|crise\s+d['’]épilepsie)\b)"
)
"""Acronyms that are words elsewhere: a suicide attempt ("une TS"), a psychiatric hospital
("in het PZ"), a centre for disabled children ("zit in een MFC"), an overdose ("had an
OD"), Alcoholics Anonymous ("naar de AA", "AA helpt")."""
WARD = lazy(
    r"(?i:\b(?:à|a|en|dans)\s+(?:la\s+)?(maternité|maternite)\b"
    r"|\b(?:voor|pour|for|tegen|contre|against)\s+(?:zijn|haar|z['’]n|d['’]r|his|her|ses|son|sa)"
    r"\s+(angsten|angoisses|anxiety|paniekaanvallen|crises\s+d['’]angoisse)\b"
    r"|\b(?:hij|ze|zij|meneer|mevrouw|mr|mevr|mvr|dhr|mme|il|elle|he|she)\s+(snuift|sniffe|snorts)\b"
    r"(?!\s+(?:aan|de|het|the|le|la|les|at|op)\b))"
)
"""A maternity ward, someone's anxieties treated ("voor zijn angsten"), and snorting said of
someone ("hij snuift in 't weekend"; "de hond snuift aan de zak" stays)."""
SOBER = lazy(
    r"(?i:\b(?:is|zijn|blijft|bleef|was|been|is\s+now|est|reste|staying)\s+(?:al\s+|nu\s+|now"
    r"|maintenant\s+)?(nuchter|clean|sober|sobre|abstinent[e]?)\s+(?:sinds|since|depuis|for\s+\d"
    r"|al\s+\d|voor\s+\d)"
    r"|\b(?:\d+|een|twee|drie|vier|vijf|zes|one|two|three|four|five|six|un|deux|trois)\s+"
    r"(?:maand|maanden|jaar|weken|months?|years?|weeks?|mois|ans?|semaines)\s+(clean|nuchter|sober"
    r"|sobre)\b|\b(?:been|is|zijn|est)\s+(clean|sober)\s+(?:for\s+)?(?:\d+|one|two|three|four|five"
    r"|six)\s+(?:months?|years?|weeks?)\b"
    r"|\b(?:is|zijn|was)\s+(?:(?:weer|opnieuw|terug)\s+)?(hervallen)\b(?!\s+in\b)"
    r"|\b(?:he|she|they|who|mr|mrs|ms)\s+(?:has\s+|had\s+)?(relapsed)\b"
    r"|\b(?:a|avait|ont)\s+(rechuté)\b|\b(?:was|is|weer|werd|compleet)\s+(lazarus)\b)"
)
"""Drinking or drugs told by sobriety, a relapse or Flemish slang for drunk ("lazarus")."""
LOST_CHILD = lazy(
    r"(?i:\b((?:a\s+)?perdu\s+(?:le|son|leur|un|son\s+petit)\s+(?:bébé|bebe))\b"
    r"|\b((?:haar|hun|een|het)\s+(?:kindje|baby|ongeboren\s+kindje)\s+verloren)\b"
    r"|\b(lost\s+(?:the|her|their|a)\s+baby)\b)"
)
"""A miscarriage told plainly: "elle a perdu le bébé", "ze is haar kindje verloren"."""
ENDING_IT = lazy(
    r"(?i:\b(er\s+(?:zelf\s+)?een\s+einde\s+aan\s+(?:willen\s+|te\s+)?maken)\b"
    r"|\b(en\s+finir)\b(?=\s*(?:$|[.,;:!?)]|avec\s+la\s+vie|a\s+dit|dit|disait))"
    r"|\b(end\s+it\s+all|kill\s+(?:him|her|them)sel(?:f|ves))\b)"
)
"""Suicidal thoughts told without the word: "hij wil er een einde aan maken", "veut en finir"."""
HEROIN = lazy(r"(?i:\b(?:de|à|a)\s+l['’](héro|hero)\b)")
"""Heroin by its short name ("se shoote à l'héro"); "un héros" stays."""
MASS = lazy(
    r"(?i:\b(?:elke|iedere|alle)\s+(?:zondag|zondagen|zaterdag|week|dag)\s+naar\s+de\s+(mis)\b"
    r"|\b(?:tous\s+les\s+(?:dimanches|jours|samedis)|chaque\s+(?:dimanche|jour|semaine))\s+(?:à|a)"
    r"\s+la\s+(messe)\b|\b(?:every|each)\s+(?:sunday|week|day)\s+to\s+(mass)\b)"
)
"""Going to mass, said without a verb of its own ("elke zondag naar de mis")."""
RAMADAN = lazy(r"(?i:\b(?:est|sont|était|etait|zijn|is)\s+(au\s+ramadan|aan\s+de\s+ramadan)\b)")
LIMB = lazy(
    r"(?i:\b((?:been|voet|arm|teen|tenen|onderbeen)\s+(?:is|werd|zijn|werden)\s+(?:ge)?(?:afgezet"
    r"|geamputeerd))\b|\b(had\s+a\s+fit|een\s+aanval\s+gehad|fait\s+une\s+crise)\b)"
)
"""A limb taken off ("zijn been is afgezet"); a fit in a text that names epilepsy (the fit
alone may be anger: only then is LIMB's second part read, see `shorthand_categories`)."""
WITNESSES = lazy(
    r"(?i:\b(?:het|ze|zij|ils|elles)\s+(?:zijn|sont)\s+(?:(?:ook|allemaal|tous|toutes|des)\s+)?"
    r"(getuigen|témoins)"
    r"(?=\s*(?:$|[.!?)]))|\b(?:zit|zat|is|was|zijn)\s+bij\s+de\s+(getuigen)\b"
    r"|\b(?:quitté|quitte|rejoint|rejoint)\s+les\s+(témoins)\b|\bleft\s+the\s+(witnesses)\b)"
)
"""Jehovah's witnesses said short at the end of a sentence ("het zijn getuigen"; "de getuigen
waren er niet" stays)."""
CHURCH_KIND = lazy(
    r"(?i:\b(?:naar|à|a|to)\s+(?:de\s+|la\s+|l['’]|the\s+)?(?:kerk|église|eglise|church)\s+"
    r"((?:évangélique|evangelique|protestante|pentecôtiste"
    r"|pentecotiste|adventiste|orthodoxe|kimbanguiste|de\s+réveil|van\s+de\s+pinksteren"
    r"|de\s+(?:la\s+)?pentecôte)\b))"
)
"""The denomination after a church already masked ("va à l'église évangélique")."""
ROMA = lazy(
    r"(?i:\b(?:est|sont|is|zijn|are|was|were|était|étaient)\s+(roms?|tsiganes?|gitans?|gitanes?"
    r"|zigeuners?|gypsies|gypsy)\b"
    r"|\((roms?)\s+(?:de|du|d['’]|uit|van|from)\s+(?=[^\W\d_]{3})"
    r"|\b(?:mari|femme|époux|épouse|husband|wife|gezin|familie|family)\s+(roms?)\b(?![-'’])"
    r"(?!\s+(?:de|du|d['’])\s*\d))"
)
"""A family said to be Roma by a short or an old word ("la famille est rom", "bogdan (rom de
roumanie)": probe49)."""
NUN = lazy(
    r"(?i:\b(?:is|was|werd)\s+(?:een\s+)?(non)\b(?![-\w])(?!\s*[,.!]?\s*(?:ja|nee|merci|pas)\b))"
)
BLACK = lazy(
    r"(?i:\b(?:hij|ze|zij|meneer|mevrouw|mr|mevr|il|elle|monsieur|madame|mme|he|she)\s+(?:is|est"
    r"|était|etait|was)\s+(zwart|noir|noire|black)\b(?!\s+(?:van|de|of|from|en\s+blauw"
    r"|gekleed|habillée?|dressed|and\s+blue|geworden))"
    r"|\b(?:he|she)['’]s\s+(black)\b(?!\s+(?:and\s+blue|with|from|eye))"
    r"|\b(?:noemt|noemen|noemde|noemden)\s+(?:hem|haar)\s+(de\s+zwarte)\b"
    r"|\b(?:een|a|une?)\s+(zwarte|black)\s+(?:man|vrouw|jongen|meisje|jongere|familie|woman|boy"
    r"|girl|family|guy)\b|\b(?:homme|femme|garçon|fille|famille|jeune)\s+(noire?)\b"
    r"(?!\s+(?:de\s+(?:colère|monde)))"
    r")"
)
"""Skin colour said of a person ("ze is zwart", "een zwarte man", "une femme noire"); "de auto
is zwart", "zwart van het volk" stay."""
INSIDE = lazy(
    r"(?i:\b((?:zit|zat|zitten|zaten)\s+binnen)\s+(?:voor\s+(?:een\s+|de\s+)?(?:drugs\w*|diefstal"
    r"|geweld|moord|overval|inbraak|slagen|fraude|feiten|\w*deal|dealen|dealing)|sinds\s+(?:\d"
    r"|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    r"|vorig\s+jaar|vorige\s+(?:maand|week))"
    r"|al\s+\w+\s+(?:jaar|maand|maanden|weken)|tot\s+(?:vorige|volgende|eind|\d))"
    r"|\b((?:est|était|etait|sont|étaient)\s+dedans)\s+(?:depuis\s+(?:\d+|un|une|deux|trois"
    r"|quatre|cinq|six|quelques|plusieurs)\s+(?:ans?|mois|semaines)|pour\s+(?:vol|trafic"
    r"|violence|meurtre|braquage|une\s+affaire|deal))"
    r"|\b(?:dad|father|brother|son|husband|uncle|mum|mother|boyfriend|partner)\s+(?:is|['’]s"
    r"|was|has\s+been)\s+(?:still\s+)?(inside)(?=\s*(?:$|[,.;:!?]|for\b|since\b|again\b|now\b))"
    r"|\b(?:draagt|droeg)\s+(?:een\s+)?(bracelet)\b)"
)
"""Prison in slang: "zit binnen voor diefstal", "est dedans depuis deux ans" ("de kinderen
zitten binnen te spelen", "le chat est dedans" stay)."""
RULES: tuple[tuple[frozenset[str], re.Pattern[str], str], ...] = (
    (frozenset(["invalide"]), INVALID, "health"),
    (frozenset(["last", "het", "problème", "problèmes", "problem", "problems", "issues", "issue",
                "trouble", "disease", "failure"]), ORGAN_TROUBLE, "health"),
    (frozenset(["ts", "pz", "upc", "mfc", "od", "aa", "na", "ssm", "seizure",
                "aa-vergaderingen", "aa-vergadering", "aa-meeting", "aa-meetings", "na-meetings",
                "épilepsie"]), ACRONYMS, "health"),
    (frozenset(["maternité", "maternite", "angsten", "angoisses", "anxiety", "paniekaanvallen",
                "angoisse", "snuift", "sniffe", "snorts"]), WARD, "health"),
    (frozenset(["nuchter", "clean", "sober", "sobre", "abstinent", "abstinente", "hervallen",
                "relapsed", "rechuté", "lazarus"]), SOBER, "health"),
    (frozenset(["bébé", "bebe", "kindje", "baby"]), LOST_CHILD, "health"),
    (frozenset(["einde", "finir", "end", "kill"]), ENDING_IT, "health"),
    (frozenset(["héro", "hero"]), HEROIN, "health"),
    (frozenset(["mis", "messe", "mass"]), MASS, "religion"),
    (frozenset(["ramadan"]), RAMADAN, "religion"),
    (frozenset(["non"]), NUN, "religion"),
    (frozenset(["getuigen", "témoins", "witnesses"]), WITNESSES, "religion"),
    (frozenset(["afgezet", "geamputeerd", "fit", "aanval", "crise"]), LIMB, "health"),
    (frozenset(["kerk", "église", "eglise", "church"]), CHURCH_KIND, "religion"),
    (frozenset(["zwart", "zwarte", "noir", "noire", "black"]), BLACK, "origin"),
    (frozenset(["rom", "roms", "tsigane", "tsiganes", "gitan", "gitans", "gitane", "gitanes",
                "zigeuner", "zigeuners", "gypsies", "gypsy"]), ROMA, "origin"),
    (frozenset(["binnen", "dedans", "inside", "bracelet"]), INSIDE, "detention"),
)  # fmt: skip
ALL_CUES = frozenset().union(*(cues for cues, _, _ in RULES))
"""Each rule with the words without which it cannot match, and its category."""


def shorthand_categories(text: str) -> Iterator[Found]:
    """Health, religion, origin and detention told in the shorthand above."""
    for pattern, match, group, category in cued_matches(text, RULES, ALL_CUES):
        if match.group(group).lower() == "clean" and _a_thing_before(text, match.start()):
            continue  # "het huis is clean sinds de poetsvrouw": tidy, not sober
        if group == 2 and pattern.pattern == LIMB.pattern and "epilep" not in text.lower():
            continue  # "she had a fit when she saw the bill": anger
        yield match.start(group), match.end(group), category


THINGS = frozenset(["huis", "keuken", "kamer", "appartement", "living", "badkamer", "wc",
                    "toilet", "house", "flat", "room", "kitchen", "bathroom", "maison",
                    "cuisine", "chambre", "salle", "studio", "kot", "it", "alles", "everything",
                    "tout", "vloer", "floor", "sol"])  # fmt: skip
"""Things that are clean: a tidy room says nothing of anyone's sobriety."""


def _a_thing_before(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start].lower().split()
    return bool(before) and before[-1] in THINGS
