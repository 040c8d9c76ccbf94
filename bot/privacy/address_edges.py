"""The whole of an address some rule found in part: "34 avenue Louise, 2nd floor" was read as
"avenue Louise, 2" (the street and a number after a comma), which left the house number in
the note and half a word after the label. And the head of an account number typed apart
from its digits ("BE 6 8 5390 0754 7034"), and the small word that ties a treatment to the
person ("sous méthadone", "sous dialyse": the notes' writers label it with the treatment),
widened at the same step of `find_spans`."""

from __future__ import annotations

import re

NUMBER_BEFORE = re.compile(r"(?<![\w.,/-])\d{1,4}(?:bis|ter|[a-zA-Z])?\s+$")
"""A house number right before the street, as French and English put it."""
PARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:ter|ten)\s+$", re.IGNORECASE)
"""An old Dutch "ter"/"ten" that opens a street's name: "Ter Heydelaan", "Ten Eekhovelei"."""
ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:lange|korte|grote|kleine|oude|hoge|lage|brede|gulden|gouden|zilveren|groene"
    r"|(?:[^\W\d_]+-)?[^\W\d_]{3,12}(?<!deze)(?<!onze)se)\s+$",
    re.IGNORECASE,
)
DUTCH_STREET = re.compile(
    r"(?:[^\W\d_]+(?:straat|laan|weg|baan|lei|dreef|plein|kaai|vest|markt|dijk|kade|gracht)|stwg)\b",
    re.IGNORECASE,
)
"""The adjective of a Dutch street's name, lower-case or not: "hb lange lozanastraat"
(review48a), "grote kerkstraat 4"; every labelled one takes it. So does a town's: "bergense
steenweg 1450" (probe114), "sint-bernardse stwg 300" (probe121)."""
WORD_REST = re.compile(r"[^\W_]+")
POSTCODE_AFTER = re.compile(r",\s*[1-9]\d{3}(?=\s*(?:[.;!?)\n]|,\s|$))")
"""A postcode alone after the address and a comma, the town said before it ("woont
sint-niklaas, stationsstraat 77/3, 9100"; review34c): the address's. Not one with its town
after it: "2000 antwerpen" is a place of its own, as the writers label it."""


NO_NUMBER_AFTER = re.compile(r"\s+(?:zn|z/n|s/n)\b", re.IGNORECASE)
"""Where the house number stands, "zonder nummer", "sans numéro": "kerkstraat z/n". Written out
("zonder nr", "sans numéro") the older writers leave it outside (tried in #12's fifty-sixth
session, where two new sets put it in: 35 older sets paid 89 words; withdrawn)."""

FLOOR_AFTER = re.compile(
    r"(?:\s+|,\s*)(?:[1-9]\d?\s*(?:e|de|ste|ème|eme|er|ère|è|rd|th|nd|st)\s+(?:verd|ét|fl)\b\.?"
    r"|rez(?:-de-chauss[ée]e)?\b)",
    re.IGNORECASE,
)
"""A floor in short right after the house number ("molenstraat 9 3de verd", "chée de haecht
301 3e ét", "avenue louise 480 3rd fl", "rue des champs 17 rez"): the writers put it in the
address about four times in five on the tuning sets (all ten "fl" and "rez" there: #12's
fifty-eighth session); written out ("3e étage", "3rd floor") they leave it out as often as
not, so it stays out."""
BLOCK_AFTER = re.compile(
    r"(?:\s+|,\s*)(?:bloc|blok|block)\s+(?:[a-z]|\d{1,2})\b"
    r"(?:(?:\s+|,\s*)(?:(?:bus|boîte|bte|app|appt|appart|apt|flat)\.?\s*\d{1,4}[a-z]?\b"
    r"|[1-9]\d?\s*(?:e|de|ste|ème|eme|er|ère|è|rd|th|nd|st)\s+(?:verd\w*|ét\w*|etage|floor)\b))*",
    re.IGNORECASE,
)
"""The block after an address or an estate read as one: "residentie zonneschijn blok c"
(inside the writers' label every time on the tuning sets). After an estate read as a place
("cité des bruyères bloc c") it cost two frozen sets two words each for two details: left out.
The box, flat or floor after the block goes with it ("blok c, bus 12", "bloc c 5e étage"):
another rule read those with the block before, and a reader (reader45b) found them left."""
FRENCH_A = re.compile(r"\d a (?=[^\W\d_])")
"""A house number, then "a" and a word: French "à" typed plain."""


