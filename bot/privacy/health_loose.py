"""Health said loosely on a phone: ADHD and ADD with dots, hyphens or brackets between the
letters ("a.d.h.d.", "a-d-h-d", "ad(h)d") or as a person or a trait ("adhd'er",
"adhd-achtig"); medication named by what it is for ("medicatie voor zijn hart", "on meds
for his anxiety"); an organ awaited ("needs a new kidney", "wacht op een nieuwe lever",
"greffe de rein"); drugs or drink used again ("terug aan het gebruiken", "using again",
"terug aan het zuipen", "back on the needle"). The words alone are in sensitive.txt or are
everyday words."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.category_cues import words_of
from bot.privacy.health_drinking import drinking
from bot.privacy.lazy_patterns import lazy

Found = tuple[int, int, str]
LOOSE = lazy(
    r"(?i:(?<![\w.])(?:a[.-]\s?d[.-]\s?h[.-]\s?d\b\.?|a\.\s?d\.\s?d\.|ad\(h\)d\b"
    r"|adhd['’-]?(?:er|ers|ster)\b|add['’-](?:er|ers|ster)\b|adh?d-(?:achtige?|like|ish)\b))"
)
"""Letters one by one with a dot or hyphen (a space alone is too common: "a d h d" stays
for the taps), the "(h)" of either, and a person or a trait made of the letters."""
MEDS_FOR = lazy(
    r"(?i:\b(?:medicatie|medicijnen|pillen|meds|medication|medicine|pills|médicaments|médocs"
    r"|cachets)\s+(?:(?:voor|for|pour)\s+(?:zijn|haar|hun|his|her|their|son|sa|ses|leur)"
    r"|(?:tegen|against|contre)\s+(?:(?:zijn|haar|hun|de|het|his|her|their|the|son|sa|ses|leur|le"
    r"|la|les|l['’])\s*)?)\s*[^\W\d_][\w'’-]{2,})"
)
"""Medication with what it treats, someone's or against something: the condition is told,
whatever its word ("medicine for the baby", "pills for the trip" stay)."""
ORGAN = (
    r"nier|lever|hart|long|longen|kidney|liver|heart|lung|lungs|rein|foie|cœur|coeur|poumon"
    r"|poumons|beenmerg|bone\s+marrow|moelle"
)
ORGAN_NEEDED = (
    r"nier|lever|longen|kidney|liver|lung|lungs|rein|foie|poumon|poumons|beenmerg"
    r"|bone\s+marrow|moelle"
)
"""A heart needed is mostly an image ("they need a new heart for the team"), "long" English."""
ORGAN_WAIT = lazy(
    r"(?i:\b(?:needs|need|needed|waits\s+for|waiting\s+for|wacht\s+op|wachten\s+op|heeft\s+nodig"
    r"|attend|attendent|a\s+besoin\s+d['’])\s*(?:(?:a|an|een|un|une)\s+)?(?:(?:new|nieuwe|nouveau"
    rf"|nouvelle|donor|donneur)\s+)?(?:{ORGAN_NEEDED})\b"
    rf"|\b(?:greffe|transplantation)\s+(?:de|du|d['’])\s*(?:la\s+|l['’])?(?:{ORGAN})\b)"
)
"""An organ awaited or grafted: "needs a new kidney", "greffe de rein"."""


USING_AGAIN = lazy(
    r"(?i:\b(?:(?:terug|weer|opnieuw|nog\s+altijd)\s+aan\s+het\s+gebruiken"
    r"|(?<=heeft\s)(?:terug|weer|opnieuw)\s+(gebruikt)"
    r"|using\s+again|back\s+on\s+drugs)"
    r"(?=\s*(?:$|[.,;:!?)]|(?:en|maar|sinds|want|dus|volgens|and|but|since|after|according)\b)))"
)
"""Drugs again, said without the word ("heeft terug gebruikt volgens zus": probe50): only where
the clause ends, for "weer aan het gebruiken van de fiets" and "using again the bus pass" say
something else."""
DRINKING_AGAIN = lazy(
    r"(?i:\b(?:terug|weer|opnieuw|nog\s+altijd|nog\s+steeds)\s+aan(?:\s+het|\s+['’]?t|t)\s+(drinken|zuipen"
    r"|gokken)(?=\s*(?:$|[.,;:!?)]|(?:en|maar|sinds|want|dus|volgens|vlgs|de\s+laatste|wss"
    r"|waarschijnlijk|blijkbaar|denk|is|was|zegt|zei|zeggen|(?:de|die)\s+(?:meneer|mevrouw|man"
    r"|vrouw|papa|mama|vader|moeder|zoon|dochter))\b))"
    r"|\baan\s+het\s+(zuipen)\b|\b(?:back\s+)?on\s+the\s+needle\b"
    r"|\bback\s+on\s+the\s+(drink)\b(?!\s+(?:menu|order|list|card|trolley|machine))"
    r"|\bback\s+on\s+the\s+(?:pills|bottle|booze|drugs|coke|crack|gear)\b"
    r"|\b(?:terug|weer|opnieuw)\s+aan\s+de\s+(?:pillen|drank|drugs|coke|heroïne|heroine|fles)\b"
    r"|\b(?:recommenc[ée]|recommence|s['’]est\s+remise?|se\s+remet)\s+[àa]\s+(boire)\b(?!\s+(?:du|de|des|d['’]|un|une)\b)"
    r"|\bback\s+to\s+(using|drinking)\b(?!\s+(?:the|a|an|his|her|their|water|tea|coffee)\b)"
    r"|\b(?:mari|femme|copain|compagnon|fils|père|pere|il)\s+(boit)\s+(?=depuis\s+(?:qu|que|des"
    r"|plusieurs|la\s+mort|le\s+décès|son|sa|\d)|(?:dès|des)\s+(?:le\s+matin|le\s+réveil|midi"
    r"|\d{1,2}\s?h)"
    r"|du\s+matin\s+au\s+soir|tous\s+les\s+jours|chaque\s+(?:jour|matin|soir))"
    r"|\b(?:weer|opnieuw)\s+(drinkt|dronk)(?=\s*(?:$|[.,;:!?)]|(?:en|maar|sinds|want|volgens)\b))"
    r"|\b(?:heeft|had)\s+(?:weer|terug|opnieuw)\s+(gedronken)(?=\s*(?:$|[.,;:!?)]|(?:en|maar|sinds"
    r"|volgens)\b))|(?<!terug\s)\b(drinkt)(?=\s+sinds\s+(?:zijn|haar|de|het|hij|ze|die)\b)"
    r"|\b(boit)(?=\s+et\s+(?:devient|crie|frappe|tape|casse|insulte|hurle|se\s+bat|se\s+dispute)\b"
    r"|\s+encore\s*(?:$|[,.;:!?]|et\b|depuis\b"
    r"|le\s+soir\b|tous\b|bouteilles\b))"
    r"|\brechut[ée]e?\s+dans\s+(?:l['’]alcool|la\s+drogue|la\s+coke|l['’]héro[ïi]ne)\b"
    r"|\b(?:stoppen|stopt|stopte|gestopt|minderen|mindert)\s+(?:(?:is|was|ben)\s+)?met\s+(drinken|zuipen)\b(?!\s+(?:van|uit)\b)"
    r"|\b(?:arrêter|arreter|arrête|arrete|arrêté|arreté)\s+de\s+(boire)\b(?!\s+(?:du|de|des|d['’])\b)"
    r"|\b(?:stop|stops|stopped|quit|quits)\s+(drinking)\b(?!\s+(?:coffee|cola|coke|soda|tea|energy|milk|fizzy)\b))"
)
"""Drink or heroin again, said without the word: the verb alone is masked ("is terug aan het
[drinken]", as writers mark it), only where the clause ends ("weer aan het drinken van water"
is no relapse); "zuipen" is never said of water. Pills, the bottle or drugs again are masked
whole ("back on the pills", "terug aan de drank", "rechutée dans l'alcool"); "back on the
[drink]" its last word, as writers mark it (#12, forty-sixth session). Stopping drinking
says drink is the problem: its verb is masked ("moet stoppen met [drinken]", review42a); so
does drinking from the morning on ("il [boit] dès 10h", probe112), again ("dat hij weer
[drinkt]", "heeft terug [gedronken]", "[boit] encore, bouteilles partout") or with what follows
("il [boit] et devient violent"; eight tuning sets); "boit trop" is `category_phrases`' whole."""
SUGAR = lazy(
    r"(?i:\b(?:a|avait|ont|avaient)\s+(le\s+sucre)\b(?!\s+(?:et|dans|pour|sur|de|du|en|au|à)\b))"
)
"""Diabetes as Brussels and Walloon French say it: "il a le sucre" (review43a); the sugar
bought or put somewhere ("a le sucre et la farine", "dans le café") stays."""
GAMBLING = lazy(
    r"(?i:\b(?:his|her|their|zijn|z'n|haar|is|was|keeps|started)\s+(gambling|gokken|gokgedrag)\b"
    r"(?!\s+(?:hall|halls|house|site|sites|app|apps|ad|ads|advert|machine|machines)\b))"
)
"""Gambling said as someone's own: "his gambling debts" (probe43), "dad is gambling again"
(probe48); "the gambling hall", "is gambling advertising" stay."""
AGAIN_HINTS = frozenset(["drinken", "zuipen", "needle", "back", "terug", "weer", "opnieuw",
                         "recommencé", "recommence", "remis", "remise", "remet", "boit",
                         "rechuté", "rechutée", "rechute", "boire", "drinking",
                         "drinkt"])  # fmt: skip
MEDS = frozenset(["medicatie", "medicijnen", "pillen", "meds", "medication", "medicine", "pills",
                  "médicaments", "médocs", "cachets"])  # fmt: skip
WAITS = frozenset(["needs", "need", "needed", "waits", "waiting", "wacht", "wachten", "nodig",
                   "attend", "attendent", "besoin", "greffe", "transplantation"])  # fmt: skip
"""Words without which MEDS_FOR, ORGAN_WAIT cannot match: one set lookup per text."""


def loose_health(text: str) -> Iterator[Found]:
    """ADHD spelled loosely, medication for something, an organ awaited, drinking."""
    lowered = text.lower()
    if (
        "adhd" in lowered
        or "add" in lowered
        or "d." in lowered
        or "d-" in lowered
        or "(h)" in lowered
    ):
        for match in LOOSE.finditer(text):
            yield match.start(), match.end(), "health"
    words = words_of(text)
    if not MEDS.isdisjoint(words):
        for match in MEDS_FOR.finditer(text):
            yield match.start(), match.end(), "health"
    if "gebruiken" in words or "gebruikt" in words or "using" in words or "drugs" in words:
        for match in USING_AGAIN.finditer(text):
            group = match.lastindex or 0  # "heeft terug [gebruikt]": the verb alone
            yield match.start(group), match.end(group), "health"
    if not AGAIN_HINTS.isdisjoint(words):
        for match in DRINKING_AGAIN.finditer(text):
            group = match.lastindex or 0  # each alternative holds one group: the verb
            yield match.start(group), match.end(group), "health"
    if "gambling" in words or "gokken" in words or "gokgedrag" in words:
        for match in GAMBLING.finditer(text):
            yield match.start(1), match.end(1), "health"
    if "sucre" in words:
        for match in SUGAR.finditer(text):
            yield match.start(1), match.end(1), "health"
    if not WAITS.isdisjoint(words):
        for match in ORGAN_WAIT.finditer(text):
            yield match.start(), match.end(), "health"
    yield from drinking(text)
