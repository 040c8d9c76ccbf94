"""Detention said in words: the verb, the time served and the preposition that state it
with a prison word ("zat twee jaar in de gevangenis", "est en prison", "sinds maart
vastzit"), and what is only an image or a topic ("zit vast in de file", "prisonnier de ses
dettes", "de gevangenis is een thema"), which stays.
"""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy

NUMBER = (
    r"\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|half|anderhalf|un|une"
    r"|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|seven|eight"
    r"|nine|ten|a|an|few|paar|quelques|eleven|twelve|fifteen|eighteen|twenty|onze|douze|quinze"
    r"|dix-huit|vingt|vijftien|achttien|twintig|la|the|le"
)
UNIT = (
    r"jaar|jaren|maanden|maand|weken|week|ans?|années|mois|semaines|years?|months?|weeks?|yrs?"
    r"|nachten|nacht|nights?|nuits?|weekends?|week-ends?|dagen|dag|days?|jours?"
)
DETENTION_VERB = (
    r"zit|zat|zitten|zaten|gezeten|verblijft|verbleef|belandde|belandt|beland|is|was|heeft"
    r"|had|has|have|avait|waren|wordt|werd|draagt|droeg|dragen|krijgt|kreeg|moet|moest|gaat|ging|kwam|komt"
    r"|staat|stond|staan"
    r"|est|était|sont|étaient|a\s+été|avait\s+été|été|a\s+fait|avait\s+fait|a\s+passé|fait|sort|sortait"
    r"|sorti|sortie|sortira|sortiront|sortirait|placée?|porte|portait|reste|purge|are|were|been|went|goes|sent|did"
    r"|served|spent|wears|wore|got|ended\s+up|a|ont|avait|avaient|vient|sortir|came|comes|come"
    r"|go|going|aller|retourner|retourne|retourné|retournée|gaan|gets|get|getting|bracht|brengt"
    r"|libéré|libérée|relâché|relâchée|released|freed|vrijgelaten|serving|serves|purgeait|release"
    r"|libération"
    r"|loopt|liep|wearing|wear|dragen|porter"
)
FILL = (
    r"al|nog|opnieuw|weer|terug|pas|nu|net|vast|vrij|gisteren|vorige\s+(?:week|maand)|vorig\s+jaar"
    r"|sinds\s+kort|onder|vroeger|ooit|autrefois|jadis|once|before|last\s+month|le\s+mois\s+dernier|l['’]an\s+dernier"
    r"|toujours|encore|déjà|actuellement|hier|récemment|yesterday|recently|just|last\s+week"
    r"|volgende\s+(?:week|maand)|volgend\s+jaar|binnenkort|morgen|next\s+(?:week|month|year)|soon"
    r"|tomorrow|bientôt|demain|la\s+semaine\s+prochaine|le\s+mois\s+prochain|l['’]an\s+prochain"
    rf"|again|still|already|now|currently|(?:{NUMBER})\s+(?:{UNIT})|in|en|au|aux|à|dans|naar"
    r"|to|into|uit|van|de|du|des|from|on|under|sous|out\s+of|het|een|'t|la|le|les|une?|the"
    r"|an?|l['’]|time|some\s+time|stint|short\s+stint|spell|een\s+tijdje|een\s+tijd|du\s+temps|twice|deux\s+fois"
    rf"|(?:{NUMBER})\s+(?:keer|fois|times)|voorwaardelijk|onder\s+voorwaarden|early|vervroegd"
    r"|sinds\s+\w+|depuis\s+\w+|since\s+\w+|toen|lang|momenteel|currently|met|avec|with"
    r"|gesloten|closed|thuis|at\s+home|à\s+la\s+maison|door"
)
DETENTION_LEAD = lazy(
    rf"(?i:\b(?:{DETENTION_VERB})(?:\s+(?:{DETENTION_VERB}|{FILL})\b|\s+l['’])*\s*)$"
)
"""The verb, the time and the preposition before a prison word: "zat twee jaar in de"."""
IMAGE = lazy(
    r"(?i:\b(?:like|comme|alsof|als\s+in|zoals|as\s+if|net\s+als|voelt\s+zich|voelde\s+zich"
    r"|voelen\s+zich|feels?|felt|se\s+sent|se\s+sentait|po[eè]me\s+sur|gedicht\s+over|poem\s+about"
    r"|chanson\s+sur|liedje?\s+over|song\s+about|(?:film|livre)\s+sur|(?:film|boek)\s+over"
    r"|(?:film|book)\s+about)\b[^.;!?]{0,25})$"
)
"""An image or a work of art: "like in prison", "le poème sur la liberté derrière les barreaux"
(review32b)."""
IMAGE_REACH = 120
"""How far back an image is looked for: its longest cue and 25 characters, with room to
spare; from the text's start, every prison word rescanned all before it (quadratic)."""
OF_SOMETHING = lazy(
    r"(?i:\s+(?:de\s+(?:ses|son|sa|leur|mes|mon|ma|la\s+routine)|van\s+(?:zijn|haar|hun|de|mijn)"
    r"|of\s+(?:his|her|their|my))\b"
    r"|\s+(?:documentary|documentaire|film|movie|series|série|reeks|guard|officer|system|reform|break"
    r"|bewaker|cipier|gardien|gescheurd|gekneusd|verrekt|verstuikt|gebroken|déchiré|torn|sprained"
    r")\b)"
)
"""An image or a thing, not a prison stay: "prisonnier de ses dettes", "the prison
documentary", "prison break" on TV, an ankle's torn ligament ("enkelband gescheurd", probe66)."""
STUCK = lazy(
    r"(?i:\s+(?:in\s+(?:de\s+file|het\s+verkeer|zijn|haar|een|de\s+sneeuw|de\s+lift|de\s+modder)"
    r"|met|aan|op|tussen|door|bij|in\s+'t)\b)"
)
"""After "zit vast": stuck, not detained ("zit vast in de file", "zat vast met haar papieren")."""
RELEASED = lazy(
    r"(?i:\b(?:kwam|komt|kwamen|komen)\s+(?:(?:net|pas|gisteren|vorige\s+(?:week|maand)"
    r"|volgende\s+(?:week|maand)|volgend\s+jaar|binnenkort|morgen|eindelijk|snel|vroeger"
    r"|(?:in|op|na|over|rond)\s+\w+(?:\s+\w+)?)\s+)?"
    r"vrij(?:gekomen)?\b(?!\s+(?:laat|vroeg|snel|goed|veel|weinig|lang|kort|rustig|makkelijk"
    r"|moeilijk|vlot|dicht|ver|duur|goedkoop|wat|binnen|(?:uit|van)\s+(?:school|het\s+werk|werk"
    r"|de\s+les|les)))"
    r"(?:\s+uit\s+(?:de\s+)?(?:gevangenis|cel|bak))?)"
)
"""Released, said as "kwam net vrij": the bare "vrij" (free) is too common for the list."""
SERVED_EN = lazy(
    rf"(?i:\bserved\s+(?:(?:{NUMBER})\s+(?:{UNIT}))"
    r"(?:\s+(?:inside|in\s+prison|in\s+jail|behind\s+bars))?"
    rf"|\b(?:did|spent|done|doing)\s+(?:(?:{NUMBER})\s+(?:{UNIT}))"
    r"\s+(?:inside|in\s+prison|in\s+jail|behind\s+bars|for\s+(?:drugs|dealing|theft|robbery"
    r"|burglary|stealing|assault|fraud|violence|arson|murder|manslaughter))"
    r"|(?:(?<=\bis\sback\s)|(?<=\bwas\sback\s)|(?<=\bwent\sback\s)|(?<=['’]s\sback\s))inside\b(?!\s+(?:the|a|an|his|her|their|my|our|to|for|with|and|it|of)\b))"
)
"""English time served: "did three years inside", "served 18 months"; "spent two months"
alone is no detention ("spent two months in hospital"); "did 3 years for drugs" is (probe18);
"back inside" (three tuning sets), not "back inside the house"."""