def address_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """`start`, `end` of an address widened to the house number before it and to the end of
    a word it stops inside ("2nd", "3e", "3de" of a floor)."""
    before = NUMBER_BEFORE.search(text, max(0, start - 8), start)
    if before is not None:
        start = before.start()
    elif (particle := PARTICLE_BEFORE.search(text, max(0, start - 5), start)) is not None:
        start = particle.start()  # "hb ter heydelaan 9" (probe51): the street's own "ter"
    elif (adjective := ADJECTIVE_BEFORE.search(text, max(0, start - 16), start)) is not None:
        start = adjective.start() if DUTCH_STREET.match(text, start) else start
    if end < len(text) and text[end - 1].isdigit() and text[end].isalnum():
        rest = WORD_REST.match(text, end)
        end = rest.end() if rest else end
    if (unnumbered := NO_NUMBER_AFTER.match(text, end)) is not None:
        end = unnumbered.end()
    if text[end - 1 : end].isdigit() and (letter := BOX_LETTER.match(text, end)) is not None:
        end = letter.end()  # "av. des tilleuls 9/b" (#12, fifty-eighth session)
    if text[end - 1 : end].isalnum() and (floor := FLOOR_AFTER.match(text, end)) is not None:
        end = floor.end()
    end = block_end(text, end)
    if (postcode := POSTCODE_AFTER.match(text, end)) is not None:
        end = postcode.end()
    if end - start > 4 and FRENCH_A.match(text, end - 3):
        end -= 2  # "rue haute 12 a bruxelles": "à" typed without its accent, no box letter
    return start, end


BOX_LETTER = re.compile(r"/[a-z](?![\w/])", re.IGNORECASE)
"""A box's letter after the house number and a slash ("stationstr. 88/b"); a box's number
("zuidstraat 19/2") the number rules read already."""
FLAT_AFTER = re.compile(
    r"(?:\s+|,\s*)(?:app|appt|appart|apt|appartement|flat)\.?\s*\d{1,4}[a-z]?\b", re.IGNORECASE
)
"""A flat's number after the address ("woont blok c verdiep 6 app 63": probe194, #12's
fifty-third session); the writers put it in the address."""


def block_end(text: str, end: int) -> int:
    """`end` of an address widened over the block after it, with its box or floor, and over
    a flat's number."""
    block = BLOCK_AFTER.match(text, end)
    end = block.end() if block else end
    flat = FLAT_AFTER.match(text, end) if text[end - 1 : end].isalnum() else None
    return flat.end() if flat else end


IBAN_HEAD = re.compile(r"(?<![\w.-])[A-Z]{2}(?:[ -]?\d){0,4}[ -]?$")
"""A country code and check digits split from the rest of an account ("BE 6 8 5390 0754 7034",
"BE685390 0754 7034 1234"): the account's own head, left when only its digits were read."""


def iban_edges(text: str, start: int) -> int:
    """`start` of an account number widened to its country code and check digits."""
    if start == 0 or text[start - 1] not in " -0123456789":
        return start
    head = IBAN_HEAD.search(text, max(0, start - 12), start)
    return head.start() if head is not None else start


HEALTH_LEAD = re.compile(r"(?<![\w'’])(?:sous|early|beginnende?)\s+$", re.IGNORECASE)
"""Measured on all sets: "sous" joins at no cost in ordinary words, and so do "early", "beginnende"
("early dementia", probe122); "on" cost words on two frozen sets, and "un", "en", "in een", "in
a" caught one label more for about four words masked that the writers left out."""


WORD_LEADS = (
    (re.compile(r"(?<![\w'’])on\s+$", re.I), re.compile(r"dialys", re.I)),
    (re.compile(r"(?<![\w'’])(?:presque|bijna|almost|nearly)\s+$", re.I),
     re.compile(r"(?:blind|aveugle|doof|dove|sourde?|deaf)\b", re.I)),
    (re.compile(r"(?<![\w'’])in\s+$", re.I), re.compile(r"(?:prison|jail|juvie)\b", re.I)),
    (re.compile(r"(?<![\w'’])in\s+a\s+$", re.I), re.compile(r"wheelchair\b", re.I)),
)  # fmt: skip
"""Heads that go with one condition only, as the writers mark them (eight of ten "on dialysis"
whole; "on heroin", "on methadone" mostly without): "on dialysis", "presque aveugle"; "in
prison", "in jail" (29 of 45 whole on the tuning sets; "in de gevangenis", "in closed centre"
mostly without); "in a wheelchair" (5 of 6; "in een rolstoel" 5 of 24, left)."""


def start_edges(text: str, start: int, kind: str) -> int:
    """The start of an account number or of a health span, grown over its head."""
    if kind == "iban":
        return iban_edges(text, start)
    for head, word in WORD_LEADS:
        if word.match(text, start) and (found := head.search(text, max(0, start - 8), start)):
            return found.start()
    lead = HEALTH_LEAD.search(text, max(0, start - 6), start)
    return lead.start() if lead else start
