"""Indirect identifiers that the worker reviews instead of the scrubber masking them.

A great age, triplets, eleven children, a relative's public office, a family in the news,
a residence status or a rare language name no one by themselves, and only the worker knows
whether "97 jaar" or "zijn oom is burgemeester" singles someone out in their town. The
issue asks to mask the special categories by default and to mark the rest for review: these
are the rest, offered whole (one tap hides the whole phrase) in the show-back.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from bot.privacy.lazy_patterns import any_case, lazy
from bot.privacy.lexicon import read_data
from bot.privacy.rare_phrases import more_identifiers
from bot.privacy.tokens import PhraseIndex, readings

NUMBER_WORDS = (
    r"[789]|1[0-9]|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|sept|huit|neuf|dix|onze"
    r"|douze|treize|quatorze|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
)
"""Seven children or more: about one family in a hundred in Belgium."""
RELATIVE = (
    r"(?:zijn|haar|hun|de|son|sa|ses|leur|his|her|their|the)\s+(?:oom|tante|vader|moeder|papa"
    r"|mama|broer|zus|zuster|neef|nicht|nonkel|grootvader|opa|oma|schoonvader|schoonbroer|oncle"
    r"|tante|père|mère|frère|sœur|soeur|cousin|cousine|grand-père|beau-père|beau-frère|uncle"
    r"|aunt|father|mother|dad|mum|mom|brother|sister|cousin|grandfather|father-in-law)\s+"
    r"(?:is|was|zit|est|était|a\s+été|is\s+now|was\s+once)\s+"
)
OFFICE = (
    r"(?:(?:local|lokale?|plaatselijke?|gemeentelijke?|communale?|municipal|town|city|county)\s+)?"
    r"(?:burgemeester|schepen|minister|kamerlid|volksvertegenwoordiger|senator|gedeputeerde"
    r"|gemeenteraadslid|provincieraadslid|gouverneur|parlementslid|lid\s+van\s+het\s+parlement"
    r"|bourgmestre|[ée]chevine?|ministre|d[ée]put[ée]e?|s[ée]nat(?:eur|rice)"
    r"|conseill[eè]re?\s+communale?|membre\s+du\s+parlement|mayor|alderman|mp"
    r"|member\s+of\s+parliament|senator|councillor|councilor|governor)"
)
TWINS = (
    r"(?:(?:mama|moeder|mam|papa|vader|ouders|maman|mère|mere|père|pere|parents|mum|mom|mother"
    r"|dad|father|parents)\s+(?:van|de|d['’]|of)|bevallen\s+van|kreeg|kregen|krijgt|verwacht"
    r"|verwachten|heeft|hebben|attend|attendent|a|ont|a\s+eu|ont\s+eu|accouché\s+de|accouchee?\s+de|had|has|have"
    r"|expecting|gave\s+birth\s+to)\s+(?:(?:een|des|de|a|the)\s+)?(?:tweeling|tweelingen|jumeaux"
    r"|jumelles|twins)"
)
"""Twins (one birth in sixty) only said of the parents: "de tweeling van de buren" stays."""
NOT_AN_AGE = (
    r"euro|eur|€|%|procent|pour\s*cent|per\s*cent|km|kg|m²|m2|minuten|minutes|min|keer|fois"
    r"|times|dagen|jours|days|uur|heures|hours|m|cm|ml|gram|grammes|g|punten|points|meter|mètres"
    r"|jaar|ans|years?|j"
)
"""After a bare number: no age, or an age with its unit that INDIRECT finds whole."""
_INDIRECT = (
    r"\b(?:9\d|1[01]\d)\s*(?:jaar|ans|years?|-year-old|j|-jarige)(?:\s+(?:oud|old))?\b"
    r"|\b(?:negentigjarige|honderdjarige|nonagénaire|centenaire|centenarian|nonagenarian"
    r"|eenjarige|1-jarige|one-year-old|1-year-old|(?:1|een|één|un|one)\s+(?:jaar|an|year)"
    r"\s+(?:oud|old))\b"
    r"|\b(?:aged|âgée?\s+de)\s+(?:9\d|1[01]\d)\b"
    r"|\b(?:[1-9]|1\d|2[0-3]|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|un|deux"
    r"|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|one|two|three|four|five|seven|eight"
    r"|nine|ten|eleven|twelve)\s*(?:maanden|maand|mois|months?|weken|semaines|weeks)"
    r"(?:\s+(?:oud|old))?\b"
    r"|\b(?:pasgeboren|newborn|nouveau-née?)\b"
    r"|\b(?:(?:een|des|de|a|the)\s+)?(?:drieling|vierling|vijfling|tripl[ée]s|triplets|quadrupl[ée]s"
    r"|quadruplets|quintupl[ée]s|quintuplets)\b"
    rf"|\b{TWINS}\b"
    rf"|\b(?:{NUMBER_WORDS})\s+(?:kinderen|kids|enfants|children|kinders|gosses)\b"
    rf"|\b(?:{RELATIVE})?(?:(?:de|het|la|le|l'|a|an|the)\s+)?(?:{OFFICE})\b"
    r"(?:\s+(?:is|was)\s+geweest|\s+geweest(?:\s+is)?)?"
    r"(?:\s+(?:van|voor|de|du|des|of|for)\s+(?:(?:de|het|la|le|les|the)\s+|l['’])?[^\W\d_][\w'’-]*"
    r"(?:\s+(?:zaken|affaires|affairs)\b)?)?"
    r"|\b(?:(?:stond|staat|kwam|komt|kwamen|was|is|waren|zijn|ont\s+été|a\s+été|est\s+passée?"
    r"|sont\s+passés|était|were|was|has\s+been|have\s+been|appeared)(?:\s+[\w'’]+){0,3}?\s+)?"
    r"(?:in|op|à|dans|on)\s+"
    r"(?:de|het|la|le|les|the)\s+(?:krant|kranten|nieuws|tv|televisie|journal|journaux|télé"
    r"|news|paper|papers|media|médias)\b"
    r"(?:\s+(?:last\s+(?:year|week|month)|vorig\s+jaar|vorige\s+(?:week|maand)|l['’]an\s+dernier"
    r"|l['’]année\s+dernière|in\s+\d{4}|en\s+\d{4}))?"
)
INDIRECT = lazy(rf"(?i:{_INDIRECT})")
INDIRECT_LOWER = lazy(_INDIRECT)
"""The same on a lower-cased ASCII text (same spans), which sre scans more cheaply."""


BARE_AGE = lazy(
    r"(?i:\((9\d|1[01]\d)\)"
    r"|\b(?:is|est|was|a|turned|werd|wordt|aged|age|âgée?|leeftijd|of|van)\s+(?:(?:al|bijna|déjà"
    r"|already|nearly|presque|pas|net|just|maintenant|nu|now)\s+)?(9\d|1[01]\d)\b"
    rf"(?!\s*(?:{NOT_AN_AGE})\b|[.,/:]\d|-))"
)
"""A great age said with no unit: "dhr peeters (93)", "she is 96", "da mens is 98", "de oma
van 94" (review17)."""


