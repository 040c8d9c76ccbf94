"""Detention and religion told in phrasings that no word list holds.

"hij zit zijn laatste maanden uit" and "he will be released next month" name no prison,
"de kerk is heel belangrijk voor haar" and "elle prie beaucoup" no faith, yet each states
the fact about someone. Each rule masks the words that state it (the verb with its
particle, the place of worship, the verb of prayer), never the subject nor the time, and
scans a text only when a set lookup finds its cue words there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.category_cues import cued_matches
from bot.privacy.detention import NUMBER, UNIT
from bot.privacy.lazy_patterns import lazy

Found = tuple[int, int, str]
SERVES_OUT = lazy(
    r"(?i:\b(?:zit|zat|zitten|zaten)\s+(?:(?:nog|al|nu)\s+)?(?:zijn|haar|hun|de)\s+"
    r"(?:[\w-]+\s+){0,2}(?:straf|maanden|jaren|jaar|weken|celstraf|gevangenisstraf)\s+"
    r"(?:nog\s+)?uit\b)"
)
"""Time served out said in Dutch: "zit zijn laatste maanden uit", "zat haar straf uit"."""
SUBJECT = (
    r"he|she|they|him|her|dad|father|husband|son|brother|partner|boyfriend|uncle|cousin|mum"
    r"|mother|wife|daughter|sister|girlfriend"
)
TIME_AFTER = (
    r"next\s+(?:week|month|year|spring|summer|autumn|winter)|soon|tomorrow|this\s+(?:week"
    r"|month|year)|in\s+(?:\d+|a|one|two|three|four|five|six|a\s+few)\s+(?:days?|weeks?|months?"
    r"|years?)|(?:in|on|by|before)\s+(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|\w+day)"
)
RELEASED_EN = lazy(
    rf"(?i:\b(?:{SUBJECT})(?:\s+|['’])((?:(?:will|['’]ll|is\s+going\s+to|is\s+to|should|might"
    r"|may|could)\s+be|is|was|are|were|has\s+been|had\s+been|s\s+getting|s|gets|got|get"
    r"|is\s+getting|will\s+get|['’]ll\s+get|ll\s+get)\s+(?:(?:finally|soon|probably|only|just|being)\s+)?"
    r"(?:released|freed|paroled|let\s+out|out)(?:\s+(?:from\s+(?:prison|jail|custody)|on\s+"
    rf"(?:parole|licen[cs]e|bail)))?)(?=\s+(?:{TIME_AFTER})\b|\s+(?:from\s+(?:prison|jail|custody)"
    r"|on\s+(?:parole|licen[cs]e|bail))\b|(?<=parole)|(?<=licence)|(?<=license)|(?<=bail)"
    r"|(?<=jail)|(?<=prison)|(?<=custody)))"
)
"""A release to come or just past, said of a person with its time or its kind: "he will be
released next month", "she gets out in june", "he was let out on licence". "released" and
"out" alone are everyday words ("the album was released", "she is out today")."""
RELEASE_TO_COME = lazy(
    r"(?i:\b(?:he|she|they|dad|father|husband|son|brother|boyfriend|partner|uncle)\s+((?:will"
    r"|would|should|could|might|may)\s+be\s+released(?!\s+from\s+(?:the\s+)?(?:hospital|care))"
    r"(?:\s+(?:from\s+(?:prison|jail|custody)|on\s+(?:parole|bail|licence|license)|early|soon"
    r"|next\s+(?:week|month|year)|in\s+\w+|this\s+(?:week|month|year)))*))"
)
"""A release to come with a modal says the person is inside, whatever follows: "he will be
released", "she might be released early"; not from hospital or care."""
OUT_VERBS = lazy(r"(?i:^(?:gets|got|get|s\s+getting|is\s+getting|will\s+get|ll\s+get)\b)")
WHEN_OUT = lazy(rf"(?i:\s+(?:{TIME_AFTER})\b)")
""""gets out" states a release only with its time, so the time is part of the phrase: "he
gets out next month"; after "released" the time stays outside ("was released last year")."""
OUTING = lazy(
    r"(?i:\s+(?:on\s+(?:a\s+)?(?:holiday|vacation|trip|camp|leave)|for\s+(?:a|the)\s+(?:walk|trip"
    r"|holidays?|drink|day|weekend)|to\s+(?:see|visit)|to\s+the\s+(?:coast|seaside|sea|beach|park"
    r"|mountains|countryside)|from\s+(?:the\s+)?(?:rehab|hospital|clinic|ward|detox|shelter))\b)"
)
"""Where an outing goes or a stay ends, after "gets out" and its time: not out of prison."""
WENT_DOWN = lazy(
    rf"(?i:\b(?:{SUBJECT})\s+(?:went|goes|is\s+going|will\s+go)\s+down\s+for\s+(?:{NUMBER})"
    rf"\s+(?:{UNIT}))"
)
"""A sentence in British slang: "he went down for three years"."""
PRISON_TOWNS = (
    r"haren|lantin|merksplas|hoogstraten|wortel|jamioulx|marneffe|ittre|everberg|ruiselede"
    r"|paifve|berkendael|andenne"
)
SERVED_IN = r"saint-gilles|sint-gillis|forest|vorst"
"""Towns with a prison where many live too: only time served there says detention ("did two
years in saint-gilles"), not "zit in vorst"."""
IN_A_PRISON_TOWN = lazy(
    r"(?i:(?:\b(?:zit|zat|zitten|zaten|verblijft|verbleef)\s+(?:(?:nu|al|nog|sinds\s+\w+)\s+)?in"
    r"|\b(?:est|était|etait|is|was|is\s+held|was\s+held)\s+(?:à|a|in|at))"
    rf"(?=\s+(?i:{PRISON_TOWNS})\b)"
    r"|\b(?:fait|did|done|served|deed)\s+(?:\w+\s+){1,2}(?:ans?|mois|jaar|maanden|years?"
    rf"|months?)\s+(?:à|a|in|at)(?=\s+(?i:{PRISON_TOWNS}|{SERVED_IN})\b))"
    r"(?!\s+(?i:\S+)\s+(?i:op|naar|à|at|in)\s+(?i:school|l['’]école|college|de\s+klas))"
)
PRISON_TOWN = lazy(
    r"(?i:\b(?:zit|zat|zitten|zaten|verblijft|verbleef)\s+(?:(?:nu|al|nog|sinds\s+\w+)\s+)?in"
    r"|\b(?:est|était|etait|is|was|is\s+held|was\s+held)\s+(?:à|a|in|at)"
    r"|\b(?:fait|did|done|served|deed)\s+(?:\w+\s+){1,2}(?:ans?|mois|jaar|maanden|years?"
    rf"|months?)\s+(?:à|a|in|at)(?=\s+(?i:{SERVED_IN})\b))(?=\s+(?i:{PRISON_TOWNS}|{SERVED_IN})\b"
    r"(?!\s+(?i:op|naar|à|at|in)\s+(?i:school|l['’]école|college|de\s+klas)))"
)
PRISON_TOWN = lazy(rf"\s+((?i:{PRISON_TOWNS}))\b")
"""A stay in a town known for its prison and little else: "zit in Haren", "est à Lantin", a
time done there ("a fait deux ans à Lantin", eleventh session), "à" typed without its accent
("est a haren", probe19)."""
WORSHIP_PLACE = lazy(
    r"(?i:\b(?:(?:de|het|la|l['’]|the)(?=\s*\w+\s+\w+\s+(?:\w+\s+)?\w+\s+(?:voor|pour|to|for)\s+"
    r"(?:haar|hem|hen|hun|elle|lui|eux|her|him|them)\b)|haar|zijn|hun|sa|son|leur|her|his|their)"
    r"\s*(kerk|moskee"
    r"|église|eglise|mosquée|church|mosque|synagoge|synagogue|tempel|temple|parochie|paroisse"
    r"|parish)\s+(?:is|est|was|était|blijft|reste|remains|betekent|means|compte|counts|matters"
    r"|speelt|plays|joue)\s+(?:(?:heel|erg|zeer|zo|très|very|really|so|vraiment|super|nog\s+altijd"
    r"|toujours|still)\s+)?(?:belangrijk|important|importante|essentieel|essential|essentielle"
    r"|centraal|central|centrale|alles|everything|tout|veel|a\s+lot|beaucoup|een\s+grote\s+rol"
    r"|a\s+big\s+role|un\s+grand\s+rôle)\b)"
)
"""A place of worship said to matter to someone: "de kerk is heel belangrijk voor haar", "sa
paroisse compte beaucoup"; "la paroisse est importante pour le quartier" stays."""
PRAYS = lazy(
    r"(?i:\b(?:il|elle|ils|elles|ze|hij|zij|she|he|they|mama|papa|maman|moeder|vader|mother"
    r"|father|mum|dad|et|and)\s+(?:(?:ne|n['’]|niet|nog|still|no\s+longer|never|nooit|jamais|veel|vaak"
    r"|often|souvent|also|ook|aussi|doesn['’]t|does|did|didn['’]t)\s+)?(prie|prient|priait"
    r"|priaient|bidt|bad|baden|bidden|prays|prayed|pray)\b"
    r"(?!\s+(?:de|que|qu['’]|dat|that|it|for\s+(?:good|luck|the\s+best)|voor\s+(?:goed|beter)"
    r"|pour\s+que|om|to|the|him|her|them|les|la|le|me|vous|nous|at|in|à|dans)\b))"
)
"""Someone who prays: "elle prie beaucoup", "hij bidt nog", "she prays", "porte le foulard et
prie beaucoup" (review22d); "elle nous prie de
venir", "we prayed it would stop" stay, and a place after it is the place's to mask."""
NUN = lazy(r"(?i:\b(?:est|était|sont|devenue?s?|une|is|werd)\s+(religieuses?)\b(?!\s+(?:au|à)\b))")
"""A nun in French: "elle est religieuse"; "une religieuse au chocolat" is a pastry."""
CONVERT = lazy(
    r"(?i:\b(?:muslim|moslim|catholic|katholieke|christian|christelijke|jewish|joodse|islamic)"
    r"\s+(?:convert|converts|bekeerling|bekeerlinge)\b)"
)
"""A convert with the faith named: "a muslim convert"."""
STILL_HELD = lazy(
    r"(?i:\b(?:zit|zat|zitten|zaten)\s+(?:(?:al|nog|toen|lang|daar|er|een\s+tijd|sinds\s+\w+)\s+)"
    r"{1,3}vast\b(?!\s+(?:in\s+(?:de\s+file|het\s+verkeer|de\s+sneeuw|de\s+lift)|met|aan|op|tussen"
    r"|door|bij|with)\b))"
)
"""Held, with the words between verb and "vast" that the other rules lack: "zit al lang
vast", "zat toen vast"; "zat toen vast in de file" is traffic."""
SENTENCE_SERVED = lazy(
    rf"(?i:\b(?:is\s+|was\s+|['’]s\s+)?(?:serving|served|serves|doing|did)\s+(?:a|an|his|her"
    rf"|their)\s+(?:(?:{NUMBER})[- ](?:year|month|week)s?\s+|(?:long|short|prison|jail|life"
    r"|custodial)\s+)?sentence\b)"
)
"""A sentence being served: "he is serving a four year sentence"."""
PRACTICE_LEAD = lazy(
    r"(?i:\b(?:dragen|porter|wearing|wear|a\s+quitté|quitté|quitter|left|leaving|verliet"
    r"|verlaten|attends|attending|attended|observes|observing|observe)\s+"
    r"(?:(?:(?:sinds\s+kort|nu|al|ook|toujours|désormais|maintenant|now|always|also|still)\s+)?"
    r"(?:de|het|een|le|la|les|un|une|the|a|her|his|haar|zijn|hun|sa|son|ses|their)\s+|l['’])?$)"
)
"""The verb of a practice joins its object where the word list has only its finite forms:
"porter le voile", "wearing the hijab", "a quitté l'islam", "attends mass". Eating halal or
kosher stays the food word alone, as the notes' writers label it."""
PRACTICE_AFTER = lazy(
    r"(?i:\s+(?:(?:vijf|5|cinq|five|twee|2|deux|two|drie|3|trois|three)\s+(?:keer|fois|times)\s+"
    r"(?:per|par|a)\s+(?:dag|jour|day|week|semaine)|(?:elke|iedere|every|each)\s+(?:dag|week"
    r"|vrijdag|zondag|zaterdag|day|friday|sunday|saturday|morning|evening)|tous\s+les\s+(?:jours"
    r"|vendredis|dimanches|samedis|soirs|matins)|chaque\s+(?:jour|vendredi|dimanche|samedi)"
    r"|(?:kerk|church|église|tempel|temple|moskee|mosque|mosquée|gemeente|congregation"
    r"|synagoge|synagogue))\b)"
)
"""How often, or the place a denomination names: "fait sa prière cinq fois par jour", "a
pentecostal church", "de boeddhistische tempel"."""
FASTS = lazy(
    r"(?i:\b(?:ze|hij|zij|elle|il|she|he|they|ils|elles)\s+(?:(?:ook|nog|niet|also|still|aussi"
    r"|ne)\s+)?(vast|vastte|jeûne|jeûnait|jeûnent|fasts|fasted)\b|\b(vast|vastte)(?=\s+(?:ze"
    r"|hij|zij)\b))"
)
"""Fasting in a text that names its period: "tijdens de ramadan vast ze ook"."""
FAST_PERIODS = frozenset(["ramadan", "ramadhan", "carême", "vastenperiode", "lent", "kippur"])
ROM = lazy(r"(?i:\brom\b(?!\s*(?:de\s+|van\s+|of\s+)?\d|\s*(?:memory|geheugen|mémoire)))")
"""A Rom (as "roms", "roma" in the lists; review50a and eighteen tuning sets): not a computer's
ROM ("(rom de 2 gb) kapot", probe49)."""
ISLES = r"iers|ierse|irish|irlandaise?s?|schots|schotse|scottish|[ée]cossaise?s?|welsh|galloise?s?"
KIN = (
    r"dad|mum|mom|father|mother|boyfriend|girlfriend|husband|wife|family|man|woman|guy|girl|boy"
    r"|neighbour|neighbor|lady|vader|moeder|papa|mama|buurvrouw|buurman|vriend|vriendin|vrouw"
    r"|familie|gezin|jongen|meisje|ouders|parents|famille|copain|copine|mari|femme|voisine?"
    r"|p[èe]re|m[èe]re|maman|origin|afkomst|origine|descent|roots"
)
ISLANDER = lazy(
    rf"(?i:(?:\b(?:is|est|zijn|sont|are|was|were|waren|était|etait|['’]s|ben|bent)\s+(?:(?:een"
    rf"|une?|an?|half|northern|noord-)\s*)?|\(\s*)({ISLES})\b|\b({ISLES})\s+(?:{KIN})\b"
    rf"|\b(?:{KIN})\s+({ISLES})\b|,\s*({ISLES})\s*[,;)])"
)
ISLANDERS = frozenset(
    """iers ierse irish irlandais irlandaise irlandaises schots schotse scottish écossais écossaise
    écossaises ecossais ecossaise ecossaises welsh gallois galloise galloises""".split()  # noqa: SIM905
)
"""The British Isles as someone's origin ("(irish)", "hij is iers", "her welsh boyfriend",
"son copain gallois", "mr o'connor, irish, worked"; probe122): as words they also name things
("schotse ruit", "irish stew", "whisky ecossais", reader41), so only said of a person."""
POLE = lazy(
    r"(?i:\(\s*(pool|poolse)\s*\)|,\s*(pool|poolse)\s*,\s*(?=(?:werkt|woont|heeft|zonder|sinds"
    r"|\d)\b)|\b(?:dhr|mvr|mevr|mr)\.?\s+[\w'’-]+"
    r"\s+(pool|poolse)(?=\s*[,;]|\s+(?:werkt|woont|heeft|zonder|sinds)\b))"
)
"""A Pole said in Dutch beside a name ("kowalski (pool)", "dhr gorski pool, werkt", "tomasz,
pool, werkt"; five tuning sets): as a word it is a swimming pool or a game of pool."""
RULES: tuple[tuple[frozenset[str], re.Pattern[str], str], ...] = (
    (frozenset(["straf", "maanden", "jaren", "jaar", "weken", "celstraf", "gevangenisstraf"]),
     SERVES_OUT, "detention"),
    (frozenset(["released", "freed", "paroled", "let", "gets", "got", "get", "getting"]),
     RELEASED_EN, "detention"),
    (frozenset(["released"]), RELEASE_TO_COME, "detention"),
    (frozenset(["down"]), WENT_DOWN, "detention"),
    (frozenset(PRISON_TOWNS.split("|") + SERVED_IN.split("|")), IN_A_PRISON_TOWN, "detention"),
    (frozenset(["kerk", "moskee", "église", "eglise", "mosquée", "church", "mosque", "synagoge",
                "synagogue", "tempel", "temple", "parochie", "paroisse", "parish"]),
     WORSHIP_PLACE, "religion"),
    (frozenset(["prie", "prient", "priait", "priaient", "bidt", "bad", "baden", "bidden", "prays",
                "prayed", "pray"]), PRAYS, "religion"),
    (frozenset(["religieuse", "religieuses"]), NUN, "religion"),
    (frozenset(["convert", "converts", "bekeerling", "bekeerlinge"]), CONVERT, "religion"),
    (FAST_PERIODS, FASTS, "religion"),
    (frozenset(["vast"]), STILL_HELD, "detention"),
    (frozenset(["sentence"]), SENTENCE_SERVED, "detention"),
    (frozenset(["rom"]), ROM, "origin"),
    (ISLANDERS, ISLANDER, "origin"),
    (frozenset(["pool", "poolse"]), POLE, "origin"),
)  # fmt: skip
ALL_CUES = frozenset().union(*(cues for cues, _, _ in RULES))
"""Each rule with the words without which it cannot match, and its category."""


def told_categories(text: str) -> Iterator[Found]:
    """Detention, religion and a Rom origin stated in the phrasings above."""
    for pattern, match, group, category in cued_matches(text, RULES, ALL_CUES):
        start, end = match.span(group)
        said = match.group(group) if pattern.pattern == RELEASED_EN.pattern else ""  # by text
        if said.lower().endswith(" out") and not OUT_VERBS.match(said):
            continue  # "she is out next week": away, not released
        if said.lower().endswith(" out") and (when := WHEN_OUT.match(text, end)):
            if OUTING.match(text, when.end()):
                continue  # "she gets out next month on holiday": a trip, not a release
            end = when.end()
        yield start, end, category
        in_town = pattern.pattern == IN_A_PRISON_TOWN.pattern  # the tuple keeps a stand-in
        if in_town and (town := PRISON_TOWN.match(text, end)):
            yield town.start(1), town.end(1), "place"  # "est a haren": "haren", a word too