TOPIC = lazy(r"(?i:\s+(?:is|was|est|était|blijft|reste|remains|stays|heeft|a|has)\b)")
"""After a prison word that opens the sentence: a topic, not someone's stay ("de gevangenis is
een thema")."""
OPENING = lazy(r"(?i:^\s*(?:(?:de|het|la|le|the)\s+|l['’])?)$")


IN_PRISON = lazy(r"(?i:\b(?:in|en|au|à)\s+(?:(?:de|het|the)\s+)?)$")
"""A prison stay said without a verb is still a stay: "son mari en prison"."""
NAMED_AFTER = lazy(r"(?i:\s+(?:van|de|d['’]|du|of|in|te|à|at)\b)")
VERB_LAST = lazy(r"(?i:\s+(?:zit|zat|zitten|zaten|verblijft|verbleef|belandde|belandt)\b)")
"""A Dutch clause puts the verb last: "dat zijn zoon in de gevangenis zit"."""
GIVEN = lazy(
    r"(?i:\s+(?:gekregen|opgelegd|gezeten|uitgezeten|beland|gekomen|genomen|gezet|gestopt"
    r"|gevlogen|gedraaid|gedaan|gedragen|doorgebracht|dragen|uitzitten)\b)"
)
"""The participle that closes a Dutch phrase: "heeft een enkelband gekregen"."""
VERBS_LAST = frozenset(["vastzit", "vastzat", "vastzitten", "vastzaten"])
SINCE = lazy(
    rf"(?i:\b(?:sinds|al|nog|(?:{NUMBER})\s+(?:{UNIT}))(?:\s+(?:kort|(?:{NUMBER})\s+(?:{UNIT})"
    r"|vorige\s+week|vorig\s+jaar|januari|februari|maart|april|mei|juni|juli|augustus|september"
    r"|oktober|november|december|gisteren))?\s+(?:(?:in|op)\s+(?:de|het|een)\s+)?)$"
)
"""What comes before a detention said verb last: "sinds maart vastzit", "al twee jaar in de
gevangenis zit"."""


