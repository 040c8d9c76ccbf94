"""Schools and clubs named in lower case by their kind and a name: a French school by its
network or kind and "de la", "des", "du" and a word ("l'école fondamentale de la roseraie",
"l'internat de la providence"), a kind "van" a saint ("het internaat van sint-victor"), a
club of a town ("de boksclub van seraing"). Words that name no one place ("de la ville",
"du quartier", "du soir", "le collège des bourgmestre et échevins") stay."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.care_places import TIME_WORDS
from bot.privacy.category_cues import words_of
from bot.privacy.french_name_words import takes_next
from bot.privacy.institution_shapes import GENERIC
from bot.privacy.lazy_patterns import lazy
from bot.privacy.places import place_names

Found = tuple[int, int, str]
QUALIFIERS = frozenset(["fondamentale", "primaire", "maternelle", "communale", "secondaire",
                        "internat", "athénée", "athenee", "lycée", "lycee", "collège"])  # fmt: skip
SCHOOL_OF = lazy(
    r"\b(?:(?:école|ecole)\s+(?:fondamentale|primaire|maternelle|communale|secondaire)"
    r"(?:\s+(?:communale|libre|spécialisée|specialisee|autonome))?|internat|athénée|athenee|lycée"
    r"|lycee|collège)\s+(?:de\s+la|de\s+l['’]|des|du)"
    r"\s*([^\W\d_][\w'’-]{2,})(?:\s+([^\W\d_][\w'’-]{2,}))?"
)
NO_PLACE = GENERIC | frozenset(
    ["gare", "rue", "place", "paroisse", "région", "province", "communauté", "fédération",
     "soir", "matin", "dimanche", "samedi", "mercredi", "devoirs", "parents", "jour", "semaine",
     "coin", "ville", "commune", "quartier", "centre", "village", "cité", "réseau", "même",
     "ouest", "est", "nord", "sud", "enseignement", "communauté", "bourgmestre", "bourgmestres",
     "échevins", "médecins", "experts", "commissaires", "arbitres", "jeunes", "filles", "garçons"]
)  # fmt: skip


KIND_OF_SAINT = lazy(
    r"\b[\w-]*(?:school|college|instituut|internaat|kliniek|ziekenhuis|parochie|koor|club|kring"
    r"|rusthuis|home)\s+van\s+(?:het\s+|de\s+)?(?:sint|st|heilig|onze-lieve-vrouw)-[^\W\d_][\w'’-]*"
)
NURSERY = lazy(
    r"\b[\w-]*(?:kribbe|peutertuin|tehuis|kinderdagverblijf)\s+(?:de|het|'t)\s+([^\W\d_][\w'’-]{2,})"
)
"""A nursery or home and its name: "de kinderkribbe het nestje", "het tehuis de wissel"."""
CLUB_OF = lazy(r"\b[^\W\d_]{2,}club\s+(?:van|uit|in|te|de|d['’])\s*")
NAMED_SCHOOL = lazy(r"\b(?:op|naar|van|in|aan)\s+de\s+([a-zà-ÿ]{4,})school\b")
"""A Flemish school named by one compound, after "op de", "naar de": "zit op de regenboogschool"
(probe42); not a kind of school (GENERIC_HEADS: "de basisschool", "naar de rijschool")."""
GENERIC_HEADS = frozenset(
    """basis kleuter lagere middelbare secundaire hoge beroeps kunst muziek dans teken taal rij
    zwem avond zondag zomer koran vak type buitengewone bijzondere privé brug volwassenen sport
    huishoud naai kook kappers verpleeg politie militaire tuinbouw landbouw hotel vrije gemeente
    stads staats openlucht steiner freinet montessori methode dag wijk dorps buurt voetbal tennis
    judo ski surf duik vlieg circus theater film nieuwe oude grote kleine andere eigen zelfde
    vorige volgende hele eerste laatste moskee kerk thuis okan onthaal kost internaat nacht
    ballet topsport huiswerk zaterdag weekend meisjes jongens ziekenhuis auto piano midden mode
    zeevaart bakkers schoonheids franstalige nederlandstalige engelse katholieke islamitische
    islam joodse protestantse gemeentelijke stedelijke provinciale officiële lagere""".split()  # noqa: SIM905
)


def schools_of(text: str) -> Iterator[Found]:
    """The schools and clubs of the shapes above."""
    lowered = text.lower()
    if " van " in lowered and (
        "sint-" in lowered or "st-" in lowered or "heilig-" in lowered or "onze-lieve" in lowered
    ):
        for match in KIND_OF_SAINT.finditer(lowered):
            yield match.start(), match.end(), "organisation"
    if (
        "kribbe" in lowered
        or "peutertuin" in lowered
        or "tehuis" in lowered
        or "kinderdag" in lowered
    ):
        for match in NURSERY.finditer(lowered):
            if match.group(1) not in NO_PLACE and match.group(1) not in TIME_WORDS:
                yield match.start(), match.end(), "organisation"
    if "club" in lowered:
        for match in CLUB_OF.finditer(lowered):
            town = next(place_names(text[match.end() : match.end() + 40], lenient=True), None)
            if town and town[0] == 0:
                yield match.start(), match.end() + town[1], "organisation"
    if "school" in lowered:
        for match in NAMED_SCHOOL.finditer(lowered):
            if match.group(1) not in GENERIC_HEADS:
                yield match.start(1), match.end(), "organisation"
    if QUALIFIERS.isdisjoint(words_of(text)):
        return
    for match in SCHOOL_OF.finditer(lowered):
        name = match.group(1)
        if name in NO_PLACE:
            continue
        end = match.end() if takes_next(name, match.group(2)) else match.end(1)
        yield match.start(), end, "organisation"