SPAN_OF_TIME = lazy(r"(?i:maand|mois|month|week|weken|semaine)")
TIME_LEAD = lazy(
    r"(?i:\b(?:last|laatste|afgelopen|past|these|ces|derniers|dernières|voor|pendant|during|for"
    r"|binnen|within|over|na|after|après|sinds|depuis|since|elke|every|chaque|per|par|in|dans|deze"
    r"|om\s+de|tous\s+les|toutes\s+les|al|nog|already|still|déjà|encore|duurt|dure|lasts"
    r"|took|wacht|waits|attend)\s+(?:(?:de|the|les|ses|zijn|haar)\s+)?)$"
)
"""Months or weeks as a span of time, not a baby's age: "in the last twelve months", "wacht
al 3 maanden" (offers16: "al", "nog", "duurt" and the like too)."""
TIME_TAIL = lazy(
    r"(?i:\s+(?:huur|loyer|de\s+loyer|rent|te\s+gaan|geleden|ago|later|plus\s+tard"
    r"|de\s+retard|achterstand|wachttijd|d['’]attente|per|par)\b)"
)
"""What follows months as a span of time: "2 maanden huur", "nog 18 maanden te gaan"."""


@cache
def _review_index() -> PhraseIndex:
    phrases: dict[str, str] = {}
    section = ""
    for line in read_data("sensitive.txt"):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "review":
            phrases.update((read, "review") for form in line.split() for read in readings(form))
    return PhraseIndex(phrases)


def indirect_identifiers(text: str) -> Iterator[tuple[int, int]]:
    """Spans the worker should review: great ages, multiple births (twins too), public offices,
    news, residence status, rare languages and the phrases of `rare_phrases`."""
    for match in any_case(INDIRECT, INDIRECT_LOWER, text):
        timed = TIME_LEAD.search(text, 0, match.start()) or TIME_TAIL.match(text, match.end())
        if not (SPAN_OF_TIME.search(match.group()) and timed):
            yield match.span()
    for match in BARE_AGE.finditer(text) if "9" in text or "1" in text else ():
        yield match.span(1) if match.group(1) else match.span(2)
    for start, end, _ in _review_index().find(text):
        yield start, end
    yield from more_identifiers(text)