SENTENCE_TAIL = lazy(
    r"(?i:\s+(?:par\s+la\s+police|préventive|provisoire"
    r"|électronique|electronic|sous\s+conditions?|onder\s+voorwaarden|met\s+uitstel"
    r"|avec\s+sursis|on\s+(?:parole|licen[cs]e|probation)|ferme|effectief)\b"
    r"|\s+in(?=\s*(?:$|[.,;:!?])))"
)
"""What completes a detention: who made it ("arrêté par la police"), its kind ("sous bracelet
électronique", "libéré sous conditions") and the particle that closes a Dutch clause ("moet
de gevangenis in"). A length after it stays, as the notes' writers label it ("was sentenced
to three years": "was sentenced")."""
TOPIC_BEFORE = lazy(
    r"(?i:\b(?:documentaire|documentary|film|reportage|boek|book|livre|artikel|article|series"
    r"|reeks|thema|topic|sujet|les|lesson|cours|debat|debate|débat|podcast|uitzending|série|serie)"
    r"\s+(?:(?:on|op|de|van|sur)\s+(?:tv|tele|télé|vrt|vtm|rtbf|bbc|la\s+rtbf|de\s+vrt)\s+)?"
    r"(?:over|about|sur|on|op)\s+(?:(?:de|het|la|le|les|the|een|une|un|a|an)\s+|l['’])?"
    r"(?:(?!(?:zijn|haar|hun|his|her|their|son|sa|ses|leur)\b)[^\W\d_]+\s+)?"
    r"|\b(?:over|about|sur|à\s+propos\s+de)\s+(?:(?:de|het|la|le|les|the)\s+|l['’])?)$"
)
"""A prison as the subject of a film, a lesson or a talk: "een documentaire over de
gevangenis", "het gesprek ging over de gevangenis"."""
LANDMARK = lazy(
    r"(?i:\b(?:naast|achter|tegenover|near|behind|next\s+to|opposite|près\s+de|pres\s+de"
    r"|derrière|derriere|devant|à\s+côté\s+de|rond\s+punt\s+bij|roundabout\s+near)\s+"
    r"(?:(?:de|het|la|le|the)\s+|l['’])?$)"
)
"""A prison as a landmark on the way: "de rotonde naast de gevangenis" (review32b); not "bij",
where one also reports ("zich melden bij het justitiehuis")."""
ARTICLE = lazy(
    r"(?i:\b(?:uit|vanuit|sinds|na|sortie?\s+de|après|depuis|from|since|after|out\s+of)\s+(de|den|la|the)\s+$)"
)
DUTCH_PRISONS = ("gevangenis", "cel", "bak", "nor")
PRISONS = {"de": DUTCH_PRISONS, "den": DUTCH_PRISONS, "la": ("prison", "taule", "cellule"),
           "the": ("prison", "jail")}  # fmt: skip
