"""Drinking as a problem, said with the plain verb: "man drinkt en slaat", "elle boit depuis le
matin", "boit seul dans son studio", "was dronken op het werk", "diabète et alcool,", "terug aan
de alcohol" (probe186, #12's fifty-second session: twelve such, none found). The writers mark
the verb alone, as they do "drinks again" (`health_loose`).

The verb is a problem only with what follows it: the clause ends, or alone ("seul", not
"alleen": "drinkt alleen spa"), since, every day, on credit, or a blow ("et la frappe");
"drinkt koffie", "boit un verre d'eau", "oma drinkt elke dag haar melk" have an object, and a
baby that drinks badly ("de baby drinkt slecht") is fed; the English "drinks" only after he,
she, a husband, a wife, a dad or a partner ("gives him free drinks": reader52b). Alcohol is
masked after "and" at the clause's end ("dépression et alcool,"), before a time ("alcool tous
les jours", "alcool depuis la mort de sa femme") or as the problem ("un souci d'alcool",
"(alcool)", not on hand gel), not after a "no" ("pas de drogue et alcool"); "problème
d'alcool", "terug aan het drinken" are phrases of `sensitive` and `health_loose`, masked
whole."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy

Found = tuple[int, int, str]
DRINKS = lazy(
    r"(?i:(?<!terug\s)(?<!weer\s)(?<!opnieuw\s)\b(boit|drinkt|zuipt|(?:(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bhusband\s)|(?<=\bwife\s)"
    r"|(?<=\bdad\s)|(?<=\bpartner\s))drinks)"
    r"(?=\s*(?:$|[.,;:!?)])"
    r"|\s+(?:seule?|alone|depuis"
    r"|sinds|since|(?:every\s+day|elke\s+dag|tous\s+les\s+jours)(?=\s*(?:$|[.,;:!?)]|en\b|et\b|and\b))"
    r"|à\s+crédit|a\s+crédit|on\s+credit|op\s+krediet|en\s+cachette|stiekem|in\s+secret|secretly"
    r"|en\s+slaat|en\s+sloeg|and\s+(?:hits|beats)|et\s+(?:la|le|les|me|nous|l['’])\s*(?:frappe"
    r"|bat|tape|insulte|menace)|heel\s+(?:zijn|haar)\s+(?:loon|geld))\b))"
)
FED = lazy(r"(?i:(?:baby|bébé|bebe|kind|kindje|enfant|child|kid|zuigeling|nourrisson|kleine)\s+$)")
"""A baby or child before the verb: it is fed ("de baby drinkt sinds gisteren beter")."""
DRUNK = lazy(
    r"(?i:\b(?:was|is|ligt|lag|kwam|komt|weer|opnieuw|terug|straal|stom)\s+(dronken)\b"
    r"(?!\s+(?:gemaakt|gevoerd|van)\b))"
)
ALCOHOL = lazy(
    r"(?i:\b(?:et|en|and)\s+(alcool|alcohol)(?=\s*(?:$|[.,;:!?)]))"
    r"|\b(?:terug|weer|opnieuw)\s+aan\s+de\s+(alcohol)\b"
    r"|(?<!['’])(?<!\bd\s)\b(alcool|alcohol)(?=\s*\+|\s+(?:tous\s+les\s+jours|depuis|dès|encore|elke\s+dag"
    r"|sinds|every\s+day|since|daily)\b)"
    r"|\b(?:souci|soucis)\s+d['’](alcool)\b"
    r"|(?<!gel\s)(?<!hydroalcoolique\s)(?<!sanitiser\s)(?<!sanitizer\s)\(\s*(alcool|alcohol)\s*\))"
)
HABIT = lazy(
    r"(?i:(?<!terug\s)(?<!weer\s)(?<!opnieuw\s)\baan\s+(?:het|t|'t|’t)\s+(drinken|zuipen)"
    r"(?=\s*(?:$|[.,;:!?)])|\s+(?:is|sinds|volgens|want|maar)\b)"
    r"|\bstill\s+(drinking)\b(?!\s+(?:water|tea|coffee|milk|juice))|\b(drinking)\s+alone\b"
    r"|\b(heavy\s+drinker)\b|\b(?:is|was|gets|got)\s+(drunk)\b(?!\s+with\b)|\b(gambles|gambled)\b"
    r"|\b(gokt)\b(?!\s+(?:dat|of|erop|op\s+een|online)))"
)
"""Drinking as a habit, and gambling: "vader aan t drinken,", "still drinking every night",
"heavy drinker", "is drunk most days", "he gambles at the arcade", "man gokt heel zijn loon op"
(tuning sets of many sessions); "aan het drinken van water", "de kinderen waren aan het drinken
en eten", "still drinking coffee", "drunk with happiness", "ze gokt dat het een jongen wordt"
stay (reader52c); "gokt online" is a phrase of `sensitive`, masked whole."""
NO_BEFORE = lazy(r"(?i:\b(?:geen|pas|sans|no|not|zonder|interdit|verboden|forbidden|ni)\b)")
"""A "no" before alcohol: a rule or a condition, no one's drinking ("geen drugs en alcohol.")."""
HINTS = ("boit", "drinkt", "drinks", "zuipt", "dronken", "alcool", "alcohol", "drinken", "zuipen",
         "drinking", "drinker", "drunk", "gamble", "gokt")  # fmt: skip


def drinking(text: str) -> Iterator[Found]:
    """Each drinking verb, "drunk" or alcohol said of someone's problem."""
    lowered = text.lower()
    if not any(hint in lowered for hint in HINTS):
        return
    for match in DRINKS.finditer(text):
        if not FED.search(text, max(0, match.start() - 14), match.start()):
            yield match.start(1), match.end(1), "health"
    for match in DRUNK.finditer(text):
        yield match.start(1), match.end(1), "health"
    for match in HABIT.finditer(text):
        group = match.lastindex or 0
        yield match.start(group), match.end(group), "health"
    for match in ALCOHOL.finditer(text):
        if not NO_BEFORE.search(text, max(0, match.start() - 25), match.start()):
            group = match.lastindex or 0
            yield match.start(group), match.end(group), "health"
