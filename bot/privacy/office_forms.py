"""A person's own political office in the shapes `political_offices.OFFICE` (a verb of being
first) does not read, shared by many tuning sets: the perfect tense ("a été échevin mr", "has
been a councillor"), a Dutch clause with its verb last ("dat hij gemeenteraadslid is voor
vooruit": office and party each alone, as a frozen set marks them), and the office beside a
titled name ("mr massart (échevin ps à seraing)", "mr hamidi conseiller communal à
schaerbeek", "dhr peeters, schepen van sociale zaken"). A relative's office stays a rare fact
for review (`political_offices.KIN_BEFORE`)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.politics import PARTIES, WORD_PARTIES

Found = tuple[int, int, str]
OFFICE_WORD = (
    r"(?:schepen|burgemeester|gemeenteraadslid|ocmw-raadslid|provincieraadslid"
    r"|volksvertegenwoordiger|parlementslid|kamerlid|senator|bourgmestre|[ée]chevine?"
    r"|conseill(?:er|ère|ere)\s+(?:communale?|cpas)|députée?|sénat(?:eur|rice)|mayor"
    r"|councill?or|alderman|alderwoman)"
)
PARTY_AFTER = (
    rf"(?:\s+(?:(?:{PARTIES})|(?:voor|pour|for)\s+(?:{PARTIES}|{WORD_PARTIES}))(?![\w&-]))?"
    r"(?:\s+(?:van|voor|des|de\s+l['’]|de\s+la|du|for|of)\s+(?:sociale\s+zaken|welzijn|onderwijs"
    r"|cultuur|sport|jeugd|financi[ëe]n|mobiliteit|wonen|huisvesting|affaires\s+sociales"
    r"|enseignement|culture|sports?|jeunesse|finances|logement|social\s+affairs|education|youth"
    r"|finance|housing|welfare)\b)?"
)
"""The party and the portfolio after the office ("échevin ps", "schepen van sociale zaken")."""
PERFECT = lazy(
    r"(?i:\b(?:a|avait|aurait|has|had|have)\s+(?:(?:toujours|longtemps|jadis|autrefois|déjà"
    r"|once|long|always|ever|also|aussi)\s+)?(?:été|been)\s+(?:(?:un|une|a|an|the|le|la)\s+)?"
    rf"({OFFICE_WORD}{PARTY_AFTER})\b)"
)
VERB_LAST = lazy(
    r"(?i:\b(?:dat|da|omdat|want|als)\s+(?:hij|zij|ze|die|meneer|mevrouw|dhr|mvr)\s+"
    r"(?:(?:nog|ooit|vroeger|al|lang|jaren)\s+)*"
    rf"({OFFICE_WORD}{PARTY_AFTER})\s+(?:(?:in|te|van)\s+[\w'’-]+\s+)?"
    r"(?:is|was|geweest\s+is|wordt|werd|zou\s+zijn)\b"
    rf"(?:\s+(?:voor|pour)\s+(?:(?:de|het|le|la)\s+)?({PARTIES}|{WORD_PARTIES})(?![\w&-]))?)"
)
BESIDE_NAME = lazy(
    r"(?i:\b(?:mr|mme|dhr|mvr|meneer|mevrouw|monsieur|madame|mrs|ms|mister)\.?\s+"
    r"(?!(?:le|la|de|het|the)\b)[\w'’.-]{2,25}(?:\s+(?:de\s+|van\s+|el\s+)?[\w'’-]{2,25})?"
    rf"\s*(?:,|\()\s*({OFFICE_WORD}{PARTY_AFTER})(?![\w'’-])"
    r"|\b(?:mr|mme|dhr|mvr|meneer|mevrouw|monsieur|madame|mrs|ms|mister)\.?\s+"
    r"(?!(?:le|la|de|het|the)\b)[\w'’.-]{2,25}\s+"
    rf"({OFFICE_WORD}{PARTY_AFTER})(?=\s+(?:à|in|van|de|of|te)\s|\s*[,.;)]|\s*$))"
)


def office_forms(text: str) -> Iterator[tuple[int, int]]:
    """Each office held in one of these shapes, the party with it; asked only of a text that
    holds one of `political_offices.OFFICE_HINTS`."""
    for match in VERB_LAST.finditer(text):  # "gemeenteraadslid is voor vooruit": the two alone
        yield match.span(1)
        if match.group(2):
            yield match.span(2)
    for pattern in (PERFECT, BESIDE_NAME):
        for match in pattern.finditer(text):
            yield match.span(match.lastindex or 1)