"""A prison's article after leaving it or the time since, which the notes' writers label with it
("sinds de gevangenis", "uit de gevangenis"); not a service's ("naar de justitieassistent"),
nor a topic's ("bang van de gevangenis op het nieuws": reader56b)."""
THING_STUCK = lazy(
    r"(?i:\b(?:gesprek|dossier|procedure|aanvraag|deur|auto|wagen|computer|gsm|rits|sleutel"
    r"|systeem|zaak|alles|onderhandelingen|situatie|toestand)\s+)$"
)
"""A thing that is stuck, not a person who is detained: "het gesprek zat vast"."""


TRANSIT = lazy(
    r"(?i:\b(?:bus|tram|metro|trein|train|halte|arrêt|arret|stop|stops|stopt|stoppe|s['’]arrête"
    r"|richting|direction)\b[^.;!?\d]{0,25}$)"
)
"""A prison as a stop on a line: "bus 58 stopt aan de gevangenis" (review30a)."""


def detention_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The whole phrase around a prison word, or None when it is an image, a topic or a stop."""
    if TOPIC_BEFORE.search(text, max(0, start - 40), start):
        return None
    if TRANSIT.search(text, max(0, start - 40), start):
        return None
    if LANDMARK.search(text, max(0, start - 20), start):
        return None
    if "vast" in text[start:end].lower() and THING_STUCK.search(text, max(0, start - 25), start):
        return None
    span = _phrase(text, start, end)
    if span is None:
        return None
    tail = SENTENCE_TAIL.match(text, span[1])
    return (span[0], tail.end()) if tail else span


def _phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    if IMAGE.search(text, max(0, start - IMAGE_REACH), start) or OF_SOMETHING.match(text, end):
        return None
    if OPENING.search(text, 0, start) and TOPIC.match(text, end):
        return None
    if text[start:end].lower().endswith(" vast") and STUCK.match(text, end):
        return None
    lead = DETENTION_LEAD.search(text, max(0, start - 60), start)
    if lead:
        after = GIVEN.match(text, end)
        return lead.start(), after.end() if after else end
    bare = IN_PRISON.search(text, max(0, start - 12), start)
    state = bare is not None and bare.group().lower().startswith("en")  # "en prison à lantin"
    if bare and not VERB_LAST.match(text, end) and (state or not NAMED_AFTER.match(text, end)):
        return bare.start(), end  # "son mari en prison"; "in de gevangenis van Haren": named
    final = VERB_LAST.match(text, end)
    if final or text[start:end].lower() in VERBS_LAST:  # "dat hij sinds maart vastzit"
        end = final.end() if final else end
        since = SINCE.search(text, max(0, start - 40), start)
        return (since.start() if since else start), end
    after = GIVEN.match(text, end)  # "heeft een nacht in de cel gezeten"
    article = ARTICLE.search(text, max(0, start - 16), start)  # "sinds de gevangenis" (probe213)
    named = NAMED_AFTER.match(text, end)  # "in de gevangenis van brugge": a named prison's
    if article and not named and text[start:end].lower() in PRISONS[article.group(1).lower()]:
        start = article.start(1)
    return start, after.end() if after else end
